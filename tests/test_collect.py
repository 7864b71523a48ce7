"""Collect: files matched whatever their names; archived by content; nothing dropped."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.errors import KitError
from kynangso.grading.collect import collect, reads_answers
from kynangso.learner import answers
from kynangso.paths import CourseRoot
from tests.conftest import M02, small_submission


@pytest.fixture
def with_roster(course_copy: CourseRoot, tmp_path: Path) -> CourseRoot:
    rows = [{"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Tiến"},
            {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Hùng Chân"},
            {"Họ và tên": "Sầm Minh Xuân", "Đơn vị": "Châu Bình"},
            {"Họ và tên": "Sầm Minh Xuân", "Đơn vị": "Quỳ Châu"}]
    pd.DataFrame(rows).to_csv(tmp_path / "ds.csv", index=False)
    import_roster(course=course_copy, file=tmp_path / "ds.csv")
    return course_copy


_notebook = small_submission


def test_names_without_diacritics_nfd_and_zip_are_matched(with_roster: CourseRoot, tmp_path: Path) -> None:
    inbox = tmp_path / "usb"
    inbox.mkdir()
    (inbox / unicodedata.normalize("NFD", "Bài tập 2 - Lò Thị Hoa.ipynb")).write_bytes(_notebook("a"))
    (inbox / "bai tap 02 (1) VI VAN DUC.ipynb").write_bytes(_notebook("b", stamped=False))
    with zipfile.ZipFile(tmp_path / "zalo.zip", "w") as archive:
        archive.writestr("Sầm Minh Xuân Quỳ Châu.ipynb", _notebook("c"))
    result = collect(course=with_roster, paths=[inbox, tmp_path / "zalo.zip"])
    assert sorted(learner for learner, _, _ in result.collected) == ["lo-thi-hoa", "sam-minh-xuan-2", "vi-van-duc"]
    assert (with_roster.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.ipynb").read_bytes() == _notebook("a")
    assert (with_roster.submitted / "vi-van-duc" / M02 / "timestamp.txt").is_file()


def test_ambiguous_and_unknown_files_are_kept_and_explained(with_roster: CourseRoot, tmp_path: Path) -> None:
    inbox = tmp_path / "email"
    inbox.mkdir()
    (inbox / "Sam Minh Xuan.ipynb").write_bytes(_notebook("x"))
    (inbox / "Lo Thi Hao.ipynb").write_bytes(_notebook("y"))
    (inbox / "Lò Thị Hoa - ghi chép.ipynb").write_bytes(_notebook("z", stamped=False))
    result = collect(course=with_roster, paths=[inbox])
    reasons = dict(result.unmatched)
    assert "tên trùng với nhiều học viên" in reasons[str(inbox / "Sam Minh Xuan.ipynb")]
    assert "có phải Lò Thị Hoa (mã lo-thi-hoa)?" in reasons[str(inbox / "Lo Thi Hao.ipynb")]
    assert "không nhận ra bài tập" in reasons[str(inbox / "Lò Thị Hoa - ghi chép.ipynb")]
    assert len(list(with_roster.unmatched.iterdir())) == 3
    assert result.collected == []


def test_same_file_twice_is_recognised_and_every_version_archived(with_roster: CourseRoot, tmp_path: Path) -> None:
    first, second = tmp_path / "lan1", tmp_path / "lan2"
    first.mkdir()
    second.mkdir()
    (first / "Lò Thị Hoa.ipynb").write_bytes(_notebook("bản 1"))
    collect(course=with_roster, paths=[first])
    again = collect(course=with_roster, paths=[first])
    assert again.repeated == [str(first / "Lò Thị Hoa.ipynb")] and again.collected == []
    (second / "Lo Thi Hoa.ipynb").write_bytes(_notebook("bản 2"))
    collect(course=with_roster, paths=[second])
    assert len(list(with_roster.archive.glob("*.ipynb"))) == 2
    assert (with_roster.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.ipynb").read_bytes() == _notebook("bản 2")


def test_collect_without_roster_says_what_to_do(course_copy: CourseRoot, tmp_path: Path) -> None:
    with pytest.raises(KitError, match="roster import"):
        collect(course=course_copy, paths=[tmp_path])


def test_answers_files_travel_with_their_notebooks(with_roster: CourseRoot, tmp_path: Path) -> None:
    """Same name beside it, inside a zip, or renamed alone in a learner's folder; a newer copy without one wins."""
    inbox = tmp_path / "lop"
    (inbox / "duc").mkdir(parents=True)
    (inbox / "Lò Thị Hoa - bài 2.ipynb").write_bytes(_notebook("hoa"))
    (inbox / "Lò Thị Hoa - bài 2.tra-loi.json").write_text('{"cau_tra_loi": {"le": {"tra_loi": 30}}}', encoding="utf-8")
    (inbox / "duc" / "Vi Văn Đức bai 2.ipynb").write_bytes(_notebook("duc"))
    (inbox / "duc" / "bai-tap-02.tra-loi.json").write_text('{"cau_tra_loi": {}}', encoding="utf-8")  # renamed notebook
    (inbox / "lac.tra-loi.json").write_text("{}", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "xuan.zip", "w") as archive:
        archive.writestr("Bài 2 Sầm Minh Xuân Châu Bình.ipynb", _notebook("xuan"))
        archive.writestr("Bài 2 Sầm Minh Xuân Châu Bình.tra-loi.json", '{"cau_tra_loi": {"le": {"tra_loi": 20}}}')
    result = collect(course=with_roster, paths=[inbox, tmp_path / "xuan.zip"])
    assert sorted(x for x, _, _ in result.collected) == ["lo-thi-hoa", "sam-minh-xuan", "vi-van-duc"]
    placed = {x: with_roster.submitted / x / M02 / "bai-tap-02.tra-loi.json" for x, _, _ in result.collected}
    assert '"tra_loi": 30' in placed["lo-thi-hoa"].read_text(encoding="utf-8")
    assert '"tra_loi": 20' in placed["sam-minh-xuan"].read_text(encoding="utf-8")
    assert not placed["vi-van-duc"].exists() and len(result.missing_answers) == 1  # an empty file: nothing answered
    [(origin, reason)] = result.unmatched
    assert origin == str(inbox / "lac.tra-loi.json")
    assert reason.startswith("tệp câu trả lời không có sổ tay đi kèm (cần nộp cùng sổ tay); "
                             "bản sao ở grading/unmatched/")
    assert (with_roster.root / reason.rpartition("bản sao ở ")[2]).is_file()  # the message says where it truly is
    assert len(list(with_roster.archive.glob("*.tra-loi.json"))) == 3
    again = collect(course=with_roster, paths=[inbox / "Lò Thị Hoa - bài 2.ipynb"])  # same notebook, answers beside
    assert again.repeated == [str(inbox / "Lò Thị Hoa - bài 2.ipynb")]
    (inbox / "Lò Thị Hoa - bài 2.tra-loi.json").unlink()
    (inbox / "newer").mkdir()
    (inbox / "newer" / "Lò Thị Hoa - bài 2.ipynb").write_bytes(_notebook("hoa, sửa lại"))
    collect(course=with_roster, paths=[inbox / "newer"])
    assert not placed["lo-thi-hoa"].exists()  # old answers are never graded with a newer notebook


def test_one_notebook_carries_its_answers_and_the_newest_answer_wins(with_roster: CourseRoot, tmp_path: Path) -> None:
    """Answers kept inside the notebook are placed for grading; an older answers file sent too loses per question."""
    inbox = tmp_path / "zalo"
    inbox.mkdir()
    kept = {"le_trai_mm": {"tra_loi": 30, "luc": "2026-11-20T09:05:00+00:00"},
            "cac_phan_sai": {"tra_loi": ["A. x"], "luc": "2026-11-20T09:01:00+00:00"}}
    (inbox / "Lò Thị Hoa bài 2.ipynb").write_bytes(_notebook("hoa", kept=kept))
    (inbox / "Lò Thị Hoa bài 2.tra-loi.json").write_text(
        '{"cau_tra_loi": {"le_trai_mm": {"tra_loi": 20, "luc": "2026-11-20T09:00:00+00:00"},'
        ' "cac_phan_sai": {"tra_loi": ["B. y"], "luc": "2026-11-20T09:09:00+00:00"}}}', encoding="utf-8")
    (inbox / "Vi Văn Đức bài 2.ipynb").write_bytes(_notebook("duc", kept={"le_trai_mm": {"tra_loi": 35}}))
    result = collect(course=with_roster, paths=[inbox])
    assert result.missing_answers == []
    placed = answers.file_entries(with_roster.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.tra-loi.json")
    assert {q: e["tra_loi"] for q, e in placed.items()} == {"le_trai_mm": 30, "cac_phan_sai": ["B. y"]}
    alone = answers.file_entries(with_roster.submitted / "vi-van-duc" / M02 / "bai-tap-02.tra-loi.json")
    assert alone == {"le_trai_mm": {"tra_loi": 35}}


def test_a_notebook_without_any_answer_is_taken_with_a_warning(with_roster: CourseRoot, tmp_path: Path) -> None:
    """Widget questions of bài tập 2 are graded from the answers a notebook carries: the trainer hears when none."""
    catalogue = load_catalogue(with_roster.catalogue)
    assert reads_answers(with_roster, M02, catalogue)
    inbox = tmp_path / "zalo"
    inbox.mkdir()
    (inbox / "Lò Thị Hoa bài 2.ipynb").write_bytes(_notebook("hoa"))
    (inbox / "Vi Văn Đức bài 2.ipynb").write_bytes(_notebook("duc"))
    (inbox / "Vi Văn Đức bài 2.tra-loi.json").write_text('{"cau_tra_loi": {}}', encoding="utf-8")
    result = collect(course=with_roster, paths=[inbox])
    assert sorted((x, a) for x, a, _ in result.collected) == [("lo-thi-hoa", M02), ("vi-van-duc", M02)]
    hoa = inbox / "Lò Thị Hoa bài 2.ipynb"
    duc = inbox / "Vi Văn Đức bài 2.ipynb"
    assert result.missing_answers == [
        f"Chưa có câu trả lời nào: bài {path} của {name} (mã {code}) không mang câu trả lời bấm chọn nào. Nếu học viên "
        "đã làm bài, hãy nhờ họ mở lại sổ tay, bấm Lưu (Ctrl + S) rồi gửi lại tệp .ipynb."
        for path, name, code in ((hoa, "Lò Thị Hoa", "lo-thi-hoa"), (duc, "Vi Văn Đức", "vi-van-duc"))]
    assert (with_roster.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.ipynb").read_bytes() == _notebook("hoa")
    (inbox / "Lò Thị Hoa bài 2.tra-loi.json").write_text('{"cau_tra_loi": {"le": {"tra_loi": 30}}}',
                                                         encoding="utf-8")
    sent_again = collect(course=with_roster, paths=[inbox / "Lò Thị Hoa bài 2.ipynb"])  # now with its answers
    assert [x for x, _, _ in sent_again.collected] == ["lo-thi-hoa"] and sent_again.missing_answers == []
    assert (with_roster.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.tra-loi.json").is_file()


def test_collect_speaks_english_to_the_trainer(with_roster: CourseRoot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "Lo Thi Hoa bai 2.ipynb").write_bytes(_notebook("hoa"))
    (tmp_path / "Ai Do.ipynb").write_bytes(_notebook("?"))
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    result = CliRunner().invoke(main, ["collect", str(tmp_path), "--dir", str(with_roster.root)])
    output = " ".join(result.output.split())
    assert result.exit_code == 0, result.output
    assert "No answers at all:" in output and "from Lò Thị Hoa (ID lo-thi-hoa) carries no widget answer." in output
    assert "ask them to open the notebook again, press Save (Ctrl + S) and send the .ipynb again." in output
    assert "could not tell which learner this is from the file name" in output
    assert "Thiếu tệp câu trả lời" not in output and "không nhận ra" not in output


@pytest.mark.parametrize(("data", "said"), [
    (b"", "tệp rỗng"),
    (b'{"cells": [', "bị hỏng"),
    (b'{"ten": "khong phai so tay"}', "không phải sổ tay"),
    (nbformat.writes(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("x")])).encode(),
     "mất thông tin chấm điểm"),
])
def test_a_file_that_cannot_be_graded_is_said_at_collect_and_never_replaces_good_work(
        with_roster: CourseRoot, tmp_path: Path, data: bytes, said: str) -> None:
    good = tmp_path / "Lò Thị Hoa - bai tap 02.ipynb"
    good.write_bytes(_notebook("bài tốt"))
    assert len(collect(course=with_roster, paths=[good]).collected) == 1
    placed = with_roster.submitted / "lo-thi-hoa" / M02 / "bai-tap-02.ipynb"
    before = placed.read_bytes()
    later = tmp_path / "sau" / "Lò Thị Hoa - bai tap 02.ipynb"
    later.parent.mkdir()
    later.write_bytes(data)
    result = collect(course=with_roster, paths=[later])
    assert not result.collected and placed.read_bytes() == before
    [(origin, reason)] = result.unmatched
    assert origin == str(later) and said in reason and "Lò Thị Hoa" in reason
    kept = with_roster.root / reason.rpartition("bản sao ở ")[2]
    assert kept.is_file() and kept.read_bytes() == data


def test_a_file_that_cannot_be_graded_with_nothing_in_place_counts_as_handed_in(with_roster: CourseRoot,
                                                                                tmp_path: Path) -> None:
    (tmp_path / "Lò Thị Hoa - bai tap 02.ipynb").write_bytes(b'{"cells": [')
    result = collect(course=with_roster, paths=[tmp_path / "Lò Thị Hoa - bai tap 02.ipynb"])
    assert [x for x, _, _ in result.collected] == ["lo-thi-hoa"] and not result.unmatched
    [said] = result.broken
    assert "Lò Thị Hoa" in said and "bị hỏng" in said and "gửi lại" in said


def test_the_zip_name_and_its_folder_name_the_learner(with_roster: CourseRoot, tmp_path: Path) -> None:
    inbox = tmp_path / "hop-thu"
    (inbox / "Vi Văn Đức").mkdir(parents=True)
    with zipfile.ZipFile(tmp_path / "hop-thu" / "Lò Thị Hoa bài 2.zip", "w") as archive:
        archive.writestr("bai-tap-02.ipynb", _notebook("hoa"))
    with zipfile.ZipFile(inbox / "Vi Văn Đức" / "nop.zip", "w") as archive:
        archive.writestr("bai-tap-02.ipynb", _notebook("duc"))
    result = collect(course=with_roster, paths=[inbox])
    assert sorted(x for x, _, _ in result.collected) == ["lo-thi-hoa", "vi-van-duc"] and not result.unmatched


def test_a_file_not_kept_is_not_said_to_be_kept(with_roster: CourseRoot, tmp_path: Path) -> None:
    (tmp_path / "hong.zip").write_bytes(b"PK\x03\x04 khong phai zip")
    [(_origin, reason)] = collect(course=with_roster, paths=[tmp_path / "hong.zip"]).unmatched
    assert "unmatched" not in reason and "không được chép" in reason
