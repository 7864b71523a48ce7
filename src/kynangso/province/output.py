"""The province report's files: the class report's workbook, dashboard and CSV files over the merged gradebook,
with the province's own sheets, tables and filters (former district, period) added."""

from __future__ import annotations

import csv
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

import pandas as pd

from kynangso.course.catalogue import Catalogue
from kynangso.errors import KitError
from kynangso.i18n import N_, _
from kynangso.province import tables as pt
from kynangso.province.gradebook import load_merged
from kynangso.province.store import Store
from kynangso.reporting import columns as c
from kynangso.reporting.html import Section, write_html
from kynangso.reporting.xlsx import write_xlsx
from kynangso.rules.communes import NGHE_AN

WORKBOOK, DASHBOARD = "bao-cao-tinh.xlsx", "bao-cao-tinh.html"
FORMATS = ("xlsx", "html", "csv")
BY_CLASS, BY_TRAINER, PROGRESS = N_("Theo lớp"), N_("Theo giảng viên"), N_("Tiến độ theo tháng")
MISSING, CONFIRM, CHANGES = N_("Đơn vị chưa có lớp"), N_("Cần xác nhận"), N_("Điểm tối đa đã đổi")
CSV_FILES = {"learners": "tinh-theo-hoc-vien.csv", "units": "tinh-theo-don-vi.csv",
             "questions": "tinh-theo-cau-hoi.csv",
             "competences": "tinh-theo-nang-luc.csv", "summary": "tinh-tong-hop.csv", "workshops": "tinh-theo-lop.csv",
             "trainers": "tinh-theo-giang-vien.csv", "progress": "tinh-tien-do-theo-thang.csv",
             "missing_units": "tinh-don-vi-chua-co-lop.csv", "to_confirm": "tinh-can-xac-nhan.csv",
             "changes": "tinh-diem-toi-da-da-doi.csv"}


def _csv(path: Path, frame: pd.DataFrame) -> Path:
    """As the class report writes its CSV files: UTF-8 with BOM, Excel line ends."""
    c.for_output(frame).to_csv(path, index=False, encoding="utf-8-sig", quoting=csv.QUOTE_MINIMAL,
                               lineterminator="\r\n", float_format="%.6g")
    return path


def _extra(tables: pt.ProvinceTables) -> list[tuple[str, pd.DataFrame, str]]:
    return [(BY_CLASS, tables.workshops, ""), (BY_TRAINER, tables.trainers, ""),
            (PROGRESS, tables.progress, _(pt.PROGRESS_NOTE)), (MISSING, tables.missing_units, ""),
            (CONFIRM, tables.to_confirm, _(pt.CONFIRM_NOTE) if len(tables.to_confirm) else ""),
            (CHANGES, tables.changes, "")]


def _sections(tables: pt.ProvinceTables) -> list[Section]:
    months = tables.workshops[pt.EXPORTED].str[:7].tolist()
    return [Section("lop", _(BY_CLASS), tables.workshops, months=months),
            Section("giang-vien", _(BY_TRAINER), tables.trainers),
            Section("tien-do", _(PROGRESS), tables.progress,
                    units=[u if u != pt.WHOLE_PROVINCE else "" for u in tables.progress[c.UNIT]],
                    months=tables.progress[pt.MONTH].tolist(), note=_(pt.PROGRESS_NOTE)),
            Section("chua-co-lop", _(MISSING), tables.missing_units, units=tables.missing_units[c.UNIT].tolist()),
            Section("can-xac-nhan", _(CONFIRM), tables.to_confirm, units=tables.to_confirm[c.UNIT].tolist(),
                    note=_(pt.CONFIRM_NOTE) if len(tables.to_confirm) else ""),
            Section("diem-toi-da", _(CHANGES), tables.changes)]


def build(store: Store, *, areas: Path | None = None, when: date | None = None,
          province_code: int = NGHE_AN) -> tuple[pt.ProvinceTables, Catalogue]:
    """The province tables and the catalogue they follow."""
    merged = load_merged(store)
    issued = when or date.today()
    found = pt.province_tables(merged, f"{issued:%d/%m/%Y}", pt.load_areas(areas, province_code), province_code)
    return found, merged.catalogue


def write_report(store: Store, out: Path, *, formats: str = "xlsx,html,csv", areas: Path | None = None,
                 when: date | None = None, province_code: int = NGHE_AN) -> list[Path]:
    chosen = [f.strip().lower() for f in formats.split(",") if f.strip()]
    if not chosen or any(f not in FORMATS for f in chosen):
        raise KitError(_("Định dạng báo cáo không hợp lệ: {sai}. Chọn trong: {dung} (cách nhau bằng dấu phẩy).")
                       .format(sai=formats, dung=", ".join(FORMATS)))
    tables, catalogue = build(store, areas=areas, when=when, province_code=province_code)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    helper = _second_core() if "xlsx" in chosen and len(chosen) > 1 else None
    try:
        workbook = helper.submit(write_xlsx, out / WORKBOOK, tables.base, _extra(tables)) if helper else None
        if "xlsx" in chosen and not workbook:
            files.append(write_xlsx(out / WORKBOOK, tables.base, _extra(tables)))
        files += _html_and_csv(tables, catalogue, out, chosen)
        if workbook:
            files.insert(0, workbook.result())
    finally:
        if helper:
            helper.shutdown(cancel_futures=True)
    return files


def _second_core() -> ProcessPoolExecutor | None:
    """The workbook on the second core while the dashboard is written (Linux, as the class report does)."""
    if sys.platform != "linux" or (os.cpu_count() or 1) < 2:
        return None
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))


def _html_and_csv(tables: pt.ProvinceTables, catalogue: Catalogue, out: Path, chosen: list[str]) -> list[Path]:
    files = []
    if "html" in chosen:
        files.append(write_html(out / DASHBOARD, tables.base, title=catalogue.title, pass_mark=catalogue.pass_mark,
                                extra=_sections(tables), areas=tables.areas))
    if "csv" in chosen:
        base = tables.base
        frames = {"learners": base.learners, "units": base.units, "questions": base.questions,
                  "competences": base.competences, "summary": base.summary, "workshops": tables.workshops,
                  "trainers": tables.trainers, "progress": tables.progress, "missing_units": tables.missing_units,
                  "to_confirm": tables.to_confirm, "changes": tables.changes}
        files += [_csv(out / CSV_FILES[k], frame) for k, frame in frames.items()]
    return files


__all__ = ["CSV_FILES", "DASHBOARD", "FORMATS", "WORKBOOK", "build", "write_report"]
