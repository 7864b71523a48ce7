"""Số định danh cá nhân (12 chữ số, in trên thẻ căn cước): đọc, kiểm tra và che số.

Luật Căn cước số 26/2023/QH15 (27/11/2023, hiệu lực 01/7/2024), Điều 12: mỗi công dân có một số định danh cá nhân
12 chữ số, cũng là số thẻ căn cước. Cấu trúc: Nghị định 70/2024/NĐ-CP (25/6/2024) quy định chi tiết Luật Căn cước
(điều, khoản cụ thể chưa đối chiếu — bài học đánh dấu ⚠️ cần đối chiếu bản gốc); mô tả giống nhau ở nhiều nguồn:

- chữ số 1–3: mã tỉnh nơi **đăng ký khai sinh** (hoặc mã quốc gia nếu đăng ký khai sinh ở nước ngoài);
- chữ số 4: mã thế kỷ sinh và giới tính (bảng ``CENTURY_SEX``);
- chữ số 5–6: hai số cuối của năm sinh;
- chữ số 7–12: khoảng số ngẫu nhiên.

Mã tỉnh ``verified=True`` đã được đối chiếu với nguồn; các mã khác theo quy luật "0 + mã tỉnh thống kê (63 tỉnh
trước năm 2025)" mà nguồn chỉ quan sát được, nên bài học đánh dấu ⚠️ cần đối chiếu danh mục mã tỉnh của Bộ Công an.
Mọi số dùng trong khóa học là số giả định (``kynangso.data.cccd``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kynangso.i18n import _

SOURCE = ("Luật Căn cước số 26/2023/QH15 ngày 27/11/2023, Điều 12; "  # nội dung
          "Nghị định 70/2024/NĐ-CP ngày 25/6/2024")
LENGTH = 12

# Chữ số thứ 4: (năm đầu thế kỷ, giới tính).
CENTURY_SEX: dict[str, tuple[int, str]] = {  # nội dung: "Nam", "Nữ" as written in registers
    "0": (1900, "Nam"), "1": (1900, "Nữ"),
    "2": (2000, "Nam"), "3": (2000, "Nữ"),
    "4": (2100, "Nam"), "5": (2100, "Nữ"),
    "6": (2200, "Nam"), "7": (2200, "Nữ"),
    "8": (2300, "Nam"), "9": (2300, "Nữ"),
}


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    verified: bool


_VERIFIED = {"001", "038", "040", "042", "079"}
_NAMES = (  # nội dung: place names
    "01 Hà Nội|02 Hà Giang|04 Cao Bằng|06 Bắc Kạn|08 Tuyên Quang|10 Lào Cai|11 Điện Biên|12 Lai Châu|14 Sơn La|"
    "15 Yên Bái|17 Hòa Bình|19 Thái Nguyên|20 Lạng Sơn|22 Quảng Ninh|24 Bắc Giang|25 Phú Thọ|26 Vĩnh Phúc|"
    "27 Bắc Ninh|30 Hải Dương|31 Hải Phòng|33 Hưng Yên|34 Thái Bình|35 Hà Nam|36 Nam Định|37 Ninh Bình|"
    "38 Thanh Hóa|40 Nghệ An|42 Hà Tĩnh|44 Quảng Bình|45 Quảng Trị|46 Thừa Thiên Huế|48 Đà Nẵng|49 Quảng Nam|"
    "51 Quảng Ngãi|52 Bình Định|54 Phú Yên|56 Khánh Hòa|58 Ninh Thuận|60 Bình Thuận|62 Kon Tum|64 Gia Lai|"
    "66 Đắk Lắk|67 Đắk Nông|68 Lâm Đồng|70 Bình Phước|72 Tây Ninh|74 Bình Dương|75 Đồng Nai|"
    "77 Bà Rịa - Vũng Tàu|79 TP Hồ Chí Minh|80 Long An|82 Tiền Giang|83 Bến Tre|84 Trà Vinh|86 Vĩnh Long|"
    "87 Đồng Tháp|89 An Giang|91 Kiên Giang|92 Cần Thơ|93 Hậu Giang|94 Sóc Trăng|95 Bạc Liêu|96 Cà Mau"
)
# Mã tỉnh nơi đăng ký khai sinh (63 tỉnh, thành phố trước khi sắp xếp năm 2025).
PROVINCES: dict[str, Province] = {
    f"0{item[:2]}": Province(f"0{item[:2]}", item[3:], f"0{item[:2]}" in _VERIFIED) for item in _NAMES.split("|")
}
NGHE_AN = "040"


def normalize(text: object) -> str:
    """The digits as typed, without spaces, dots or dashes (``040 1 85 012345`` → ``040185012345``)."""
    return re.sub(r"[\s.\-]", "", unicodedata.normalize("NFKC", str(text)))


def normalize_sex(text: str) -> str | None:
    """``"nữ"``, ``"Nu"``, ``"NỮ"`` → ``"Nữ"``; ``"nam"`` → ``"Nam"``; anything else → ``None``."""
    folded = unicodedata.normalize("NFD", text.strip().casefold())
    plain = "".join(c for c in folded if unicodedata.category(c) != "Mn")
    return {"nam": "Nam", "nu": "Nữ"}.get(plain)  # nội dung


def century_sex_digit(birth_year: int, sex: str) -> str:
    """The 4th digit for a birth year and a sex (1985, "Nữ" → ``"1"``)."""
    wanted = normalize_sex(sex)
    for digit, (start, digit_sex) in CENTURY_SEX.items():
        if start <= birth_year < start + 100 and digit_sex == wanted:
            return digit
    raise ValueError(_("Không có mã thế kỷ, giới tính cho năm {nam}, giới tính {gioi_tinh!r}.").format(
        nam=birth_year, gioi_tinh=sex))


@dataclass(frozen=True)
class Decoded:
    province_code: str
    province: str | None
    sex: str
    birth_year: int
    random_part: str


def decode(number: object) -> Decoded | None:
    """Read a 12-digit number; ``None`` when it is not 12 digits."""
    digits = normalize(number)
    if len(digits) != LENGTH or not digits.isdigit():
        return None
    start, sex = CENTURY_SEX[digits[3]]
    known = PROVINCES.get(digits[:3])
    return Decoded(digits[:3], known.name if known else None, sex, start + int(digits[4:6]), digits[6:])


def structure_problems(number: object, this_year: int | None = None) -> list[str]:
    """What is wrong with the shape of a number, in Vietnamese (empty = structurally possible)."""
    digits = normalize(number)
    if not digits:
        return [_("Chưa có số định danh.")]
    problems = []
    if not digits.isdigit():
        odd = "".join(sorted({c for c in digits if not c.isdigit()}))
        problems.append(_("Số định danh chỉ gồm chữ số; ở đây có ký tự lạ: {la} "
                          "(hay gặp: chữ O gõ nhầm cho số 0).").format(la=odd))
    if len(digits) != LENGTH:
        problems.append(_("Số định danh có đúng {dung} chữ số; số này có {co} ký tự.").format(dung=LENGTH,
                                                                                               co=len(digits)))
    if problems:
        return problems
    if digits[:3] not in PROVINCES:
        problems.append(_("Mã {ma} không có trong bảng mã tỉnh nơi đăng ký khai sinh.").format(ma=digits[:3]))
    decoded = decode(digits)
    if decoded and decoded.birth_year > (this_year or date.today().year):
        problems.append(_("Chữ số thứ 4 và 5–6 cho năm sinh {nam}: năm này chưa tới.").format(nam=decoded.birth_year))
    return problems


def consistency_problems(number: object, birth_year: int, sex: str, this_year: int | None = None) -> list[str]:
    """Structure problems plus disagreements with the stated birth year and sex (empty = consistent)."""
    problems = structure_problems(number, this_year)
    decoded = decode(number)
    if decoded is None:
        return problems
    stated_sex = normalize_sex(sex)
    if stated_sex is None:
        problems.append(_('Giới tính khai báo phải là "Nam" hoặc "Nữ".'))
    elif decoded.sex != stated_sex:
        problems.append(_("Chữ số thứ 4 là {so} (giới tính {gioi_tinh}) nhưng danh sách ghi {ghi}.").format(
            so=normalize(number)[3], gioi_tinh=decoded.sex, ghi=stated_sex))
    if normalize(number)[4:6] != f"{birth_year % 100:02d}":
        problems.append(_("Chữ số 5–6 là {so} nhưng năm sinh khai báo là {nam}.").format(so=normalize(number)[4:6],
                                                                                         nam=birth_year))
    elif decoded.birth_year != birth_year:
        century = decoded.birth_year // 100
        problems.append(_("Chữ số thứ 4 là {so} (năm {the_ky}xx), không khớp năm sinh {nam}.").format(
            so=normalize(number)[3], the_ky=century, nam=birth_year))
    return problems


def is_consistent(number: object, birth_year: int, sex: str, this_year: int | None = None) -> bool:
    return not consistency_problems(number, birth_year, sex, this_year)


def mask(number: object, keep_start: int = 3, keep_end: int = 3, char: str = "*") -> str:
    """Hide the middle digits for a public list: ``040185012345`` → ``040******345``."""
    digits = normalize(number)
    if len(digits) <= keep_start + keep_end:
        return char * len(digits)
    hidden = len(digits) - keep_start - keep_end
    return digits[:keep_start] + char * hidden + digits[len(digits) - keep_end:]


def is_masked_for_public(text: str, number: object) -> bool:
    """True when ``text`` shows at most the first 3 and last 3 digits of ``number`` and hides the rest with ``*``."""
    digits, shown = normalize(number), normalize(text)
    if len(shown) != len(digits):
        return False
    middle = shown[3:-3]
    return shown[:3] in (digits[:3], "***") and shown[-3:] in (digits[-3:], "***") and set(middle) == {"*"}


__all__ = [
    "CENTURY_SEX",
    "LENGTH",
    "NGHE_AN",
    "PROVINCES",
    "SOURCE",
    "Decoded",
    "Province",
    "century_sex_digit",
    "consistency_problems",
    "decode",
    "is_consistent",
    "is_masked_for_public",
    "mask",
    "normalize",
    "normalize_sex",
    "structure_problems",
]
