"""Commands that bring the course to learners: lab, bundle, hub."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kynangso.cli.base import console, course_of, dir_option, main
from kynangso.i18n import _
from kynangso.paths import find_course


@main.command()
@click.option("--ip", default="127.0.0.1", show_default=True, help=_("Địa chỉ lắng nghe."))
@click.option("--port", default=8888, show_default=True, help=_("Cổng."))
@click.option("--no-browser", is_flag=True, help=_("Không tự mở trình duyệt."))
@click.option("--trainer", is_flag=True,
              help=_("Mở JupyterLab của giảng viên: thêm công cụ tạo bài, nút Validate và trang chấm của nbgrader."))
@click.option("--app", is_flag=True,
              help=_("Mở trang lớp học cho điện thoại: bài học và bài tập dạng ứng dụng, không thấy mã."))
@dir_option
def lab(ip: str, port: int, no_browser: bool, trainer: bool, app: bool, directory: Path | None) -> None:
    """Mở JupyterLab tiếng Việt trên khóa học cho học viên (chỉ trên máy này, mặc định).

    Ví dụ: kynangso lab --port 8888; trên điện thoại trong mạng LAN: kynangso lab --app --ip 0.0.0.0
    """
    from kynangso.delivery.lab import lab as run

    sys.exit(run(course=course_of(directory), ip=ip, port=port, open_browser=not no_browser, trainer=trainer,
                 app=app))


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

    sys.exit(run(course=course_of(directory), roster=roster, ip=ip, port=port, state=state, console=console))


__all__ = ["main"]
