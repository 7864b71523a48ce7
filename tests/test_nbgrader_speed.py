"""Lighter nbgrader: one engine per gradebook while grading, the same validation errors, nothing left changed after."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
from nbgrader import api
from nbgrader.nbgraderformat import common
from nbgrader.nbgraderformat.v3 import MetadataValidatorV3

from kynangso.grading import nbgrader_speed


def test_gradebook_openings_share_one_engine_only_while_grading(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    opening, closing = api.Gradebook.__init__, api.Gradebook.close
    with nbgrader_speed.lighter():
        with api.Gradebook(url, "kynangso") as first:
            first.add_student("lo-thi-hoa")
        with api.Gradebook(url, "kynangso") as second:
            assert second.engine is first.engine
            assert [s.id for s in second.students] == ["lo-thi-hoa"]
    assert (api.Gradebook.__init__, api.Gradebook.close, common.jsonschema) == (opening, closing, jsonschema)
    with api.Gradebook(url, "kynangso") as third, api.Gradebook(url, "kynangso") as fourth:
        assert third.engine is not fourth.engine  # nbgrader's own behaviour again
        assert [s.id for s in fourth.students] == ["lo-thi-hoa"]


def test_metadata_errors_are_the_ones_nbgrader_raises() -> None:
    schema = MetadataValidatorV3().schema
    wrong = {"grade": "yes", "solution": False, "locked": True, "grade_id": "cau_1", "schema_version": 3}
    with pytest.raises(jsonschema.ValidationError) as theirs:
        jsonschema.validate(wrong, schema)
    with pytest.raises(jsonschema.ValidationError) as ours:
        nbgrader_speed._validate(wrong, schema)
    assert ours.value.message == theirs.value.message and list(ours.value.path) == list(theirs.value.path)
    nbgrader_speed._validate({**wrong, "grade": False}, schema)  # a valid cell passes
