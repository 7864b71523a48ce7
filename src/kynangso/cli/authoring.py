"""Commands of a course's author: bring an nbgrader course in (import-course), start a new module (new-module)."""

from __future__ import annotations

from pathlib import Path

import click

from kynangso.cli.base import console, course_of, dir_option, main
from kynangso.i18n import _


@main.command("import-course")
@click.argument("source", type=click.Path(path_type=Path, file_okay=False))
@click.option("--header", type=click.Path(path_type=Path, dir_okay=False),
              help=_("Sổ tay đầu bài đặt lên đầu mọi sổ tay được phát (ví dụ source/header.ipynb)."))
@dir_option
def import_course(source: Path, header: Path | None, directory: Path | None) -> None:
    """Nhập một khóa học nbgrader (thư mục source/, mỗi bài tập một thư mục) thành các học phần mới.

    Ví dụ: kynangso import-course ~/khoa-nbgrader/source --header ~/khoa-nbgrader/source/header.ipynb
    """
    from kynangso.course.import_course import import_course as run

    for folder in run(course=course_of(directory), source=source, header=header):
        console.print(_("Đã nhập học phần {folder}").format(folder=folder), highlight=False)
    console.print(_("Xong. Chạy 'kynangso check' để kiểm tra khóa học."))


@main.command("new-module")
@click.argument("slug")
@click.option("--title", required=True, help=_("Tên học phần (tiếng Việt có dấu)."))
@dir_option
def new_module(slug: str, title: str, directory: Path | None) -> None:
    """Tạo khung một học phần mới: bài học, bài tập, thẻ tóm tắt và mục trong catalogue.yml.

    Ví dụ: kynangso new-module ho-tich --title "Đăng ký hộ tịch trực tuyến"
    """
    from kynangso.course.new_module import new_module as run

    folder = run(course=course_of(directory), slug=slug, title=title)
    console.print(_("Đã tạo học phần {folder}: course/{folder}, solutions/{folder}. Điền các chỗ có dấu ✍ và ⚠️, "
                    "rồi chạy 'kynangso release' và 'kynangso check'.").format(folder=folder), highlight=False)


@main.command("localise")
@dir_option
def localise(directory: Path | None) -> None:
    """Đổi địa danh trong bài học, bài tập theo profile.yml (tỉnh, huyện cũ, các xã, cơ quan), rồi sinh lại exercises/.

    Sửa profile.yml trước, rồi chạy lệnh này. Đoạn nêu sự thật (nghị quyết, danh mục chính thức) được đánh dấu
    <!-- giữ-nguyên --> … <!-- /giữ-nguyên --> hoặc # giữ nguyên địa danh thì không bị đổi.

    Ví dụ: kynangso localise
    """
    from kynangso.course.localise import localise as run

    result = run(course=course_of(directory))
    if not result.files and not result.released:
        console.print(_("Bài học, bài tập đã viết theo profile.yml; không có gì phải đổi."))
        return
    console.print(_("Đã đổi {so} địa danh trong {tep} tệp (giữ nguyên {giu} đoạn có đánh dấu); "
                    "đã sinh lại {bai} sổ tay trong exercises/.").format(
                        so=result.occurrences, tep=len(result.files), giu=result.kept, bai=result.released),
                  highlight=False)
