"""Old path of ``kynangso.learner.selfcheck`` (the visible checks), kept for gradebooks made before 0.2.

Test cells stored in those gradebooks import this path. It is the same module object, not a copy, so
patching either name patches both. To be removed in 0.4, once no class graded with 0.1 is still being graded.
"""

import sys

from kynangso.learner import selfcheck

sys.modules[__name__] = selfcheck
