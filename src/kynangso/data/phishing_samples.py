"""Tin nhắn, thư và đường link mẫu (giả định) để luyện nhận biết lừa đảo trong học phần 9.

All messages are made up for practice. Addresses of real state portals (dichvucong.gov.vn, nghean.gov.vn,
dichvucong.nghean.gov.vn) appear only as the *safe* examples; every scam address is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sample:
    channel: str  # "Tin nhắn SMS", "Thư điện tử", "Facebook", "Cuộc gọi", "Đường link"
    sender: str
    message: str
    url: str  # "" when there is no link
    is_scam: bool
    reason: str  # the rule that decides it, shown after checking


LESSON_SAMPLES: tuple[Sample, ...] = (
    Sample(
        "Tin nhắn SMS",
        "DVCQG",
        "Hồ sơ của bạn bị tạm khóa. Xác minh trong 24 giờ tại đường link.",
        "http://dichvucong.gov.vn.xyz/xac-minh",
        True,
        "Đọc từ phải sang: tên miền thật là vn.xyz, không phải gov.vn; lại còn giục gấp trong 24 giờ.",
    ),
    Sample(
        "Đường link",
        "Văn bản hướng dẫn của tỉnh",
        "Cổng Dịch vụ công quốc gia.",
        "https://dichvucong.gov.vn",
        False,
        "Tên miền thật dichvucong.gov.vn kết thúc bằng .gov.vn, đuôi dành cho cơ quan nhà nước.",
    ),
    Sample(
        "Thư điện tử",
        "Phòng Nội vụ <noivu@nghean-gov.vn.com>",
        "Hộp thư công vụ của đồng chí sắp hết hạn. Bấm vào đường link và nhập mật khẩu để gia hạn.",
        "https://nghean-gov.vn.com/gia-han",
        True,
        "Tên miền thật là vn.com; cơ quan thật không bao giờ xin mật khẩu qua thư.",
    ),
    Sample(
        "Facebook",
        'Trang "Cục Hỗ trợ Lấy lại Tiền bị Lừa đảo" (có hình quốc huy)',
        "Nộp 2 triệu đồng phí hồ sơ, chúng tôi lấy lại toàn bộ số tiền bạn bị lừa.",
        "https://facebook.com/ho-tro-lay-lai-tien",
        True,
        "Trang mạng xã hội dùng quốc huy để giả cơ quan nhà nước; cơ quan thật không thu phí lấy lại tiền.",
    ),
    Sample(
        "Đường link",
        "Tin bài được chia sẻ trong nhóm Zalo của xã",
        "Cổng thông tin điện tử tỉnh Nghệ An.",
        "https://nghean.gov.vn",
        False,
        "Tên miền thật nghean.gov.vn kết thúc bằng .gov.vn.",
    ),
    Sample(
        "Tin nhắn SMS",
        "VNeID",
        "Tài khoản định danh của bạn sắp bị khóa. Cập nhật ngay.",
        "vneid-capnhat.cc/dang-nhap",
        True,
        "Tên miền thật vneid-capnhat.cc có đuôi lạ .cc và không phải .gov.vn.",
    ),
    Sample(
        "Cuộc gọi",
        "Người tự xưng là công an xã",
        "Đọc cho tôi mã OTP vừa gửi đến máy anh để xác thực định danh mức 2.",
        "",
        True,
        "Không ai được hỏi mã OTP của bạn, kể cả người xưng là cán bộ. Cúp máy, gọi lại số chính thức.",
    ),
    Sample(
        "Đường link",
        "Thông báo của Trung tâm Phục vụ hành chính công",
        "Hệ thống giải quyết thủ tục hành chính tỉnh Nghệ An.",
        "https://dichvucong.nghean.gov.vn",
        False,
        "Tên miền thật nghean.gov.vn (đọc từ phải sang) kết thúc bằng .gov.vn.",
    ),
)


__all__ = ["LESSON_SAMPLES", "Sample"]
