"""The class hub: a JupyterHub on the LAN with one Linux account per learner and nbgrader's exchange.

``server`` builds its configuration and runs it; ``accounts``, ``auth`` and ``spawner`` are the pieces
JupyterHub loads; ``cards`` prints login cards and ``pages`` writes the hub's Vietnamese pages.
"""
