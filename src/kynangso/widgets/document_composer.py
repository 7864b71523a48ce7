"""Soạn một văn bản hoàn chỉnh: every box of the NĐ 30 layout in one form, checked, then written as a .docx.

The boxes and their rules are in :mod:`kynangso.rules.nd30_layout` (which builds on ``rules.nd30``, the part that
``HeaderComposer`` of module 2 teaches); the printable file is :mod:`kynangso.rules.nd30_docx`. The answer saved is
the dict of the fields (``{"quoc_hieu": …, "so_ky_hieu": …, "noi_nhan": "…\\nLưu: VT, VP."}``); graded tests read it
with ``tra_loi(cau, kieu=dict)``. The .docx is never graded: it is the learner's to open, print and keep.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ipywidgets as w

from kynangso.i18n import N_, _
from kynangso.rules import nd30_docx
from kynangso.rules import nd30_layout as layout
from kynangso.rules import place as dia_phuong
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, info_box, right_box, wrong_box
from kynangso.widgets.question import Question

_LONG = ("noi_dung", "noi_nhan")
_PLACEHOLDERS = {  # examples shown inside the empty boxes
    "quoc_hieu": N_("CỘNG HÒA XÃ HỘI …"),
    "tieu_ngu": N_("Độc lập - …"),
    "co_quan_chu_quan": N_("để trống nếu không có"),
    "co_quan_ban_hanh": N_("ví dụ ỦY BAN NHÂN DÂN XÃ …"),
    "so_ky_hieu": N_("ví dụ 15/QĐ-UBND"),
    "dia_danh_ngay": N_("ví dụ {xa}, ngày 05 tháng 02 năm 2026"),
    "ten_loai": N_("để trống nếu là công văn"),
    "trich_yeu": N_("Về việc gì (công văn: V/v …)"),
    "kinh_gui": N_("chỉ công văn: nơi nhận chính"),
    "noi_dung": N_("mỗi đoạn một dòng; cuối nội dung …"),
    "thay_cho": N_("ví dụ CHỦ TỊCH (sau KT.)"),
    "chuc_vu": N_("ví dụ PHÓ CHỦ TỊCH"),
    "nguoi_ky": N_("ví dụ Lò Thị Mai"),
    "noi_nhan": N_("mỗi nơi một dòng; dòng cuối Lưu: …"),
}
_GROUPS = (  # the parts of the page, top to bottom
    (N_("Phần đầu"),
     ("quoc_hieu", "tieu_ngu", "co_quan_chu_quan", "co_quan_ban_hanh", "so_ky_hieu", "dia_danh_ngay")),
    (N_("Tên loại, trích yếu"), ("ten_loai", "trich_yeu", "kinh_gui")),
    (N_("Nội dung"), ("noi_dung",)),
    (N_("Chữ ký"), ("quyen_han", "thay_cho", "chuc_vu", "nguoi_ky")),
    (N_("Nơi nhận"), ("noi_nhan",)),
)


class DocumentComposer(Question):
    """A form with every box of a ``kind`` document (``"Công văn"``, ``"Quyết định"``, ``"Thông báo"`` …).

    ``answer({...})`` fills the boxes as a learner types; ``check()`` is the Kiểm tra button (practice: every box of
    the layout is checked, then the facts of the task in ``key``); ``write_docx()`` is the «Tạo tệp Word» button and
    never raises: a folder that cannot be written gets one Vietnamese line.
    """

    def __init__(self, question_id: str, prompt: str, kind: str, *, key: Mapping[str, str] | None = None,
                 given: Mapping[str, str] | None = None, folder: Path | None = None, rule: str = "", hint: str = "",
                 answers_file: Path | None = None) -> None:
        self.kind = kind
        self.folder = folder
        self.boxes: dict[str, w.Text | w.Textarea | w.Dropdown] = {}
        for name in layout.FIELDS:
            self.boxes[name] = self._box(name)
            self.boxes[name].observe(lambda _change: self._changed(), names="value")
        self.docx_button = check_button(self.write_docx, _("Tạo tệp Word"), icon="file-text", width="200px")
        self.file_note = w.HTML()
        parts: list[w.Widget] = []
        for title, names in _GROUPS:
            parts.append(w.HTML(f"<div style='font-weight:bold;margin-top:{theme.GAP}'>{html.escape(_(title))}</div>"))
            parts += [self.boxes[name] for name in names]
        super().__init__(question_id, prompt, [*parts, w.HBox([self.docx_button]), self.file_note],
                         key=None if key is None else dict(key), rule=rule, hint=hint, answers_file=answers_file)
        if given and self.value is None:
            self._loading = True
            try:
                self._show(dict(given))
            finally:
                self._loading = False

    def _box(self, name: str) -> w.Text | w.Textarea | w.Dropdown:
        style = {"description_width": "190px"}
        label = _(layout.LABELS[name])
        if name == "quyen_han":
            options = [(_(meaning), code) for code, meaning in layout.AUTHORITIES.items()]
            return w.Dropdown(options=options, value="", description=label, style=style,
                              layout=w.Layout(width="640px"))
        example = _(_PLACEHOLDERS[name]).replace("{xa}", dia_phuong.xa(4))  # the profile's fourth commune
        if name in _LONG:
            return w.Textarea(description=label, placeholder=example, continuous_update=False,
                              style=style, layout=w.Layout(width="640px", height="110px"))
        return w.Text(description=label, placeholder=example, continuous_update=False, style=style,
                      layout=w.Layout(width="640px"))

    # --- Question ----------------------------------------------------------------------------------
    @property
    def value(self) -> dict[str, str] | None:
        fields = layout.as_draft({name: box.value for name, box in self.boxes.items()})
        return fields if any(fields.values()) else None

    def _show(self, value: Any) -> None:
        if not isinstance(value, dict) or not set(value) <= set(layout.FIELDS):
            raise TypeError(_("Câu trả lời phải là các ô của văn bản."))
        for name, box in self.boxes.items():
            box.value = str(value.get(name) or "")

    def _form_problems(self, value: Any) -> list[str]:
        return layout.missing_fields(value, self.kind)

    def _mismatches(self, value: Mapping[str, str]) -> list[str]:
        wanted = layout.as_draft(self.key or {})
        return [_("Ô «{o}» đúng dạng nhưng chưa khớp với nhiệm vụ.").format(o=_(layout.LABELS[name]))
                for name in layout.FIELDS if name in (self.key or {}) and value.get(name, "") != wanted[name]]

    def _is_right(self, value: Any) -> bool:
        return not layout.draft_problems(value, self.kind) and not self._mismatches(value)

    def _wrong_notes(self, value: Any) -> list[str]:
        problems = layout.draft_problems(value, self.kind)
        return problems or self._mismatches(value)

    # --- the .docx ----------------------------------------------------------------------------------
    def write_docx(self, folder: Path | None = None) -> Path | None:
        """What «Tạo tệp Word» does: write the .docx beside the notebook; ``None`` (and one line) when it cannot."""
        target = folder or self.folder or Path.cwd()
        if self.value is None:
            self.file_note.value = wrong_box(html.escape(_("Chưa có gì để tạo tệp: hãy điền các ô trước.")), then="")
            return None
        try:
            path = nd30_docx.write(self.value, self.kind, target)
        except (OSError, ValueError):
            message = _("Không ghi được tệp vào thư mục {thu_muc}; bài làm vẫn còn nguyên, hãy báo giảng viên.")
            self.file_note.value = wrong_box(html.escape(message.format(thu_muc=target)), then="")
            return None
        done = _("Đã tạo tệp {ten} trong thư mục của bạn: mở bằng Word, WPS hoặc LibreOffice để xem và in.")
        self.file_note.value = right_box(html.escape(done.format(ten=path.name)), mark="📄")
        if layout.draft_problems(self.value, self.kind) and not self.graded:
            self.file_note.value += info_box(html.escape(_("Tệp in đúng những gì bạn gõ: bấm Kiểm tra để soát thể "
                                                           "thức trước khi in.")))
        return path


__all__ = ["DocumentComposer"]
