"""Số liệu điều hành: tỷ lệ giải quyết hồ sơ đúng hạn, Bộ chỉ số QĐ 766, chỉ số tổng hợp kiểu PAR Index.

- Công thức thống kê tháng (bảng thống kê của hệ thống một cửa điện tử, ví dụ tỉnh Gia Lai):
  cần xử lý = đã tiếp nhận trong kỳ + tồn kỳ trước;
  tỷ lệ trễ hạn = (trễ hạn đang xử lý + trễ hạn đã xử lý) / cần xử lý;
  tỷ lệ đúng hạn = 100% − tỷ lệ trễ hạn.
- Quyết định 766/QĐ-TTg (23/6/2022): Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh
  nghiệp theo thời gian thực (100 điểm, 5 nhóm). Điểm tối đa từng nhóm ở đây là **minh họa, cần đối chiếu**.
- Quyết định 876/QĐ-BNV (10/11/2022): phương pháp đo Chỉ số cải cách hành chính (PAR Index) 2022–2030. Thang điểm
  tỉnh theo QĐ 876 chưa đối chiếu được: các lĩnh vực và điểm tối đa dưới đây là **minh họa** (lấy theo bảng của
  phiên bản trước), chỉ để tập tính toán.
"""

from __future__ import annotations

import numbers
from collections.abc import Mapping

from kynangso.i18n import _

SOURCE_766 = "Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ"  # nội dung
SOURCE_876 = "Quyết định 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ"  # nội dung

# Năm nhóm chỉ số của QĐ 766 (tên theo nguồn thứ cấp); cộng lại 100. Nguồn của khóa học xác nhận tổng 100, đúng hạn
# tối đa 20 điểm và nhóm công khai, minh bạch 18 điểm (ví dụ "công bố kịp thời 4/18"); ba nhóm còn lại (22, 22, 18)
# ⚠️ chưa có nguồn: cần đối chiếu bảng chỉ số và điểm kèm theo Quyết định 766/QĐ-TTg ngày 23/6/2022.
NHOM_766_MINH_HOA: dict[str, float] = {  # nội dung: the names learners copy into their answers
    "Công khai, minh bạch": 18,
    "Tiến độ, kết quả giải quyết": 20,
    "Cung cấp dịch vụ công trực tuyến": 22,
    "Số hóa hồ sơ": 22,
    "Mức độ hài lòng": 18,
}

# Tám lĩnh vực kiểu PAR Index cấp tỉnh; điểm tối đa: minh họa (không phải thang điểm QĐ 876).
LINH_VUC_PAR_MINH_HOA: dict[str, float] = {  # nội dung: the names learners copy into their answers
    "Chỉ đạo, điều hành cải cách hành chính": 10,
    "Xây dựng và tổ chức thực hiện văn bản": 10,
    "Cải cách thủ tục hành chính": 14.5,
    "Cải cách tổ chức bộ máy": 11,
    "Xây dựng đội ngũ cán bộ, công chức, viên chức": 16,
    "Cải cách tài chính công": 7,
    "Xây dựng chính quyền điện tử, chính quyền số": 16,
    "Tác động đến người dân, tổ chức và phát triển kinh tế - xã hội": 15.5,
}


def can_xu_ly(tiep_nhan: int, ton_ky_truoc: int) -> int:
    """Số hồ sơ cần xử lý trong kỳ."""
    return tiep_nhan + ton_ky_truoc


def ty_le_tre_han(tre_dang_xu_ly: int, tre_da_xu_ly: int, can_xu_ly_ky: int, chu_so: int = 2) -> float:
    """Tỷ lệ trễ hạn (%) = (trễ đang xử lý + trễ đã xử lý) / cần xử lý × 100."""
    if can_xu_ly_ky <= 0:
        return 0.0
    return round((tre_dang_xu_ly + tre_da_xu_ly) / can_xu_ly_ky * 100, chu_so)


def ty_le_dung_han(tre_dang_xu_ly: int, tre_da_xu_ly: int, can_xu_ly_ky: int, chu_so: int = 2) -> float:
    """Tỷ lệ đúng hạn (%) = 100 − tỷ lệ trễ hạn."""
    if can_xu_ly_ky <= 0:
        return 100.0
    return round(100 - (tre_dang_xu_ly + tre_da_xu_ly) / can_xu_ly_ky * 100, chu_so)


def ty_le_dat(diem: Mapping[str, float], toi_da: Mapping[str, float]) -> dict[str, float]:
    """Tỷ lệ đạt (%) của từng lĩnh vực = điểm / điểm tối đa × 100 (làm tròn 1 chữ số)."""
    missing = set(toi_da) - set(diem)
    if missing:
        raise ValueError(_("Thiếu điểm của: {ten}.").format(ten=", ".join(sorted(missing))))
    unknown = set(diem) - set(toi_da)
    if unknown:
        raise ValueError(_("Không có lĩnh vực: {ten}. Chép đúng tên lĩnh vực trong bảng.").format(
            ten=", ".join(sorted(unknown))))
    for name, value in diem.items():
        if not 0 <= value <= toi_da[name]:
            raise ValueError(_("Điểm của '{ten}' phải từ 0 đến {toi_da:g}.").format(ten=name, toi_da=toi_da[name]))
    return {name: round(diem[name] / toi_da[name] * 100, 1) for name in toi_da}


def chi_so_tong_hop(diem: Mapping[str, float], toi_da: Mapping[str, float], chu_so: int = 1) -> float:
    """Chỉ số (%) = tổng điểm đạt / tổng điểm tối đa × 100 (mỗi lĩnh vực "nặng" đúng bằng điểm tối đa của nó)."""
    ty_le_dat(diem, toi_da)  # kiểm tra dữ liệu
    return round(sum(diem[n] for n in toi_da) / sum(toi_da.values()) * 100, chu_so)


def linh_vuc_yeu_nhat(diem: Mapping[str, float], toi_da: Mapping[str, float]) -> str:
    """Lĩnh vực có tỷ lệ đạt thấp nhất — nơi cần cải thiện trước."""
    rates = ty_le_dat(diem, toi_da)
    return min(rates, key=lambda name: rates[name])


def diem_mo_hinh_766(ty_le: Mapping[str, float], toi_da: Mapping[str, float] = NHOM_766_MINH_HOA) -> float:
    """Mô hình đồ chơi: điểm mỗi nhóm = điểm tối đa × tỷ lệ (%) của nhóm / 100; trả về tổng (1 chữ số)."""
    total = 0.0
    for name, maximum in toi_da.items():
        rate = min(max(float(ty_le.get(name, 0.0)), 0.0), 100.0)
        total += maximum * rate / 100
    return round(total, 1)


def nhan_xet_ty_le(gia_tri: object, dung: float, sai_so: float = 0.01) -> str:
    """Một dòng nhận xét cho một tỷ lệ học viên tự tính (dùng trong ví dụ làm dở)."""
    if gia_tri is None or gia_tri is Ellipsis:
        return _("✍ Bạn chưa điền: ghi phép tính rồi chạy lại ô.")
    if isinstance(gia_tri, bool) or not isinstance(gia_tri, numbers.Real):  # numbers.Real: numpy/pandas too
        return _("❌ Hãy ghi một phép tính ra số, ví dụ (3 + 4) / 200 * 100.")
    if abs(float(gia_tri) - dung) <= sai_so:
        return _("✅ Đúng: {dung:.2f}%.").format(dung=dung)
    if abs(float(gia_tri) * 100 - dung) <= sai_so:
        return _("❌ Gần đúng rồi: bạn quên nhân với 100 để ra phần trăm.")
    return _("❌ Chưa đúng. Nhớ: (trễ đang xử lý + trễ đã xử lý) chia cho CẦN XỬ LÝ (tiếp nhận + tồn kỳ trước), "
             "nhân 100.")


__all__ = [
    "LINH_VUC_PAR_MINH_HOA",
    "NHOM_766_MINH_HOA",
    "SOURCE_766",
    "SOURCE_876",
    "can_xu_ly",
    "chi_so_tong_hop",
    "diem_mo_hinh_766",
    "linh_vuc_yeu_nhat",
    "nhan_xet_ty_le",
    "ty_le_dat",
    "ty_le_dung_han",
    "ty_le_tre_han",
]
