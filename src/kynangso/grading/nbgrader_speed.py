"""Less work around nbgrader per submission, with the same results.

Measured with cProfile on one learner's submissions of every exercise (``grade(..., workers=1)``), nbgrader's own
work around one submission is mostly this:

- it opens the gradebook about ten times; each opening creates a database engine, checks every table and
  commits (a disk sync for SQLite);
- it saves each graded cell's score and comment in its own transaction (two disk syncs per cell);
- it checks each cell's metadata against its JSON schema, checking the schema itself again every time.

:func:`lighter` keeps, for one grading worker, one engine per gradebook (the tables and the course row are
checked at the first opening, as nbgrader does) and validators built once per schema; :class:`SaveGradesAtOnce`
writes a notebook's grades in one transaction. Scores, comments and flags written are the same.
"""

from __future__ import annotations

import typing as t
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

import jsonschema
from nbconvert.exporters.exporter import ResourcesDict
from nbformat import NotebookNode
from nbgrader import api
from nbgrader.nbgraderformat import common
from nbgrader.preprocessors import SaveAutoGrades
from sqlalchemy.orm import scoped_session, sessionmaker

_validators: dict[int, t.Any] = {}


def _validate(instance: t.Any, schema: dict[str, t.Any]) -> None:
    """``jsonschema.validate`` without checking the (nbgrader's own, fixed) schema on every call."""
    validator = _validators.get(id(schema))
    if validator is None:
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        validator = _validators[id(schema)] = (cls(schema), schema)  # the schema kept alive: its id stays its own
    error = jsonschema.exceptions.best_match(validator[0].iter_errors(instance))
    if error is not None:
        raise error


@contextmanager
def lighter() -> Iterator[None]:
    """While inside: gradebook engines are reused and metadata schemas built once (in this process)."""
    engines: dict[tuple[str, str], t.Any] = {}
    opened = api.Gradebook.__init__
    close = api.Gradebook.close

    def open_once(self: api.Gradebook, db_url: str, course_id: str = "default_course",
                  authenticator: t.Any = None) -> None:
        engine = engines.get((db_url, course_id))
        if engine is None:
            opened(self, db_url, course_id, authenticator)  # creates missing tables and the course row
            engines[(db_url, course_id)] = self.engine
            return
        self.engine = engine
        self.db = scoped_session(sessionmaker(autoflush=True, bind=engine, future=True))
        self.course_id, self.authenticator = course_id, authenticator

    def close_session(self: api.Gradebook) -> None:
        self.db.remove()  # the engine, and its connection, stay for the next opening

    setattr(api.Gradebook, "__init__", open_once)  # noqa: B010 (replaced for the worker's batch only)
    setattr(api.Gradebook, "close", close_session)  # noqa: B010
    schemas = common.jsonschema
    common.jsonschema = SimpleNamespace(validate=_validate)
    try:
        yield
    finally:
        setattr(api.Gradebook, "__init__", opened)  # noqa: B010
        setattr(api.Gradebook, "close", close)  # noqa: B010
        common.jsonschema = schemas
        for engine in engines.values():
            engine.dispose()


class SaveGradesAtOnce(SaveAutoGrades):
    """nbgrader's SaveAutoGrades, writing one notebook's scores and comments in a single transaction."""

    def preprocess(self, nb: NotebookNode, resources: ResourcesDict) -> tuple[NotebookNode, ResourcesDict]:
        self.notebook_id = resources["nbgrader"]["notebook"]
        self.assignment_id = resources["nbgrader"]["assignment"]
        self.student_id = resources["nbgrader"]["student"]
        self.db_url = resources["nbgrader"]["db_url"]
        self.gradebook = api.Gradebook(self.db_url)
        with self.gradebook:
            session = self.gradebook.db()
            session.commit = session.flush  # each cell's write: sent, not committed
            try:
                nb, resources = super(SaveAutoGrades, self).preprocess(nb, resources)
            finally:
                del session.commit
            session.commit()
        return nb, resources


__all__ = ["SaveGradesAtOnce", "lighter"]
