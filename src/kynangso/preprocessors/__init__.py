"""nbgrader preprocessors added by the kit (named in ``grading/nbgrader_config.py``)."""

from kynangso.preprocessors.guard_answers import GuardAnswers
from kynangso.preprocessors.hide_hidden_tests import HideHiddenTests

__all__ = ["GuardAnswers", "HideHiddenTests"]
