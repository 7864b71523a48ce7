"""Reading a notebook no longer builds the RFC 3987 parsers; jsonschema's ``iri`` checks answer as before."""

from __future__ import annotations

import json
import subprocess
import sys

SAMPLES = ["http://ví-dụ.vn/trang?a=1", "https://dichvucong.gov.vn/p/home", "có dấu cách", "/tuong-doi", "", "::"]
CHECK = f"""
import json, sys, jsonschema
checker = jsonschema.Draft7Validator.FORMAT_CHECKER
answers = [[checker.conforms(s, kind) for kind in ("iri", "iri-reference")] for s in {SAMPLES!r}]
print(json.dumps(answers))
"""


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_reading_a_notebook_does_not_build_the_parsers() -> None:
    code = "import kynangso, nbformat, nbgrader.api, sys; print('lark' in sys.modules)"
    assert _python(code).strip() == "False"
    assert _python("import nbformat, sys; print('lark' in sys.modules)").strip() == "True"  # what it saves


def test_iri_checks_answer_as_without_the_stand_in() -> None:
    with_kit = json.loads(_python("import kynangso\n" + CHECK))
    without = json.loads(_python(CHECK))
    assert with_kit == without
    assert [True, True] in with_kit and [False, False] in with_kit  # the samples do tell right from wrong


def test_every_name_of_the_package_is_reachable() -> None:
    code = ("import kynangso, rfc3987_syntax as r, sys\n"
            "print(r.is_valid_syntax_iri('http://a.vn'), r.parse('iri', 'http://a.vn').data, 'lark' in sys.modules)")
    assert _python(code).split() == ["True", "iri", "True"]
