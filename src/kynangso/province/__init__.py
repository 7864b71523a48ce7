"""The province view: many workshops, each graded on its own trainer laptop, merged into one coordinator report.

Owns the class archive a trainer sends (``archive``: zip, manifest with checksums, Ed25519 signature), the trainer's
signing key (``keys``), the province gradebook that remembers workshops, people and trainers' keys (``store``),
the province tables built on ``reporting.tables`` (``tables``) and their files (``output``), and the verbs
``export`` (trainer laptop) and ``merge`` (coordinator's machine). It may import ``course``, ``grading.scores``,
``grading.status``, ``grading.safezip``, ``reporting`` (tables, columns, xlsx, html) and the kit's top-level helpers;
never ``widgets``, ``grading.isolation``, ``delivery`` or ``cli``.
"""
