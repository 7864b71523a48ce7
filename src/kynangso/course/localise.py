"""``kynangso localise``: rewrite the course's own files for the place names of ``profile.yml``.

A trainer of another commune or province edits ``profile.yml`` (province, former district, communes, agency) and runs
``kynangso localise``. The lessons and cards (``course/**/*.ipynb``, ``course/**/*.md``) and the source assignments
(``solutions/**/*.ipynb``, markdown and code cells) are rewritten in place from the names they are written for to the
profile's, then ``exercises/`` is regenerated as ``kynangso release`` does (release also ships ``profile.yml`` with
each assignment, so learners' kernels and the grading kernel generate data with the same names).

The names the files are written for are kept beside it in ``profile-written-for.yml`` (same fields), which only this
command writes; without that file the files are written for the kit's own profile
(:data:`kynangso.rules.place.DEFAULT`), as the shipped course is, and localising back to the kit's names removes it.
The catalogue's ``units: province:`` follows too when it named the old province (the roster's communes are the new
province's).

What is rewritten, for each name, longest first, in one pass (so commune 1 ↔ commune 2 swaps work): the former
district ("huyện Quỳ Châu", "Huyện …", "HUYỆN …"), each commune's agency ("UBND xã Châu Bình"), its name as written,
in upper case ("XÃ CHÂU BÌNH") and as an ASCII slug ("chau-binh", in file names), and the province
("Nghệ An", "NGHỆ AN"). A name matches only as a whole word, compared in Unicode NFC. One pass over the text with all
the old forms in one expression, each match replaced by its new form, is the same as swapping through placeholders:
nothing written in the pass is read again. "Quỳ Châu" alone is commune 1; the former district is always written with
"huyện". Python identifiers (``ho_so_quy_chau``) and diacritic-free spellings ("chau binh") are left as they are.

Real facts are never rewritten. Mark them in the files:

* in markdown (and anywhere in a cell): ``<!-- giữ-nguyên -->`` … ``<!-- /giữ-nguyên -->`` around the span;
* on a code line: a trailing comment ``# giữ nguyên địa danh``.

Refused, with one Vietnamese line and no file touched: fewer communes than the files use, an empty name, two communes
with the same name, two names that would be written the same, a new name already present in the files (the rewrite
could not be undone), an unclosed keep-marker. Running it twice changes nothing; A → B → A gives the same bytes.
"""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
import yaml

from kynangso.course import notebooks
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import WRITTEN_FOR_FILE, CourseRoot
from kynangso.rules import place
from kynangso.text import nfc

KEEP_OPEN = "<!-- giữ-nguyên -->"  # nội dung
KEEP_CLOSE = "<!-- /giữ-nguyên -->"  # nội dung
KEEP_LINE = "# giữ nguyên địa danh"  # nội dung
_RECORD_NOTE = ("# Do 'kynangso localise' ghi, đừng sửa tay: "  # nội dung
                "các tên mà bài học, bài tập hiện đang viết theo (sửa profile.yml rồi chạy lại lệnh).")
_KEPT = re.compile(rf"{re.escape(KEEP_OPEN)}.*?{re.escape(KEEP_CLOSE)}|^[^\n]*{re.escape(KEEP_LINE)}[^\n]*$",
                   re.DOTALL | re.MULTILINE)


@dataclass(frozen=True)
class Result:
    files: list[Path]  # files rewritten
    occurrences: int  # names rewritten
    kept: int  # marked spans left as they are
    released: int  # learner notebooks regenerated


def _open_parts(text: str) -> Iterator[tuple[bool, str]]:
    """The text cut into (kept, part)."""
    start = 0
    for match in _KEPT.finditer(text):
        yield False, text[start:match.start()]
        yield True, match.group(0)
        start = match.end()
    yield False, text[start:]


@dataclass
class _Rewriter:
    mapping: dict[str, str]
    where: str = ""
    occurrences: int = 0
    kept: int = 0
    check: bool = True

    def __post_init__(self) -> None:
        self.old = place.pattern(list(self.mapping))
        fresh = [new for new in self.mapping.values() if new not in self.mapping]
        self.new = place.pattern(fresh) if fresh else None

    def _swap(self, match: re.Match[str]) -> str:
        new = self.mapping[match.group(0)]
        self.occurrences += new != match.group(0)
        return new

    def text(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        parts = []
        for kept, part in _open_parts(text):
            if kept:
                self.kept += 1
                parts.append(part)
                continue
            if KEEP_OPEN in part or KEEP_CLOSE in part:
                raise KitError(_("{tep}: dấu giữ nguyên '{mo}' chưa có dấu đóng '{dong}' (hoặc ngược lại).").format(
                    tep=self.where, mo=KEEP_OPEN, dong=KEEP_CLOSE))
            clash = self.new.search(self.old.sub("\0", part)) if self.new and self.check else None
            if clash:
                raise KitError(_("{tep}: đã có tên '{ten}' của hồ sơ mới; đổi tên sẽ không đổi ngược lại được. "
                                 "Hãy chọn tên khác hoặc đánh dấu đoạn đó giữ nguyên.").format(
                                     tep=self.where, ten=clash.group(0)))
            parts.append(self.old.sub(self._swap, part))
        return "".join(parts)


def course_files(course: CourseRoot) -> list[Path]:
    """The files ``localise`` rewrites: lessons and cards, source assignments, the catalogue (question titles and
    rules on the feedback pages) and the wrong answers of the class simulation (``grading/simulation/``)."""
    found = [*course.course.rglob("*.ipynb"), *course.course.rglob("*.md"), *course.solutions.rglob("*.ipynb")]
    extra = [course.catalogue] if course.catalogue.is_file() else []
    extra += sorted((course.grading / "simulation").glob("*.yml"))
    return sorted(p for p in found if ".ipynb_checkpoints" not in p.parts) + extra


def _sources(data: dict[str, Any]) -> list[str]:
    return [c["source"] if isinstance(c["source"], str) else "".join(c["source"]) for c in data.get("cells", [])]


def _rewrite_file(path: Path, rewriter: _Rewriter) -> str | None:
    """The file's new content, or ``None`` when it stays the same.

    A notebook is rewritten cell by cell; its file is then edited as text, so that everything else keeps its bytes
    (checked against the cell-by-cell result; if they differ the notebook is written anew).
    """
    rewriter.where = str(path)
    before = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        after = rewriter.text(before)
        return after if after != before else None
    nb = notebooks.read(path)
    changed = False
    for cell in nb.cells:
        new = rewriter.text(cell.source)
        changed, cell.source = changed or new != cell.source, new
    if not changed:
        return None
    quiet = _Rewriter(rewriter.mapping, str(path), check=False)
    candidate = quiet.text(before)
    try:
        if _sources(json.loads(candidate)) == [cell.source for cell in nb.cells]:
            return candidate
    except (json.JSONDecodeError, KeyError, TypeError):
        pass
    return nbformat.writes(nb) + "\n"


def _raw_profile(path: Path) -> dict[str, object]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KitError(_("Không đọc được {tep}: {loi}").format(tep=path, loi=exc.__class__.__name__)) from exc
    if not isinstance(data, dict):
        raise KitError(_("{tep}: hồ sơ địa phương trống hoặc sai dạng.").format(tep=path))
    return data


def _checked(data: object, where: str, old: place.Profile | None) -> place.Profile:
    """The profile, refused with one line when it cannot be used to rewrite the course."""
    raw = data.get("communes") if isinstance(data, dict) else None
    if isinstance(raw, list) and any(not str(name or "").strip() for name in raw):
        raise KitError(_("{tep}: có tên xã trống trong 'communes'.").format(tep=where))
    try:
        profile = place.parse(data, where)
    except ValueError as exc:
        raise KitError(str(exc)) from exc
    names = [nfc(name).casefold() for name in profile.communes]
    if len(set(names)) != len(names):
        raise KitError(_("{tep}: hai xã trùng tên trong 'communes'.").format(tep=where))
    if not nfc(profile.province) or "{xa}" not in profile.agency:
        raise KitError(_("{tep}: cần tên tỉnh và 'agency' có chỗ {{xa}} (ví dụ \"UBND xã {{xa}}\").").format(tep=where))
    if old is not None and len(profile.communes) < len(old.communes):
        raise KitError(_("{tep}: bài học dùng {can} xã, hồ sơ mới chỉ có {co} xã.").format(
            tep=where, can=len(old.communes), co=len(profile.communes)))
    if old is not None and old.former_district and not nfc(profile.former_district):
        raise KitError(_("{tep}: bài học nói đến huyện cũ; hãy ghi 'former_district'.").format(tep=where))
    return profile


def written_for(course: CourseRoot) -> place.Profile:
    """The names the course's files are written for now (the kit's own when no record is kept)."""
    record = course.root / WRITTEN_FOR_FILE
    return _checked(_raw_profile(record), str(record), None) if record.is_file() else place.DEFAULT


def _record_text(profile: place.Profile) -> str | None:
    """What :data:`WRITTEN_FOR_FILE` says for ``profile`` (``None``: no file, the files follow the kit's names)."""
    if _names(profile) == _names(place.DEFAULT):
        return None
    data = {"province": {"code": profile.province_code, "name": profile.province},
            "former_district": profile.former_district, "communes": list(profile.communes), "agency": profile.agency}
    return _RECORD_NOTE + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _names(profile: place.Profile) -> tuple[object, ...]:
    return profile.province, profile.former_district, profile.communes, profile.agency


def _catalogue_text(text: str, old: place.Profile, new: place.Profile) -> str | None:
    """The catalogue with ``units: province:`` moved to the new province when it gave the old one's code."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"\s*units:\s*$", line)), None)
    if start is None:
        return None
    for index in range(start + 1, len(lines)):
        found = re.match(r"(\s+province:\s*)([\"']?)(.*?)\2(\s*)$", lines[index])
        if found is None:
            continue
        value = nfc(found[3])
        if value not in (str(old.province_code), nfc(old.province)):
            return None
        wanted = str(new.province_code) if value == str(old.province_code) else new.province
        lines[index] = f"{found[1]}{found[2]}{wanted}{found[2]}{found[4]}"
        changed = "".join(lines)
        return changed if changed != text else None
    return None


def plan(course: CourseRoot) -> tuple[dict[Path, str], _Rewriter, place.Profile]:
    """What ``localise`` would write (path → new text), without writing anything."""
    if not course.profile.is_file():
        raise KitError(_("Không có {tep}: hãy tạo hồ sơ địa phương cạnh catalogue.yml.").format(tep=course.profile))
    old = written_for(course)
    new = _checked(_raw_profile(course.profile), str(course.profile), old)
    try:
        mapping = place.table(old, new)
    except ValueError as exc:
        raise KitError(str(exc)) from exc
    rewriter = _Rewriter(mapping)
    changes = {path: text for path in course_files(course) if (text := _rewrite_file(path, rewriter)) is not None}
    if course.catalogue.is_file():
        catalogue = _catalogue_text(changes.get(course.catalogue) or course.catalogue.read_text(encoding="utf-8"),
                                    old, new)
        if catalogue is not None:
            changes[course.catalogue] = catalogue
    return changes, rewriter, new


def out_of_date(course: CourseRoot) -> list[str]:
    """One sentence when ``profile.yml`` names other places than the files are written for (``check`` says it)."""
    if not course.profile.is_file():
        return []
    try:
        old = written_for(course)
        mapping = place.table(old, _checked(_raw_profile(course.profile), str(course.profile), old))
    except (KitError, ValueError) as exc:
        return [str(exc)]
    if all(before == after for before, after in mapping.items()):
        return []
    return [_("{tep} nêu địa danh khác với bài học, bài tập; hãy chạy 'kynangso localise'.").format(
        tep=course.profile.name)]


def localise(*, course: CourseRoot, release: bool = True) -> Result:
    """Rewrite the course for ``profile.yml``; regenerate ``exercises/`` when something changed."""
    from kynangso.course import learner_versions

    changes, rewriter, new = plan(course)
    for path, text in changes.items():
        path.write_text(text, encoding="utf-8", newline="\n")
    record, wanted = course.root / WRITTEN_FOR_FILE, _record_text(new)
    if wanted is None:
        record.unlink(missing_ok=True)
    elif not record.is_file() or record.read_text(encoding="utf-8") != wanted:
        record.write_text(wanted, encoding="utf-8", newline="\n")
    stale = any(not learner_versions.profile_shipped(course, folder.name)
                for folder in course.solutions.iterdir() if folder.is_dir())
    released = learner_versions.generate(course) if release and (changes or stale) else []
    return Result(files=sorted(changes), occurrences=rewriter.occurrences, kept=rewriter.kept, released=len(released))


def copy_profile(course: CourseRoot, folder: Path) -> None:
    """Put the course's ``profile.yml`` in ``folder`` (or take a stale copy away when the course has none)."""
    if course.profile.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(course.profile, folder / course.profile.name)
    else:
        (folder / course.profile.name).unlink(missing_ok=True)


__all__ = ["KEEP_CLOSE", "KEEP_LINE", "KEEP_OPEN", "Result", "copy_profile", "course_files", "localise", "out_of_date",
           "plan", "written_for"]
