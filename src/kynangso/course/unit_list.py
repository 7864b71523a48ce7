"""The units learners may come from, as the course settings say (``course.units`` in the catalogue).

One lookup for the roster, whatever the setting: the communes of one province, the communes of the whole country
(a name found in several provinces needs the province after a comma: ``Tân Lập, Phú Thọ``), or the trainer's own
list (offices, schools, branches). Names are matched as :mod:`kynangso.rules.communes` matches them.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

import pandas as pd

from kynangso.course.catalogue import UnitSetting
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.rules import communes
from kynangso.text import fold, nfc


class UnitLookup:
    """``find``: the official name of a typed unit (or None); ``closest``: a suggestion; ``where``: names the list."""

    def __init__(self, setting: UnitSetting, folder: Path) -> None:
        self.setting = setting
        self.folder = folder  # where the catalogue is: a unit list file is read from here
        self.province = 0
        if setting.province and not setting.list_file:
            text = setting.province.strip()
            code = int(text) if text.isdigit() else communes.province_code(text)
            if code is None or code not in communes.provinces():
                raise KitError(_("Tỉnh '{tinh}' trong danh mục khóa học (course.units.province) không có trong danh "
                                 "sách 34 tỉnh, thành phố hiện nay.").format(tinh=text))
            self.province = code

    @cached_property
    def own(self) -> tuple[str, ...]:
        """The trainer's unit list (empty when the course uses communes)."""
        if not self.setting.list_file:
            return ()
        path = self.folder / self.setting.list_file
        try:
            if path.suffix.lower() == ".csv":
                frame = pd.read_csv(path, dtype=str, encoding="utf-8-sig", keep_default_na=False)
                column = next((c for c in frame.columns if fold(str(c)) in ("don vi", "unit")),
                              frame.columns[0])
                names = frame[column].tolist()
            else:
                names = path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError, pd.errors.ParserError, IndexError) as exc:
            raise KitError(_("Không đọc được danh sách đơn vị '{tep}' của khóa học ({loi}).").format(
                tep=path, loi=exc.__class__.__name__)) from exc
        own = tuple(dict.fromkeys(" ".join(nfc(n).split()) for n in names if n.strip()))
        if not own:
            raise KitError(_("Danh sách đơn vị '{tep}' của khóa học không có đơn vị nào.").format(tep=path))
        return own

    def where(self) -> str:
        if self.own:
            return _("danh sách đơn vị của khóa học ({tep})").format(tep=self.setting.list_file)
        if self.province:
            return _("danh sách xã, phường hiện nay của {tinh}").format(tinh=communes.provinces()[self.province])
        return _("danh sách xã, phường hiện nay của cả nước")

    def find(self, text: str) -> str | None:
        if self.own:
            return communes.find_among(self.own, text, without_diacritics=True)
        if self.province:
            return communes.find(text, self.province, without_diacritics=True)
        return self._in_country(text)[0]

    def closest(self, text: str) -> str | None:
        if self.own:
            return communes.closest_among(self.own, text)
        if self.province:
            return communes.closest(text, self.province)
        return self._in_country(text)[1]

    def _in_country(self, text: str) -> tuple[str | None, str | None]:
        """``(unit with its province, suggestion)`` for the whole country."""
        unit, comma, province = text.rpartition(",")
        code = communes.province_code(province) if comma else None
        if code is not None:
            found = communes.find(unit, code, without_diacritics=True)
            hint = communes.closest(unit, code)
            name = communes.provinces()[code]
            return (f"{found}, {name}" if found else None), (f"{hint}, {name}" if hint else None)
        hits = [(code, found) for code in communes.provinces()
                if (found := communes.find(text, code, without_diacritics=True))]
        if len(hits) == 1:
            return f"{hits[0][1]}, {communes.provinces()[hits[0][0]]}", None
        hints = [f"{found}, {communes.provinces()[code]}" for code, found in hits[:3]]
        return None, _(" hoặc ").join(hints) or None


__all__ = ["UnitLookup"]
