"""Văn bản đi trên hệ thống quản lý văn bản: the path of an outgoing electronic document (module 12).

What the course teaches, from Nghị định 30/2020/NĐ-CP (05/3/2020):
- the draft is approved by the person with authority to sign it (Điều 11 khoản 1) and signed with that person's
  digital signature (Điều 13 khoản 7);
- then the Văn thư gives the number and date (Điều 15: a yearly series from 01 on 1 January, by the system for
  electronic documents), registers it (Điều 16) and signs with the agency's digital signature (Điều 17 khoản 2),
  only on a document the competent person has already signed (Điều 32 khoản 2 điểm d);
- it is issued the day it is signed, at the latest the next working day; urgent documents at once (Điều 18
  khoản 1), through the inter-agency link of the document system;
- after issue: a content error is fixed by a document replacing it, an error of form by a công văn đính chính
  (Điều 18 khoản 3); on a recall notice the receiver destroys the electronic document and tells the sender
  through the system (Điều 18 khoản 4).
The stages and their order are a teaching model of that path; real systems (VNPT-iOffice…) differ on screen.
"""

from __future__ import annotations

from datetime import date

from kynangso.i18n import N_, _
from kynangso.rules.document_register import is_urgent
from kynangso.rules.working_days import next_working_day

SOURCE = "Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư, Điều 11, 13, 15–18, 32"  # nội dung

# Where the outgoing document stands. The values are Vietnamese status texts, shown translated.
START = N_("Chưa có dự thảo")
DRAFTED = N_("Đã soạn dự thảo")
RETURNED = N_("Lãnh đạo trả lại, chờ sửa")
APPROVED = N_("Lãnh đạo đã duyệt, chờ ký số")
SIGNED = N_("Người có thẩm quyền đã ký số, chờ cấp số")
NUMBERED = N_("Đã cấp số, ngày tháng, chờ ký số của cơ quan")
SEALED = N_("Đã ký số của cơ quan, chờ phát hành")
SENT = N_("Đã phát hành")
FIXED = N_("Đã xử lý sai sót")
STAGES: tuple[str, ...] = (START, DRAFTED, RETURNED, APPROVED, SIGNED, NUMBERED, SEALED, SENT, FIXED)

# Whose signature goes on: the personal one of the signer, or the agency's (its image is the red seal).
PERSONAL_SIGNATURE = N_("Chữ ký số cá nhân của người có thẩm quyền ký")
AGENCY_SIGNATURE = N_("Chữ ký số của cơ quan (UBND xã) — văn thư ký")
SIGNATURES: tuple[str, ...] = (PERSONAL_SIGNATURE, AGENCY_SIGNATURE)

# How it is sent.
LINK = N_("Liên thông trên hệ thống quản lý văn bản (trục liên thông)")
CHANNELS: tuple[str, ...] = (LINK, N_("Thư điện tử cá nhân (Gmail…)"), N_("Nhóm Zalo của cơ quan"))

# Who reviews the draft and signs (a commune People's Committee works collectively: Chủ tịch, Phó Chủ tịch sign).
APPROVERS: tuple[str, ...] = ("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Công chức Văn phòng",  # nội dung
                              "Văn thư")

# What went wrong after issue, and what to do about it.
CONTENT_ERROR = N_("Sai nội dung (ví dụ sai số liệu, sai đối tượng)")
FORM_ERROR = N_("Sai thể thức, kỹ thuật trình bày (ví dụ thiếu số 0 trong ngày tháng)")
WRONG_RECIPIENT = N_("Gửi nhầm nơi nhận")
REPLACE = N_("Ban hành văn bản sửa đổi, thay thế có hình thức tương đương")
CORRECT = N_("Đính chính bằng công văn của UBND xã")
RECALL = N_("Thu hồi trên hệ thống: gửi thông báo thu hồi, bên nhận hủy văn bản và báo lại")
DELETE_QUIETLY = N_("Xóa văn bản trên máy mình, không cần báo ai")
FIXES: tuple[str, ...] = (REPLACE, CORRECT, RECALL, DELETE_QUIETLY)
FIX_FOR: dict[str, str] = {CONTENT_ERROR: REPLACE, FORM_ERROR: CORRECT, WRONG_RECIPIENT: RECALL}

# What must be done before each step (the key is the stage the step needs).
_BEFORE = {
    DRAFTED: N_("Soạn dự thảo trước (chọn loại văn bản, độ khẩn, nơi nhận)."),
    RETURNED: N_("Lãnh đạo đã trả lại dự thảo: sửa theo ý kiến (bấm Soạn dự thảo lần nữa) rồi trình lại."),
    APPROVED: N_("Dự thảo phải được người có thẩm quyền ký duyệt trước khi ký số (Điều 11)."),
    SIGNED: N_("Văn thư chỉ cấp số, ngày tháng khi người có thẩm quyền đã ký số (Điều 15, Điều 32)."),
    NUMBERED: N_("Cấp số, ngày tháng trước rồi mới ký số của cơ quan."),
    SEALED: N_("Chỉ phát hành khi văn bản đã có chữ ký số của người ký và của cơ quan (Điều 14, Điều 17)."),
    SENT: N_("Văn bản chưa phát hành thì chưa có sai sót nào phải xử lý: sửa ngay trên dự thảo."),
}


def order_problem(stage: str, needed: str) -> str | None:
    """Why a step that needs ``needed`` cannot be done at ``stage`` (Vietnamese), or None when it can."""
    if stage == needed:
        return None
    if stage == RETURNED:
        return _(_BEFORE[RETURNED])
    if STAGES.index(stage) > STAGES.index(needed):
        return _("Bước này đã làm xong. Văn bản đang ở trạng thái: {trang_thai}.").format(trang_thai=_(stage))
    return _(_BEFORE[needed])


def latest_release_day(signed: date, level: str) -> date:
    """The last day to issue a document signed on ``signed``: that day if urgent, else the next working day."""
    return signed if is_urgent(level) else next_working_day(signed)


def release_problems(*, signed: date, day: date | None, level: str, channel: str) -> list[str]:
    """What is wrong in issuing (phát hành) a signed document on ``day`` through ``channel``, in Vietnamese."""
    problems: list[str] = []
    if channel != LINK:
        problems.append(_("Văn bản điện tử của UBND xã gửi cơ quan nhà nước qua hệ thống quản lý văn bản "
                          "(liên thông), không qua thư điện tử cá nhân hay Zalo."))
    if day is None:
        problems.append(_("Ngày phát hành cần có dạng ngày/tháng/năm, ví dụ 14/12/2026."))
    elif day < signed:
        problems.append(_("Không thể phát hành trước ngày văn bản được ký."))
    elif day > latest_release_day(signed, level):
        if is_urgent(level):
            problems.append(_("Văn bản khẩn phải phát hành và gửi ngay sau khi ký, trong cùng ngày (Điều 18)."))
        else:
            problems.append(_("Phát hành trong ngày ký, chậm nhất là ngày làm việc tiếp theo (Điều 18)."))
    return problems


def fix_problems(mistake: str, fix: str) -> list[str]:
    """What is wrong in handling ``mistake`` found after issue with ``fix``, in Vietnamese."""
    if fix not in FIXES:
        return [_("Bạn chưa chọn cách xử lý sai sót.")]
    if fix == FIX_FOR[mistake]:
        return []
    if fix == DELETE_QUIETLY:
        return [_("Văn bản đã gửi đi vẫn nằm ở nơi nhận: phải báo cho nơi nhận bằng văn bản, không tự xóa "
                  "lặng lẽ.")]
    if mistake == CONTENT_ERROR:
        return [_("Sai về nội dung thì phải sửa đổi, thay thế bằng văn bản có hình thức tương đương "
                  "(Điều 18 khoản 3).")]
    if mistake == FORM_ERROR:
        return [_("Sai về thể thức, kỹ thuật trình bày, thủ tục ban hành thì đính chính bằng công văn "
                  "(Điều 18 khoản 3).")]
    return [_("Gửi nhầm nơi nhận: thu hồi trên hệ thống để bên nhận hủy văn bản và báo lại (Điều 18 khoản 4), "
              "rồi gửi đúng nơi nhận.")]


__all__ = [
    "AGENCY_SIGNATURE", "APPROVED", "APPROVERS", "CHANNELS", "CONTENT_ERROR", "CORRECT", "DELETE_QUIETLY",
    "DRAFTED", "FIXED", "FIXES", "FIX_FOR", "FORM_ERROR", "LINK", "NUMBERED", "PERSONAL_SIGNATURE", "RECALL",
    "REPLACE", "RETURNED", "SEALED", "SENT", "SIGNATURES", "SIGNED", "SOURCE", "STAGES", "START", "WRONG_RECIPIENT",
    "fix_problems", "latest_release_day", "order_problem", "release_problems",
]
