"""Làm việc khi hạ tầng yếu: thời gian tải lên, cài đặt quét, cây xử lý sự cố, kế hoạch "ngoại tuyến trước".

The scan-size table is an *approximation made for the course* (real sizes depend on the scanner, the paper and
the compression); lessons say so. Sizes use 1 MB = 8 megabit, the usual rule of thumb.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kynangso.i18n import N_, _

# The colour modes by their names on the scanner screen: learners pick and type them ("Màu, 200 dpi").
MODES: tuple[str, ...] = ("Đen trắng", "Xám", "Màu")  # nội dung
DPIS: tuple[int, ...] = (150, 200, 300)
# Below this, small print and stamps become hard to read (course rule; ⚠️ cần đối chiếu hướng dẫn số hóa của tỉnh).
MIN_DPI = 200

# Approximate size of one A4 page saved as PDF, in MB, by colour mode and resolution (course table).
SCAN_MB_PER_PAGE: dict[tuple[str, int], float] = {  # nội dung
    ("Đen trắng", 150): 0.05,
    ("Đen trắng", 200): 0.1,
    ("Đen trắng", 300): 0.2,
    ("Xám", 150): 0.3,
    ("Xám", 200): 0.5,
    ("Xám", 300): 1.1,
    ("Màu", 150): 0.5,
    ("Màu", 200): 0.9,
    ("Màu", 300): 2.0,
}


def upload_seconds(size_mb: float, speed_mbps: float) -> int:
    """Seconds to send ``size_mb`` megabytes at ``speed_mbps`` megabit per second: MB × 8 ÷ Mbps, rounded."""
    if size_mb < 0 or speed_mbps <= 0:
        raise ValueError(_("Dung lượng phải không âm và tốc độ phải lớn hơn 0."))
    return math.floor(size_mb * 8 / speed_mbps + 0.5)


def describe_seconds(seconds: int) -> str:
    """``80`` → ``"1 phút 20 giây"``."""
    minutes, rest = divmod(int(seconds), 60)
    if not minutes:
        return _("{giay} giây").format(giay=rest)
    if rest:
        return _("{phut} phút {giay} giây").format(phut=minutes, giay=rest)
    return _("{phut} phút").format(phut=minutes)


def mode_for(colour_marks: bool, faint_or_photo: bool) -> str:
    """Colour mode for a paper: colour when it has red stamps, colour photos or blue signatures that matter;
    grey for faint handwriting or black-and-white photos; black and white for clear print."""
    if colour_marks:
        return "Màu"  # nội dung
    return "Xám" if faint_or_photo else "Đen trắng"  # nội dung


def scan_size_mb(mode: str, dpi: int, pages: int) -> float:
    """Estimated size of a ``pages``-page scan from the course table, rounded to 0.01 MB."""
    return round(SCAN_MB_PER_PAGE[(mode, dpi)] * pages, 2)


def best_dpi(mode: str, pages: int, limit_mb: float) -> int | None:
    """The highest resolution (not below ``MIN_DPI``) whose scan stays under ``limit_mb``.

    ``None`` when none does: then split the file or ask which limit applies.
    """
    for dpi in sorted(DPIS, reverse=True):
        if dpi >= MIN_DPI and scan_size_mb(mode, dpi, pages) <= limit_mb:
            return dpi
    return None


SPLIT = "Tách thành nhiều tệp"  # nội dung: an answer learners pick beside the settings


def scan_choice(colour_marks: bool, faint_or_photo: bool, pages: int, limit_mb: float) -> str:
    """The setting to pick, as written in lessons: ``"Màu, 200 dpi"`` or ``"Tách thành nhiều tệp"``."""
    mode = mode_for(colour_marks, faint_or_photo)
    dpi = best_dpi(mode, pages, limit_mb)
    return SPLIT if dpi is None else f"{mode}, {dpi} dpi"


@dataclass(frozen=True)
class Node:
    question: str
    options: tuple[tuple[str, str], ...] = ()  # (answer shown on the button, next node id)
    action: str = ""  # set on leaves: what to do


TROUBLESHOOTING: dict[str, Node] = {
    "goc": Node(
        N_("Bạn đang gặp chuyện gì?"),
        (
            (N_("Mất sóng, không vào được mạng"), "mang_1"),
            (N_("Mất điện"), "dien_1"),
            (N_("Phần mềm báo lỗi"), "loi_1"),
        ),
    ),
    "mang_1": Node(
        N_("Chế độ máy bay (hình chiếc máy bay) có đang bật không?"),
        ((N_("Có, đang bật"), "mang_may_bay"), (N_("Không bật"), "mang_2")),
    ),
    "mang_may_bay": Node("", action=N_("Tắt chế độ máy bay, đợi khoảng 30 giây rồi thử lại.")),
    "mang_2": Node(
        N_("Người bên cạnh, dùng nhà mạng khác, có vào mạng được không?"),
        ((N_("Có, họ vào được"), "mang_may_minh"), (N_("Không, cũng mất sóng"), "mang_3")),
    ),
    "mang_may_minh": Node(
        "",
        action=N_(
            "Lỗi ở máy hoặc SIM của bạn: khởi động lại điện thoại, kiểm tra gói cước dữ liệu còn không, "
            "tắt rồi bật lại dữ liệu di động."
        ),
    ),
    "mang_3": Node(
        N_("Việc này có phải gửi ngay hôm nay không?"),
        ((N_("Có, gấp"), "mang_gap"), (N_("Không gấp"), "mang_ngoai_tuyen")),
    ),
    "mang_gap": Node(
        "",
        action=N_(
            "Đến điểm có sóng đã biết (nhà văn hóa bản, chỗ cao) hoặc dùng mạng của trụ sở xã; "
            "trong lúc chờ, lưu hồ sơ trên máy."
        ),
    ),
    "mang_ngoai_tuyen": Node(
        "",
        action=N_("Làm ngoại tuyến: lưu bản quét trên máy, ghi sổ theo dõi; khi có mạng thì gửi và kiểm tra "
                  "trạng thái."),
    ),
    "dien_1": Node(
        N_("Máy bạn đang dùng có pin không (máy tính xách tay, điện thoại)?"),
        ((N_("Có pin"), "dien_co_pin"), (N_("Máy bàn, không có pin"), "dien_2")),
    ),
    "dien_co_pin": Node(
        "",
        action=N_(
            "Lưu ngay việc đang làm; giảm độ sáng màn hình, tắt ứng dụng không cần; dùng sạc dự phòng; "
            "làm việc quan trọng nhất trước."
        ),
    ),
    "dien_2": Node(
        N_("Máy có bộ lưu điện (UPS) đang kêu bíp không?"),
        ((N_("Có UPS"), "dien_ups"), (N_("Không có UPS, máy đã tắt"), "dien_tat")),
    ),
    "dien_ups": Node("", action=N_("Lưu công việc rồi tắt máy đúng cách ngay trong vài phút UPS còn điện.")),
    "dien_tat": Node(
        "",
        action=N_("Chờ có điện, mở lại máy và kiểm tra tệp; từ nay bật tự động lưu và bấm Ctrl + S "
                  "thường xuyên."),
    ),
    "loi_1": Node(
        N_("Thông báo lỗi nói gì?"),
        (
            (N_("Sai mật khẩu hoặc hết phiên đăng nhập"), "loi_dang_nhap"),
            (N_("Không tải được trang, quá thời gian chờ"), "loi_mang"),
            (N_("Lỗi lạ, không hiểu"), "loi_la"),
        ),
    ),
    "loi_dang_nhap": Node(
        "",
        action=N_(
            "Đăng nhập lại; quên mật khẩu thì dùng chức năng lấy lại mật khẩu chính thức của hệ thống. "
            "Không đưa mật khẩu, mã OTP cho ai."
        ),
    ),
    "loi_mang": Node(
        "",
        action=N_(
            "Kiểm tra mạng trước (xem nhánh mất sóng); thử lại sau 5–10 phút vì hệ thống có thể đang quá tải "
            "hoặc bảo trì."
        ),
    ),
    "loi_la": Node(
        "",
        action=N_(
            "Chụp màn hình thông báo (che thông tin cá nhân), ghi giờ và việc vừa làm; "
            "đóng, mở lại ứng dụng; báo người phụ trách công nghệ thông tin của xã "
            "hoặc tổng đài hỗ trợ của hệ thống."
        ),
    ),
}


# The offline-first plan in the right order (lessons and assignments shuffle it).
OFFLINE_PLAN: tuple[str, ...] = (  # nội dung: the steps learners put in order (answers, as in lesson 11)
    "Quét hồ sơ và lưu vào máy, đặt tên tệp đúng quy tắc",
    "Ghi hồ sơ chưa gửi vào sổ theo dõi",
    "Khi có mạng, tải hồ sơ lên hệ thống",
    "Kiểm tra trạng thái trên hệ thống: hồ sơ đã được tiếp nhận",
    "Đánh dấu đã gửi trong sổ và báo cho người dân",
)


__all__ = [
    "DPIS",
    "MIN_DPI",
    "MODES",
    "OFFLINE_PLAN",
    "SCAN_MB_PER_PAGE",
    "SPLIT",
    "TROUBLESHOOTING",
    "Node",
    "best_dpi",
    "describe_seconds",
    "mode_for",
    "scan_choice",
    "scan_size_mb",
    "upload_seconds",
]
