"""Quản lý văn bản đến, văn bản đi theo Nghị định 30/2020/NĐ-CP (05/3/2020), Chương III.

What the course teaches (article numbers are marked "cần đối chiếu" in lessons):
- every incoming and outgoing document goes through the agency's Văn thư;
- an incoming document is registered (số đến, ngày đến) and submitted/handed over **the same day, at the
  latest the next working day**; documents marked Hỏa tốc, Thượng khẩn or Khẩn are handled **immediately**;
- "số đến" runs consecutively in a year (paper and electronic documents share one series); outgoing numbers
  start at 01 on 1 January and end on 31 December;
- an outgoing document is issued the day it is signed, at the latest the next working day; urgent ones
  at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kynangso.i18n import N_, _
from kynangso.rules.working_days import add_working_days, next_working_day

SOURCE = "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Chương III (quản lý văn bản)"  # nội dung

# The urgency marks (độ khẩn) as stamped on documents. Highest urgency first.
NORMAL = "Thường"  # nội dung
URGENCY_LEVELS: tuple[str, ...] = ("Hỏa tốc", "Thượng khẩn", "Khẩn")  # nội dung
ALL_LEVELS: tuple[str, ...] = (*URGENCY_LEVELS, NORMAL)

# When to submit/hand over: the values are these Vietnamese texts, shown translated with _().
HANDOVER_NOW = N_("Trình, chuyển giao ngay khi nhận")
HANDOVER_SAME_DAY = N_("Trong ngày, chậm nhất ngày làm việc tiếp theo")
HANDOVER_CHOICES: tuple[str, ...] = (HANDOVER_NOW, HANDOVER_SAME_DAY, N_("Trong vòng 3 ngày làm việc"),
                                     N_("Khi lãnh đạo có thời gian"))


def is_urgent(level: str) -> bool:
    """True for Hỏa tốc, Thượng khẩn and Khẩn (all three are handled immediately)."""
    return level.strip() in URGENCY_LEVELS


def handover_rule(level: str) -> str:
    """When the Văn thư must submit/hand over an incoming document of this urgency."""
    return HANDOVER_NOW if is_urgent(level) else HANDOVER_SAME_DAY


def latest_handover_day(received: date, level: str) -> date:
    """The last day allowed: the day of receipt for urgent documents, otherwise the next working day."""
    return received if is_urgent(level) else next_working_day(received)


def next_number(last_number: int | None, last_date: date | None, on: date) -> int:
    """The next number of a yearly series (số đến, or số of an outgoing document); restarts at 1 on 1/1."""
    if last_number is None or last_date is None or last_date.year != on.year:
        return 1
    return last_number + 1


@dataclass(frozen=True)
class IncomingLetter:
    """A document that has just arrived at the Văn thư (all data in the course is made up)."""

    received: datetime
    number_symbol: str
    issuer: str
    summary: str
    level: str = NORMAL
    # The leader's direction once the document is submitted: who handles it and in how many working days.
    # Empty when the exercise stops at registration.
    assignee: str = ""
    working_days: int = 0

    @property
    def direction(self) -> str:
        """The leader's direction as written on the software ("ý kiến chỉ đạo"), or ""."""
        if not self.assignee:
            return ""
        return _("Giao {don_vi} chủ trì xử lý, hạn {so} ngày làm việc kể từ ngày đến.").format(
            don_vi=self.assignee, so=self.working_days)


@dataclass(frozen=True)
class RegisterRow:
    """One line of the incoming register."""

    number: int
    day: date
    number_symbol: str
    issuer: str
    summary: str
    level: str


@dataclass(frozen=True)
class Step:
    who: str
    what: str


# The roles in an agency, as job titles (the learner sorts tasks into them).
ROLES: tuple[str, ...] = ("Văn thư", "Lãnh đạo", "Chuyên viên chủ trì", "Chuyên viên phối hợp")  # nội dung
_CLERK, _LEADER, _LEAD_OFFICER, _SUPPORT_OFFICER = ROLES
# The path of an incoming document (tiếp nhận → đăng ký → trình → phân công → giải quyết → theo dõi).
INCOMING_ROUTE: tuple[Step, ...] = (
    Step(_CLERK, N_("Tiếp nhận, kiểm tra văn bản đến (bì, số trang, chữ ký số)")),
    Step(_CLERK, N_("Đăng ký: cấp số đến, ghi ngày đến, độ khẩn vào sổ/phần mềm")),
    Step(_CLERK, N_("Trình lãnh đạo UBND xã trên phần mềm")),
    Step(_LEADER, N_("Cho ý kiến chỉ đạo: ai chủ trì, ai phối hợp, hạn xử lý")),
    Step(_LEAD_OFFICER, N_("Giải quyết, dự thảo văn bản trả lời; mời người phối hợp góp ý")),
    Step(_SUPPORT_OFFICER, N_("Góp ý, cung cấp thông tin cho người chủ trì đúng hạn")),
    Step(_CLERK, N_("Theo dõi, đôn đốc đến khi giải quyết xong; lập hồ sơ")),
)
# Units of a commune's People's Committee that documents are routed to (two-level local government, from 1/7/2025).
UNITS: tuple[str, ...] = ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội",  # nội dung
                          "Trung tâm Phục vụ hành chính công")


def handling_deadline(received: date, working_days: int) -> date:
    """Hạn xử lý: ``working_days`` working days after the day of receipt (that day is not counted)."""
    return add_working_days(received, working_days)


def route_problems(*, to: str, deadline: date | None, expected_to: str, received: date,
                   working_days: int) -> list[str]:
    """What is wrong in routing a registered document to its handler (chuyển xử lý), in Vietnamese."""
    problems: list[str] = []
    if to not in UNITS:
        problems.append(_("Bạn chưa chọn nơi chuyển xử lý."))
    elif to != expected_to:
        problems.append(_("Chuyển đúng đơn vị mà lãnh đạo giao chủ trì (xem dòng 'Ý kiến chỉ đạo')."))
    expected = handling_deadline(received, working_days)
    if deadline is None:
        problems.append(_("Hạn xử lý cần có dạng ngày/tháng/năm, ví dụ 26/11/2026."))
    elif deadline != expected:
        if deadline < expected:
            problems.append(_("Hạn xử lý sớm hơn quy định: đếm đủ số ngày làm việc, không tính chính ngày đến."))
        else:
            problems.append(_("Hạn xử lý muộn hơn quy định: chỉ đếm ngày làm việc, không tính thứ Bảy, Chủ nhật, "
                              "ngày lễ, và không tính chính ngày đến."))
    return problems


def register_problems(*, number: int | None, day: date | None, level: str, handover: str,
                      expected_number: int, received: date, expected_level: str) -> list[str]:
    """What is wrong in one register entry, in Vietnamese (empty when right)."""
    problems: list[str] = []
    if number is None:
        problems.append(_("Bạn chưa nhập số đến."))
    elif number != expected_number:
        if expected_number == 1:
            problems.append(_("Số đến bắt đầu lại từ 1 vào ngày 01/01 mỗi năm. Văn bản này nhận trong năm mới."))
        else:
            problems.append(_("Số đến lấy liên tiếp: bằng số đến của văn bản đăng ký ngay trước cộng thêm 1."))
    if day is None:
        problems.append(_("Ngày đến cần có dạng ngày/tháng/năm, ví dụ 19/11/2026."))
    elif day != received:
        problems.append(_("Ngày đến là ngày văn thư nhận được văn bản (xem dòng 'Nhận lúc')."))
    if level != expected_level:
        problems.append(_("Độ khẩn ghi đúng như dấu/trường độ khẩn trên văn bản gửi đến."))
    if handover != handover_rule(expected_level):
        if is_urgent(expected_level):
            problems.append(_("Văn bản có độ khẩn (Hỏa tốc, Thượng khẩn, Khẩn) phải trình và chuyển giao ngay."))
        else:
            problems.append(_("Văn bản thường: trình, chuyển giao trong ngày, chậm nhất ngày làm việc tiếp theo."))
    return problems


__all__ = [
    "ALL_LEVELS",
    "HANDOVER_CHOICES",
    "HANDOVER_NOW",
    "HANDOVER_SAME_DAY",
    "INCOMING_ROUTE",
    "NORMAL",
    "ROLES",
    "SOURCE",
    "UNITS",
    "URGENCY_LEVELS",
    "IncomingLetter",
    "RegisterRow",
    "Step",
    "handling_deadline",
    "handover_rule",
    "is_urgent",
    "latest_handover_day",
    "next_number",
    "register_problems",
    "route_problems",
]
