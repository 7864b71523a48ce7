"""Đọc tên miền thật (tên miền đăng ký được) của một đường link, để nhận ra trang giả mạo.

The registrable domain is the part a person or organisation actually registers: the last label before a
public suffix plus that suffix (``dichvucong.gov.vn``; ``vn.xyz`` for ``dichvucong.gov.vn.xyz``).
This module ships a *small* list of multi-part suffixes instead of downloading the Public Suffix List,
so it is right for the Vietnamese second-level names the course uses and simplified everywhere else.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from kynangso.i18n import N_, _
from kynangso.text import nfc

SOURCE = N_(
    "Tên miền .gov.vn dành cho cơ quan nhà nước; dấu hiệu trang giả mạo theo cảnh báo của cơ quan chức năng "
    "(tên miền lạ, sai một ký tự, đuôi lạ như .xyz, .cc, không có https)"
)

# Second-level suffixes under .vn: a small shipped list, enough for the course (not the Public Suffix List).
MULTI_PART_SUFFIXES: frozenset[str] = frozenset(
    {
        "gov.vn",
        "com.vn",
        "edu.vn",
        "net.vn",
        "org.vn",
        "ac.vn",
        "biz.vn",
        "info.vn",
        "name.vn",
        "pro.vn",
        "health.vn",
        "int.vn",
    }
)
# Top-level endings often seen in scam links (a reminder list, not a verdict: any ending can be abused).
ODD_ENDINGS: frozenset[str] = frozenset(
    {
        "xyz",
        "top",
        "cc",
        "click",
        "shop",
        "icu",
        "buzz",
        "live",
        "online",
        "site",
        "vip",
        "tk",
        "ml",
        "ga",
        "cf",
    }
)
OFFICIAL_SUFFIX = "gov.vn"


def hostname(url: str) -> str | None:
    """The host of ``url`` in lower case (``www.`` kept); ``None`` if there is none.

    Links typed without ``https://`` (``dichvucong.gov.vn/abc``) are read as web addresses too.
    """
    text = nfc(url)
    if not text:
        return None
    if "://" not in text:
        text = "http://" + text.lstrip("/")
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.rstrip(".").lower() or None


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def registrable_domain(url: str) -> str | None:
    """The real (registrable) domain of ``url``: read from the right, stop after the owner's name.

    >>> registrable_domain("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")
    'dichvucong.gov.vn'
    >>> registrable_domain("http://dichvucong.gov.vn.xyz/xac-minh")
    'vn.xyz'
    """
    host = hostname(url)
    if host is None:
        return None
    if _is_ip(host):
        return host
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return host
    keep = 3 if ".".join(labels[-2:]) in MULTI_PART_SUFFIXES and len(labels) >= 3 else 2
    return ".".join(labels[-keep:])


def is_official_gov_vn(url: str) -> bool:
    """True when the real domain ends in ``.gov.vn`` (the ending reserved for state bodies)."""
    domain = registrable_domain(url)
    return domain is not None and domain.endswith("." + OFFICIAL_SUFFIX)


def warning_signs(url: str) -> list[str]:
    """Warning signs of a link, one sentence each (empty = no sign found; no guarantee)."""
    text = nfc(url)
    host = hostname(text)
    if host is None:
        return [_("Không đọc được tên miền của đường link này.")]
    domain = registrable_domain(text) or host
    signs: list[str] = []
    if "gov.vn" in host and not is_official_gov_vn(text):
        signs.append(_('Có chữ "gov.vn" nhưng tên miền thật là "{ten_mien}", không phải của cơ quan nhà nước.').format(
            ten_mien=domain))
    if host.rsplit(".", 1)[-1] in ODD_ENDINGS:
        signs.append(_('Đuôi ".{duoi}" là đuôi lạ, hay gặp ở trang lừa đảo.').format(duoi=host.rsplit(".", 1)[-1]))
    if _is_ip(host):
        signs.append(_("Đường link dùng dãy số (địa chỉ IP) thay cho tên miền."))
    if "xn--" in host:
        signs.append(_("Tên miền có ký tự lạ trá hình (bắt đầu bằng xn--), dễ giả chữ giống hệt trang thật."))
    if "@" in text.split("://", 1)[-1].split("/", 1)[0]:
        signs.append(_('Có dấu "@" trước tên miền: phần đứng trước "@" chỉ để đánh lừa mắt người đọc.'))
    if text.lower().startswith("http://"):
        signs.append(_("Không có https (ổ khóa): thông tin gõ vào có thể bị đọc trộm."))
    if domain.replace("xn--", "").count("-") >= 2 or len(domain) > 30:
        signs.append(_("Tên miền dài, nhiều gạch nối: trang thật thường có tên ngắn, dễ nhớ."))
    return signs


__all__ = [
    "MULTI_PART_SUFFIXES",
    "ODD_ENDINGS",
    "OFFICIAL_SUFFIX",
    "SOURCE",
    "hostname",
    "is_official_gov_vn",
    "registrable_domain",
    "warning_signs",
]
