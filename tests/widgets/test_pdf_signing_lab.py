"""PdfSigningLab: sign, check, download, change one byte, try the expired certificate, check practice files."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path

import pypdf
import pytest

from kynangso.course import notebooks
from kynangso.rules import pdf_signature as ps
from kynangso.widgets.pdf_signing_lab import PdfSigningLab
from tests.conftest import CHECKOUT

FILES = ("Tệp A", "Tệp B", "Tệp C")


def test_running_the_cell_signs_nothing(tmp_path: Path) -> None:
    started = time.perf_counter()
    lab = PdfSigningLab(folder=tmp_path, files=FILES)
    assert time.perf_counter() - started < 2  # a grading kernel runs this cell: no PDF made, nothing signed
    assert lab._document is None and lab.signed is None and lab.panel is None and not list(tmp_path.iterdir())
    assert lab.kit.signer.name in lab.card.value and "KHÔNG CÓ GIÁ TRỊ PHÁP LÝ" in lab.card.value


def test_sign_check_download_change_and_check_again(tmp_path: Path) -> None:
    lab = PdfSigningLab(folder=tmp_path)
    assert lab.check() and "Ký số" in lab.result.value  # nothing signed yet: told what to press, nothing lost
    assert lab.change_byte() and lab.download()
    assert lab.sign() == [] and lab.panel is not None and lab.panel.valid
    assert "Người ký" in lab.panel_view.value and lab.kit.signer.name in lab.panel_view.value
    assert "09:30 ngày 01/12/2026" in lab.panel_view.value and "Chữ ký hợp lệ" in lab.panel_view.value
    assert lab.download() == [] and lab.saved is not None
    saved = lab.saved.read_bytes()
    assert saved == lab.signed and pypdf.PdfReader(io.BytesIO(saved)).get_fields()  # a real signed PDF
    assert "download=" in lab.link.value and lab.saved.name in lab.link.value
    assert lab.change_byte() == [] and lab.change is not None
    assert f"'{lab.change.old}' thành '{lab.change.new}'" in lab.result.value and lab.panel_view.value == ""
    assert lab.check() == [] and lab.panel is not None and not lab.panel.valid and not lab.panel.intact
    assert "tài liệu đã bị thay đổi sau khi ký" in lab.panel_view.value
    assert lab.download() == [] and lab.saved.name.endswith("-da-sua.pdf")
    assert ps.check_pdf(lab.saved.read_bytes(), lab.kit.ca, lab.kit.signing_time).intact is False
    assert [entry["ok"] for entry in lab.state["log"]] == [False, False, False, True, True, True, True, True]
    assert lab.state["changed"] and lab.state["valid"] is False


def test_the_expired_certificate_is_refused_with_renewal(tmp_path: Path) -> None:
    lab = PdfSigningLab(folder=tmp_path)
    problems = lab.sign_expired()
    assert len(problems) == 1 and "chứng thư số đã hết hạn — cần gia hạn" in problems[0]
    assert "Ban Cơ yếu Chính phủ" in lab.result.value and lab.signed is None
    assert lab.sign() == [] and lab.panel is not None and lab.panel.valid  # the renewed certificate signs


def test_practice_files_each_show_their_own_panel(tmp_path: Path) -> None:
    lab = PdfSigningLab(seed=4, folder=tmp_path, files=FILES)
    seen = {}
    for name in FILES:
        assert lab.check_file(name) == [] and lab.panel is not None
        seen[name] = lab.panel
        file_name = f"tep-{name[-1].lower()}.pdf"
        assert lab.shown is not None and lab.shown[0] == file_name and file_name in lab.panel_view.value
    kinds = ps.practice_kinds(4, FILES)
    for name, panel in seen.items():
        assert panel.valid == (kinds[name] == ps.VALID_FILE) and panel.intact == (kinds[name] != ps.CHANGED_FILE)
    assert lab.download() == [] and lab.saved is not None and lab.saved.name == "tep-c.pdf"
    assert lab.check_file("Tệp Z") and lab.file_box.value == "Tệp C"  # an unknown name changes nothing
    with pytest.raises(ValueError, match="Cần đúng 3 tên tệp"):
        PdfSigningLab(files=("Tệp A",))


def test_reset_starts_over(tmp_path: Path) -> None:
    lab = PdfSigningLab(folder=tmp_path)
    lab.sign()
    lab.reset()
    assert lab.signed is None and lab.panel_view.value == "" and lab.state["log"] == []
    assert lab.check() and lab.sign() == []


@pytest.mark.parametrize("seed", [4, 11])
def test_the_card_names_the_certificates_dates(seed: int, tmp_path: Path) -> None:
    lab = PdfSigningLab(seed=seed, folder=tmp_path)
    card = lab.card.value
    assert f"{lab.kit.expired.valid_to:%d/%m/%Y}" in card and f"{lab.kit.signer.valid_to:%d/%m/%Y}" in card
    assert lab.paper.amount_text in card and "UBND xã Châu Tiến" in card


def test_exercise_4_key_and_names_match_what_the_lab_shows() -> None:
    """Câu 6 of bai-tap-04: its hidden key and the signer named in its text are what the lab (seed 4) produces."""
    nb = notebooks.read(CHECKOUT.solutions / "04-chu-ky-so" / "bai-tap-04.ipynb")
    text = "\n".join(cell.source for cell in nb.cells)
    lab_cell = next(c.source for c in nb.cells if "PdfSigningLab(" in c.source)
    assert 'PdfSigningLab(seed=4, commune="Xã Châu Tiến", files=("Tệp A", "Tệp B", "Tệp C"))' in lab_cell
    lab = PdfSigningLab(seed=4, commune="Xã Châu Tiến", files=FILES)
    assert f"**{lab.kit.signer.name}**" in text
    number = {ps.VALID_FILE: "1", ps.CHANGED_FILE: "2", ps.FORGED_FILE: "3"}
    key = [number[lab.kinds[name]] for name in FILES] + ["4"]  # 4: the expired certificate cannot sign
    assert f"yeu_cau(_chon == {key}".replace("'", '"') in text
    assert "4. Không ký được: chứng thư số đã hết hạn — cần gia hạn" in text
    assert lab.sign_expired() and "chứng thư số đã hết hạn — cần gia hạn" in lab.result.value


def test_building_the_lab_loads_no_pyhanko() -> None:
    """A grading kernel runs the lab's cell: pyHanko, fpdf2 and matplotlib load only at the first click."""
    code = ("import sys\nfrom kynangso.widgets.pdf_signing_lab import PdfSigningLab\n"
            "PdfSigningLab(files=('Tệp A', 'Tệp B', 'Tệp C'))\n"
            "print(sorted(m for m in ('pyhanko', 'fpdf', 'matplotlib') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
