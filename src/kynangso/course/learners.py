"""``kynangso roster import``: the list of learners, with stable ASCII ids and checked units.

The roster is kept in ``grading/roster.csv`` (UTF-8 with BOM, so Excel shows Vietnamese correctly).
An import is all-or-nothing: every problem row is reported with its line number and nothing is written.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from pathlib import Path

import pandas as pd

from kynangso.course.catalogue import UnitSetting, load_catalogue
from kynangso.course.unit_list import UnitLookup
from kynangso.errors import KitError
from kynangso.i18n import N_, _
from kynangso.paths import CourseRoot
from kynangso.text import fold, nfc, slug

# Internal column → headers accepted in a trainer's file (compared without diacritics or case).
HEADERS = {  # nội dung: the column names of the trainer's Excel file
    "ho_ten": ("họ và tên", "họ tên", "ho_ten", "name", "full name"),
    "don_vi": ("đơn vị", "don_vi", "xã", "unit"),
    "chuc_vu": ("chức vụ", "chuc_vu", "position"),
    "nam_sinh": ("năm sinh", "nam_sinh", "birth year"),
    "email": ("email", "thư điện tử"),
    "dien_thoai": ("điện thoại", "số điện thoại", "dien_thoai", "phone"),
}
ID_COLUMN = "ma_hoc_vien"
ID_HEADERS = ("mã học viên", "ma_hoc_vien", "mã", "id", "student id", "username")  # nội dung: an id column, optional
COLUMNS = (ID_COLUMN, *HEADERS)


@dataclass(frozen=True)
class Learner:
    """One learner; the fields follow the roster file's columns (``COLUMNS``) in order."""

    id: str
    name: str
    unit: str
    position: str = ""
    birth_year: str = ""
    email: str = ""
    phone: str = ""


SAVE_AS_UTF8 = N_("Trong Excel hãy chọn Tệp > Lưu thành > 'CSV UTF-8 (Comma delimited)' rồi nhập lại.")


def _decode(path: Path) -> str:
    """The text of a CSV file saved as UTF-8; a clear message for the other encodings Excel offers."""
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in raw[:4096]:
        raise KitError(_("Tệp '{ten}' được lưu dạng 'Unicode Text' (UTF-16), chưa đọc được. {cach_sua}").format(
            ten=path.name, cach_sua=_(SAVE_AS_UTF8)))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            raw.decode("cp1258")
        except UnicodeDecodeError:
            raise KitError(_("Tệp '{ten}' không phải văn bản mã UTF-8. {cach_sua}").format(
                ten=path.name, cach_sua=_(SAVE_AS_UTF8))) from exc
        raise KitError(_("Tệp '{ten}' được lưu bằng bảng mã Windows (cp1258/ANSI), nên dấu tiếng Việt sẽ bị sai. "
                         "{cach_sua}").format(ten=path.name, cach_sua=_(SAVE_AS_UTF8))) from exc


def _delimiter(text: str) -> str:
    """Excel writes ';' instead of ',' where the decimal mark is a comma (Vietnamese regional settings)."""
    header = text.splitlines()[0] if text else ""
    return max((",", ";", "\t"), key=header.count)


def read_table(path: Path) -> pd.DataFrame:
    """Read a CSV (UTF-8, with or without BOM; comma, semicolon or tab) or xlsx file as text."""
    if not path.is_file():
        raise KitError(_("Không tìm thấy tệp danh sách học viên '{path}'.").format(path=path))
    try:
        if path.suffix.lower() in {".xlsx", ".xlsm"}:
            return pd.read_excel(path, dtype=str).fillna("")
        text = _decode(path)
        return pd.read_csv(io.StringIO(text), dtype=str, sep=_delimiter(text), keep_default_na=False)
    except KitError:
        raise
    except Exception as exc:
        raise KitError(_("Không đọc được tệp '{ten}': {loi}").format(ten=path.name, loi=exc)) from exc


def _rename(frame: pd.DataFrame) -> pd.DataFrame:
    wanted = {fold(alias): column for column, aliases in HEADERS.items() for alias in aliases}
    wanted.update({fold(alias): ID_COLUMN for alias in ID_HEADERS})
    mapping = {c: wanted[fold(str(c))] for c in frame.columns if fold(str(c)) in wanted}
    frame = frame.rename(columns=mapping)
    for column in ("ho_ten", "don_vi"):
        if column not in frame.columns:
            raise KitError(_("Tệp danh sách thiếu cột '{cot}'. Các cột đang có: {cac_cot}.").format(
                cot=HEADERS[column][0], cac_cot=list(frame.columns)))
    return frame


def _given_id(row: pd.Series, line: int, key: tuple[str, str], known: dict[tuple[str, str], str],
              taken: set[str]) -> tuple[str, str]:
    """``(id, problem)`` from the roster's own id column: a slug, not another person's."""
    given = str(row.get(ID_COLUMN, "")).strip()
    if not given:
        return "", ""
    if slug(given) != given:
        return "", _("Dòng {line}: mã '{ma}' không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví "
                     "dụ {goi_y}).").format(line=line, ma=given, goi_y=slug(given) or "lo-thi-hoa")
    if given in taken and known.get(key) != given:
        return "", _("Dòng {line}: mã '{ma}' đã là mã của một học viên khác.").format(line=line, ma=given)
    return given, ""


def parse_roster(frame: pd.DataFrame, existing: Sequence[Learner] = (),
                 units: UnitLookup | None = None) -> tuple[list[Learner], list[str]]:
    """Check every row; return the learners (keeping ids of learners already known) and the problems.

    ``units`` says which units are accepted (the course settings); by default the communes of the whole country.
    """
    units = units or UnitLookup(UnitSetting(), Path("."))
    frame = _rename(frame)
    known = {(fold(x.name), x.unit): x.id for x in existing}
    taken = set(known.values())
    learners: list[Learner] = []
    problems: list[str] = []
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    for index, row in frame.iterrows():
        line = int(str(index)) + 2  # header is line 1
        name = " ".join(nfc(str(row.get("ho_ten", ""))).split())
        typed_unit = nfc(str(row.get("don_vi", "")))
        if not name and not typed_unit:
            continue
        if not name:
            problems.append(_("Dòng {line}: thiếu họ và tên.").format(line=line))
            continue
        unit = units.find(typed_unit)
        if unit is None:
            hint = units.closest(typed_unit)
            problems.append((_("Dòng {line}: đơn vị '{don_vi}' không có trong {danh_sach} — có phải '{hint}'?")
                             if hint else _("Dòng {line}: đơn vị '{don_vi}' không có trong {danh_sach}."))
                            .format(line=line, don_vi=typed_unit, hint=hint, danh_sach=units.where()))
            continue
        key = (fold(name), unit)
        if key in seen:
            first_line, first_name = seen[key]
            problems.append((_("Dòng {line}: '{name}' ({unit}) trùng ở dòng {first_line}. Nếu là hai người khác "
                               "nhau, hãy ghi thêm tên đệm để phân biệt.") if name == first_name else
                             _("Dòng {line}: '{name}' ({unit}) gần trùng (chỉ khác dấu) với '{first_name}' ở dòng "
                               "{first_line}. Nếu là hai người khác nhau, hãy ghi thêm tên đệm để phân biệt."))
                            .format(line=line, name=name, unit=unit, first_name=first_name, first_line=first_line))
            continue
        seen[key] = (line, name)
        birth = str(row.get("nam_sinh", "")).strip()
        if birth and not (birth.isdigit() and 1940 <= int(birth) <= 2010):
            problems.append(_("Dòng {line}: năm sinh '{birth}' không hợp lệ (cần 4 chữ số, ví dụ 1978).").format(
                line=line, birth=birth))
            continue
        problem = _contact_problem(str(row.get("email", "")).strip(), str(row.get("dien_thoai", "")).strip())
        given, id_problem = _given_id(row, line, key, known, taken)
        if problem or id_problem:
            problems.append(id_problem or _("Dòng {line}: {problem}").format(line=line, problem=problem))
            continue
        learner_id = given or known.get(key) or _new_id(name, taken)
        taken.add(learner_id)
        learners.append(Learner(learner_id, name, unit, *(nfc(str(row.get(c, ""))) for c in COLUMNS[3:])))
    return learners, problems


def _contact_problem(email: str, phone: str) -> str:
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        return _("thư điện tử '{email}' không hợp lệ (ví dụ: ten@nghean.gov.vn).").format(email=email)
    digits = re.sub(r"[\s.\-()]", "", phone)
    if phone and not re.fullmatch(r"(\+84|0)\d{8,10}", digits):
        return _("số điện thoại '{phone}' không hợp lệ (ví dụ: 0912 345 678).").format(phone=phone)
    return ""


def _new_id(name: str, taken: set[str]) -> str:
    base = slug(name) or "hoc-vien"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def load_roster(course: CourseRoot) -> list[Learner]:
    if not course.roster.is_file():
        return []
    frame = pd.read_csv(course.roster, dtype=str, encoding="utf-8-sig", keep_default_na=False)
    for column in COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    return [Learner(*row) for row in frame[list(COLUMNS)].itertuples(index=False, name=None)]


def save_roster(course: CourseRoot, learners: list[Learner]) -> None:
    course.grading.mkdir(parents=True, exist_ok=True)
    frame = pd.DataFrame([astuple(x) for x in learners], columns=list(COLUMNS))
    frame.to_csv(course.roster, index=False, encoding="utf-8-sig")


def sync_gradebook(course: CourseRoot, learners: list[Learner]) -> None:
    """Put every learner in nbgrader's gradebook with the real name (family name + given names)."""
    from kynangso.grading import (
        nbgrader_adapter,  # nbgrader is slow to load; reading the roster (reports) does not need it
    )

    with nbgrader_adapter.gradebook(course) as gb:
        for learner in learners:
            family, _space, given = learner.name.partition(" ")
            gb.update_or_create_student(learner.id, last_name=family, first_name=given, email=learner.email or None)


def import_roster(*, course: CourseRoot, file: Path) -> list[Learner]:
    """Import a roster file; all-or-nothing, raising one error that lists every problem row."""
    existing = load_roster(course)
    catalogue = load_catalogue(course.catalogue)
    units = UnitLookup(catalogue.units, course.catalogue.parent)
    learners, problems = parse_roster(read_table(file), existing, units)
    if problems:
        raise KitError(_("Chưa nhập danh sách vì có lỗi (sửa tệp rồi nhập lại):\n- {loi}").format(
            loi="\n- ".join(problems)))
    if not learners:
        raise KitError(_("Tệp '{ten}' không có học viên nào.").format(ten=file.name))
    merged = {x.id: x for x in existing}
    merged.update({x.id: x for x in learners})
    save_roster(course, list(merged.values()))
    sync_gradebook(course, list(merged.values()))
    return learners


__all__ = ["COLUMNS", "Learner", "import_roster", "load_roster", "parse_roster", "read_table", "save_roster"]
