"""Gõ tên xã của bạn: a text box and a "Kiểm tra" button that looks the name up among the province's communes.

The province is the course profile's (``kynangso.rules.place``, read when the box is made): Nghệ An in the kit's own.
"""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import notebook_basics
from kynangso.rules import place as dia_phuong
from kynangso.text import nfc
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

_SOURCE = N_("danh sách 130 xã, phường của tỉnh Nghệ An từ 01/7/2025 "
           "(Nghị quyết 1678/NQ-UBTVQH15 ngày 16/6/2025)")
_SOURCE_OTHER = N_("danh sách xã, phường của tỉnh {tinh} từ 01/7/2025")


class CommuneNameBox(w.VBox):
    """The learner types the name of their commune. ``check()`` does what the button does.

    ``check`` returns the official name (``"Xã Châu Bình"``) when the name is one of the province's
    commune-level units, else ``None``; the message says what to fix (diacritics, a close name).
    """

    def __init__(self, province_code: int | None = None) -> None:
        profile = dia_phuong.ho_so()
        self.province_code = profile.province_code if province_code is None else province_code
        self.province = profile.province if self.province_code == profile.province_code else (
            dia_phuong.DEFAULT.province if self.province_code == notebook_basics.NGHE_AN else str(self.province_code))
        example = _("ví dụ {xa}").format(xa=dia_phuong.xa(4))
        self.name_box = w.Text(description=_("Tên xã của bạn:"), placeholder=example,
                               layout=w.Layout(width="420px"), style={"description_width": "120px"})
        self.button = check_button(self.check)
        self.result = w.HTML()
        super().__init__([self.name_box, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    def check(self, text: str | None = None) -> str | None:
        """Check the typed name (after typing ``text`` if given); show the result; return the official name."""
        if text is not None:
            self.name_box.value = text
        typed = self.name_box.value
        if not typed.strip():
            self._show(False, _("Bạn chưa gõ tên xã. Bấm vào ô trắng, gõ tên xã rồi bấm <b>Kiểm tra</b>."))
            return None
        official = notebook_basics.tim_xa(typed, self.province_code)
        if official is not None:
            self._show(True, _("{ten}, tỉnh {tinh}{them}. Chào mừng bạn đến với lớp học!").format(
                ten=html.escape(official), tinh=html.escape(self.province), them=self._replaced(official)))
            return official
        guess = notebook_basics.goi_y_xa(typed, self.province_code)
        if guess is not None and notebook_basics.khong_dau(typed) == nfc(typed):
            hint = _("Bạn gõ chưa có dấu. Có phải là <b>{ten}</b>? Hãy gõ lại có dấu tiếng Việt.").format(
                ten=html.escape(notebook_basics.ten_ngan(guess)))
        elif guess is not None:
            hint = _("Chưa thấy tên này. Có phải là <b>{ten}</b>? "
                     "Kiểm tra lại từng dấu (ví dụ Hùng Chân và Hùng Châu là hai xã khác nhau).").format(
                ten=html.escape(notebook_basics.ten_ngan(guess)))
        else:
            hint = _("Chưa thấy tên này. Kiểm tra chính tả, hoặc hỏi giảng viên tên xã mới của bạn.")
        source = _(_SOURCE) if self.province_code == notebook_basics.NGHE_AN else _(_SOURCE_OTHER).format(
            tinh=html.escape(self.province))
        compared = _("Máy so với {nguon}; không cần gõ chữ “Xã”.").format(nguon=source)
        self._show(False, f"{hint}<br><i>{compared}</i>")
        return None

    def _replaced(self, official: str) -> str:
        """" — one of the 4 communes replacing the former … district" when the commune is one of the profile's."""
        profile = dia_phuong.ho_so()
        if self.province_code != profile.province_code or not profile.former_district:
            return ""
        if official not in dia_phuong.ten_chinh_thuc():
            return ""
        return " — " + _("một trong {so} xã thay cho huyện {huyen} cũ").format(
            so=len(profile.communes), huyen=html.escape(profile.former_district))

    def _show(self, right: bool, message: str) -> None:
        self.result.value = right_box(message) if right else wrong_box(message, then="")


__all__ = ["CommuneNameBox"]
