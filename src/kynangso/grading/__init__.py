"""Grading: from handed-in files to scores and feedback, through nbgrader.

Owns collecting submissions from any channel (``collect``, ``safezip``, ``exchange``), grading them
(``grade``, ``status``, ``incidents``, ``tamper``, the ``preprocessors`` named in ``nbgrader_config.py``),
scores read back from the gradebook (``scores``), feedback (``feedback`` and the
``learner_pages`` it writes) and the one place that talks to nbgrader's API and gradebook (``nbgrader_adapter``).
Running untrusted learner code is the ``isolation`` subpackage's job. It may import ``course``, ``learner`` and
the kit's top-level helpers; never ``reporting``, ``delivery`` or ``widgets``.
"""
