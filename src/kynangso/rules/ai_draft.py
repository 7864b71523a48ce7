"""Kiểm tra bản nháp văn bản do AI viết: thể thức theo Nghị định 30/2020/NĐ-CP và những điều AI hay viết lỗi thời.

Chatbots learn from older texts, so they write about units and bodies that no longer exist (district level,
"thị trấn", the Ministry/Department of Information and Communications) and repeat the number/date errors
that module 2 teaches to catch. The format checks reuse :mod:`kynangso.rules.nd30`.
"""

from __future__ import annotations

import re

from kynangso.i18n import N_, _
from kynangso.rules import nd30
from kynangso.text import nfc

SOURCE = (  # nội dung
    "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 (thể thức); chính quyền địa phương hai cấp từ 01/7/2025; "
    "Luật Trí tuệ nhân tạo số 134/2025/QH15 (con người chịu trách nhiệm, AI không thay thế)"
)

OUTDATED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"(?i)\bhuyện\b"),  # nội dung
        N_("Nhắc đến cấp huyện: từ 01/7/2025 không còn cấp huyện (chính quyền hai cấp)."),
    ),
    (
        re.compile(r"(?i)\bthị trấn\b"),  # nội dung
        N_("Nhắc đến thị trấn: từ 01/7/2025 đơn vị cấp xã chỉ còn xã, phường, đặc khu."),
    ),
    (
        re.compile(r"(?i)thông tin và truyền thông"),  # nội dung
        N_("Nhắc đến Bộ/Sở Thông tin và Truyền thông: đã hợp nhất vào Bộ/Sở Khoa học và Công nghệ năm 2025."),
    ),
    (
        re.compile(r"(?i)chứng minh nhân dân|\bcmnd\b"),  # nội dung
        N_("Nhắc đến chứng minh nhân dân: từ 01/01/2025 giấy này không còn giá trị sử dụng (Luật Căn cước 2023)."),
    ),
)


def outdated_mentions(text: str) -> list[str]:
    """What in ``text`` is out of date since the 2025 reforms, one sentence per kind found."""
    body = nfc(text)
    return [_(message) for pattern, message in OUTDATED if pattern.search(body)]


def header_problems(number_symbol: str, date_line: str) -> list[str]:
    """Format problems of box 3 (số, ký hiệu) and box 4 (địa danh, ngày tháng), using the module 2 rules."""
    return nd30.number_symbol_problems(number_symbol) + nd30.date_line_problems(date_line)


__all__ = ["OUTDATED", "SOURCE", "header_problems", "outdated_mentions"]
