"""Commands between trainers and the province: export (trainer), merge (coordinator)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kynangso.cli.base import console, course_of, dir_option, main
from kynangso.i18n import _


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

    result = run(course=course_of(directory), trainer=trainer, out=out, label=label,
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
