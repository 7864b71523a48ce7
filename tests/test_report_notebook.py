"""The coordinator's report notebook (grading/bao-cao.ipynb) runs on a workshop and its filters work."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from kynangso.course import notebooks
from kynangso.course.workspace import copy_course
from kynangso.grading.steady_client import SteadyKernelManager
from kynangso.reporting.report import tables
from kynangso.reporting.tables import filtered
from tests.conftest import CHECKOUT
from tests.report_gradebook import CHAU_TIEN, build

NOTEBOOK = CHECKOUT.grading / "bao-cao.ipynb"


def test_notebook_is_stored_clean() -> None:
    assert notebooks.problems_if_unclean(NOTEBOOK) == []


def test_filters_keep_one_unit_and_one_module(tmp_path: Path) -> None:
    course = copy_course(CHECKOUT, tmp_path / "lop")
    build(course)
    everything = tables(course)
    one = filtered(everything, unit=CHAU_TIEN, module="M2")
    assert set(one.learners["Đơn vị"]) == {CHAU_TIEN} and len(one.learners) == 3
    assert "M2 (9)" in one.learners.columns and "M0 (7)" not in one.learners.columns
    assert set(one.questions["Học phần"]) == {"M2"} and list(one.units["Đơn vị"]) == [CHAU_TIEN]
    assert filtered(everything).learners.equals(everything.learners)


@pytest.mark.slow
def test_notebook_runs_on_a_workshop_and_filters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    course = copy_course(CHECKOUT, tmp_path / "lop")
    assert (course.grading / NOTEBOOK.name).is_file()  # a workshop folder carries the notebook
    build(course)
    monkeypatch.setenv("KYNANGSO_COURSE", str(course.root))
    nb = nbformat.read(course.grading / NOTEBOOK.name, as_version=4)
    nb.cells.append(nbformat.v4.new_code_cell(
        f'don_vi.value = "{CHAU_TIEN}"\nhoc_phan.value = "M2"\n'
        'import json\nprint(json.dumps({"hoc_vien": sorted(hien_thi.learners["Họ và tên"]), '
        '"cot": list(hien_thi.learners.columns), "cau_hoi": sorted(set(hien_thi.questions["Học phần"]))}, '
        "ensure_ascii=False))"))
    client = NotebookClient(nb, timeout=120, kernel_name="python3", kernel_manager_class=SteadyKernelManager,
                            resources={"metadata": {"path": str(course.grading)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    summary = "".join(str(o.get("data", {}).get("text/plain", "")) for o in nb.cells[1].outputs)
    assert "Kỹ năng số cho cán bộ cấp xã" in summary
    result = json.loads(nb.cells[-1].outputs[0]["text"])
    assert result["hoc_vien"] == ["Hà Minh Ánh", "Lang Văn Sơn", "Ngân Thị Yến"]
    assert "M2 (9)" in result["cot"] and "M0 (7)" not in result["cot"] and result["cau_hoi"] == ["M2"]
