"""Chứng thư chữ ký số giả định of one commune (names made up; no real certificate data)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from kynangso.rules import place
from kynangso.rules.digital_signature import OFFICIAL, Certificate


def sample_certificates() -> tuple[Certificate, ...]:
    """The commune's certificates; the agency is the profile's fourth commune's (read when called)."""
    return (
        Certificate("CT01", "Lò Văn Tuấn", "Chủ tịch UBND xã", OFFICIAL, date(2024, 3, 15), date(2029, 3, 15)),
        Certificate("CT02", place.uy_ban(4), "Chứng thư của cơ quan (văn thư giữ)", OFFICIAL,
                    date(2025, 7, 1), date(2030, 7, 1)),
        Certificate("CT03", "Lương Văn Sơn", "Phó Chủ tịch UBND xã", OFFICIAL, date(2021, 10, 10),
                    date(2026, 10, 10)),
        Certificate("CT04", "Hà Thị Mai", "Kế toán", OFFICIAL, date(2025, 1, 20), date(2026, 11, 30)),
        Certificate("CT05", "Sầm Văn Dũng", "Công chức Tư pháp - Hộ tịch", OFFICIAL, date(2021, 5, 5),
                    date(2026, 5, 5)),
        Certificate("CT06", "Kha Thị Lan", "Chuyên viên Văn phòng HĐND và UBND", OFFICIAL, date(2026, 12, 1),
                    date(2031, 12, 1)),
    )


def __getattr__(name: str) -> object:
    if name == "SAMPLE_CERTIFICATES":
        return sample_certificates()
    raise AttributeError(name)


def certificate_table(on: date, certificates: tuple[Certificate, ...] | None = None) -> pd.DataFrame:
    """The certificates as a table, with their status on the day ``on``."""
    certificates = certificates or sample_certificates()
    return pd.DataFrame([{
        "Mã": c.id,
        "Người được cấp (tên giả định)": c.holder,
        "Chức danh": c.role,
        "Hiệu lực từ": f"{c.valid_from:%d/%m/%Y}",
        "Hiệu lực đến": f"{c.valid_to:%d/%m/%Y}",
        f"Tình trạng ngày {on:%d/%m/%Y}": c.status_on(on),
    } for c in certificates])


__all__ = ["certificate_table", "sample_certificates"]
