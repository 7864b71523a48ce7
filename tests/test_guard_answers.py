"""Answer cells are judged by what their code does to the grading, never by how it is spelled."""

from __future__ import annotations

import pytest

from kynangso.course import notebooks
from kynangso.grading.answer_audit import audit
from kynangso.paths import CourseRoot

ATTACKS = {
    "replace the check": "import kynangso.learner.selfcheck\nkynangso.learner.selfcheck.yeu_cau = lambda *a: None\n",
    "rebind the check": "def yeu_cau(*a):\n    pass",
    "delete the check": "del yeu_cau",
    "patch a builtin": "import builtins\nbuiltins.isinstance = lambda *a: True",
    "builtins by name": "__builtins__.len = lambda x: 3",
    "a builtin name made into a function": "abs = lambda x: 0",
    "hook IPython": "get_ipython().input_transformers_post.append(lambda lines: ['pass\\n'])",
    "IPython events": "get_ipython().events.register('pre_run_cell', print)",
    "sys.modules": "import sys\nsys.modules['kynangso.learner.selfcheck'].yeu_cau = print",
    "sys.modules replaced": "import sys\nsys.modules.update({'kynangso.learner.selfcheck': None})",
    "computed import": "m = __import__('kyn' + 'angso')",
    "the kit's grading by import": "from kynangso.grading import grade",
    "the kit's checks through a widget import": "import kynangso.widgets\nkynangso.learner.selfcheck.yeu_cau = print",
    "always-equal object": "class A(str):\n    def __eq__(self, other):\n        return True\nx = A('sai')",
    "always-true object": "class A:\n    __bool__ = lambda self: True\nx = A()",
    "always-equal by type()": "x = type('A', (str,), {'__eq__': lambda s, o: True})('sai')",
    "patch a module function": "import unicodedata\nunicodedata.normalize = lambda f, s: 'dung'",
    "patch via alias": "u = unicodedata\nu.normalize = len",
    "patch a module got through __import__": "u = __import__('unicodedata')\nu.normalize = len",
    "change a table the tests read": "ho_so.columns = ['a', 'b']",
    "reach frames": "import traceback\nx = traceback.sys._getframe().f_back",
    "every live object": "import gc\nx = gc.get_objects()",
    "memory poking": "import ctypes",
    "dunder walk": "x = ().__class__.__base__.__subclasses__()",
    "globals() written": "globals()['yeu_cau'] = print",
    "computed setattr": "import sys\nsetattr(sys.modules['kynangso.learner.selfcheck'], 'yeu_' + 'cau', print)",
    "exec of a plain string is read": "exec('yeu_cau = print')",
    "exec of a computed string": "exec('yeu' + '_cau = print')",
    "trace hook": "import sys\nsys.settrace(lambda *a: None)",
}


@pytest.mark.parametrize("code", ATTACKS.values(), ids=ATTACKS.keys())
def test_tampering_is_recognised(code: str) -> None:
    assert audit(code)


# One attack (make every visible and hidden check pass), written three ways: by name, through the module table with
# split strings, through exec of a computed string. Each is recognised by what it does.
SAME_ATTACK = (
    "yeu_cau = lambda *args, **kwargs: None",
    "import sys\nm = sys.modules['kynangso.learner.' + 'selfcheck']\nsetattr(m, 'yeu' + '_cau', lambda *a, **k: None)",
    "ten = 'yeu' + '_' + 'cau'\nexec(ten + ' = lambda *a, **k: None')",
)


@pytest.mark.parametrize("code", SAME_ATTACK)
def test_the_same_attack_written_three_ways_is_recognised(code: str) -> None:
    assert audit(code)


HONEST = {
    "text": 'so_ky_hieu = (\n    "07/QĐ-UBND"\n)',
    "number": "le_trai_mm = 30",
    "list": 'thu_tu = ["B", "A", "C"]',
    "pandas": 'so_tre = int((bang["tinh_trang"] == "Trễ hẹn").sum())',
    "renaming the columns of a table the cell made": 'df = ho_so.copy()\ndf.columns = ["a", "b"]\nso = len(df)',
    "function call": "ty_le = round(12 / 40 * 100, 1)",
    "os and subprocess are the sandbox's business": "import os\nx = os.getcwd()",
    "a file name that ends in .py": 'ten_tep = "bao_cao.py"\nopen(ten_tep, "w").write("x = 1")',
    "a dunder read": 'if __name__ == "__main__":\n    loai = type(1).__name__',
    "a dunder string": 'x = "__init__"',
    "eval of a plain expression": "x = eval('1 + 1')",
    "importing the learner API by any path": "from kynangso.learner import selfcheck\nimport kynangso.answers",
    "a literal __import__": "m = __import__('kynangso.learner.selfcheck')",
    "importlib with a plain name": "import importlib\nm = importlib.import_module('statistics')",
    "a bad variable name is not an attack": "sum = 0\nfor x in [1, 2]:\n    sum += x",
    "the kit's question widgets": "from kynangso.widgets import NumberAnswer\ncau_4 = NumberAnswer(30)",
    "the kit's self-check": "from kynangso.learner.checks import kiem_tra\nkiem_tra(1)",
    "setattr on an object the cell made": "class Ho:\n    pass\nh = Ho()\nsetattr(h, 'ten', 'A')",
    "syntax error fails on its own": 'x = "chưa đóng ngoặc',
}


@pytest.mark.parametrize("code", HONEST.values(), ids=HONEST.keys())
def test_honest_answers_are_left_alone(code: str) -> None:
    assert audit(code) == []


def test_an_object_made_in_an_earlier_answer_may_be_changed() -> None:
    assert audit("bang.columns = ['a', 'b']") != []
    assert audit("bang.columns = ['a', 'b']", made={"bang"}) == []


def test_a_module_imported_by_another_cell_may_not_be_patched() -> None:
    assert audit("np.sum = len", modules={"np"}, made={"np"}) != []


def test_no_answer_of_the_course_solutions_is_taken_for_tampering(course: CourseRoot) -> None:
    answers = [cell.source for path in sorted(course.solutions.glob("*/*.ipynb"))
               for cell in notebooks.read(path).cells
               if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution")]
    assert len(answers) > 30
    assert [code for code in answers if audit(code)] == []


def test_unpacking_is_read_pair_by_pair() -> None:
    assert audit("print, len = str, abs") == ["print", "len"]
    assert audit("min, max = 1, 5\nthap, cao = sorted([3, 1])[:2]") == []
