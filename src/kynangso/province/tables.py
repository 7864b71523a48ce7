"""The province report's tables: everything a class report has (built by :mod:`kynangso.reporting.tables` from the
merged roster and grades), plus per class, per trainer, progress per month and unit, units with no class yet, people
merged by name to confirm, and questions whose maximum changed between catalogue versions.

"Khu vực" (the former district) is not in today's official lists (no district level since 1/7/2025): the kit knows
only the four communes of the former Quỳ Châu district (NQ 1678/NQ-UBTVQH15, 16/6/2025); a coordinator adds the
others with a file of two columns, ``Đơn vị`` and ``Khu vực`` (``--areas``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kynangso.course.learners import read_table
from kynangso.errors import KitError
from kynangso.i18n import N_, _
from kynangso.province.gradebook import Merged
from kynangso.province.people import SAME_NAME_YEAR_UNIT
from kynangso.reporting import columns as c
from kynangso.reporting.tables import Tables, build_tables, unit_key
from kynangso.rules import communes
from kynangso.text import fold

WORKSHOP, WORKSHOP_ID, TRAINER = N_("Lớp"), N_("Mã lớp"), N_("Giảng viên")
EXPORTED, VERSION, FINGERPRINT = N_("Ngày xuất"), N_("Phiên bản danh mục"), N_("Dấu vân tay khóa")
WORKSHOPS_N, MONTH = N_("Số lớp"), N_("Tháng")
PASSED_IN_MONTH, PASSED_SO_FAR = N_("Đạt trong tháng"), N_("Đạt cộng dồn")
SUBMISSIONS_IN_MONTH = N_("Bài nộp trong tháng")
AREA, WHOLE_PROVINCE = N_("Khu vực (huyện cũ)"), N_("Toàn tỉnh")
PERSON, BIRTH_YEAR, CLASS_ID, MATCHED_WITH = N_("Mã người"), N_("Năm sinh"), N_("Mã trong lớp"), N_("Trùng với")
QUY_CHAU_AREA = N_("Huyện Quỳ Châu cũ")
PROGRESS_NOTE = N_("Tháng đạt: tháng của bài nộp muộn nhất trong các bài được tính của người đạt (kết quả mới nhất "
                   "của mỗi câu).")
CONFIRM_NOTE = N_("Những người này được ghép vì trùng họ tên, năm sinh và đơn vị dù mã khác nhau: hãy xác nhận "
                  "với giảng viên.")


@dataclass
class ProvinceTables:
    base: Tables
    workshops: pd.DataFrame
    trainers: pd.DataFrame
    progress: pd.DataFrame
    missing_units: pd.DataFrame
    to_confirm: pd.DataFrame
    changes: pd.DataFrame
    areas: dict[str, str]


def load_areas(path: Path | None, province_code: int = communes.NGHE_AN) -> dict[str, str]:
    """Unit → former district: the kit's own (Quỳ Châu) plus a coordinator's file (``Đơn vị``, ``Khu vực``)."""
    found = {unit: QUY_CHAU_AREA for unit in communes.QUY_CHAU} if province_code == communes.NGHE_AN else {}
    if path is None:
        return found
    frame = read_table(path)
    headers = {fold(str(h)): h for h in frame.columns}
    unit_col, area_col = headers.get(fold("Đơn vị")), headers.get(fold("Khu vực"))  # nội dung: the columns of the file
    if unit_col is None or area_col is None:
        raise KitError(_("Tệp khu vực '{ten}' cần hai cột 'Đơn vị' và 'Khu vực'. Các cột đang có: {cot}.").format(
            ten=path.name, cot=list(frame.columns)))
    wrong = []
    for line, (typed, area) in enumerate(frame[[unit_col, area_col]].itertuples(index=False, name=None), start=2):
        unit = communes.find(str(typed), province_code, without_diacritics=True)
        if unit is None:
            wrong.append(_("dòng {dong}: '{don_vi}'").format(dong=line, don_vi=typed))
        elif str(area).strip():
            found[unit] = " ".join(str(area).split())
    if wrong:
        raise KitError(_("Tệp khu vực '{ten}' có đơn vị không có trong danh sách xã, phường hiện nay: {loi}.").format(
            ten=path.name, loi="; ".join(wrong)))
    return found


def _group(learners: pd.DataFrame, key: pd.Series, name: str) -> pd.DataFrame:
    flags = learners.assign(_key=key, _submitted=learners[c.HANDED_IN] > 0, _passed=learners[c.RESULT] == c.PASS,
                            _pct=learners[c.PERCENT] * 100).dropna(subset=["_key"])
    grouped = flags.groupby("_key", sort=False)
    table = pd.DataFrame({c.ENROLLED: grouped.size(), c.SUBMITTED: grouped["_submitted"].sum(),
                          c.PASSED: grouped["_passed"].sum(), c.MEAN: grouped["_pct"].mean()})
    table[c.PASS_RATE] = table[c.PASSED] / table[c.ENROLLED]
    return table.rename_axis(name).reset_index()[[name, c.ENROLLED, c.SUBMITTED, c.PASSED, c.PASS_RATE, c.MEAN]]


def _workshops(merged: Merged, learners: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = merged.members.merge(learners, left_on="person", right_on=c.ID)
    per_class = _group(rows, rows["workshop"], WORKSHOP_ID)
    names = merged.trainers.set_index("trainer")
    info = merged.workshops.set_index("workshop")
    per_class.insert(0, WORKSHOP, per_class[WORKSHOP_ID].map(info["label"]))
    per_class.insert(2, TRAINER, per_class[WORKSHOP_ID].map(info["trainer"]).map(names["name"]))
    per_class.insert(3, EXPORTED, per_class[WORKSHOP_ID].map(info["exported_at"]).str[:10])
    per_class.insert(4, VERSION, per_class[WORKSHOP_ID].map(info["catalogue_version"]))
    per_class = per_class.sort_values([EXPORTED, WORKSHOP_ID], kind="stable").reset_index(drop=True)
    rows["_trainer"] = rows["workshop"].map(info["trainer"])
    people = rows.drop_duplicates(["_trainer", "person"])
    per_trainer = _group(people, people["_trainer"], TRAINER)
    classes = merged.workshops.groupby("trainer").size()
    per_trainer.insert(1, FINGERPRINT, per_trainer[TRAINER].map(names["fingerprint"]))
    per_trainer.insert(2, WORKSHOPS_N, per_trainer[TRAINER].map(classes).astype("int64"))
    per_trainer[TRAINER] = per_trainer[TRAINER].map(names["name"])
    return per_class, per_trainer.sort_values(TRAINER, kind="stable").reset_index(drop=True)


def _progress(merged: Merged, learners: pd.DataFrame, areas: dict[str, str]) -> pd.DataFrame:
    """Per month and unit (and the whole province first): submissions handed in, learners passed, passed so far."""
    columns = [MONTH, AREA, c.UNIT, SUBMISSIONS_IN_MONTH, PASSED_IN_MONTH, PASSED_SO_FAR]
    subs = merged.grades.submissions
    stamp = pd.to_datetime(subs["submitted"])
    units = learners.set_index(c.ID)[c.UNIT]
    handed = pd.DataFrame({c.UNIT: subs["learner"].map(units), MONTH: stamp.dt.strftime("%Y-%m")}).dropna()
    passed = learners.loc[learners[c.RESULT] == c.PASS, [c.ID, c.UNIT]]
    last = stamp.groupby(subs["learner"]).max()
    passed = passed.assign(**{MONTH: passed[c.ID].map(last).dt.strftime("%Y-%m")}).dropna(subset=[MONTH])
    if handed.empty:
        return pd.DataFrame(columns=columns)
    counts = pd.DataFrame({SUBMISSIONS_IN_MONTH: handed.groupby([c.UNIT, MONTH]).size(),
                           PASSED_IN_MONTH: passed.groupby([c.UNIT, MONTH]).size()}).fillna(0).astype("int64")
    months = sorted(handed[MONTH].unique())
    frames = []
    for unit in [WHOLE_PROVINCE, *sorted(handed[c.UNIT].unique(), key=unit_key)]:
        part = counts.groupby(level=MONTH).sum() if unit == WHOLE_PROVINCE else counts.xs(unit, level=c.UNIT)
        part = part.reindex(months, fill_value=0)
        frames.append(pd.DataFrame({MONTH: months, AREA: areas.get(unit, ""), c.UNIT: unit,
                                    SUBMISSIONS_IN_MONTH: part[SUBMISSIONS_IN_MONTH].to_numpy(),
                                    PASSED_IN_MONTH: part[PASSED_IN_MONTH].to_numpy(),
                                    PASSED_SO_FAR: part[PASSED_IN_MONTH].cumsum().to_numpy()}))
    table = pd.concat(frames, ignore_index=True)
    table = table[(table[SUBMISSIONS_IN_MONTH] > 0) | (table[PASSED_SO_FAR] > 0)]
    return table.sort_values(MONTH, kind="stable").reset_index(drop=True)[columns]


def _to_confirm(merged: Merged) -> pd.DataFrame:
    columns = [PERSON, c.NAME, c.UNIT, BIRTH_YEAR, WORKSHOP, CLASS_ID, MATCHED_WITH]
    odd = merged.members[merged.members["matched"] == SAME_NAME_YEAR_UNIT]
    labels = merged.workshops.set_index("workshop")["label"]
    people = merged.people.set_index("person")
    rows = []
    for workshop, learner, person in odd[["workshop", "learner", "person"]].itertuples(index=False, name=None):
        others = merged.members[(merged.members["person"] == person) & (merged.members["workshop"] != workshop)]
        rows.append({PERSON: person, c.NAME: people.at[person, "name"], c.UNIT: people.at[person, "unit"],
                     BIRTH_YEAR: people.at[person, "birth_year"], WORKSHOP: labels.get(workshop, workshop),
                     CLASS_ID: learner, MATCHED_WITH: "; ".join(
                         f"{labels.get(w, w)}: {x}" for w, x in zip(others["workshop"], others["learner"],
                                                                     strict=True))})
    return pd.DataFrame(rows, columns=columns)


def province_tables(merged: Merged, when: str, areas: dict[str, str] | None = None,
                    province_code: int = communes.NGHE_AN) -> ProvinceTables:
    areas = areas if areas is not None else load_areas(None, province_code)
    base = build_tables(merged.catalogue, merged.roster, merged.grades, merged.status, when)
    workshops, trainers = _workshops(merged, base.learners)
    seen = set(base.units[c.UNIT])
    missing = sorted((u for u in communes.official_names(province_code) if u not in seen), key=unit_key)
    missing_units = pd.DataFrame({c.UNIT: missing, AREA: [areas.get(u, "") for u in missing]})
    notes = [*base.notes, _(PROGRESS_NOTE), _(CONFIRM_NOTE)]
    base.notes = notes
    return ProvinceTables(base, workshops, trainers, _progress(merged, base.learners, areas), missing_units,
                          _to_confirm(merged), merged.changes, areas)


__all__ = ["AREA", "MONTH", "WORKSHOP", "ProvinceTables", "load_areas", "province_tables"]
