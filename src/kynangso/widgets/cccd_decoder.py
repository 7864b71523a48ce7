"""Giải mã số định danh cá nhân: học viên đọc mã tỉnh, giới tính, năm sinh từ 12 chữ số rồi bấm Kiểm tra."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import cccd
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

_STYLE = {"description_width": "170px"}
_LAYOUT = w.Layout(width="380px")
_EMPTY = N_("— chọn —")
_SEXES = list(dict.fromkeys(sex for _century, sex in cccd.CENTURY_SEX.values()))  # values of the rule, not messages


class CccdDecoder(w.VBox):
    """A synthetic 12-digit number and three boxes: province code, sex, birth year.

    ``given`` names boxes already filled and locked (a faded example): any of ``"tinh"``, ``"gioi_tinh"``,
    ``"nam_sinh"``. ``check()`` does what the "Kiểm tra" button does and returns the problems (empty = right).
    """

    def __init__(self, number: str, given: tuple[str, ...] = ()) -> None:
        decoded = cccd.decode(number)
        if decoded is None:
            raise ValueError(_("Cần một số định danh đủ 12 chữ số."))
        self.number = cccd.normalize(number)
        self.expected = decoded
        self.empty = _(_EMPTY)
        self.province_box = w.Text(description=_("Mã tỉnh (3 chữ số đầu):"), placeholder=_("ví dụ 001"),
                                   layout=_LAYOUT, style=_STYLE)
        self.sex_box = w.Dropdown(description=_("Giới tính:"), options=[self.empty, *_SEXES], value=self.empty,
                                  layout=_LAYOUT, style=_STYLE)
        self.year_box = w.Text(description=_("Năm sinh (4 chữ số):"), placeholder=_("ví dụ 1990"),
                               layout=_LAYOUT, style=_STYLE)
        if "tinh" in given:
            self.province_box.value, self.province_box.disabled = decoded.province_code, True
        if "gioi_tinh" in given:
            self.sex_box.value, self.sex_box.disabled = decoded.sex, True
        if "nam_sinh" in given:
            self.year_box.value, self.year_box.disabled = str(decoded.birth_year), True
        self.button = check_button(self.check)
        self.result = w.HTML()
        spaced = f"{self.number[:3]} {self.number[3]} {self.number[4:6]} {self.number[6:]}"
        label = _("Số định danh (giả định):")
        ask = _("Hãy đọc: mã tỉnh nơi đăng ký khai sinh, giới tính, năm sinh.")
        task = (f"<b>{label}</b> <span style='font-size:20px;font-family:monospace'>"
                f"{html.escape(spaced)}</span><br>{ask}")
        super().__init__([w.HTML(task), self.province_box, self.sex_box, self.year_box, self.button, self.result],
                         layout=w.Layout(padding=theme.PADDING))

    def fill(self, province_code: str = "", sex: str = "", birth_year: object = "") -> None:
        """Type the answers, as a learner would (locked boxes keep their value)."""
        if not self.province_box.disabled:
            self.province_box.value = province_code
        if not self.sex_box.disabled:
            self.sex_box.value = cccd.normalize_sex(sex) or self.empty
        if not self.year_box.disabled:
            self.year_box.value = str(birth_year)

    def check(self) -> list[str]:
        """Check the three boxes; show the result in Vietnamese and return the problems (empty = right)."""
        problems: list[str] = []
        if cccd.normalize(self.province_box.value) != self.expected.province_code:
            problems.append(_("Mã tỉnh: là 3 chữ số đầu tiên (mã tỉnh nơi đăng ký khai sinh), gõ đủ cả số 0 ở đầu."))
        if self.sex_box.value != self.expected.sex:
            problems.append(_("Giới tính: xem chữ số thứ 4 — số chẵn (0, 2, 4, 6, 8) là Nam, "
                              "số lẻ (1, 3, 5, 7, 9) là Nữ."))
        year = self.year_box.value.strip()
        if year != str(self.expected.birth_year):
            hint = _("Năm sinh: chữ số 5–6 là hai số cuối của năm sinh; chữ số thứ 4 cho biết thế kỷ")
            if year.isdigit() and len(year) == 4 and year[2:] == self.number[4:6]:
                hint += " — " + _("hai số cuối đúng rồi, xem lại thế kỷ: 0 hoặc 1 là 19xx, 2 hoặc 3 là 20xx")
            problems.append(hint + ".")
        if problems:
            self.result.value = wrong_box(None, problems, note=_("Quy định: {nguon}.").format(nguon=cccd.SOURCE))
        else:
            province = self.expected.province or _("(mã không có trong bảng)")
            self.result.value = right_box(
                _("Đúng! Người này đăng ký khai sinh ở {tinh}, giới tính {gioi_tinh}, sinh năm {nam}.").format(
                    tinh=html.escape(province), gioi_tinh=self.expected.sex, nam=self.expected.birth_year))
        return problems


__all__ = ["CccdDecoder"]
