"""Phân loại: đặc điểm nào thuộc tài khoản định danh điện tử (VNeID) mức 1, đặc điểm nào thuộc mức 2."""

from __future__ import annotations

import html

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, right_box, wrong_box

SOURCE = "Nghị định 69/2024/NĐ-CP ngày 25/6/2024 về định danh và xác thực điện tử"  # nội dung
# The dropdowns' values; their labels are shown in the learner's language.
LEVEL_1, LEVEL_2 = N_("Mức 1"), N_("Mức 2")
_EMPTY = N_("— chọn —")

# (đặc điểm, mức, vì sao)
ITEMS: tuple[tuple[str, str, str], ...] = (
    (N_("Tự đăng ký trên ứng dụng VNeID, chỉ cần chụp ảnh khuôn mặt bằng điện thoại"),
     LEVEL_1, N_("Tài khoản mức 1 công dân tự đăng ký trên ứng dụng.")),
    (N_("Chỉ xem được thông tin danh tính điện tử và một số tiện ích cơ bản"),
     LEVEL_1, N_("Mức 1 chỉ mở một phần tính năng của hệ thống.")),
    (N_("Danh tính đã được xác thực bằng vân tay và ảnh khuôn mặt"),
     LEVEL_2, N_("Mức 2 là tài khoản đã xác thực sinh trắc học (Nghị định 69/2024/NĐ-CP).")),
    (N_("Dùng thẻ căn cước điện tử trên điện thoại, có giá trị như xuất trình thẻ căn cước"),
     LEVEL_2, N_("Mức 2 đã xác thực sinh trắc học nên dùng được căn cước điện tử.")),
    (N_("Tích hợp giấy phép lái xe, thẻ bảo hiểm y tế để xuất trình khi cần"),
     LEVEL_2, N_("Tích hợp giấy tờ là tiện ích của tài khoản mức 2.")),
    (N_("Đăng nhập Cổng Dịch vụ công quốc gia để nộp hồ sơ trực tuyến"),
     LEVEL_2, N_("Khóa học dặn dùng tài khoản mức 2 để nộp hồ sơ trực tuyến (⚠️ dịch vụ nào nhận mức 1 chưa "
                 "đối chiếu — hỏi Trung tâm Phục vụ HCC).")),
)


class VneidLevelQuiz(w.VBox):
    """One dropdown per statement; ``check()`` does what the "Kiểm tra" button does (returns the problems)."""

    def __init__(self) -> None:
        options = [(_(value), value) for value in (_EMPTY, LEVEL_1, LEVEL_2)]
        self.boxes = [w.Dropdown(options=options, value=_EMPTY, layout=w.Layout(width="130px")) for _item in ITEMS]
        rows = [w.HBox([box, w.HTML(f"<span style='font-size:15px'>{i}. {html.escape(_(text))}</span>")],
                       layout=w.Layout())
                for i, (box, (text, _level, _why)) in enumerate(zip(self.boxes, ITEMS, strict=True), start=1)]
        self.button = check_button(self.check)
        self.result = w.HTML()
        intro = w.HTML(_("<b>Nhiệm vụ:</b> với mỗi đặc điểm, chọn <b>Mức 1</b> hoặc <b>Mức 2</b>."))
        super().__init__([intro, *rows, self.button, self.result], layout=w.Layout(padding=theme.PADDING))

    def choose(self, levels: list[str]) -> None:
        """Pick a level for every statement, in order (as a learner would): ``LEVEL_1``/``LEVEL_2``, i.e. "Mức 1"."""
        for box, level in zip(self.boxes, levels, strict=True):
            box.value = level if level in (LEVEL_1, LEVEL_2) else _EMPTY

    def check(self) -> list[str]:
        problems = []
        for i, (box, (_text, level, _why)) in enumerate(zip(self.boxes, ITEMS, strict=True), start=1):
            if box.value == _EMPTY:
                problems.append(_("Đặc điểm {so}: bạn chưa chọn.").format(so=i))
            elif box.value != level:
                problems.append(_("Đặc điểm {so}: chưa đúng. Gợi ý: mức 1 tự đăng ký, ít tính năng; mức 2 đã "
                                  "xác thực sinh trắc học, dùng thay thẻ căn cước.").format(so=i))
        if problems:
            self.result.value = wrong_box(_("Còn {so} chỗ cần xem lại:").format(so=len(problems)), problems,
                                          note=_("Căn cứ: {nguon}.").format(nguon=SOURCE))
        else:
            self.result.value = right_box(_("Đúng cả. Vì sao:"), [_(why) for _text, _level, why in ITEMS])
        return problems


__all__ = ["ITEMS", "LEVEL_1", "LEVEL_2", "SOURCE", "VneidLevelQuiz"]
