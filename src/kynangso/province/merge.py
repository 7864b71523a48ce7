"""``kynangso merge``: verify the classes' archives and load them into the province gradebook, then report.

Every archive is checked before anything is loaded (signature, then each file's checksum); a changed byte refuses
that archive only, named in the message. A trainer seen for the first time is trusted and listed with the key's
fingerprint, for the coordinator to confirm on the phone; a known trainer with another key is refused unless the
coordinator accepts it by name (``accept_new_key``). Merging the same archive twice changes nothing; a newer export
of a class replaces its earlier one; an older one is left out.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import Connection, delete

from kynangso.course.learners import COLUMNS
from kynangso.errors import KitError
from kynangso.grading.scores import PENDING
from kynangso.i18n import _
from kynangso.province import archive as a
from kynangso.province import store as s
from kynangso.province.keys import fingerprint
from kynangso.province.people import People


@dataclass
class MergeResult:
    merged: list[str] = field(default_factory=list)        # archive names loaded
    replaced: list[str] = field(default_factory=list)      # of those, the ones that replaced an earlier export
    unchanged: list[str] = field(default_factory=list)     # merged before: nothing changed
    older: list[str] = field(default_factory=list)         # an older export of a class already merged
    refused: list[str] = field(default_factory=list)       # one Vietnamese message each, naming the file
    new_trainers: list[tuple[str, str]] = field(default_factory=list)   # (name, fingerprint)
    new_keys: list[tuple[str, str, str]] = field(default_factory=list)  # accepted: (name, old, new fingerprint)
    url: str = ""
    files: list[Path] = field(default_factory=list)        # the report's files


def _read_csv(archive: a.ClassArchive, name: str) -> pd.DataFrame:
    return pd.read_csv(a.text_of(archive, name), dtype=str, keep_default_na=False)


def _roster(archive: a.ClassArchive) -> pd.DataFrame:
    roster = _read_csv(archive, a.ROSTER)
    for column in COLUMNS:
        if column not in roster.columns:
            roster[column] = ""
    return roster


def _records(frame: pd.DataFrame, workshop: str, columns: Sequence[str]) -> list[dict[str, object]]:
    return frame[list(columns)].assign(workshop=workshop).to_dict("records")


def _trust(connection: Connection, archive: a.ClassArchive, accept: set[str], result: MergeResult) -> str:
    """"" when the archive's key may be used; otherwise the refusal."""
    known = s.Store.one(connection, s.trainers, trainer=archive.trainer)
    key = base64.b64encode(archive.public_key).decode("ascii")
    name, new_print = str(archive.manifest.get("trainer_name", archive.trainer)), fingerprint(archive.public_key)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if known is None:
        s.Store.insert(connection, s.trainers, [{"trainer": archive.trainer, "name": name, "public_key": key,
                                                 "fingerprint": new_print, "first_seen": now}])
        result.new_trainers.append((name, new_print))
        return ""
    if known["public_key"] == key:
        return ""
    if archive.trainer not in accept:
        return _("Không nhập tệp '{tep}': giảng viên {ten} đã gửi trước đây với khóa {cu}, nay là khóa khác {moi}. "
                 "Hãy gọi điện hỏi giảng viên (máy mới? cài lại?) và đọc dấu vân tay; nếu đúng, chạy lại với "
                 "--accept-new-key {ma}.").format(tep=archive.path.name, ten=name, cu=known["fingerprint"],
                                                  moi=new_print, ma=archive.trainer)
    connection.execute(s.trainers.update().where(s.trainers.c.trainer == archive.trainer).values(
        public_key=key, fingerprint=new_print, name=name))
    result.new_keys.append((name, str(known["fingerprint"]), new_print))
    return ""


def _load(connection: Connection, archive: a.ClassArchive, found: People) -> None:
    workshop, manifest = archive.workshop, archive.manifest
    s.Store.drop_class(connection, workshop)
    connection.execute(delete(s.workshops).where(s.workshops.c.workshop == workshop))
    roster = _roster(archive)
    matched = found.match(roster, set())
    s.Store.insert(connection, s.people, found.added)
    found.added.clear()
    s.Store.insert(connection, s.members, [
        {"workshop": workshop, "learner": learner, "person": person, "matched": how}
        for learner, (person, how) in zip(roster["ma_hoc_vien"], matched, strict=True)])
    grades = _read_csv(archive, a.GRADES)
    grades[["score", "max_score"]] = grades[["score", "max_score"]].astype(float)
    # Archives from before hand grading was tracked have no such column: nothing waits.
    grades[PENDING] = grades[PENDING].isin(["True", "1"]) if PENDING in grades.columns else False
    s.Store.insert(connection, s.grades, _records(grades, workshop, ["learner", "assignment", "grade_id", "score",
                                                                      "max_score", PENDING]))
    subs = _read_csv(archive, a.SUBMISSIONS)
    subs["penalty"] = subs["penalty"].astype(float)
    for flag in ("late", "has_due"):
        subs[flag] = subs[flag] == "True"
    s.Store.insert(connection, s.submissions, _records(subs, workshop, ["learner", "assignment", "late", "penalty",
                                                                         "has_due", "submitted"]))
    outcomes = json.loads(archive.files.get(a.STATUS, b"[]").decode("utf-8"))
    s.Store.insert(connection, s.status, [
        {"workshop": workshop, "learner": o["learner"], "assignment": o["assignment"], "ok": bool(o["ok"]),
         "reason": o.get("reason", ""), "flags": o.get("flags", "")} for o in outcomes])
    version = str(manifest["catalogue_version"])
    if s.Store.one(connection, s.catalogues, version=version) is None:
        s.Store.insert(connection, s.catalogues, [{"version": version, "course_id": manifest.get("course_id", ""),
                                                   "text": archive.files[a.CATALOGUE].decode("utf-8")}])
    now = datetime.now(UTC).isoformat(timespec="seconds")
    s.Store.insert(connection, s.workshops, [{
        "workshop": workshop, "trainer": archive.trainer, "label": manifest.get("label", ""), "digest": archive.digest,
        "exported_at": manifest["exported_at"], "course_id": manifest.get("course_id", ""),
        "catalogue_version": version, "archive_name": archive.path.name, "merged_at": now}])
    s.Store.insert(connection, s.archives, [{"digest": archive.digest, "workshop": workshop,
                                             "archive_name": archive.path.name, "merged_at": now}])


def merge_archives(store: s.Store, paths: Iterable[Path], accept_new_key: Iterable[str] = ()) -> MergeResult:
    """Verify and load every archive (each in its own transaction); what happened to each is in the result."""
    result = MergeResult(url=s.shown_url(store.url))
    accept = set(accept_new_key)
    found = People.from_frames(store.frame(s.people), store.frame(s.members))
    for path in paths:
        try:
            archive = a.read_archive(path)
        except KitError as exc:
            result.refused.append(str(exc))
            continue
        with store.engine.begin() as connection:
            if s.Store.one(connection, s.archives, digest=archive.digest):
                result.unchanged.append(path.name)
                continue
            earlier = s.Store.one(connection, s.workshops, workshop=archive.workshop)
            if earlier and str(earlier["exported_at"]) >= str(archive.manifest["exported_at"]):
                result.older.append(path.name)
                continue
            refusal = _trust(connection, archive, accept, result)
            if refusal:
                result.refused.append(refusal)
                continue
            if earlier:
                found = _forget(found, store, connection, archive.workshop)
                result.replaced.append(path.name)
            _load(connection, archive, found)
            result.merged.append(path.name)
    return result


def _forget(found: People, store: s.Store, connection: Connection, workshop: str) -> People:
    """The people index without the memberships of a class about to be replaced."""
    memberships = store.frame(s.members, connection)
    return People.from_frames(store.frame(s.people, connection), memberships[memberships["workshop"] != workshop])


def merge(*, archives: Sequence[Path], into: str | Path | None = None, accept_new_key: Iterable[str] = (),
          out: Path | None = None, areas: Path | None = None, formats: str = "xlsx,html,csv",
          report: bool = True) -> MergeResult:
    """Merge ``archives`` into the province gradebook and (unless ``report`` is false) write the province report."""
    store = s.open_store(into)
    try:
        result = merge_archives(store, archives, accept_new_key)
        if report:
            from kynangso.province.output import write_report

            target = out or (Path(store.url.removeprefix("sqlite:///")).parent if store.url.startswith("sqlite")
                             else Path.cwd()) / "bao-cao-tinh"
            result.files = write_report(store, target, formats=formats, areas=areas)
    finally:
        store.close()
    return result


__all__ = ["MergeResult", "merge", "merge_archives"]
