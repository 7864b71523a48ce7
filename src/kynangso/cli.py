"""The ``kynangso`` command: a thin click layer; each verb delegates to the module named after it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from kynangso import __version__
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import CourseRoot, find_course, workshop

F = TypeVar("F", bound=Callable[..., Any])
console = Console(soft_wrap=True)


def _course(directory: Path | None) -> CourseRoot:
    return workshop(directory) if directory else find_course()


def dir_option(func: F) -> F:
    return click.option(
        "--dir", "directory", type=click.Path(path_type=Path, file_okay=False),
        help=_("Thư mục lớp học hoặc khóa học (mặc định: thư mục hiện tại)."),
    )(func)


class KitGroup(click.Group):
    """Turn the kit's errors into one Vietnamese message and exit code 1, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KitError as exc:
            console.print(_("[bold red]Lỗi:[/] {exc}").format(exc=exc), highlight=False)
            sys.exit(1)


@click.group(cls=KitGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kynangso")
def main() -> None:
    """Bộ học liệu kỹ năng số cho cán bộ cấp xã: phát bài, thu bài, chấm, nhận xét, báo cáo.

    Ví dụ: kynangso demo
    """


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

    for path in run(course=_course(directory), assignments=assignments):
        console.print(_("Đã tạo {path}").format(path=path))


@main.command()
@dir_option
def check(directory: Path | None) -> None:
    """Kiểm tra khóa học: sổ tay lưu sạch, exercises/ khớp solutions/, danh mục khớp thư mục.

    Ví dụ: kynangso check
    """
    from kynangso.course.check import check as run

    problems = run(course=_course(directory))
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

    learners = import_roster(course=_course(directory), file=file)
    console.print(_("Đã nhập {n} học viên.").format(n=len(learners)))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@dir_option
def collect(paths: tuple[Path, ...], directory: Path | None) -> None:
    """Thu bài từ thư mục hoặc tệp zip (USB, email, Zalo), tự nhận ra học viên và bài tập.

    Ví dụ: kynangso collect /media/usb/bai-nop "Bai nop qua Zalo.zip"
    """
    from kynangso.grading.collect import collect as run

    result = run(course=_course(directory), paths=list(paths))
    console.print(_("Đã thu {n} bài; {m} tệp đã thu từ trước.").format(
        n=len(result.collected), m=len(result.repeated)))
    for origin in result.older:
        console.print(_("[yellow]Cũ hơn bài đang có:[/] {origin} — đã lưu trong grading/archive, "
                        "giữ nguyên bài mới hơn").format(origin=origin))
    for origin, reason in result.unmatched:
        console.print(_("[yellow]Chưa đưa vào lớp:[/] {origin} — {reason}").format(
            origin=origin, reason=reason))
    for warning in result.missing_answers:
        console.print(warning, style="yellow", markup=False, highlight=False)


@main.command()
@click.argument("assignment", required=False)
@click.option("--workers", type=click.IntRange(min=1), help=_("Số bài chấm cùng lúc (mặc định: bằng số nhân CPU)."))
@click.option("--isolation", type=click.Choice(["auto", "bwrap", "none"]), default="auto", show_default=True,
              help=_("Cô lập mã của học viên khi chấm: auto (tốt nhất máy cho phép), bwrap (bắt buộc), none (tắt)."))
@dir_option
def grade(assignment: str | None, workers: int | None, isolation: str, directory: Path | None) -> None:
    """Chấm tự động các bài đã thu.

    Ví dụ: kynangso grade 02-the-thuc-van-ban --workers 2
    """
    from kynangso.grading.grade import grade as run

    def show(outcome: Any) -> None:
        mark = "[green]✓[/]" if outcome.ok else f"[red]✗ {outcome.reason}[/]"
        console.print(f"{outcome.assignment} · {outcome.learner} {mark}", highlight=False)
        if outcome.flags:
            console.print(_("  [yellow]Lưu ý:[/] {flags}").format(flags=outcome.flags), highlight=False)

    outcomes = run(course=_course(directory), assignments=[assignment] if assignment else [], workers=workers,
                   isolation=isolation, progress=show,
                   warn=lambda text: console.print(f"[yellow]{text}[/]", highlight=False))
    failed = sum(not o.ok for o in outcomes)
    console.print(_("Đã chấm {n}/{total} bài.").format(n=len(outcomes) - failed, total=len(outcomes)))


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

    course = _course(directory)
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

    result = run(course=_course(directory), out=out, formats=formats, each_certificate=each_certificate,
                 csv_excel_vn=csv_excel_vn)
    console.print(summary_table(result))
    shown = [p for p in result.files if p.parent.name != "chung-nhan"]
    for path in shown:
        console.print(_("Đã ghi {path}").format(path=path))
    if len(shown) < len(result.files):
        console.print(_("Đã ghi {n} giấy chứng nhận riêng trong {folder}").format(
            n=len(result.files) - len(shown), folder=result.files[-1].parent))


@main.command()
@click.option("--trainer", default="", help=_("Họ và tên giảng viên (chỉ cần lần đầu; máy này nhớ tên và khóa ký)."))
@click.option("--label", default="", help=_("Tên lớp cho báo cáo của tỉnh (mặc định: các đơn vị của lớp)."))
@click.option("--out", type=click.Path(path_type=Path, file_okay=False),
              help=_("Thư mục ghi tệp kết quả (mặc định: grading/gui-tinh)."))
@click.option("--with-submissions", is_flag=True, help=_("Gửi kèm bài làm (sổ tay) của học viên."))
@dir_option
def export(trainer: str, label: str, out: Path | None, with_submissions: bool, directory: Path | None) -> None:
    """Xuất kết quả của lớp thành một tệp có chữ ký để gửi điều phối viên của tỉnh.

    Ví dụ: kynangso export --trainer "Lò Văn Hùng"
    """
    from kynangso.province.export import export as run

    result = run(course=_course(directory), trainer=trainer, out=out, label=label,
                 with_submissions=with_submissions)
    if result.new_key:
        console.print(_("Đã tạo khóa ký mới cho giảng viên {ten}.").format(ten=result.trainer))
    console.print(_("Đã ghi {path} ({n} học viên, {m} điểm câu hỏi, {k} bài làm).").format(
        path=result.path, n=result.learners, m=result.grades, k=result.notebooks))
    console.print(_("Dấu vân tay khóa của bạn: [bold]{van_tay}[/] — đọc cho điều phối viên khi gọi điện.").format(
        van_tay=result.fingerprint), highlight=False)


@main.command()
@click.argument("archives", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--into", "into", help=_("Sổ điểm của tỉnh: tệp SQLite hoặc địa chỉ cơ sở dữ liệu (mặc định: "
                                       "KYNANGSO_DB_URL, không có thì tong-hop-tinh.db)."))
@click.option("--accept-new-key", multiple=True, metavar=_("MÃ_GIẢNG_VIÊN"),
              help=_("Nhận khóa mới của giảng viên này (sau khi đã gọi điện đối chiếu dấu vân tay)."))
@click.option("--out", type=click.Path(path_type=Path, file_okay=False),
              help=_("Thư mục ghi báo cáo của tỉnh (mặc định: bao-cao-tinh cạnh sổ điểm)."))
@click.option("--areas", type=click.Path(path_type=Path, dir_okay=False),
              help=_("Tệp CSV hoặc Excel hai cột 'Đơn vị', 'Khu vực' (huyện cũ), cho bộ lọc theo khu vực."))
@click.option("--format", "formats", default="xlsx,html,csv", show_default=True,
              help=_("Các định dạng báo cáo, cách nhau bằng dấu phẩy: xlsx, html, csv."))
@click.option("--no-report", is_flag=True, help=_("Chỉ nhập, không viết báo cáo."))
def merge(archives: tuple[Path, ...], into: str | None, accept_new_key: tuple[str, ...], out: Path | None,
          areas: Path | None, formats: str, no_report: bool) -> None:
    """Kiểm tra chữ ký và nhập kết quả của các lớp vào sổ điểm của tỉnh, rồi viết báo cáo của tỉnh.

    Ví dụ: kynangso merge nhan-tu-giang-vien/*.zip --into tong-hop-tinh.db
    """
    from kynangso.province.merge import merge as run

    result = run(archives=list(archives), into=into, accept_new_key=accept_new_key, out=out, areas=areas,
                 formats=formats, report=not no_report)
    for name, print_ in result.new_trainers:
        console.print(_("[yellow]Giảng viên mới:[/] {ten} — dấu vân tay {van_tay}. Hãy gọi điện để giảng viên đọc "
                        "dấu vân tay và đối chiếu.").format(ten=name, van_tay=print_), highlight=False)
    for name, old, new in result.new_keys:
        console.print(_("[bold yellow]Đã nhận khóa mới của {ten}:[/] {cu} → {moi}").format(ten=name, cu=old, moi=new),
                      highlight=False)
    console.print(_("Đã nhập {n} tệp ({r} thay bản cũ); {u} tệp đã nhập từ trước; {o} tệp cũ hơn bản đang có. "
                    "Sổ điểm: {dia_chi}").format(n=len(result.merged), r=len(result.replaced),
                                                 u=len(result.unchanged), o=len(result.older), dia_chi=result.url),
                  highlight=False)
    for path in result.files:
        console.print(_("Đã ghi {path}").format(path=path))
    for message in result.refused:
        console.print(_("[bold red]Từ chối:[/] {loi}").format(loi=message), highlight=False)
    if result.refused:
        sys.exit(1)


@main.command()
@click.option("--ip", default="127.0.0.1", show_default=True, help=_("Địa chỉ lắng nghe."))
@click.option("--port", default=8888, show_default=True, help=_("Cổng."))
@click.option("--no-browser", is_flag=True, help=_("Không tự mở trình duyệt."))
@click.option("--trainer", is_flag=True,
              help=_("Mở JupyterLab của giảng viên: thêm công cụ tạo bài, nút Validate và trang chấm của nbgrader."))
@dir_option
def lab(ip: str, port: int, no_browser: bool, trainer: bool, directory: Path | None) -> None:
    """Mở JupyterLab tiếng Việt trên khóa học cho học viên (chỉ trên máy này, mặc định).

    Ví dụ: kynangso lab --port 8888
    """
    from kynangso.delivery.lab import lab as run

    sys.exit(run(course=_course(directory), ip=ip, port=port, open_browser=not no_browser, trainer=trainer))


@main.command()
@click.option("--platform", "platform", type=click.Choice(["linux", "windows", "macos"]),
              default="linux", show_default=True,
              help=_("Hệ điều hành của máy sẽ cài (macos: máy Mac chip Apple M1+)."))
@click.option("--out", type=click.Path(path_type=Path),
              help=_("Tệp bộ cài cần ghi, hoặc thư mục để ghi vào (mặc định: thư mục hiện tại)."))
def bundle(platform: str, out: Path | None) -> None:
    """Đóng bộ cài không cần mạng (gói Python, khóa học, trình cài) cho một hệ điều hành.

    Ví dụ: kynangso bundle --platform windows --out /media/usb
    """
    from kynangso.delivery.bundle import bundle as run

    console.print(_("Đang đóng bộ cài cho {platform} (cần mạng lúc đóng gói, không cần lúc cài)...").format(
        platform=platform))
    result = run(course=find_course(), platform=platform, out=out)
    console.print(_("Đã ghi {archive} ({size:.1f} MB, {wheels} gói).").format(
        archive=result.archive, size=result.size / 2**20, wheels=result.wheels))


@main.command()
@click.option("--roster", type=click.Path(path_type=Path, dir_okay=False),
              help=_("Tệp danh sách học viên (CSV hoặc Excel) để nhập trước khi mở lớp."))
@click.option("--ip", help=_("Địa chỉ mạng LAN để học viên truy cập (mặc định: địa chỉ LAN của máy này)."))
@click.option("--port", default=8000, show_default=True, help=_("Cổng của lớp học."))
@click.option("--state", type=click.Path(path_type=Path, file_okay=False), default=Path("/srv/kynangso"),
              show_default=True, help=_("Thư mục của máy chủ lớp học (tài khoản, nơi nộp bài)."))
@dir_option
def hub(roster: Path | None, ip: str | None, port: int, state: Path, directory: Path | None) -> None:
    """Mở lớp học qua mạng LAN (JupyterHub): tạo tài khoản cho từng học viên, in thẻ đăng nhập.

    Ví dụ: sudo kynangso hub --roster danh-sach.xlsx --ip 192.168.1.10 --port 8000
    """
    from kynangso.delivery.hub.server import hub as run

    sys.exit(run(course=_course(directory), roster=roster, ip=ip, port=port, state=state, console=console))


__all__ = ["main"]
