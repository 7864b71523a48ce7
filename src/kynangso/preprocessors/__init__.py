"""Old path of ``kynangso.grading.preprocessors``, kept for ``nbgrader_config.py`` files of classes set up before 0.2.

Those files name ``kynangso.preprocessors.HideHiddenTests`` and its siblings. To be removed once no class set up
with 0.1 is still in use (planned for 0.4).
"""

import sys

from kynangso.grading import preprocessors
from kynangso.grading.preprocessors import guard_answers, hide_hidden_tests, sandboxed_execute

sys.modules[__name__] = preprocessors
for _name, _module in (("guard_answers", guard_answers), ("hide_hidden_tests", hide_hidden_tests),
                       ("sandboxed_execute", sandboxed_execute)):
    sys.modules[f"{__name__}.{_name}"] = _module
