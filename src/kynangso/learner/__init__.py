"""The learner's notebook API: what lessons and graded test cells import, loaded inside the learner's kernel.

Owns reading and saving widget answers (``tra_loi``), the visible checks that speak Vietnamese (``yeu_cau``,
``kiem_tra``) and the kernel extension that turns Python errors into one Vietnamese line. It must stay small,
stable and light: it may import only the standard library, ``kynangso.i18n`` and ``kynangso.text`` at load time
(``ipywidgets`` and ``comm`` only inside the functions that need them) — never nbgrader, nbconvert, pandas or any
other package of the kit. Test cells stored in gradebooks call these names, so they keep their meaning.
"""

from kynangso.learner.answers import tra_loi
from kynangso.learner.checks import kiem_tra
from kynangso.learner.selfcheck import ChuaDat, friendly_error, yeu_cau

__all__ = ["ChuaDat", "friendly_error", "kiem_tra", "tra_loi", "yeu_cau"]
