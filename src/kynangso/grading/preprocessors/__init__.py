"""nbgrader preprocessors added by the kit (named in ``grading/nbgrader_config.py``)."""

from kynangso.grading.preprocessors.guard_answers import GuardAnswers
from kynangso.grading.preprocessors.hide_hidden_tests import HideHiddenTests

__all__ = ["GuardAnswers", "HideHiddenTests"]
