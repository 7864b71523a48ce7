"""Tự đánh giá năng lực số theo 5 lĩnh vực của khung DigComp 2.2 (học phần 1) and the modules to focus on.

This is a simplified self-assessment for the course (4 levels a learner can judge alone), not DigComp's
8 proficiency levels and not the confirmation of QĐ 757/QĐ-BKHCN. Area → module links follow the
DigComp mapping of each module in ``catalogue.yml`` (domain-facts §5).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kynangso.i18n import N_, NP_, _, pgettext


@dataclass(frozen=True)
class LinhVuc:
    """One DigComp 2.2 area, in the Vietnamese wording of TT 02/2025/TT-BGDĐT and QĐ 757/QĐ-BKHCN."""

    so: int
    ten: str
    vi_du: str
    hoc_phan: tuple[int, ...]


AREA = "lĩnh vực năng lực số"  # nội dung: the catalogue context of the area names (NP_ below needs it written out)
LINH_VUC: tuple[LinhVuc, ...] = (
    LinhVuc(1, NP_("lĩnh vực năng lực số", "Khai thác dữ liệu và thông tin"),
            N_("tìm văn bản trên cổng thông tin; phân biệt tin thật, tin giả; sắp xếp tệp vào thư mục"), (3, 7, 8)),
    LinhVuc(2, NP_("lĩnh vực năng lực số", "Giao tiếp và hợp tác trong môi trường số"),
            N_("chuyển văn bản trên phần mềm; dùng thư điện tử công vụ; hướng dẫn người dân nộp hồ sơ trực tuyến"),
            (3, 5, 6, 12, 15)),
    LinhVuc(3, NP_("lĩnh vực năng lực số", "Sáng tạo nội dung số"),
            N_("soạn văn bản đúng thể thức; làm bảng tính đơn giản; quét (scan) giấy tờ thành tệp PDF"),
            (2, 10, 13, 14)),
    LinhVuc(4, NP_("lĩnh vực năng lực số", "An toàn"),
            N_("đặt mật khẩu mạnh; nhận ra tin nhắn lừa đảo; giữ kín thông tin cá nhân của người dân"), (4, 6, 9)),
    LinhVuc(5, NP_("lĩnh vực năng lực số", "Giải quyết vấn đề"),
            N_("tự xử lý khi máy treo, mất mạng; chọn đúng công cụ cho việc; biết mình cần học thêm gì"), (0, 8, 11)),
)

MUC: tuple[str, ...] = (
    N_("0 — Chưa làm được"),
    N_("1 — Làm được khi có người chỉ"),
    N_("2 — Tự làm được việc quen thuộc"),
    N_("3 — Làm thành thạo, chỉ được cho người khác"),
)

HOC_PHAN: dict[int, str] = {
    0: N_("Làm quen sổ tay số và thiết bị"),
    1: N_("Chuyển đổi số và chính quyền số"),
    2: N_("Thể thức văn bản hành chính"),
    3: N_("Văn bản đến, văn bản đi trên phần mềm quản lý văn bản"),
    4: N_("Văn bản điện tử và chữ ký số"),
    5: N_("Cổng Dịch vụ công quốc gia và dịch vụ công trực tuyến"),
    6: N_("Định danh điện tử VNeID và số định danh cá nhân"),
    7: N_("Trung tâm Phục vụ hành chính công cấp xã"),
    8: N_("Số liệu điều hành"),
    9: N_("An toàn thông tin"),
    10: N_("Dùng trí tuệ nhân tạo có trách nhiệm"),
    11: N_("Làm việc khi hạ tầng yếu và hỗ trợ người dân"),
    12: N_("Văn bản đi trên hệ thống quản lý văn bản"),
    13: N_("Soạn một văn bản hoàn chỉnh"),
    14: N_("Báo cáo định kỳ bằng bảng tính"),
    15: N_("Hộ tịch và thủ tục liên thông"),
}


@dataclass(frozen=True)
class HoSoNangLuc:
    """The result of a self-assessment: a label, strong and weak areas, and modules to focus on."""

    muc: tuple[int, ...]
    nhan: str
    manh: tuple[int, ...]
    can_hoc: tuple[int, ...]
    hoc_phan: tuple[int, ...]

    def van_ban(self) -> str:
        """A short profile text (plain text, several lines)."""
        names = {lv.so: pgettext(AREA, lv.ten) for lv in LINH_VUC}
        lines = [_("Hồ sơ năng lực số của bạn: {nhan} (điểm trung bình {diem:.1f}/3).").format(
            nhan=self.nhan, diem=sum(self.muc) / len(self.muc))]
        if self.manh:
            lines.append(_("Điểm mạnh: {linh_vuc}.").format(linh_vuc="; ".join(names[n] for n in self.manh)))
        if self.can_hoc:
            weak = "; ".join(names[n] for n in self.can_hoc)
            lines.append(_("Nên học kỹ, củng cố: {linh_vuc}.").format(linh_vuc=weak))
        if set(self.hoc_phan) == set(HOC_PHAN):
            lines.append(_("Học phần nên tập trung: học lần lượt cả khóa, bắt đầu từ học phần 0, mỗi ngày một ít."))
        elif self.hoc_phan:
            modules = "; ".join(_("học phần {so} ({ten})").format(so=n, ten=_(HOC_PHAN[n])) for n in self.hoc_phan)
            lines.append(_("Học phần nên tập trung: {hoc_phan}.").format(hoc_phan=modules))
        else:
            lines.append(_("Bạn có thể học nhanh các học phần và giúp đồng nghiệp: "
                           "“người biết chỉ cho người chưa biết”."))
        lines.append(_("Đây là tự đánh giá để chọn bài học, không phải điểm thi. "
                       "Làm lại sau khóa học để thấy bạn tiến bộ."))
        return "\n".join(lines)


def _label(average: float) -> str:
    if average < 1:
        return _("Mới bắt đầu — mọi người đều bắt đầu từ đây")
    if average < 2:
        return _("Cơ bản — đã có nền để học tiếp")
    if average < 2.5:
        return _("Khá — tự làm được nhiều việc")
    return _("Vững vàng — có thể giúp đồng nghiệp")


def lap_ho_so(muc: Sequence[int]) -> HoSoNangLuc:
    """Profile for the 5 levels (0–3) of areas 1–5, in order. Raises ``ValueError`` for a wrong input."""
    levels = tuple(muc)
    if len(levels) != len(LINH_VUC) or any(type(m) is not int or not 0 <= m <= 3 for m in levels):
        raise ValueError(_("Cần đúng 5 mức, mỗi mức là số nguyên từ 0 đến 3."))
    lowest = min(levels)
    weak = tuple(lv.so for lv, m in zip(LINH_VUC, levels, strict=True) if m <= 1 or (m == lowest < 3))
    strong = tuple(lv.so for lv, m in zip(LINH_VUC, levels, strict=True) if m >= 2 and lv.so not in weak)
    weakest = [lv for lv, m in zip(LINH_VUC, levels, strict=True) if m == lowest < 3]
    if len(weakest) == len(LINH_VUC):
        modules = set(HOC_PHAN)  # the same level everywhere: the whole course, in order
    else:
        modules = {n for lv in weakest for n in lv.hoc_phan}
        if levels[4] <= 1 or sum(levels) / len(levels) < 1:
            modules.add(0)  # unsure with the device or with fixing problems: start with module 0
    return HoSoNangLuc(levels, _label(sum(levels) / len(levels)), strong, weak, tuple(sorted(modules)))


__all__ = ["HOC_PHAN", "LINH_VUC", "MUC", "HoSoNangLuc", "LinhVuc", "lap_ho_so"]
