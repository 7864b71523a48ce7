"""Dịch vụ công trực tuyến: levels (toàn trình / một phần), VNeID level 2, dossier status flow, steps.

- Levels: Nghị định 42/2022/NĐ-CP (24/6/2022, in force 15/8/2022) replaced the old levels 1–4 with two.
- Electronic identification: Nghị định 69/2024/NĐ-CP (25/6/2024, in force 01/7/2024, replacing NĐ 59/2022). Level 1:
  registered by the citizen in the app (ID number, own mobile number, a face photo taken by the phone); the identity
  information and *some* features. Level 2: identity verified with biometrics (face image and fingerprints) against
  the citizen's chip-based ID card data; *all* features, worth presenting the card. The course tells learners to
  check for level 2 before helping with an online dossier (research notes: level 2 is required for online public
  services); which portal services accept level 1, and the article of NĐ 69/2024 on where level 2 is registered,
  are not confirmed — lessons mark both ⚠️ "cần đối chiếu" Nghị định 69/2024/NĐ-CP and the portal's login guide.
- Status flow: a simplified teaching model of the one-stop workflow (Nghị định 118/2025/NĐ-CP, 09/6/2025);
  real systems use their own status names.
"""

from __future__ import annotations

from kynangso.i18n import N_, _

LEVELS_SOURCE = "Nghị định 42/2022/NĐ-CP ngày 24/6/2022 (có hiệu lực từ 15/8/2022)"  # nội dung
VNEID_SOURCE = "Nghị định 69/2024/NĐ-CP ngày 25/6/2024 về định danh và xác thực điện tử"  # nội dung
ONE_STOP_SOURCE = ("Nghị định 118/2025/NĐ-CP ngày 09/6/2025 về cơ chế một cửa, một cửa liên thông, "  # nội dung
                   "sửa đổi bởi Nghị định 367/2025/NĐ-CP")
PORTAL = "dichvucong.gov.vn"

# The two levels of NĐ 42/2022 as named on the portals, and the answer for a service that is not online.
FULL = "Toàn trình"  # nội dung
PARTIAL = "Một phần"  # nội dung
NOT_ONLINE = "Chưa là dịch vụ công trực tuyến"  # nội dung
LEVEL_RULE = N_(
    "Toàn trình: người dân nộp và cơ quan giải quyết hoàn toàn trên mạng, không phải đến trực tiếp; kết quả "
    "trả trực tuyến hoặc qua bưu chính công ích. Một phần: dịch vụ công trực tuyến còn lại — ví dụ phải đến "
    "nộp bản chính, ký trực tiếp, xác minh tại chỗ, hoặc phải đến nhận kết quả."
)


def service_level(*, submit_online: bool, in_person: bool, result_online_or_post: bool) -> str:
    """The level of an online public service from three facts about the procedure."""
    if not submit_online:
        return NOT_ONLINE
    return FULL if not in_person and result_online_or_post else PARTIAL


# The statuses of a dossier, as a one-stop system shows them (the learner picks them).
WAITING = "Chờ tiếp nhận"  # nội dung
MORE_NEEDED = "Yêu cầu bổ sung"  # nội dung
REFUSED = "Từ chối"  # nội dung
ACCEPTED = "Đã tiếp nhận"  # nội dung
PROCESSING = "Đang xử lý"  # nội dung
RESULT_READY = "Có kết quả"  # nội dung
RETURNED = "Đã trả kết quả"  # nội dung
STATUSES: tuple[str, ...] = (WAITING, MORE_NEEDED, REFUSED, ACCEPTED, PROCESSING, RESULT_READY, RETURNED)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    WAITING: (ACCEPTED, MORE_NEEDED, REFUSED),
    MORE_NEEDED: (WAITING,),
    REFUSED: (),
    ACCEPTED: (PROCESSING,),
    PROCESSING: (RESULT_READY,),
    RESULT_READY: (RETURNED,),
    RETURNED: (),
}
# What goes with a status (translated where shown).
PAPERS: dict[str, str] = {
    MORE_NEEDED: N_("Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (nêu rõ giấy tờ còn thiếu)"),
    REFUSED: N_("Phiếu từ chối tiếp nhận, giải quyết hồ sơ (nêu rõ lý do)"),
    ACCEPTED: N_("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    RETURNED: N_("Người dân nhận kết quả; được mời đánh giá mức độ hài lòng"),
}


def next_statuses(status: str) -> tuple[str, ...]:
    if status not in TRANSITIONS:
        raise ValueError(_("Không có trạng thái '{ten}'. Các trạng thái: {co}.").format(ten=status,
                                                                                     co=", ".join(STATUSES)))
    return TRANSITIONS[status]


def transition_problem(current: str, new: str) -> str | None:
    """Why a dossier cannot go from ``current`` to ``new`` (``None`` when it can)."""
    allowed = next_statuses(current)
    if new in allowed:
        return None
    if not allowed:
        return _("'{hien_tai}' là trạng thái cuối: hồ sơ không chuyển tiếp được nữa.").format(hien_tai=current)
    return _("Từ '{hien_tai}' hồ sơ chỉ chuyển được sang: {duoc}.").format(hien_tai=current, duoc=", ".join(allowed))


VNEID_LEVELS: dict[int, str] = {
    1: N_("Công dân tự đăng ký trên ứng dụng VNeID (số định danh cá nhân, số điện thoại chính chủ, ảnh khuôn mặt "
          "chụp bằng điện thoại); xem thông tin danh tính điện tử và dùng một số tiện ích."),
    2: N_("Danh tính đã được xác thực bằng sinh trắc học (ảnh khuôn mặt, vân tay) với dữ liệu thẻ căn cước gắn "
          "chíp; dùng toàn bộ tiện ích, giá trị như xuất trình thẻ căn cước."),
}

# Helping a villager submit online, in order (the course's checklist).
VILLAGER_STEPS: tuple[str, ...] = (
    N_("Kiểm tra người dân đã có tài khoản VNeID mức độ 2 và mang điện thoại đã cài VNeID"),
    N_("Đăng nhập Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) bằng tài khoản VNeID"),
    N_("Tìm đúng thủ tục, chọn cơ quan giải quyết là UBND xã nơi nộp"),
    N_("Điền tờ khai, đính kèm ảnh chụp hoặc bản quét giấy tờ rõ nét, nộp phí, lệ phí nếu có"),
    N_("Bấm nộp, ghi lại mã hồ sơ; theo dõi trạng thái và nhận kết quả"),
)
NEVER = N_(
    "Không bao giờ hỏi, ghi lại hay tự nhập hộ mật khẩu, mã OTP của người dân; người dân tự nhập trên "
    "điện thoại của mình."
)


__all__ = [
    "ACCEPTED",
    "FULL",
    "LEVELS_SOURCE",
    "LEVEL_RULE",
    "MORE_NEEDED",
    "NEVER",
    "NOT_ONLINE",
    "ONE_STOP_SOURCE",
    "PAPERS",
    "PARTIAL",
    "PORTAL",
    "PROCESSING",
    "REFUSED",
    "RESULT_READY",
    "RETURNED",
    "STATUSES",
    "TRANSITIONS",
    "VILLAGER_STEPS",
    "VNEID_LEVELS",
    "VNEID_SOURCE",
    "WAITING",
    "next_statuses",
    "service_level",
    "transition_problem",
]
