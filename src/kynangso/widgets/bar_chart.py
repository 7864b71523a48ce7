"""Biểu đồ cột ngang đơn giản bằng HTML: chạy được cả khi máy không có matplotlib (ví dụ JupyterLite, máy cũ)."""

from __future__ import annotations

import html
from collections.abc import Mapping

import ipywidgets as w

from kynangso.i18n import _
from kynangso.widgets import theme


class BarChart(w.HTML):
    """Horizontal bars for a few labelled values (a pandas Series or a dict), longest bar = largest value.

    ``ve(data)`` redraws with new data; ``vmin`` lets bars start above 0 so that close percentages (96 % vs
    98 %) can be told apart — the title then says so, to avoid misleading the reader.
    """

    def __init__(self, data: Mapping[str, float], title: str = "", unit: str = "", vmin: float = 0.0,
                 colour: str = theme.ACCENT) -> None:
        super().__init__()
        self.title, self.unit, self.vmin, self.colour = title, unit, vmin, colour
        self.ve(data)

    def ve(self, data: Mapping[str, float]) -> str:
        """Draw the bars for ``data`` (label → value) and return the HTML."""
        items = [(str(k), float(v)) for k, v in dict(data).items()]
        if not items:
            self.value = "<i>" + html.escape(_("Không có số liệu để vẽ.")) + "</i>"
            return self.value
        top = max(v for _, v in items)
        span = top - self.vmin if top > self.vmin else 1.0
        rows = []
        for label, value in items:
            width = min(max(0.0, (value - self.vmin) / span), 1.0) * 100
            rows.append(
                "<div style='display:flex;align-items:center;gap:8px;margin:4px 0;font-size:15px'>"
                f"<div style='width:130px;text-align:right'>{html.escape(label)}</div>"
                f"<div style='flex:1;max-width:420px;background:{theme.TRACK}'>"
                f"<div style='width:{width:.1f}%;background:{self.colour};height:22px'></div></div>"
                f"<div style='width:90px'>{value:g}{html.escape(self.unit)}</div></div>"
            )
        start = _("cột bắt đầu từ {start}").format(start=f"{self.vmin:g}{self.unit}")
        note = f" <i>({html.escape(start)})</i>" if self.vmin else ""
        heading = f"<div style='font-weight:bold;font-size:16px'>{html.escape(self.title)}{note}</div>"
        self.value = f"<div>{heading}{''.join(rows)}</div>"
        return self.value


__all__ = ["BarChart"]
