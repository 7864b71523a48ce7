"""Synthetic, seeded practice data: cadres with made-up names (no real person's data)."""

from __future__ import annotations

import random

from kynangso.rules import place

FAMILY = ("Lò", "Vi", "Lương", "Lang", "Sầm", "Quang", "Kha", "Ngân", "Lữ", "Hà", "Nguyễn", "Trần", "Lê",
          "Hoàng", "Phan", "Đinh", "Võ")
MIDDLE_MALE = ("Văn", "Đức", "Minh", "Thanh", "Hữu", "Công")
MIDDLE_FEMALE = ("Thị", "Thị", "Thanh", "Minh", "Ngọc")
GIVEN_MALE = ("Tuấn", "Hùng", "Dũng", "Bình", "Phong", "Sơn", "Quân", "Chiến", "Khánh", "Đức", "Thắng", "Lâm",
              "Hải", "Nam", "Việt", "Ánh", "Xuân")
GIVEN_FEMALE = ("Hoa", "Lan", "Mai", "Thảo", "Hương", "Nga", "Thắm", "Yến", "Hạnh", "Ánh", "Xuân", "Liên",
                "Phương", "Oanh", "Duyên", "Ngân")
POSITIONS = (
    "Chuyên viên Văn phòng HĐND và UBND",
    "Chuyên viên Phòng Văn hóa - Xã hội",
    "Chuyên viên Phòng Kinh tế",
    "Viên chức Trung tâm Phục vụ hành chính công",
    "Cán bộ Ủy ban MTTQ Việt Nam xã",
    "Phó Chủ tịch UBND xã",
)


def cadres(count: int, seed: int, units: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """``count`` made-up cadres spread over ``units`` (by default the lessons' communes, "Xã …", of the profile),
    the same list for the same seed."""
    units = units or tuple(f"Xã {name}" for name in place.xa_bai_hoc())  # nội dung
    rng = random.Random(seed)
    seen: set[tuple[str, str]] = set()
    people: list[dict[str, str]] = []
    while len(people) < count:
        female = rng.random() < 0.5
        name = " ".join((
            rng.choice(FAMILY),
            rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
            rng.choice(GIVEN_FEMALE if female else GIVEN_MALE),
        ))
        unit = units[len(people) % len(units)]
        if (name, unit) in seen:
            continue
        seen.add((name, unit))
        people.append({
            "Họ và tên": name,
            "Đơn vị": unit,
            "Chức vụ": rng.choice(POSITIONS),
            "Năm sinh": str(rng.randint(1966, 2000)),
            "Email": "",
            "Điện thoại": "",
        })
    return people


__all__ = ["POSITIONS", "cadres"]
