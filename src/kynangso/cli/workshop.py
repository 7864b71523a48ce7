"""Commands of a workshop's day: demo, release, check, roster, collect, grade, feedback, report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kynangso.cli.base import console, course_of, dir_option, main
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import find_course


@main.command()
@click.option("--dir", "directory", type=click.Path(path_type=Path, file_okay=False),
              help=_("Thư mục cho lớp học mô phỏng (mặc định: một thư mục tạm mới)."))
@click.option("--learners", default=6, show_default=True, help=_("Số học viên mô phỏng."))
@click.option("--seed", default=2025, show_default=True, help=_("Hạt giống ngẫu nhiên: cùng số cho cùng kết quả."))
def demo(directory: Path | None, learners: int, seed: int) -> None:
    """Chạy trọn một buổi học mô phỏng: nhập danh sách, phát bài, thu, chấm, nhận xét, báo cáo.

    Ví dụ: kynangso demo --learners 30 --seed 7
    """
    from kynangso.course.demo import demo as run

    run(course=find_course(), directory=directory, learners=learners, seed=seed, console=console)


@main.command()
@click.argument("assignments", nargs=-1)
@dir_option
def release(assignments: tuple[str, ...], directory: Path | None) -> None:
    """Sinh lại bản bài tập cho học viên (exercises/) từ bản nguồn (solutions/).

    Ví dụ: kynangso release 02-the-thuc-van-ban
    """
    from kynangso.course.release import release as run

    for path in run(course=course_of(directory), assignments=assignments):
        console.print(_("Đã tạo {path}").format(path=path))


@main.command()
@dir_option
def check(directory: Path | None) -> None:
    """Kiểm tra khóa học: sổ tay lưu sạch, exercises/ khớp solutions/, danh mục khớp thư mục.

    Ví dụ: kynangso check
    """
    from kynangso.course.check import check as run

    problems = run(course=course_of(directory))
    for problem in problems:
        console.print(f"[red]✗[/] {problem}", highlight=False)
    if problems:
        raise KitError(_("Có {n} vấn đề cần sửa.").format(n=len(problems)))
    console.print(_("[green]✓ Khóa học hợp lệ.[/]"))


@main.group()
def roster() -> None:
    """Danh sách học viên."""


@roster.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@dir_option
def roster_import(file: Path, directory: Path | None) -> None:
    """Nhập danh sách học viên từ tệp CSV hoặc Excel (cột: Họ và tên, Đơn vị, Chức vụ, Năm sinh, …).

    Ví dụ: kynangso roster import danh-sach.xlsx
    """
    from kynangso.course.learners import import_roster

    learners = import_roster(course=course_of(directory), file=file)
    console.print(_("Đã nhập {n} học viên.").format(n=len(learners)))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@dir_option
def collect(paths: tuple[Path, ...], directory: Path | None) -> None:
    """Thu bài từ thư mục hoặc tệp zip (USB, email, Zalo), tự nhận ra học viên và bài tập.

    Ví dụ: kynangso collect /media/usb/bai-nop "Bai nop qua Zalo.zip"
    """
    from kynangso.grading.collect import collect as run

    result = run(course=course_of(directory), paths=list(paths))
    console.print(_("Đã thu {n} bài; {m} tệp đã thu từ trước.").format(
        n=len(result.collected), m=len(result.repeated)))
    for origin in result.older:
        console.print(_("[yellow]Cũ hơn bài đang có:[/] {origin} — đã lưu trong grading/archive, "
                        "giữ nguyên bài mới hơn").format(origin=origin))
    for origin, reason in result.unmatched:
        console.print(_("[yellow]Chưa đưa vào lớp:[/] {origin} — {reason}").format(
            origin=origin, reason=reason))
    for warning in result.broken:
        console.print(_("[yellow]Không chấm được:[/] {loi}").format(loi=warning), highlight=False)
    for warning in result.missing_answers:
        console.print(warning, style="yellow", markup=False, highlight=False)


@main.command()
@click.argument("assignment", required=False)
@click.option("--workers", type=click.IntRange(min=1), help=_("Số bài chấm cùng lúc (mặc định: bằng số nhân CPU)."))
@click.option("--isolation", type=click.Choice(["auto", "bwrap", "none"]), default="auto", show_default=True,
              help=_("Cô lập mã của học viên khi chấm: auto (tốt nhất máy cho phép), bwrap (bắt buộc), none (tắt)."))
@click.option("--again", is_flag=True,
              help=_("Chấm lại cả những bài đã chấm xong mà không đổi gì (mặc định: giữ kết quả của chúng)."))
@dir_option
def grade(assignment: str | None, workers: int | None, isolation: str, again: bool, directory: Path | None) -> None:
    """Chấm tự động các bài đã thu (bài mới hoặc nộp lại; bài đã chấm xong không đổi thì giữ kết quả).

    Ví dụ: kynangso grade 02-the-thuc-van-ban --workers 2
    """
    from kynangso.grading.grade import grade as run

    shown = 0

    def show(outcome: Any) -> None:
        nonlocal shown
        shown += 1
        mark = "[green]✓[/]" if outcome.ok else f"[red]✗ {outcome.reason}[/]"
        console.print(f"{outcome.assignment} · {outcome.learner} {mark}", highlight=False)
        if outcome.flags:
            console.print(_("  [yellow]Lưu ý:[/] {flags}").format(flags=outcome.flags), highlight=False)

    outcomes = run(course=course_of(directory), assignments=[assignment] if assignment else [], workers=workers,
                   isolation=isolation, progress=show, again=again,
                   warn=lambda text: console.print(f"[yellow]{text}[/]", highlight=False))
    if len(outcomes) > shown:
        console.print(_("Giữ kết quả của {n} bài đã chấm xong và không đổi từ lần chấm trước "
                        "(chấm lại cả: kynangso grade --again).").format(n=len(outcomes) - shown), highlight=False)
    failed = sum(not o.ok for o in outcomes)
    console.print(_("Đã chấm {n}/{total} bài.").format(n=len(outcomes) - failed, total=len(outcomes)))
    from kynangso.grading.hand_grading import pending_lines

    for line in pending_lines(course_of(directory), [assignment] if assignment else [], directory):
        console.print(line, style="yellow", markup=False, highlight=False)


@main.command()
@click.argument("assignment", required=False)
@click.option("--nbgrader-html", is_flag=True,
              help=_("Ghi thêm nhận xét HTML của nbgrader (có mã kiểm tra) vào grading/feedback-nbgrader."))
@dir_option
def feedback(assignment: str | None, nbgrader_html: bool, directory: Path | None) -> None:
    """Tạo trang nhận xét cho học viên (từng bài và phiếu kết quả), không lộ phần kiểm tra.

    Ví dụ: kynangso feedback 02-the-thuc-van-ban
    """
    from kynangso.grading.feedback import feedback as run
    from kynangso.grading.feedback import show_paths

    course = course_of(directory)
    files = run(course=course, assignments=[assignment] if assignment else [], nbgrader_html=nbgrader_html)
    console.print(_("Đã tạo {n} tệp nhận xét.").format(n=len(files)))
    for line in show_paths(course, files):
        console.print(line, highlight=False)


@main.command()
@click.option("--out", type=click.Path(path_type=Path, file_okay=False), help=_("Thư mục ghi báo cáo."))
@click.option("--format", "formats", default="xlsx,html,csv,pdf", show_default=True,
              help=_("Các định dạng, cách nhau bằng dấu phẩy: xlsx, html, csv, pdf (giấy chứng nhận)."))
@click.option("--each-certificate/--combined-certificate-only", default=True, show_default=True,
              help=_("Ghi thêm một tệp PDF chứng nhận cho từng học viên đạt (ngoài tệp in chung)."))
@click.option("--csv-excel-vn", is_flag=True,
              help=_("CSV cho Excel cài đặt vùng Việt Nam: dấu chấm phẩy giữa các cột, dấu phẩy trước phần thập phân."))
@dir_option
def report(out: Path | None, formats: str, each_certificate: bool, csv_excel_vn: bool, directory: Path | None) -> None:
    """Viết báo cáo cho điều phối viên: Excel, bảng điều khiển HTML, CSV và giấy chứng nhận PDF.

    Ví dụ: kynangso report --out bao-cao --format xlsx,html
    """
    from kynangso.reporting.report import report as run
    from kynangso.reporting.report import summary_table

    result = run(course=course_of(directory), out=out, formats=formats, each_certificate=each_certificate,
                 csv_excel_vn=csv_excel_vn)
    console.print(summary_table(result))
    shown = [p for p in result.files if p.parent.name != "chung-nhan"]
    for path in shown:
        console.print(_("Đã ghi {path}").format(path=path))
    if len(shown) < len(result.files):
        console.print(_("Đã ghi {n} giấy chứng nhận riêng trong {folder}").format(
            n=len(result.files) - len(shown), folder=result.files[-1].parent))
