"""Số định danh cá nhân giả định (đúng cấu trúc, không phải số của người thật) và danh sách người giả định.

Sáu chữ số cuối là số ngẫu nhiên theo ``seed``: cùng ``seed`` → cùng danh sách. Tên người lấy từ
``kynangso.data.person_names`` (tên giả định). Không bao giờ dùng số thật trong khóa học.
"""

from __future__ import annotations

import random

from kynangso.data.person_names import FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE
from kynangso.rules.cccd import NGHE_AN, century_sex_digit

# Lỗi hay gặp khi gõ số định danh vào danh sách, để cài vào bài tập.
LOI_CAI_SAN = ("gioi_tinh", "nam_sinh", "the_ky", "thieu_so", "chu_o")
_HOME = (NGHE_AN,) * 8 + ("038", "042", "001")


def make_number(rng: random.Random, birth_year: int, sex: str, province: str = NGHE_AN) -> str:
    """One synthetic, structurally valid 12-digit number."""
    return f"{province}{century_sex_digit(birth_year, sex)}{birth_year % 100:02d}{rng.randrange(10**6):06d}"


def _name(rng: random.Random, sex: str) -> str:
    female = sex == "Nữ"
    return " ".join((rng.choice(FAMILY), rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
                     rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)))


def make_people(count: int, seed: int, years: tuple[int, int] = (1950, 2008)) -> list[dict[str, object]]:
    """``count`` made-up people with a number that agrees with their birth year and sex."""
    rng = random.Random(seed)
    people: list[dict[str, object]] = []
    for index in range(1, count + 1):
        sex = rng.choice(("Nam", "Nữ"))
        year = rng.randint(*years)
        people.append({
            "STT": index,
            "Họ và tên (giả định)": _name(rng, sex),
            "Năm sinh": year,
            "Giới tính": sex,
            "Số định danh": make_number(rng, year, sex, rng.choice(_HOME)),
        })
    return people


def plant_error(person: dict[str, object], kind: str) -> dict[str, object]:
    """A copy of ``person`` whose number has one typical typing or data-entry error of ``kind``."""
    number = str(person["Số định danh"])
    if kind == "gioi_tinh":      # chữ số thứ 4 của người khác giới
        digit = int(number[3])
        number = number[:3] + str(digit + 1 if digit % 2 == 0 else digit - 1) + number[4:]
    elif kind == "nam_sinh":     # hai số năm sinh lệch 1 năm
        year = (int(number[4:6]) + 1) % 100
        number = number[:4] + f"{year:02d}" + number[6:]
    elif kind == "the_ky":       # nhầm thế kỷ (0 ↔ 2, 1 ↔ 3)
        digit = int(number[3])
        number = number[:3] + str((digit + 2) % 4) + number[4:]
    elif kind == "thieu_so":     # gõ thiếu một chữ số
        number = number[:7] + number[8:]
    elif kind == "chu_o":        # chữ O thay cho số 0 ở mã tỉnh
        number = "O" + number[1:]
    else:
        raise ValueError(f"Không có loại lỗi {kind!r}; dùng một trong {LOI_CAI_SAN}.")
    return {**person, "Số định danh": number}


def make_check_list(seed: int, size: int = 8, errors: tuple[str, ...] = ("gioi_tinh", "nam_sinh", "thieu_so"),
                    ) -> list[dict[str, object]]:
    """A list of ``size`` people in which ``len(errors)`` rows (chosen by ``seed``) carry one planted error each."""
    rng = random.Random(seed)
    people = make_people(size, seed + 1)
    rows = sorted(rng.sample(range(size), len(errors)))
    for row, kind in zip(rows, errors, strict=True):
        people[row] = plant_error(people[row], kind)
    return people


__all__ = ["LOI_CAI_SAN", "make_check_list", "make_number", "make_people", "plant_error"]
