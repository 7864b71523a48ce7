"""Delivery: getting the course in front of learners — JupyterLab on one laptop, an offline bundle, a class hub.

Owns ``lab`` (a local JupyterLab with the kit's kernel and settings), ``bundle`` and ``wheelhouse`` (an offline
installer with every wheel) and the ``hub`` subpackage (accounts, login, spawner, cards and pages of a
JupyterHub on the LAN). It may import ``course``, ``grading.nbgrader_adapter``, ``grading.exchange`` and the
kit's top-level helpers; never ``widgets`` or ``reporting``.
"""
