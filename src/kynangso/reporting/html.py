"""The HTML dashboard: one self-contained file (inline SVG charts, inline CSS and JS), opens offline, prints well."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from kynangso import i18n
from kynangso.i18n import _
from kynangso.reporting import columns as c
from kynangso.reporting import tables as t

MAX_BARS = 30  # the units that need help most, when a province has more units than a chart can show
STYLE: dict[Any, Any] = {"svg.fonttype": "none", "font.family": "DejaVu Sans", "font.size": 10,
                         "svg.hashsalt": "kynangso"}


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _percent(value: Any) -> str:
    """``0.3333`` → ``33,3%`` (Vietnamese decimal comma); a province has 250,000 cells, so no Babel per cell."""
    return "—" if _missing(value) else f"{float(value) * 100:.1f}%".replace(".", ",")


def _decimal(value: Any) -> str:
    """``7.5`` → ``7,5``; ``114.0`` → ``114``."""
    return "—" if _missing(value) else f"{float(value):.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buffer.getvalue()
    return text[text.index("<svg"):]


def _bars(labels: list[str], values: list[float], title: str, mark: float | None = None) -> str:
    height = max(2.2, 0.32 * len(labels) + 0.9)
    colours = ["#c0392b" if mark is not None and v < mark else "#2e86c1" for v in values]
    with matplotlib.rc_context(STYLE):
        figure = Figure(figsize=(7.5, height))
        axes = figure.subplots()
        axes.barh(labels[::-1], [v * 100 for v in values[::-1]], color=colours[::-1])
        if mark is not None:
            axes.axvline(mark * 100, color="#555555", linestyle="--", linewidth=1)
        axes.set_xlim(0, 100)
        axes.set_xlabel("%")
        axes.set_title(title, loc="left")
        axes.spines[["top", "right"]].set_visible(False)
        return _svg(figure)


def charts(tables: t.Tables, pass_mark: float) -> dict[str, str]:
    units = tables.units.sort_values([c.PASS_RATE, c.MEAN], kind="stable").head(MAX_BARS)
    modules = tables.modules.dropna(subset=[c.SHARE])
    digcomp = tables.competences[(tables.competences[c.FRAMEWORK] == c.DIGCOMP)].dropna(subset=[c.SHARE])
    found = {}
    if len(units):
        title = _("Tỷ lệ đạt theo đơn vị ({so} đơn vị thấp nhất) — đỏ: thấp hơn tỷ lệ chung").format(so=len(units)) \
            if len(tables.units) > MAX_BARS else _("Tỷ lệ đạt theo đơn vị — đỏ: thấp hơn tỷ lệ chung")
        enrolled = tables.units[c.ENROLLED].sum()
        overall = float(tables.units[c.PASSED].sum() / enrolled) if enrolled else 0.0
        found["units"] = _bars([str(u) for u in units[c.UNIT]], units[c.PASS_RATE].astype(float).tolist(), title,
                               overall)
    if len(modules):
        found["modules"] = _bars([f"{c} {title[:40]}" for c, title in zip(modules[c.MODULE], modules[c.TITLE],
                                                                       strict=True)],
                                 modules[c.SHARE].astype(float).tolist(), _("Tỷ lệ điểm đạt theo học phần"),
                                 pass_mark)
    if len(digcomp):
        found["competences"] = _bars([f"{c} {n[:40]}" for c, n in zip(digcomp[c.CODE], digcomp[c.COMPETENCE],
                                                                     strict=True)],
                                     digcomp[c.SHARE].astype(float).tolist(),
                                     _("Tỷ lệ điểm đạt theo năng lực DigComp"), pass_mark)
    return found


def _rows(frame: pd.DataFrame) -> list[list[str]]:
    shown = c.word_translator()
    out = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record, strict=True):
            if column in {c.PERCENT, c.PASS_RATE, c.SHARE, c.FULL}:
                cells.append(_percent(value))
            elif isinstance(value, float):
                cells.append(_decimal(value))
            else:
                cells.append(shown(str(value)))
        out.append(cells)
    return out


def _headers(frame: pd.DataFrame) -> list[str]:
    return [_(str(c)) for c in frame.columns]


def _learners_json(frame: pd.DataFrame) -> str:
    rows = _rows(frame)
    text = json.dumps({"columns": _headers(frame), "rows": rows}, ensure_ascii=False)
    return text.replace("</", "<\\/")


@dataclass
class Section:
    """One more table on the dashboard (the province report's): rows may carry a unit and a month for the filters."""

    key: str
    title: str
    frame: pd.DataFrame
    units: list[str] | None = None
    months: list[str] | None = None
    note: str = ""

    def rendered(self) -> dict[str, Any]:
        rows = _rows(self.frame)
        return {"key": self.key, "title": self.title, "headers": _headers(self.frame), "note": self.note,
                "rows": [(r, (self.units or [""] * len(rows))[i], (self.months or [""] * len(rows))[i])
                         for i, r in enumerate(rows)]}


def write_html(path: Path, tables: t.Tables, *, title: str, pass_mark: float, extra: Sequence[Section] = (),
               areas: Mapping[str, str] | None = None) -> Path:
    """Write the dashboard; ``extra`` tables and ``areas`` (unit → former district, for a filter) are the province
    report's."""
    template = i18n.template_environment().get_template("bao-cao.html.j2")
    shown = c.word_translator()
    summary = [(shown(str(item)), _percent(value) if item in c.PERCENT_ITEMS else (
        _decimal(value) if isinstance(value, float) else str(value)))
        for item, value in tables.summary[[c.ITEM, c.VALUE]].itertuples(index=False)]
    html = template.render(
        lang=i18n.language(), title=title, summary=summary, charts=charts(tables, pass_mark), notes=tables.notes,
        unit_headers=_headers(tables.units), unit_rows=_rows(tables.units), unit_column=_(c.UNIT),
        module_headers=_headers(tables.modules), module_rows=_rows(tables.modules),
        question_headers=_headers(tables.questions), question_rows=_rows(tables.questions),
        competence_headers=_headers(tables.competences), competence_rows=_rows(tables.competences),
        unit_names=[shown(str(u)) for u in tables.units[c.UNIT]],
        module_codes=[str(m) for m in tables.modules[c.MODULE]],
        learners_json=_learners_json(tables.learners),
        sections=[s.rendered() for s in extra],
        areas_json=json.dumps({shown(u): a for u, a in (areas or {}).items()}, ensure_ascii=False)
        .replace("</", "<\\/"),
        area_names=sorted(set((areas or {}).values())),
        months=sorted({m for s in extra for m in (s.months or []) if m}),
    )
    path.write_text(html, encoding="utf-8")
    return path


__all__ = ["Section", "charts", "write_html"]
