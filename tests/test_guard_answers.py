"""Answer cells that reach into the grading are recognised; every answer of the course's own solutions is not."""

from __future__ import annotations

import pytest

from kynangso.course import notebooks
from kynangso.grading.preprocessors.guard_answers import tampering
from kynangso.paths import CourseRoot

ATTACKS = {
    "replace the check": "import kynangso.learner.selfcheck\nkynangso.learner.selfcheck.yeu_cau = lambda *a: None\n",
    "rebind the check": "def yeu_cau(*a):\n    pass",
    "patch a builtin": "import builtins\nbuiltins.isinstance = lambda *a: True",
    "builtins by name": "__builtins__.len = lambda x: 3",
    "hook IPython": "get_ipython().input_transformers_post.append(lambda lines: ['pass\\n'])",
    "sys.modules": "import sys\nsys.modules['kynangso.learner.selfcheck'].yeu_cau = print",
    "dynamic import": "m = __import__('kynangso.learner.selfcheck')",
    "computed import": "m = __import__('kyn' + 'angso')",
    "importlib": "import importlib\nimportlib.import_module('kynangso')",
    "the kit's checks by import": "from kynangso.learner import selfcheck",
    "the kit's checks through a widget import": "import kynangso.widgets\nkynangso.learner.selfcheck.yeu_cau = print",
    "always-equal object": "class A(str):\n    def __eq__(self, other):\n        return True\nx = A('sai')",
    "always-equal by type()": "x = type('A', (str,), {'__eq__': lambda s, o: True})('sai')",
    "patch a module function": "import unicodedata\nunicodedata.normalize = lambda f, s: 'dung'",
    "patch via alias": "u = unicodedata\nu.normalize = len",
    "patch a module got through __import__": "u = __import__('unicodedata')\nu.normalize = len",
    "change a table the tests read": "ho_so.columns = ['a', 'b']",
    "reach frames": "import traceback\nx = traceback.sys._getframe().f_back",
    "eval": "x = eval('1 + 1')",
    "shadow a module file": "open('kynangso.py', 'w').write('')",
    "dunder walk": "x = ().__class__.__base__.__subclasses__()",
    "getattr": "getattr(__import__('os'), 'system')('true')",
}


@pytest.mark.parametrize("code", ATTACKS.values(), ids=ATTACKS.keys())
def test_tampering_is_recognised(code: str) -> None:
    assert tampering(code)


HONEST = {
    "text": 'so_ky_hieu = (\n    "07/QĐ-UBND"\n)',
    "number": "le_trai_mm = 30",
    "list": 'thu_tu = ["B", "A", "C"]',
    "pandas": 'so_tre = int((bang["tinh_trang"] == "Trễ hẹn").sum())',
    "renaming the columns of a table the cell made": 'df = ho_so.copy()\ndf.columns = ["a", "b"]\nso = len(df)',
    "function call": "ty_le = round(12 / 40 * 100, 1)",
    "os and subprocess are the sandbox's business": "import os\nx = os.getcwd()",
    "the kit's question widgets": "from kynangso.widgets import NumberAnswer\ncau_4 = NumberAnswer(30)",
    "the kit's self-check": "from kynangso.learner.checks import kiem_tra\nkiem_tra(1)",
    "syntax error fails on its own": 'x = "chưa đóng ngoặc',
}


@pytest.mark.parametrize("code", HONEST.values(), ids=HONEST.keys())
def test_honest_answers_are_left_alone(code: str) -> None:
    assert tampering(code) == []


def test_no_answer_of_the_course_solutions_is_taken_for_tampering(course: CourseRoot) -> None:
    answers = [cell.source for path in sorted(course.solutions.glob("*/*.ipynb"))
               for cell in notebooks.read(path).cells
               if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution")]
    assert len(answers) > 30
    assert [code for code in answers if tampering(code)] == []
