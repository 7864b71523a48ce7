"""Chuyển đổi số và chính quyền số (học phần 1): mốc thời gian, mức dịch vụ công trực tuyến, đọc câu trả lời.

Dates were checked against the sources listed in the lesson; the two-level local government took effect on
1/7/2025 (NQ 1678/NQ-UBTVQH15 for Nghệ An's communes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kynangso.i18n import N_
from kynangso.text import fold, nfc


@dataclass(frozen=True)
class Milestone:
    """A milestone of digital transformation that a commune cadre should know."""

    ngay: date
    su_kien: str
    van_ban: str


# The events are messages; the documents (van_ban) are cited by their names.
MOC_THOI_GIAN: tuple[Milestone, ...] = (
    Milestone(date(2020, 6, 3), N_("Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng 2030"),
                "Quyết định 749/QĐ-TTg ngày 03/6/2020"),  # nội dung
    Milestone(date(2022, 1, 6), N_("Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử "
                                     "phục vụ chuyển đổi số quốc gia (Đề án 06)"),
                "Quyết định 06/QĐ-TTg ngày 06/01/2022"),  # nội dung
    Milestone(date(2022, 1, 28), N_("Đề án nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực "
                                      "chuyển đổi số quốc gia"),
                "Quyết định 146/QĐ-TTg ngày 28/01/2022"),  # nội dung
    Milestone(date(2022, 6, 24), N_("Dịch vụ công trực tuyến còn hai mức: toàn trình và một phần"),
                "Nghị định 42/2022/NĐ-CP ngày 24/6/2022 (hiệu lực 15/8/2022)"),  # nội dung
    Milestone(date(2024, 12, 22), N_("Bộ Chính trị ra Nghị quyết về đột phá phát triển khoa học, công nghệ, đổi mới "
                                       "sáng tạo và chuyển đổi số quốc gia"),
                "Nghị quyết 57-NQ/TW ngày 22/12/2024"),  # nội dung
    Milestone(date(2025, 3, 21), N_("Kế hoạch triển khai phong trào “Bình dân học vụ số”"),
                "Kế hoạch 01-KH/BCĐTW ngày 21/3/2025"),  # nội dung
    Milestone(date(2025, 3, 26), N_("Thủ tướng phát động phong trào và nền tảng binhdanhocvuso.gov.vn"),
                "Lễ phát động ngày 26/3/2025"),  # nội dung
    Milestone(date(2025, 4, 29), N_("Khung kiến thức, kỹ năng số cơ bản"),
                "Quyết định 757/QĐ-BKHCN ngày 29/4/2025"),  # nội dung
    Milestone(date(2025, 6, 9), N_("Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã"),
                "Nghị định 118/2025/NĐ-CP ngày 09/6/2025"),  # nội dung
    Milestone(date(2025, 6, 16), N_("Sắp xếp đơn vị hành chính cấp xã của tỉnh Nghệ An (còn 130 xã, phường)"),
                "Nghị quyết 1678/NQ-UBTVQH15 ngày 16/6/2025"),  # nội dung
    Milestone(date(2025, 7, 1), N_("Chính quyền địa phương hai cấp (tỉnh, xã) bắt đầu hoạt động; không còn cấp "
                                     "huyện"),
                "Từ ngày 01/7/2025"),  # nội dung
    Milestone(date(2025, 12, 11), N_("Quốc hội thông qua Luật Chuyển đổi số (hiệu lực 01/7/2026)"),
                "Luật Chuyển đổi số số 148/2025/QH15 ngày 11/12/2025"),  # nội dung
)

# The two levels of NĐ 42/2022/NĐ-CP by their legal names: the answers learners pick.
TOAN_TRINH = "toàn trình"  # nội dung
MOT_PHAN = "một phần"  # nội dung
KHONG_TRUC_TUYEN = "không phải dịch vụ công trực tuyến"  # nội dung
RULE_DVC = N_("Nghị định 42/2022/NĐ-CP: toàn trình = nộp và giải quyết hoàn toàn trên mạng, kết quả trả trực "
              "tuyến hoặc qua bưu chính công ích; còn phải có mặt hoặc nộp giấy ở một bước nào đó = một phần.")


def muc_do_dvc(nop_truc_tuyen: bool, phai_den_truc_tiep: bool, tra_ket_qua: str) -> str:
    """The level of an online public service under NĐ 42/2022/NĐ-CP (as taught in the lesson).

    ``tra_ket_qua`` is one of "trực tuyến", "bưu chính", "trực tiếp" (where the result is handed over).
    """
    if not nop_truc_tuyen:
        return KHONG_TRUC_TUYEN
    if phai_den_truc_tiep or fold(tra_ket_qua) not in ("truc tuyen", "buu chinh", "buu chinh cong ich"):
        return MOT_PHAN
    return TOAN_TRINH


# ---------------------------------------------------------------- reading answers typed as text

def read_letters(text: str) -> list[str]:
    """``"B, A, d , C"`` → ``["B", "A", "D", "C"]``.

    Separators: commas, semicolons, spaces, dashes (``B - A``), arrows (``→``, ``->``) or ``>``.
    Anything that is not a single letter is kept as typed, so callers can report it.
    """
    parts = re.split(r"[,;\s>→\-–—]+", nfc(text))
    return [p.upper() if len(p) == 1 and p.isalpha() else p for p in parts if p]


_PAIR = re.compile(r"(\d+)\s*[-–:→.)]?\s*([A-Za-z])(?![A-Za-z])")


def read_pairs(text: str) -> dict[int, str] | None:
    """``"1-B, 2-A, 3-C"`` → ``{1: "B", 2: "A", 3: "C"}``; ``None`` when something is not number + letter.

    Accepts ``1-B``, ``1 - b``, ``1B``, ``1:B``, ``1–B`` and ``1→B``; pairs separated by commas, semicolons
    or spaces. A number given twice also gives ``None``.
    """
    body = nfc(text)
    pairs: dict[int, str] = {}
    for match in _PAIR.finditer(body):
        if int(match[1]) in pairs:
            return None
        pairs[int(match[1])] = match[2].upper()
    if _PAIR.sub("", body).strip(",; \t\n"):
        return None
    return pairs


def right_positions(given: list[str], expected: list[str]) -> int:
    """How many positions of ``given`` hold the same letter as ``expected``."""
    return sum(1 for a, b in zip(given, expected, strict=False) if a == b)


__all__ = [
    "KHONG_TRUC_TUYEN",
    "MOC_THOI_GIAN",
    "MOT_PHAN",
    "RULE_DVC",
    "TOAN_TRINH",
    "Milestone",
    "muc_do_dvc",
    "read_letters",
    "read_pairs",
    "right_positions",
]
