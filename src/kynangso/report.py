"""Old path of ``kynangso.reporting.report``, kept for report notebooks (``grading/bao-cao.ipynb``) copied into
classes set up with 0.1. It is the same module object. To be removed in 0.4.
"""

import sys

from kynangso.reporting import report

sys.modules[__name__] = report
