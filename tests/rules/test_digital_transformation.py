"""Rules of M1 in kynangso.rules.digital_transformation: the milestones of digital transformation, the two levels of
online public services of NĐ 42/2022/NĐ-CP, and reading answers typed as letters or number–letter pairs."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kynangso.rules import digital_transformation as cds


def test_milestones_are_in_time_order_and_unique() -> None:
    days = [m.ngay for m in cds.MOC_THOI_GIAN]
    assert days == sorted(days) and len(set(days)) == len(days)


@pytest.mark.parametrize(("day", "document"), [
    (date(2022, 1, 6), "06/QĐ-TTg"),            # Đề án 06 (header: "Số: 06/QĐ-TTg … ngày 06 tháng 01 năm 2022")
    (date(2022, 1, 28), "146/QĐ-TTg"),          # domain-facts §1.7
    (date(2024, 12, 22), "57-NQ/TW"),           # Politburo resolution on S&T, innovation and digital transformation
    (date(2022, 6, 24), "42/2022/NĐ-CP"),       # §2.4, in force 15/8/2022
    (date(2025, 3, 21), "01-KH/BCĐTW"),         # §1.6 Bình dân học vụ số
    (date(2025, 3, 26), "26/3/2025"),           # §1.6 launch of binhdanhocvuso.gov.vn
    (date(2025, 4, 29), "757/QĐ-BKHCN"),        # §1.5
    (date(2025, 6, 9), "118/2025/NĐ-CP"),       # §2.4 public administration service centres
    (date(2025, 6, 16), "1678/NQ-UBTVQH15"),    # §0 Nghệ An's 130 communes
    (date(2025, 7, 1), "01/7/2025"),            # §0 two-tier local government
])
def test_milestones_match_the_legal_documents(day: date, document: str) -> None:
    by_day = {m.ngay: m for m in cds.MOC_THOI_GIAN}
    assert document in by_day[day].van_ban
    assert f"{day.day:02d}/" in by_day[day].van_ban or f"{day.day}/" in by_day[day].van_ban


def test_nd42_effective_date_and_the_130_communes_are_stated() -> None:
    by_day = {m.ngay: m for m in cds.MOC_THOI_GIAN}
    assert "15/8/2022" in by_day[date(2022, 6, 24)].van_ban
    assert "130" in by_day[date(2025, 6, 16)].su_kien
    assert "không còn cấp huyện" in by_day[date(2025, 7, 1)].su_kien


@pytest.mark.parametrize(("online", "in_person", "result", "level"), [
    (True, False, "trực tuyến", cds.TOAN_TRINH),
    (True, False, "bưu chính", cds.TOAN_TRINH),
    (True, False, "Bưu chính công ích", cds.TOAN_TRINH),
    (True, False, "truc tuyen", cds.TOAN_TRINH),
    (True, False, unicodedata.normalize("NFD", "  Bưu   chính "), cds.TOAN_TRINH),
    (True, True, "trực tuyến", cds.MOT_PHAN),       # must come in person at some step
    (True, False, "trực tiếp", cds.MOT_PHAN),       # result collected at the desk
    (False, False, "trực tuyến", cds.KHONG_TRUC_TUYEN),
])
def test_muc_do_dvc_follows_nd42(online: bool, in_person: bool, result: str, level: str) -> None:
    assert cds.muc_do_dvc(online, in_person, result) == level


def test_rule_text_names_the_decree_and_both_levels() -> None:
    assert "42/2022/NĐ-CP" in cds.RULE_DVC
    assert "toàn trình" in cds.RULE_DVC and "một phần" in cds.RULE_DVC


@pytest.mark.parametrize(("typed", "letters"), [
    ("B, A, D, C", ["B", "A", "D", "C"]),
    ("b a d c", ["B", "A", "D", "C"]),
    ("B,,A; d ,C", ["B", "A", "D", "C"]),
    ("B>A→D→C", ["B", "A", "D", "C"]),
    ("  ", []),
    ("B, AA, 3", ["B", "AA", "3"]),   # kept as typed so the caller can name them
])
def test_doc_chu_cai_reads_letters_with_common_separators(typed: str, letters: list[str]) -> None:
    assert cds.read_letters(typed) == letters


@pytest.mark.parametrize("typed", ["B - A - D - C", "B->A->D->C", "B – A – D – C", "B-A-D-C"])
def test_doc_chu_cai_reads_dashes_and_ascii_arrows_as_separators(typed: str) -> None:
    assert cds.read_letters(typed) == ["B", "A", "D", "C"]


@pytest.mark.parametrize(("typed", "pairs"), [
    ("1-B, 2-A, 3-C", {1: "B", 2: "A", 3: "C"}),
    ("1 - b; 2:a 3C", {1: "B", 2: "A", 3: "C"}),
    ("1–B, 2→A", {1: "B", 2: "A"}),
    ("1.B 2)A", {1: "B", 2: "A"}),
    ("10-B, 2-a", {10: "B", 2: "A"}),
    ("", {}),
])
def test_doc_cap_ghep_reads_number_letter_pairs(typed: str, pairs: dict[int, str]) -> None:
    assert cds.read_pairs(typed) == pairs


@pytest.mark.parametrize("typed", ["1-B, 1-C", "1-B, x", "1-B 2-", "1-BC", "B-1"])
def test_doc_cap_ghep_refuses_what_is_not_pairs(typed: str) -> None:
    assert cds.read_pairs(typed) is None


def test_vi_tri_dung_counts_matching_positions_only() -> None:
    assert cds.right_positions(["A", "B", "C"], ["A", "C", "B"]) == 1
    assert cds.right_positions(["A", "B", "C"], ["A", "B", "C"]) == 3
    assert cds.right_positions(["A"], ["A", "B"]) == 1
    assert cds.right_positions([], ["A"]) == 0
