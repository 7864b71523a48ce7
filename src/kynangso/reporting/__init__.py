"""Reports for coordinators: tables per learner, unit, module and competence, in Excel and HTML, and certificates.

Owns reading scores out of a class gradebook (``gradebook``), the tables (``tables``), their Excel and HTML
forms (``xlsx``, ``html``), certificates (``certificates``) and the ``report`` verb. It may import ``course``,
``grading.status`` and the kit's top-level helpers; never ``widgets``, ``grading.isolation`` or ``delivery``.
"""
