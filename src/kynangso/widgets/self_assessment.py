"""Tự đánh giá năng lực số: one dropdown per DigComp 2.2 area → a short profile and the modules to focus on."""

from __future__ import annotations

import html
from collections.abc import Sequence

import ipywidgets as w

from kynangso.i18n import N_, _, pgettext
from kynangso.rules.self_assessment import AREA, LINH_VUC, MUC, HoSoNangLuc, lap_ho_so
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, info_box, wrong_box

_PICK = N_("— chọn mức —")


class SelfAssessment(w.VBox):
    """Five dropdowns (areas 1–5 of DigComp 2.2), levels 0–3, and a "Xem hồ sơ của tôi" button.

    ``xem_ho_so()`` does what the button does: it returns the profile (or ``None`` and a reminder
    when an area has no level yet).
    """

    def __init__(self) -> None:
        self.boxes = [
            w.Dropdown(options=[(_(_PICK), None), *((_(label), i) for i, label in enumerate(MUC))],
                       layout=w.Layout(width="380px"))
            for _area in LINH_VUC
        ]
        rows = [
            w.VBox([w.HTML(f"<div style='font-size:16px'><b>{lv.so}. {html.escape(pgettext(AREA, lv.ten))}</b><br>"
                           f"<span style='color:{theme.MUTED}'>{self._example(_(lv.vi_du))}</span></div>"), box],
                   layout=w.Layout(margin="0 0 6px 0"))
            for lv, box in zip(LINH_VUC, self.boxes, strict=True)
        ]
        self.button = check_button(self.xem_ho_so, _("Xem hồ sơ của tôi"), icon="user", width="200px")
        self.result = w.HTML()
        super().__init__([*rows, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    @staticmethod
    def _example(text: str) -> str:
        return html.escape(_("Ví dụ: {vi_du}").format(vi_du=text))

    def chon(self, levels: Sequence[int]) -> None:
        """Pick a level (0–3) for each area 1–5, as a learner would."""
        if len(levels) != len(self.boxes):
            raise ValueError(_("Cần {can} mức, nhận được {nhan}.").format(can=len(self.boxes), nhan=len(levels)))
        for box, level in zip(self.boxes, levels, strict=True):
            box.value = level

    def xem_ho_so(self, levels: Sequence[int] | None = None) -> HoSoNangLuc | None:
        """Show the profile for the chosen levels (after picking ``levels`` if given) and return it."""
        if levels is not None:
            self.chon(levels)
        missing = [lv.so for lv, box in zip(LINH_VUC, self.boxes, strict=True) if box.value is None]
        if missing:
            text = _("Bạn chưa chọn mức cho lĩnh vực {cac_so}. Chọn đủ 5 lĩnh vực rồi bấm lại nhé.").format(
                cac_so=", ".join(map(str, missing)))
            self.result.value = wrong_box(text, mark="", then="")
            return None
        profile = lap_ho_so([box.value for box in self.boxes])
        self.result.value = info_box("", profile.van_ban().splitlines(), mark="📋")
        return profile


__all__ = ["SelfAssessment"]
