"""The course as a trainer holds it: catalogue, lessons and solutions, learners and units, and the verbs on them.

Owns reading ``catalogue.yml`` (``catalogue``), generating and checking learner versions (``release``,
``check``), the roster of learners (``learners``; units are matched by ``rules.communes``), lesson timing
(``timing``), clean-notebook helpers (``notebooks``), the simulated workshop (``simulate``, ``demo``), the
course's release options (``release_options``) and bringing modules in (``import_course``, ``new_module``, both
writing the catalogue through ``catalogue_edit``).
It may import ``learner``, ``rules``, ``data`` and the kit's top-level helpers; grading's nbgrader adapter only
inside functions. Only ``demo`` may import the verbs of other packages.
"""
