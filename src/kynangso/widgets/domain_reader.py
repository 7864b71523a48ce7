"""Đọc tên miền thật của một đường link: the learner types it, the widget says what went wrong."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import url_domain
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box


def domain_answer_problems(url: str, typed: str) -> list[str]:
    """Why ``typed`` is not the real domain of ``url`` (Vietnamese; empty = right); case is ignored."""
    answer = " ".join(typed.split()).lower().rstrip("/")
    expected = url_domain.registrable_domain(url) or ""
    host = url_domain.hostname(url) or ""
    if not answer:
        return [_("Bạn chưa gõ tên miền.")]
    if answer == expected:
        return []
    problems: list[str] = []
    if "://" in answer:
        problems.append(_("Bỏ phần https:// hoặc http:// ở đầu."))
    if "/" in answer.split("://", 1)[-1]:
        problems.append(_("Chỉ lấy phần đứng trước dấu / đầu tiên."))
    bare = answer.split("://", 1)[-1].split("/", 1)[0]
    if bare == host and host != expected:
        problems.append(_("Đây là cả tên máy chủ. Đọc từ phải sang trái, chỉ giữ đuôi và tên chủ sở hữu."))
    elif bare and host.endswith(bare) and len(bare) < len(expected):
        problems.append(_("Còn thiếu: giữ cả tên chủ sở hữu đứng ngay trước đuôi."))
    elif bare and host.startswith(bare):
        problems.append(_("Bạn đang đọc từ trái sang. Tên miền thật nằm ở bên phải."))
    if not problems:
        problems.append(_("Chưa đúng. Đọc lại từ phải sang trái: đuôi (ví dụ .vn, .gov.vn, .xyz) rồi tên chủ sở hữu."))
    return problems


class DomainReader(w.VBox):
    """One link, a text box for its real domain and a "Kiểm tra" button.

    ``check(typed)`` does what the button does and returns the problems (empty = right).
    """

    def __init__(self, url: str, typed: str = "") -> None:
        self.url = url
        self.box = w.Text(
            value=typed,
            description=_("Tên miền thật:"),
            placeholder=_("ví dụ nghean.gov.vn"),
            layout=w.Layout(width="460px"),
            style={"description_width": "120px"},
        )
        self.button = check_button(self.check)
        self.result = w.HTML()
        label = _("Đường link:")
        link = f"<b>{label}</b> <code style='font-size:16px'>{html.escape(url)}</code>"
        super().__init__([w.HTML(link), self.box, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    def check(self, typed: str | None = None) -> list[str]:
        """Check the typed domain (after typing ``typed`` if given); show and return the problems."""
        if typed is not None:
            self.box.value = typed
        problems = domain_answer_problems(self.url, self.box.value)
        if problems:
            self.result.value = wrong_box(None, problems)
        else:
            official = url_domain.is_official_gov_vn(self.url)
            verdict = (
                _("Đuôi .gov.vn: tên miền của cơ quan nhà nước.")
                if official
                else _("Không phải .gov.vn: nếu trang tự xưng là cơ quan nhà nước thì đó là dấu hiệu giả mạo.")
            )
            self.result.value = right_box(_("Đúng.") + " " + html.escape(verdict))
        return problems


__all__ = ["DomainReader", "domain_answer_problems"]
