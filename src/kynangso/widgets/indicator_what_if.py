"""Thử "nếu … thì …" với chỉ số phục vụ người dân: kéo thanh trượt tỷ lệ, xem tổng điểm (mô hình minh họa) đổi."""

from __future__ import annotations

import html
from collections.abc import Mapping

import ipywidgets as w

from kynangso.i18n import _
from kynangso.rules import operating_indicators as cs
from kynangso.widgets import theme


class IndicatorWhatIf(w.VBox):
    """One slider (0–100 %) per indicator group; the total of the toy model updates as a slider moves.

    The model is illustrative (``cs.diem_mo_hinh_766``): points of a group = its maximum × its rate / 100.
    ``set_rate(name, value)`` does what moving a slider does and returns the new total.
    """

    def __init__(self, rates: Mapping[str, float], maxima: Mapping[str, float] = cs.NHOM_766_MINH_HOA) -> None:
        self.maxima = dict(maxima)
        self.start_rates = {name: float(rates.get(name, 0.0)) for name in self.maxima}
        self.start_total = cs.diem_mo_hinh_766(self.start_rates, self.maxima)
        self.sliders: dict[str, w.FloatSlider] = {}
        rows = []
        for name, maximum in self.maxima.items():
            slider = w.FloatSlider(value=self.start_rates[name], min=0, max=100, step=1, readout_format=".0f",
                                   description="", continuous_update=True, layout=w.Layout(width="300px"))
            slider.observe(lambda _change: self.update(), names="value")
            self.sliders[name] = slider
            most = _("(tối đa {diem} điểm)").format(diem=f"{maximum:g}")
            label = w.HTML(f"<span style='font-size:15px'>{html.escape(name)} <i>{most}</i></span>",
                           layout=w.Layout(width="380px"))
            rows.append(w.HBox([label, slider, w.HTML("%")]))
        self.total = w.HTML()
        warning = _("Mô hình minh họa: điểm tối đa từng nhóm và cách quy đổi chỉ để tập suy nghĩ, "
                    "không phải cách chấm chính thức của {nguon}.").format(nguon=html.escape(cs.SOURCE_766))
        note = w.HTML(f"<i>❗ {warning}</i>")
        super().__init__([*rows, self.total, note], layout=w.Layout(padding=theme.PADDING))
        self.update()

    def current_rates(self) -> dict[str, float]:
        return {name: float(slider.value) for name, slider in self.sliders.items()}

    def update(self) -> float:
        """Recompute the total from the sliders, show it and return it."""
        total = cs.diem_mo_hinh_766(self.current_rates(), self.maxima)
        change = round(total - self.start_total, 1)
        sign = "+" if change > 0 else ""
        colour = theme.RIGHT if change > 0 else theme.WRONG if change < 0 else theme.TEXT
        text = _("Tổng điểm (mô hình minh họa): <b>{tong}</b> / {toi_da} — <span style='color:{mau}'>thay đổi "
                 "{thay_doi} điểm</span> so với lúc đầu ({luc_dau}).").format(
            tong=f"{total:.1f}", toi_da=f"{sum(self.maxima.values()):g}", mau=colour,
            thay_doi=f"{sign}{change:.1f}", luc_dau=f"{self.start_total:.1f}")
        self.total.value = f"<div style='font-size:18px'>{text}</div>"
        return total

    def set_rate(self, name: str, value: float) -> float:
        """Move the slider of group ``name`` to ``value`` % and return the new total."""
        self.sliders[name].value = value
        return self.update()


__all__ = ["IndicatorWhatIf"]
