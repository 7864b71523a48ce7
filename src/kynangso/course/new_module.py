"""``kynangso new-module``: a new module with the course's skeleton, ready to fill in and already passing check.

It writes ``course/NN-slug/bai-hoc-NN.ipynb`` (heading table with time and legal basis, objectives, situation,
worked example, half-done example, practice with its folded check, key points), ``course/NN-slug/the-tom-tat-NN.md``
(the summary card), ``solutions/NN-slug/bai-tap-NN.ipynb`` (one question answered in a widget, its graded check with
hidden tests), the catalogue entry, and the learners' version. Every place to fill in is marked ✍ or ⚠️.
"""

from __future__ import annotations

import math
import shutil
from typing import Any

import nbformat
from nbformat import NotebookNode
from slugify import slugify

from kynangso.course import catalogue_edit, learner_versions, notebooks, timing
from kynangso.course.catalogue import load_catalogue
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import CourseRoot

_KERNEL = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
_FOLDED = {"jupyter": {"source_hidden": True}}
_TODO = "⚠️ Ghi số, ngày ban hành và cơ quan ban hành của văn bản làm căn cứ (ví dụ: Nghị định 30/2020/NĐ-CP ngày 05/3/2020)."  # nội dung  # noqa: E501
_OPTIONS = '["Phương án A (đúng)", "Phương án B", "Phương án C"]'  # nội dung


def _notebook(cells: list[NotebookNode]) -> NotebookNode:
    nb = nbformat.v4.new_notebook(cells=cells)
    nb.metadata = nbformat.from_dict({"kernelspec": _KERNEL, "language_info": {"name": "python"}})
    return nb


def _lesson(number: int, title: str, minutes: int) -> NotebookNode:
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    practice = f"luyen_hp{number:02d}"
    return _notebook([
        md(f"# Học phần {number} — {title}\n\n| | |\n|---|---|\n"  # nội dung
           f"| **Thời gian** | {minutes} phút |\n| **Căn cứ** | {_TODO} |\n\n"  # nội dung
           "**Mục tiêu** — học xong, bạn có thể:\n1. ✍ Việc thứ nhất làm được sau bài.\n\n"  # nội dung
           "**Câu hỏi của bài:**\n- ✍ Câu hỏi cán bộ xã hay gặp.\n\n"  # nội dung
           "> 💡 Cách dùng sổ tay: bấm vào một ô có chữ `[ ]:` ở bên trái rồi bấm **Shift + Enter** để chạy ô đó."),
        md("## Tình huống\n\n✍ Một việc có thật ở xã (tên người giả định)."),  # nội dung
        md("## Quy tắc 1 — ✍ Tên quy tắc\n\n✍ Quy tắc, kèm căn cứ có số và ngày.\n\n### Ví dụ mẫu\n"  # nội dung
           "✍ Làm trọn một ví dụ, từng bước."),  # nội dung
        md("### Ví dụ làm dở\n✍ Các bước đầu đã làm; bước cuối để học viên làm."),  # nội dung
        md("## Tự làm 1\n✍ Một tình huống khác bài tập. Chọn rồi bấm **Kiểm tra**."),  # nội dung
        code("# Khung luyện tập: chạy ô này (Shift + Enter). "  # nội dung
             "Đáp án nằm trong ô: đừng mở ra đọc trước khi tự làm.\n"  # nội dung
             "from kynangso.widgets import SingleChoice\n\n"
             f'{practice} = SingleChoice(\n    "{practice}", {_OPTIONS},\n    "✍ Câu hỏi luyện tập?",\n'  # nội dung
             '    key="Phương án A (đúng)",\n    rule="✍ Quy tắc cần nhớ.",\n'  # nội dung
             '    hint="✍ Gợi ý khi chọn sai.",\n)\n'  # nội dung
             f"{practice}", metadata={**_FOLDED, "tags": ["luyen-tap"]}),
        code("# Kiểm tra tự động của bài học (không cần đọc).\n"  # nội dung
             f'thu = SingleChoice({practice}.question_id, {practice}.options, "thử", key={practice}.key)\n'  # nội dung
             f"thu.answer({practice}.options[1])\nassert thu.check() != []\n"
             f"thu.answer({practice}.key)\nassert thu.check() == []",
             metadata={**_FOLDED, "tags": ["kiem-tra-bai-hoc"]}),
        md("## Điểm chính\n\n- ✍ Điều cần nhớ, một dòng một ý."),  # nội dung
    ])


def _locked(grade_id: str, **extra: Any) -> dict[str, Any]:
    return {"nbgrader": {"grade": False, "grade_id": grade_id, "locked": True, "schema_version": 3,
                         "solution": False, "task": False, **extra}}


def _exercise(number: int, title: str, grade_id: str) -> NotebookNode:
    md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
    head = f"m{number:02d}"
    return _notebook([
        md(f"# Bài tập học phần {number} — {title} (1 điểm)\n\n**Căn cứ:** {_TODO}\n\n"  # nội dung
           "Bài này **không cần biết Python**: chạy ô trả lời (Shift + Enter), "  # nội dung
           "trả lời trong khung hiện ra, rồi "  # nội dung
           "bấm **Kiểm tra**.", metadata=_locked(f"{head}_gioi_thieu")),
        md("## Câu 1 (1 điểm) — ✍ Tên câu\n\n✍ Tình huống và câu hỏi.",  # nội dung
           metadata=_locked(f"{head}_cau_1")),
        code("from kynangso.widgets import SingleChoice\n\n"  # nội dung
             f'cau_1 = SingleChoice("{grade_id}", {_OPTIONS}, "Câu 1 — ✍ câu hỏi:")\n'  # nội dung
             "display(cau_1)\n### BEGIN SOLUTION\n"
             'cau_1.answer("Phương án A (đúng)")\n### END SOLUTION',  # nội dung
             metadata={"nbgrader": {"grade": False, "grade_id": f"tra_loi_{grade_id}", "locked": False,
                                    "schema_version": 3, "solution": True, "task": False}}),
        code('"""Kiểm tra câu 1: ✍ điều được kiểm tra."""\n'  # nội dung
             "from kynangso.learner import tra_loi, yeu_cau\n\n"
             f'chon = tra_loi("{grade_id}", kieu=str)\n'
             'yeu_cau(chon, "Bạn chưa trả lời câu 1: chạy ô phía trên, '  # nội dung
             'chọn một phương án rồi bấm Kiểm tra.")\n'  # nội dung
             '### BEGIN HIDDEN TESTS\nassert chon == "Phương án A (đúng)"\n### END HIDDEN TESTS',  # nội dung
             metadata=_locked(grade_id, grade=True, points=1)),
    ])


def _card(number: int, title: str) -> str:
    return (f"# Thẻ tóm tắt — Học phần {number}: {title}\n\n**Căn cứ:** {_TODO}\n\n"  # nội dung
            "## 1. ✍ Quy tắc thứ nhất\n\n✍ Điều cần nhớ, có ví dụ.\n")  # nội dung


def new_module(*, course: CourseRoot, slug: str, title: str) -> str:
    """Scaffold module ``NN-slug`` after the course's last module; its folder name."""
    if not slug or slugify(slug) != slug:
        raise KitError(_("Tên ngắn '{slug}' không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang "
                         "(ví dụ '{goi_y}').").format(slug=slug, goi_y=slugify(slug or title) or "ho-tich"))
    if not title.strip():
        raise KitError(_("Học phần mới cần một tên (--title)."))
    catalogue = load_catalogue(course.catalogue)
    if any(m.slug == slug for m in catalogue.modules):
        raise KitError(_("Khóa học đã có học phần '{slug}'.").format(slug=slug))
    number = max((m.number for m in catalogue.modules), default=-1) + 1
    folder = f"{number:02d}-{slug}"
    if (course.course / folder).exists() or (course.solutions / folder).exists():
        raise KitError(_("Đã có thư mục '{folder}'.").format(folder=folder))
    grade_id = f"{slug.replace('-', '_')}_cau_1"
    lesson, exercise = f"bai-hoc-{number:02d}.ipynb", f"bai-tap-{number:02d}.ipynb"
    made = [course.course / folder, course.solutions / folder, course.exercises / folder]
    before = course.catalogue.read_text(encoding="utf-8")
    try:
        notebooks.write(_exercise(number, title, grade_id), course.solutions / folder / exercise)
        notebooks.write(_lesson(number, title, 0), course.course / folder / lesson)
        reading = (timing.estimate_notebook(course.course / folder / lesson).minutes
                   + timing.estimate_notebook(course.solutions / folder / exercise, questions=1).minutes)
        minutes = max(5, 5 * math.ceil(reading / 5))
        notebooks.write(_lesson(number, title, minutes), course.course / folder / lesson)
        (course.course / folder / f"the-tom-tat-{number:02d}.md").write_text(_card(number, title), encoding="utf-8")
        catalogue_edit.add_modules(course.catalogue, [{
            "number": number, "slug": slug, "title": title, "minutes": minutes, "digcomp": [], "qd757": [],
            "lessons": [lesson], "assignment": {"notebook": exercise, "questions": [
                {"grade_id": grade_id, "title": "✍ Tên câu 1", "points": 1,  # nội dung
                 "rule": "✍ Quy tắc cần nhớ", "lesson": "Quy tắc 1"}]}}])  # nội dung
        learner_versions.generate(course, [folder])
    except BaseException:
        course.catalogue.write_text(before, encoding="utf-8")
        for path in made:
            shutil.rmtree(path, ignore_errors=True)
        raise
    return folder


__all__ = ["new_module"]

