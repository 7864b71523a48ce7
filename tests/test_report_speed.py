"""Smoke test of the report benchmark at a small size: both tools run on the same nbgrader gradebook."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from kynangso.course.catalogue import load_catalogue
from tests.conftest import CHECKOUT

pytestmark = pytest.mark.slow


def test_benchmark_runs_both_tools_on_the_same_gradebook(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("report_speed", CHECKOUT.root / "benchmarks" / "report_speed.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    result = bench.run(tmp_path, learners=60, units=6)
    assignments = len(load_catalogue(CHECKOUT.catalogue).assignments)
    assert (result["learners"], result["units"], result["assignments"]) == (60, 6, assignments)
    assert result["nbgrader_export_s"] > 0 and result["kynangso_report_s"] > 0
    exported = pd.read_csv(tmp_path / "grades.csv")
    assert len(exported) == 60 * assignments and exported["student_id"].nunique() == 60
    learners = pd.read_csv(tmp_path / "bao-cao" / "diem-theo-hoc-vien.csv", encoding="utf-8-sig")
    assert len(learners) == 60 and learners["Đơn vị"].nunique() == 6
    # The same submissions behind both: nbgrader's totals per learner equal the report's.
    totals = exported.groupby("student_id")["score"].sum()
    assert learners.set_index("Mã học viên")["Tổng điểm"].sort_index().tolist() == pytest.approx(
        totals.sort_index().tolist(), abs=1e-4)
    assert (tmp_path / "bao-cao" / "chung-nhan-tat-ca.pdf").is_file()
    assert not (tmp_path / "bao-cao" / "chung-nhan").exists()  # per-learner certificates are not timed
