"""Ký số một tệp PDF thật: sign a commune decision with a TEST certificate, read the signature panel, download the
signed file, change one byte and check again, try the expired certificate; in an exercise, check three given files.

Everything runs offline on the computer (pyHanko, the kit's test CA: :mod:`kynangso.rules.pdf_signature`). Nothing
heavy happens when the cell runs: the PDF is made and signed at the first click, so a grading kernel that runs the
cell does no signing. Each public method (``sign``, ``check``, ``download``, ``change_byte``, ``sign_expired``,
``check_file``) does what its button does.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

import ipywidgets as w

from kynangso.data import pdf_test_ca as test_ca
from kynangso.i18n import N_, _
from kynangso.rules import digital_signature
from kynangso.rules import pdf_signature as ps
from kynangso.text import slug
from kynangso.widgets import theme
from kynangso.widgets.check_bar import check_button, info_box, right_box
from kynangso.widgets.simulator import Simulator

SIGN, CHECK, DOWNLOAD, CHANGE, SIGN_OLD, CHECK_FILE = (
    N_("Ký số"), N_("Kiểm tra chữ ký"), N_("Tải tệp về"), N_("Sửa một byte"), N_("Ký bằng chứng thư cũ"),
    N_("Kiểm tra tệp"))  # the actions (names in the log)
FOLDER = "ky-so-thu-nghiem"  # beside the notebook


class PdfSigningLab(Simulator):
    """A one-page decision of ``commune`` and its signer's certificates (test CA, made from ``seed``).

    ``files`` (exercise): names of practice files to check (each one intact, changed or forged; which is which
    comes from ``seed``). ``folder``: where «Tải tệp về» writes (by default a folder beside the notebook).
    """

    source = digital_signature.DECREE

    def __init__(self, seed: int = 4, commune: str | None = None, *, files: tuple[str, ...] = (),
                 folder: Path | None = None) -> None:
        self.seed = seed
        commune = commune or test_ca.default_commune()
        self.kit = test_ca.build_kit(seed, commune)
        self.paper = test_ca.decision(seed, commune)
        self.folder = folder
        self.files = files
        self.kinds = ps.practice_kinds(seed, files) if files else {}
        self._document: bytes | None = None
        self._made: dict[str, bytes] = {}
        self.signed: bytes | None = None  # the file signed by «Ký số» (changed by «Sửa một byte»)
        self.change: ps.ByteChange | None = None
        self.shown: tuple[str, bytes] | None = None  # the file whose panel is shown: (file name, content)
        self.panel: ps.SignaturePanel | None = None
        self.saved: Path | None = None
        self.panel_view = w.HTML()
        self.link = w.HTML()
        self.file_box = w.Dropdown(options=list(files), description=_("Tệp:"), layout=w.Layout(width="260px"))
        first = w.HBox([check_button(self.sign, _(SIGN), icon="pencil"),
                        check_button(self.check, _(CHECK), icon="search"),
                        check_button(self.download, _(DOWNLOAD), icon="download"),
                        check_button(self.change_byte, _(CHANGE), icon="edit")])
        self.card = w.HTML(self._card())
        work: list[w.Widget] = [self.card, first,
                                w.HBox([check_button(self.sign_expired, _(SIGN_OLD), icon="history", width="240px")])]
        if files:
            work.append(w.HBox([self.file_box, check_button(self.check_file, _(CHECK_FILE), icon="search")]))
        work += [self.panel_view, self.link]
        super().__init__(_("Ký số tệp PDF bằng chứng thư thử nghiệm (mô phỏng, không có giá trị pháp lý)"),
                         _("Bấm lần lượt: Ký số → Kiểm tra chữ ký → Tải tệp về → Sửa một byte → Kiểm tra chữ ký; "
                           "rồi thử Ký bằng chứng thư cũ."), work)

    @property
    def actions(self) -> dict[str, Callable[..., list[str]]]:
        return {SIGN: self._sign, CHECK: self._check, DOWNLOAD: self._download, CHANGE: self._change,
                SIGN_OLD: self._sign_old, CHECK_FILE: self._check_file}

    # --- what the buttons do ----------------------------------------------------------------------
    def sign(self) -> list[str]:
        """Sign the decision with the current certificate (the Ký số button)."""
        return self.act(SIGN)

    def check(self) -> list[str]:
        """Show the signature panel of the signed file (the Kiểm tra chữ ký button)."""
        return self.act(CHECK)

    def download(self) -> list[str]:
        """Write the file whose panel is shown into the folder and show a link to it (the Tải tệp về button)."""
        return self.act(DOWNLOAD)

    def change_byte(self) -> list[str]:
        """Change one byte of the signed file, a digit of the amount (the Sửa một byte button)."""
        return self.act(CHANGE)

    def sign_expired(self) -> list[str]:
        """Try to sign with the old, expired certificate (the Ký bằng chứng thư cũ button)."""
        return self.act(SIGN_OLD)

    def check_file(self, name: str | None = None) -> list[str]:
        """Pick the practice file ``name`` and show its signature panel (the Kiểm tra tệp button)."""
        if name is not None:
            if name not in self.files:
                return self._refuse(_("Không có tệp '{ten}'.").format(ten=name))
            self.file_box.value = name
        return self.act(CHECK_FILE)

    # --- the actions --------------------------------------------------------------------------------
    @property
    def document(self) -> bytes:
        if self._document is None:
            self._document = test_ca.decision_pdf(self.paper)
        return self._document

    def _sign(self) -> list[str]:
        try:
            self.signed = ps.sign_pdf(self.document, self.kit.signer, self.kit.ca, self.kit.signing_time)
        except ps.SigningRefused as refused:
            return self._refuse(str(refused))
        self.change = None
        self._show_panel(self._name("da-ky"), self.signed)
        self.show_ok(_("Đã ký số lúc {gio}. Bấm «Tải tệp về» để lưu tệp đã ký; bấm «Sửa một byte» để thử sửa tệp."
                       ).format(gio=ps.moment_text(self.kit.signing_time)))
        return []

    def _check(self) -> list[str]:
        if self.signed is None:
            return self._refuse(_("Chưa có tệp đã ký: bấm «Ký số» trước."))
        panel = self._show_panel(self._name("da-sua" if self.change else "da-ky"), self.signed)
        self._tell(panel)
        return []

    def _download(self) -> list[str]:
        if self.shown is None:
            return self._refuse(_("Chưa có tệp để tải: bấm «Ký số» (hoặc «Kiểm tra tệp») trước."))
        name, data = self.shown
        folder = self.folder or Path.cwd() / FOLDER
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        except OSError:
            return self._refuse(_("Không ghi được tệp vào thư mục {thu_muc}; báo giảng viên.").format(
                thu_muc=folder.name))
        self.saved = folder / name
        target = f"{quote(FOLDER)}/{quote(name)}" if self.folder is None else quote(name)
        self.link.value = right_box(
            _("Tệp: <a href='{duong_dan}' download='{ten}' target='_blank'><b>{ten}</b></a> (bấm vào tên để tải "
              "về, mở bằng phần mềm đọc PDF và xem bảng chữ ký; hoặc chuột phải vào tệp ở cột Tệp bên trái → Tải "
              "xuống).").format(duong_dan=target, ten=html.escape(name)), mark="📥")
        self.show_ok(_("Đã lưu tệp {ten} vào thư mục {thu_muc}.").format(ten=name, thu_muc=folder.name))
        return []

    def _change(self) -> list[str]:
        if self.signed is None:
            return self._refuse(_("Chưa có tệp đã ký để sửa: bấm «Ký số» trước."))
        self.change = ps.change_one_byte(self.signed, self.paper.amount_text)
        self.signed = self.change.data
        self.panel_view.value, self.link.value, self.shown = "", "", (self._name("da-sua"), self.signed)
        self.show_ok(_("Đã sửa 1 byte ở vị trí {vi_tri}: chữ số '{cu}' thành '{moi}' (số tiền {so_cu} thành {so_moi} "
                       "đồng). Bấm «Kiểm tra chữ ký» để xem phần mềm phát hiện.").format(
            vi_tri=self.change.position, cu=self.change.old, moi=self.change.new, so_cu=self.paper.amount_text,
            so_moi=self.change.new + self.paper.amount_text[1:]))
        return []

    def _sign_old(self) -> list[str]:
        try:
            ps.sign_pdf(self.document, self.kit.expired, self.kit.ca, self.kit.signing_time)
        except ps.SigningRefused as refused:
            self.show_problems([str(refused), _(ps.RENEWAL)], lead=_("Phần mềm ký số báo:"),
                               then=_("Dùng chứng thư đã gia hạn (nút «Ký số») để ký."))
            return [str(refused)]
        return []  # pragma: no cover - the old certificate is expired by construction

    def _check_file(self) -> list[str]:
        name = self.file_box.value
        if not self.files or name not in self.kinds:
            return self._refuse(_("Chọn một tệp trong danh sách."))
        if name not in self._made:
            self._made[name] = ps.practice_file(self.kinds[name], self.kit, self.document, self.paper.amount_text)
        panel = self._show_panel(self._file_name(name), self._made[name])
        self._tell(panel)
        return []

    # --- plumbing ---------------------------------------------------------------------------------
    def _name(self, state: str) -> str:
        return f"quyet-dinh-{self.paper.number}-{state}.pdf"

    @staticmethod
    def _file_name(name: str) -> str:
        return f"{slug(name)}.pdf"

    def _show_panel(self, name: str, data: bytes) -> ps.SignaturePanel:
        panel = ps.check_pdf(data, self.kit.ca, self.kit.signing_time)
        self.panel, self.shown, self.link.value = panel, (name, data), ""
        colour = theme.RIGHT if panel.valid else theme.WRONG
        rows = "".join(f"<tr><td style='padding:2px 10px 2px 0'><b>{html.escape(label)}</b></td>"
                       f"<td>{html.escape(value)}</td></tr>" for label, value in panel.rows())
        mark = "✅" if panel.valid else "❌"
        title = html.escape(_("Bảng chữ ký — tệp {ten}").format(ten=name))
        self.panel_view.value = (
            f"<div style='border:2px solid {colour};padding:{theme.PADDING};margin:{theme.GAP} 0;font-size:15px'>"
            f"<b>🔏 {title}</b><table>{rows}</table>"
            f"<div style='color:{colour};font-weight:bold;margin-top:4px'>{mark} {html.escape(panel.verdict)}</div>"
            "</div>")
        return panel

    def _tell(self, panel: ps.SignaturePanel) -> None:
        if panel.valid:
            self.result.value = right_box(html.escape(_("Chữ ký hợp lệ: chứng thư hợp lệ và tài liệu nguyên vẹn.")))
        else:
            self.result.value = info_box(html.escape(_("Phần mềm phát hiện chữ ký không hợp lệ: đọc bảng chữ ký ở "
                                                       "trên để biết vì sao.")), mark="⚠️")  # dấu hiển thị

    def _refuse(self, problem: str) -> list[str]:
        self.show_problems([problem], then="")
        return [problem]

    def _card(self) -> str:
        kit, paper = self.kit, self.paper
        lines = [
            _("<b>Văn bản:</b> Quyết định số {so}/QĐ-UBND của UBND {xa} về hỗ trợ hộ bà {ten} (tên giả định) số tiền "
              "{tien} đồng.").format(so=paper.number, xa=html.escape(paper.place),
                                     ten=html.escape(paper.beneficiary), tien=paper.amount_text),
            _("<b>Người ký:</b> {ten}, {chuc_vu} (tên giả định).").format(
                ten=html.escape(kit.signer.name), chuc_vu=html.escape(kit.signer.role)),
            _("<b>Chứng thư đang dùng:</b> hiệu lực từ {tu:%d/%m/%Y} đến {den:%d/%m/%Y}. <b>Chứng thư cũ:</b> hết "
              "hạn ngày {het:%d/%m/%Y}.").format(tu=kit.signer.valid_from, den=kit.signer.valid_to,
                                                 het=kit.expired.valid_to),
            _("<b>Nơi cấp:</b> {ca} (chỉ dùng để học). Giờ trên máy (mô phỏng): {gio}.").format(
                ca=html.escape(test_ca.CA_NAME), gio=ps.moment_text(kit.signing_time)),
        ]
        return (f"<div style='border:1px solid {theme.CARD};padding:{theme.PADDING};font-size:15px'>"
                + "<br>".join(lines) + "</div>")

    def _reset(self) -> None:
        self.signed, self.change, self.shown, self.panel, self.saved = None, None, None, None, None
        self.panel_view.value = self.link.value = ""

    def _snapshot(self) -> dict[str, Any]:
        return {"signed": self.signed is not None, "changed": self.change is not None,
                "shown": None if self.shown is None else self.shown[0],
                "valid": None if self.panel is None else self.panel.valid,
                "saved": None if self.saved is None else self.saved.name}


__all__ = ["PdfSigningLab"]
