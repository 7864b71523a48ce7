"""The ``kynangso`` group, its shared options and its one way of reporting errors (no traceback, ever)."""

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


def course_of(directory: Path | None) -> CourseRoot:
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


__all__ = ["KitGroup", "console", "course_of", "dir_option", "main"]
