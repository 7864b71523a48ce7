"""Bí mật nhà nước: độ mật, thời hạn bảo vệ và kênh được dùng, theo Luật Bảo vệ bí mật nhà nước 117/2025/QH15.

Luật số 117/2025/QH15 (Quốc hội thông qua ngày 10/12/2025, hiệu lực 01/3/2026) replaced Luật 29/2018/QH14.
It keeps three levels and the protection periods 30/20/10 years, defines "mạng LAN độc lập",
forbids drafting or storing state secrets on devices connected to the Internet, telecom or other
networks (except an independent LAN and cases under the cipher law), and forbids using AI or new
technology to infringe state secrets (Điều 5). The detailed handling procedures are in implementing
documents the course has not checked, so the channel table says only what follows from Điều 2 and 5.
"""

from __future__ import annotations

from dataclasses import dataclass

from kynangso.i18n import N_, _

SOURCE = (  # nội dung
    "Luật Bảo vệ bí mật nhà nước số 117/2025/QH15 ngày 10/12/2025 (hiệu lực 01/3/2026), Điều 2 và Điều 5"
)
LAN_DEFINITION = N_(
    "Mạng LAN độc lập là mạng máy tính cục bộ giới hạn trong một trụ sở cơ quan, tổ chức, "
    "không kết nối với mạng Internet, mạng viễn thông hay mạng máy tính khác có kết nối ra ngoài "
    "trụ sở, và có biện pháp bảo đảm an ninh, an toàn."
)


@dataclass(frozen=True)
class SecrecyLevel:
    name: str
    rank: int  # 1 = highest
    protection_years: int


# The three levels by the names stamped on documents (learners type them; ``level()`` reads them).
LEVELS: tuple[SecrecyLevel, ...] = (  # nội dung
    SecrecyLevel("Tuyệt mật", 1, 30),
    SecrecyLevel("Tối mật", 2, 20),
    SecrecyLevel("Mật", 3, 10),
)
BY_NAME = {level.name.casefold(): level for level in LEVELS}


def level(name: str) -> SecrecyLevel | None:
    """The level called ``name`` (any case, extra spaces ignored), or ``None``."""
    return BY_NAME.get(" ".join(name.split()).casefold())


@dataclass(frozen=True)
class Channel:
    key: str
    name: str
    allowed: bool
    reason: str


CHANNELS: tuple[Channel, ...] = (
    Channel(
        "lan",
        N_("Máy tính trong mạng LAN độc lập của cơ quan"),
        True,
        N_("Luật 117/2025 định nghĩa mạng LAN độc lập để soạn thảo, lưu giữ, gửi, nhận bí mật nhà nước "
           "trong cơ quan."),
    ),
    Channel(
        "giay",
        N_("Bản giấy giao trực tiếp qua văn thư, vào sổ, có ký nhận"),
        True,
        N_("Cách truyền thống, không qua mạng; làm đúng quy trình của cơ quan (⚠️ chi tiết: cần đối chiếu "
           "văn bản hướng dẫn thi hành Luật 117/2025)."),
    ),
    Channel(
        "email",
        N_("Thư điện tử công vụ (.gov.vn)"),
        False,
        N_("Hộp thư công vụ đi qua Internet; không dùng để gửi tài liệu mật."),
    ),
    Channel(
        "qlvb",
        N_("Phần mềm quản lý văn bản và điều hành (iOffice)"),
        False,
        N_("Phần mềm chạy trên máy nối mạng; chỉ dùng cho văn bản thường."),
    ),
    Channel(
        "zalo",
        N_("Zalo, Messenger hoặc mạng xã hội"),
        False,
        N_("Ứng dụng nhắn tin công cộng, kết nối Internet: cấm soạn, lưu, gửi bí mật nhà nước qua đây."),
    ),
    Channel(
        "usb",
        N_("USB cá nhân"),
        False,
        N_("Thiết bị riêng, không do cơ quan quản lý, hay cắm vào máy có Internet: dễ lộ, mất."),
    ),
    Channel(
        "ai",
        N_("Chatbot AI công cộng (nhờ tóm tắt, sửa câu chữ)"),
        False,
        N_("Điều 5 Luật 117/2025 cấm dùng trí tuệ nhân tạo hoặc công nghệ mới để xâm phạm bí mật nhà nước; "
           "dán tài liệu vào chatbot công cộng là làm lộ."),
    ),
)
BY_KEY = {channel.key: channel for channel in CHANNELS}


def channel_verdict(key: str) -> tuple[bool, str]:
    """Whether a document marked "Mật" (or higher) may go through channel ``key``, and why."""
    channel = BY_KEY[key]
    return channel.allowed, _(channel.reason)


__all__ = [
    "BY_KEY",
    "BY_NAME",
    "CHANNELS",
    "LAN_DEFINITION",
    "LEVELS",
    "SOURCE",
    "Channel",
    "SecrecyLevel",
    "channel_verdict",
    "level",
]
