"""Hồ sơ liên thông giả định (synthetic linked dossiers) for module 15: births and deaths in the former Quỳ Châu
district.

Everything about the people is made up: names from ``person_names``, personal numbers from ``cccd.make_number``
(structurally valid, never a real person's), dossier codes marked "GĐ" (giả định: the real code format is not
known, domain-facts §2.4). Commune names are the profile's (kynangso.rules.place), read when asked. The fixed cases
fall on confirmed working days of 2026; ``make_cases`` puts its dates relative to a day chosen by the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from kynangso.data.cccd import make_number
from kynangso.data.person_names import FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE
from kynangso.rules import civil_status as ht
from kynangso.rules import place
from kynangso.rules.cccd import mask


@dataclass(frozen=True)
class CivilCase:
    """One linked dossier as it reaches the commune: who, what happened when, what was chosen and attached."""

    code: str
    group: str  # ht.BIRTH or ht.DEATH
    commune: str
    person: str  # the child, or the person who died
    declarant: str  # who declares (father, mother, son…), with the relation
    declarant_id: str  # synthetic 12-digit personal number
    event_day: date  # birth or death
    received: datetime
    attached: tuple[str, ...]
    chosen: tuple[str, ...]  # the linked procedures the declarant picked
    note: str = ""  # what the declarant says when asked to add a paper

    @property
    def missing(self) -> tuple[str, ...]:
        return ht.missing(self.group, self.attached)

    @property
    def days(self) -> int | None:
        """Working days to the result of the whole group (None: not taught, see kynangso.rules.civil_status)."""
        return ht.LINKED_WORKING_DAYS[self.group]

    @property
    def masked_id(self) -> str:
        return mask(self.declarant_id)


def _id(seed: int, year: int, sex: str) -> str:
    return make_number(random.Random(seed), year, sex)


# Worked example: a complete birth dossier of Châu Bình, received on a Tuesday morning.
_SAMPLE = CivilCase(
    code="GĐ-KS-2026-0412", group=ht.BIRTH, commune="Xã Châu Bình", person="Lương Gia Bảo",
    declarant="Lương Văn Tuấn (cha)", declarant_id=_id(1, 1994, "Nam"), event_day=date(2026, 11, 20),
    received=datetime(2026, 12, 1, 8, 40), attached=(ht.TO_KHAI, ht.GIAY_CHUNG_SINH),
    chosen=(ht.KHAI_SINH, ht.THUONG_TRU, ht.THE_BHYT),
)
# Half-worked example: the birth certificate was not attached; the mother adds it the same morning.
_HALF = CivilCase(
    code="GĐ-KS-2026-0431", group=ht.BIRTH, commune="Xã Quỳ Châu", person="Vi Thị Ngọc Hân",
    declarant="Lò Thị Mai (mẹ)", declarant_id=_id(2, 1998, "Nữ"), event_day=date(2026, 12, 2),
    received=datetime(2026, 12, 10, 9, 15), attached=(ht.TO_KHAI, ht.SO_HO_KHAU),
    chosen=(ht.KHAI_SINH, ht.THUONG_TRU, ht.THE_BHYT),
    note="Chị Mai chụp Giấy chứng sinh của bệnh viện và đính kèm bổ sung lúc 10 giờ 20.",
)
# Practice: a pensioner of Hùng Chân died; the son picks all four procedures.
_PRACTICE = CivilCase(
    code="GĐ-KT-2026-0117", group=ht.DEATH, commune="Xã Hùng Chân", person="Sầm Văn Phong (hưởng lương hưu)",
    declarant="Sầm Văn Hải (con trai)", declarant_id=_id(3, 1979, "Nam"), event_day=date(2026, 12, 7),
    received=datetime(2026, 12, 9, 14, 5), attached=(ht.TO_KHAI,),
    chosen=(ht.KHAI_TU, ht.XOA_THUONG_TRU, ht.MAI_TANG, ht.TU_TUAT),
    note="Anh Hải đính kèm bổ sung Giấy báo tử của Trạm Y tế xã lúc 15 giờ 30.",
)
# Before the Tết holiday 2027 (still tentative in the holiday list): the appointment crosses it.
_BEFORE_TET = CivilCase(
    code="GĐ-KS-2027-0021", group=ht.BIRTH, commune="Xã Châu Tiến", person="Kha Minh Khang",
    declarant="Kha Văn Lâm (cha)", declarant_id=_id(4, 1996, "Nam"), event_day=date(2027, 1, 19),
    received=datetime(2027, 2, 3, 10, 0), attached=(ht.TO_KHAI, ht.GIAY_CHUNG_SINH),
    chosen=(ht.KHAI_SINH, ht.THUONG_TRU, ht.THE_BHYT),
)
_CASES: tuple[CivilCase, ...] = (_SAMPLE, _HALF, _PRACTICE, _BEFORE_TET)


def make_cases(seed: int, count: int = 12) -> pd.DataFrame:
    """``count`` made-up births and deaths around a day chosen by ``seed``, with the last day to register each."""
    rng = random.Random(seed)
    xa = tuple(f"Xã {name}" for name in place.xa_bai_hoc())  # nội dung
    base = date(2026, 9, 1) + timedelta(days=rng.randrange(60))
    rows = []
    for index in range(1, count + 1):
        birth = rng.random() < 0.6
        sex = rng.choice(("Nam", "Nữ"))
        female = sex == "Nữ"
        name = " ".join((rng.choice(FAMILY), rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
                         rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)))
        group = ht.BIRTH if birth else ht.DEATH
        event = base + timedelta(days=rng.randrange(40))
        year = event.year if birth else rng.randint(1935, 1960)
        rows.append({
            "Mã hồ sơ (giả định)": f"GĐ-{'KS' if birth else 'KT'}-{event.year}-{index:04d}",
            "Nhóm thủ tục": group,
            "Xã": rng.choice(xa),
            "Họ và tên (giả định)": name,
            "Số định danh (che)": mask(make_number(rng, year, sex)),
            "Ngày sinh hoặc ngày mất": event,
            "Hạn đăng ký": ht.last_day_to_register(event, group),
        })
    return pd.DataFrame(rows)


_WRITTEN = ("SAMPLE", "HALF", "PRACTICE", "BEFORE_TET", "CASES")


def __getattr__(name: str) -> object:
    """SAMPLE, HALF, PRACTICE, BEFORE_TET, CASES: written for the kit's own communes, given with the profile's names
    (read when asked)."""
    return place.module_attribute(globals(), _WRITTEN, name)


__all__ = ["CivilCase", "make_cases"]
