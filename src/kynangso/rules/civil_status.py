"""Hộ tịch và thủ tục liên thông (module 15): khai sinh – thường trú – thẻ BHYT; khai tử – xóa thường trú – mai táng.

What the course teaches, and from where:
- Luật Hộ tịch số 60/2014/QH13 (20/11/2014), in force: the commune (UBND xã, its công chức tư pháp – hộ tịch)
  registers births and deaths (Điều 13, Điều 32); a birth is registered within 60 days of the birth (Điều 15
  khoản 1), a death within 15 days of the death (Điều 33 khoản 1); the papers: the declaration with the birth
  certificate (giấy chứng sinh; Điều 16 khoản 1) or the death notice (giấy báo tử; Điều 34 khoản 1).
  A period counted in days starts the day after the event and, when its last day is a day off, ends on the next
  working day (Bộ luật Dân sự 91/2015/QH13, Điều 147, Điều 148 khoản 5).
- Nghị định 63/2024/NĐ-CP (10/6/2024): two groups of procedures done as one electronic dossier on the Cổng Dịch vụ
  công quốc gia or the VNeID app ("Dịch vụ công liên thông khai sinh, khai tử", as published by Quyết định
  296/QĐ-VPCP of 12/6/2024): birth – permanent residence – health-insurance card for a child under 6, with the
  result of all three within 03 working days; death – removal of permanent residence – funeral allowance –
  survivor benefit, where the declarant picks 2, 3 or 4 of them. The birth (or death) is registered first; the
  police (Công an xã, the residence registration body of Luật Cư trú 68/2020/QH14) and the social insurance
  then do their part.
Not taught as law, with the reason and what would settle it (the lesson says the same):
- the deadline of the death group: not found in a text the course could check (it depends on the procedures
  chosen and on who pays the allowance), so the simulator asks no appointment date for it;
- who pays the funeral allowance of someone outside social insurance (người có công, bảo trợ xã hội) after the
  2025 reorganisation: not checked; the course's cases are pensioners (paid by the social insurance);
- Nghị định 301/2026/NĐ-CP (reported 30/7/2026, from 01/9/2026: a new form, the căn cước card of a child under 6
  added to the birth group) and Luật Hộ tịch số 03/2026/QH16 (reported in force 01/3/2027): only secondary
  sources seen, not the texts.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, timedelta

from kynangso.i18n import N_, _
from kynangso.rules.working_days import add_working_days, is_working_day, next_working_day

SOURCE = ("Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014; "  # nội dung
          "Nghị định 63/2024/NĐ-CP ngày 10/6/2024 về liên thông điện tử hai nhóm thủ tục hành chính")
LAW = "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014"  # nội dung
DECREE = "Nghị định 63/2024/NĐ-CP ngày 10/6/2024"  # nội dung

# The two groups of linked procedures.
BIRTH = N_("Khai sinh – thường trú – thẻ BHYT cho trẻ dưới 6 tuổi")
DEATH = N_("Khai tử – xóa thường trú – mai táng phí, tử tuất")
GROUPS: tuple[str, ...] = (BIRTH, DEATH)

# The procedures, each done by one agency.
KHAI_SINH = N_("Đăng ký khai sinh")
THUONG_TRU = N_("Đăng ký thường trú")
THE_BHYT = N_("Cấp thẻ bảo hiểm y tế")
KHAI_TU = N_("Đăng ký khai tử")
XOA_THUONG_TRU = N_("Xóa đăng ký thường trú")
MAI_TANG = N_("Giải quyết trợ cấp mai táng")
TU_TUAT = N_("Giải quyết chế độ tử tuất")
PROCEDURES: dict[str, tuple[str, ...]] = {BIRTH: (KHAI_SINH, THUONG_TRU, THE_BHYT),
                                          DEATH: (KHAI_TU, XOA_THUONG_TRU, MAI_TANG, TU_TUAT)}
FIRST: dict[str, str] = {BIRTH: KHAI_SINH, DEATH: KHAI_TU}

UBND_XA = N_("UBND xã (công chức tư pháp – hộ tịch)")
CONG_AN_XA = N_("Công an xã")
BHXH = N_("Cơ quan bảo hiểm xã hội")
AGENCIES: tuple[str, ...] = (UBND_XA, CONG_AN_XA, BHXH)
AGENCY: dict[str, str] = {KHAI_SINH: UBND_XA, THUONG_TRU: CONG_AN_XA, THE_BHYT: BHXH,
                          KHAI_TU: UBND_XA, XOA_THUONG_TRU: CONG_AN_XA, MAI_TANG: BHXH, TU_TUAT: BHXH}

# Papers. The first two of each group are what the dossier needs; the others are asked for by mistake.
TO_KHAI = N_("Tờ khai điện tử liên thông (một tờ khai cho các thủ tục đã chọn)")
GIAY_CHUNG_SINH = N_("Giấy chứng sinh (bản chụp hoặc bản điện tử)")
GIAY_BAO_TU = N_("Giấy báo tử hoặc giấy tờ thay giấy báo tử")
SO_HO_KHAU = N_("Bản sao sổ hộ khẩu")
ANH_THE = N_("Ảnh thẻ 4×6")
CCCD_CONG_CHUNG = N_("Bản sao công chứng thẻ căn cước của người đi khai")
REQUIRED: dict[str, tuple[str, ...]] = {BIRTH: (TO_KHAI, GIAY_CHUNG_SINH), DEATH: (TO_KHAI, GIAY_BAO_TU)}
NOT_NEEDED: dict[str, str] = {
    SO_HO_KHAU: N_("Sổ hộ khẩu không còn giá trị từ 01/01/2023 (Luật Cư trú 68/2020/QH14, Điều 38): cơ quan tra "
                   "Cơ sở dữ liệu quốc gia về dân cư."),
    ANH_THE: N_("Khai sinh, khai tử và thẻ BHYT của trẻ không cần ảnh thẻ."),
    CCCD_CONG_CHUNG: N_("Người đi khai chỉ xuất trình giấy tờ tùy thân (nộp trực tuyến thì đăng nhập VNeID mức 2), "
                        "không nộp bản sao công chứng."),
}
PAPERS: dict[str, tuple[str, ...]] = {group: (*REQUIRED[group], *NOT_NEEDED) for group in GROUPS}

# Deadlines.
REGISTER_WITHIN = {BIRTH: 60, DEATH: 15}  # calendar days after the event (Luật Hộ tịch, Điều 15, Điều 33)
LINKED_WORKING_DAYS: dict[str, int | None] = {BIRTH: 3, DEATH: None}  # None: not taught (see above)
WHERE = N_("Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID, mục «Dịch vụ công liên thông khai sinh, khai tử»")


def last_day_to_register(event: date, group: str) -> date:
    """The last day to register a birth (60 days) or a death (15 days) that happened on ``event``.

    The day of the event is not counted; a last day that is a day off moves to the next working day.
    """
    last = event + timedelta(days=REGISTER_WITHIN[group])
    return last if is_working_day(last) else next_working_day(last)


def appointment(received: date, group: str = BIRTH) -> date | None:
    """The appointment date of a complete linked dossier received on ``received``; None when the course has none."""
    days = LINKED_WORKING_DAYS[group]
    return None if days is None else add_working_days(received, days)


def missing(group: str, attached: Iterable[str]) -> tuple[str, ...]:
    """The required papers of ``group`` not in ``attached``, in the order of the rule."""
    have = set(attached)
    return tuple(paper for paper in REQUIRED[group] if paper not in have)


def paper_problems(group: str, attached: Collection[str], ticked: Collection[str]) -> list[str]:
    """What is wrong in ticking ``ticked`` as the missing papers of a dossier holding ``attached`` (Vietnamese)."""
    problems: list[str] = []
    for paper in ticked:
        if paper in NOT_NEEDED:
            problems.append(_("«{giay}» không phải giấy tờ của hồ sơ này: {ly_do}").format(
                giay=_(paper), ly_do=_(NOT_NEEDED[paper])))
        elif paper in attached:
            problems.append(_("«{giay}» đã có trong hồ sơ: đọc lại danh sách giấy tờ đính kèm.").format(giay=_(paper)))
    forgotten = [paper for paper in missing(group, attached) if paper not in ticked]
    if forgotten:
        problems.append(_("Hồ sơ còn thiếu một giấy tờ bắt buộc mà bạn chưa đánh dấu: so từng giấy tờ với quy "
                          "định ({luat}, Điều 16 và Điều 34).").format(luat=LAW))
    return problems


def agency_problem(procedure: str, agency: str) -> str | None:
    """Why ``agency`` does not do ``procedure`` (Vietnamese), or None when it does."""
    if agency not in AGENCIES:
        return _("Chọn cơ quan giải quyết thủ tục «{thu_tuc}».").format(thu_tuc=_(procedure))
    if AGENCY[procedure] == agency:
        return None
    if procedure in (KHAI_SINH, KHAI_TU):
        return _("Khai sinh, khai tử do UBND xã đăng ký (công chức tư pháp – hộ tịch; Luật Hộ tịch, Điều 13, "
                 "Điều 32).")
    if procedure in (THUONG_TRU, XOA_THUONG_TRU):
        return _("Đăng ký, xóa đăng ký thường trú là việc của Công an xã, cơ quan đăng ký cư trú (Luật Cư trú "
                 "68/2020/QH14).")
    return _("Thẻ BHYT, trợ cấp mai táng, chế độ tử tuất của người tham gia bảo hiểm xã hội do cơ quan bảo hiểm xã "
             "hội giải quyết.")


def order_problem(group: str, procedure: str, done: Collection[str]) -> str | None:
    """Why ``procedure`` cannot be done yet, given the procedures already ``done`` (Vietnamese), or None."""
    if procedure in done:
        return _("Thủ tục «{thu_tuc}» đã giải quyết xong.").format(thu_tuc=_(procedure))
    first = FIRST[group]
    if procedure != first and first not in done:
        if group == BIRTH:
            return _("Phải đăng ký khai sinh trước: trẻ có số định danh cá nhân thì Công an xã mới đăng ký thường "
                     "trú, bảo hiểm xã hội mới cấp thẻ BHYT.")
        return _("Phải đăng ký khai tử trước: có trích lục khai tử thì mới xóa đăng ký thường trú và giải quyết "
                 "mai táng, tử tuất.")
    return None


__all__ = [
    "AGENCIES", "AGENCY", "ANH_THE", "BHXH", "BIRTH", "CCCD_CONG_CHUNG", "CONG_AN_XA", "DEATH", "DECREE", "FIRST",
    "GIAY_BAO_TU", "GIAY_CHUNG_SINH", "GROUPS", "KHAI_SINH", "KHAI_TU", "LAW", "LINKED_WORKING_DAYS", "MAI_TANG",
    "NOT_NEEDED", "PAPERS", "PROCEDURES", "REGISTER_WITHIN", "REQUIRED", "SOURCE", "SO_HO_KHAU", "THE_BHYT",
    "THUONG_TRU", "TO_KHAI", "TU_TUAT", "UBND_XA", "WHERE", "XOA_THUONG_TRU", "agency_problem", "appointment",
    "last_day_to_register", "missing", "order_problem", "paper_problems",
]
