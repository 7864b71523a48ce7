"""Reports for coordinators: tables per learner, unit, module and competence, in Excel and HTML, and certificates.

Owns the tables (``tables``), their Excel and HTML forms (``xlsx``, ``html``), certificates (``certificates``)
and the ``report`` verb; the scores come from ``grading.scores``. It may import ``course``, ``grading.scores``,
``grading.status`` and the kit's top-level helpers; never ``widgets``, ``grading.isolation`` or ``delivery``.
"""
