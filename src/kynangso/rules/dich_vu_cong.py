"""Dịch vụ công trực tuyến: levels (toàn trình / một phần), VNeID level 2, dossier status flow, steps.

- Levels: Nghị định 42/2022/NĐ-CP (24/6/2022, in force 15/8/2022) replaced the old levels 1–4 with two.
- Electronic identification: Nghị định 69/2024/NĐ-CP (25/6/2024); a level-2 VNeID account is what the course
  tells learners to check first (some services may accept level 1 — marked "cần đối chiếu" in lessons).
- Status flow: a simplified teaching model of the one-stop workflow (Nghị định 118/2025/NĐ-CP, 09/6/2025);
  real systems use their own status names.
"""

from __future__ import annotations

LEVELS_SOURCE = "Nghị định 42/2022/NĐ-CP ngày 24/6/2022 (có hiệu lực từ 15/8/2022)"
VNEID_SOURCE = "Nghị định 69/2024/NĐ-CP ngày 25/6/2024 về định danh và xác thực điện tử"
ONE_STOP_SOURCE = "Nghị định 118/2025/NĐ-CP ngày 09/6/2025 về cơ chế một cửa, một cửa liên thông"
PORTAL = "dichvucong.gov.vn"

FULL = "Toàn trình"
PARTIAL = "Một phần"
LEVEL_RULE = (
    "Toàn trình: người dân nộp và cơ quan giải quyết hoàn toàn trên mạng, không phải đến trực tiếp; kết quả "
    "trả trực tuyến hoặc qua bưu chính công ích. Một phần: dịch vụ công trực tuyến còn lại — ví dụ phải đến "
    "nộp bản chính, ký trực tiếp, xác minh tại chỗ, hoặc phải đến nhận kết quả."
)


def service_level(*, submit_online: bool, in_person: bool, result_online_or_post: bool) -> str:
    """The level of an online public service from three facts about the procedure."""
    if not submit_online:
        return "Chưa là dịch vụ công trực tuyến"
    return FULL if not in_person and result_online_or_post else PARTIAL


WAITING = "Chờ tiếp nhận"
MORE_NEEDED = "Yêu cầu bổ sung"
REFUSED = "Từ chối"
ACCEPTED = "Đã tiếp nhận"
PROCESSING = "Đang xử lý"
RESULT_READY = "Có kết quả"
RETURNED = "Đã trả kết quả"
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
PAPERS: dict[str, str] = {
    MORE_NEEDED: "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (nêu rõ giấy tờ còn thiếu)",
    REFUSED: "Phiếu từ chối tiếp nhận, giải quyết hồ sơ (nêu rõ lý do)",
    ACCEPTED: "Giấy tiếp nhận hồ sơ và hẹn trả kết quả",
    RETURNED: "Người dân nhận kết quả; được mời đánh giá mức độ hài lòng",
}


def next_statuses(status: str) -> tuple[str, ...]:
    if status not in TRANSITIONS:
        raise ValueError(f"Không có trạng thái '{status}'. Các trạng thái: {', '.join(STATUSES)}.")
    return TRANSITIONS[status]


def transition_problem(current: str, new: str) -> str | None:
    """Why a dossier cannot go from ``current`` to ``new`` (``None`` when it can)."""
    allowed = next_statuses(current)
    if new in allowed:
        return None
    if not allowed:
        return f"'{current}' là trạng thái cuối: hồ sơ không chuyển tiếp được nữa."
    return f"Từ '{current}' hồ sơ chỉ chuyển được sang: {', '.join(allowed)}."


VNEID_LEVELS: dict[int, str] = {
    1: "Tự đăng ký trên ứng dụng VNeID (số định danh, họ tên, ngày sinh, giới tính, ảnh chân dung); "
       "dùng được ít tiện ích.",
    2: "Đăng ký trực tiếp tại cơ quan Công an, có thu thập sinh trắc học (vân tay, khuôn mặt); dùng đầy "
       "đủ tiện ích, giá trị như xuất trình thẻ căn cước.",
}

# Helping a villager submit online, in order (the course's checklist).
VILLAGER_STEPS: tuple[str, ...] = (
    "Kiểm tra người dân đã có tài khoản VNeID mức độ 2 và mang điện thoại đã cài VNeID",
    f"Đăng nhập Cổng Dịch vụ công quốc gia ({PORTAL}) bằng tài khoản VNeID",
    "Tìm đúng thủ tục, chọn cơ quan giải quyết là UBND xã nơi nộp",
    "Điền tờ khai, đính kèm ảnh chụp hoặc bản quét giấy tờ rõ nét, nộp phí, lệ phí nếu có",
    "Bấm nộp, ghi lại mã hồ sơ; theo dõi trạng thái và nhận kết quả",
)
NEVER = (
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
