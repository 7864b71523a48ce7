"""``kynangso demo``: a complete simulated workshop in a folder outside the checkout.

Roster → release → simulated submissions → collect → grade → feedback → report, using the same
functions as the individual verbs.
"""

from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.course.release import release
from kynangso.course.simulate import simulate
from kynangso.course.workspace import copy_course
from kynangso.data import person_names
from kynangso.errors import KitError
from kynangso.grading.collect import collect
from kynangso.grading.feedback import feedback
from kynangso.grading.grade import grade, submissions
from kynangso.i18n import _
from kynangso.paths import CourseRoot
from kynangso.reporting.certificates import FOLDER
from kynangso.reporting.report import DASHBOARD, WORKBOOK, Report, report, summary_table


@dataclass
class DemoResult:
    workshop: CourseRoot
    report: Report
    expected: Path
    feedback_files: list[Path]


def _outside(course: CourseRoot, directory: Path) -> None:
    if directory.resolve().is_relative_to(course.root.resolve()):
        raise KitError(_("Thư mục lớp học '{directory}' nằm trong thư mục khóa học; hãy chọn một thư mục ở ngoài.")
                       .format(directory=directory))
    if directory.exists() and any(directory.iterdir()):
        raise KitError(_("Thư mục '{directory}' đã có dữ liệu; hãy chọn một thư mục trống hoặc chưa có.").format(
            directory=directory))


def demo(*, course: CourseRoot, directory: Path | None = None, learners: int = 6, seed: int = 2025,
         console: Console | None = None) -> DemoResult:
    """Run a whole simulated workshop and return where everything was written.

    Six learners by default (a first result in about a minute on two cores; every module's exercise is still
    graded for each); ``learners=30`` is a full class.
    """
    console = console or Console()
    if learners < 2:
        raise KitError(_("Buổi học mô phỏng cần ít nhất 2 học viên."))
    if directory is None:
        directory = Path(tempfile.mkdtemp(prefix="kynangso-lop-hoc-"))
    else:
        _outside(course, directory)
    console.print(_("[bold]Lớp học mô phỏng[/] tại {directory}").format(directory=directory))
    workshop = copy_course(course, directory)

    roster_file = directory / "mo-phong" / "danh-sach-hoc-vien.csv"
    roster_file.parent.mkdir(parents=True, exist_ok=True)
    people = person_names.cadres(learners, seed)
    with roster_file.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(people[0]))
        writer.writeheader()
        writer.writerows(people)
    roster = import_roster(course=workshop, file=roster_file)
    console.print(_("1. Nhập danh sách: {so} học viên.").format(so=len(roster)))

    released = release(course=workshop)
    console.print(_("2. Phát bài: {so} sổ tay bài tập.").format(so=len(released)))

    inbox = directory / "mo-phong" / "bai-nop"
    expected = simulate(workshop, load_catalogue(workshop.catalogue), roster, inbox, seed)
    collected = collect(course=workshop, paths=[inbox / "thu-muc-lop", inbox / "bai-nop-tu-usb.zip"])
    console.print(_("3. Thu bài: {so} bài nộp, {chua_khop} tệp chưa khớp.").format(
        so=len(collected.collected), chua_khop=len(collected.unmatched)))
    for origin, reason in collected.unmatched:
        console.print(_("   [yellow]Chưa khớp:[/] {origin} — {reason}").format(origin=origin, reason=reason))
    for warning in collected.missing_answers:
        console.print(f"   {warning}", style="yellow", markup=False, highlight=False)

    total = sum(len(submissions(workshop, a.id)) for a in load_catalogue(workshop.catalogue).assignments)
    with Progress(TextColumn(_("4. Chấm bài")), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=False) as bar:
        task = bar.add_task("grade", total=total)
        outcomes = grade(course=workshop, progress=lambda _o: bar.advance(task))
    for outcome in outcomes:
        if not outcome.ok:
            console.print(_("   [red]Không chấm được[/] {learner}: {reason}").format(learner=outcome.learner,
                                                                             reason=outcome.reason))

    files = feedback(course=workshop)
    console.print(_("5. Nhận xét: {so} tệp HTML (không lộ phần kiểm tra ẩn).").format(so=len(files)))
    result = report(course=workshop)
    console.print(summary_table(result))
    certificates = [p for p in result.files if p.parent.name == FOLDER]
    console.print(_("[bold]Đã ghi:[/]"))
    for path in [*(p for p in result.files if p not in certificates), workshop.feedback]:
        console.print(f"  {path}")
    if certificates:
        console.print(_("  {folder} ({so} giấy chứng nhận, mỗi học viên đạt một tệp)").format(
            folder=certificates[0].parent, so=len(certificates)))
    console.print(_("[bold]Điều phối viên xem trước:[/] {dashboard} (mở bằng trình duyệt, không cần mạng) hoặc trang "
                    "'Tổng hợp' của {workbook}: ai đã hoàn thành, đơn vị nào cần hỗ trợ, học phần và năng lực nào còn "
                    "yếu.").format(dashboard=workshop.reports / DASHBOARD, workbook=workshop.reports / WORKBOOK))
    return DemoResult(workshop, result, expected, files)


__all__ = ["DemoResult", "demo"]
