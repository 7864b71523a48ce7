"""The kit's Python kernel (kernel spec ``python3`` in ``kynangso/data/jupyter/kernels``): ipykernel without its
debugger.

ipykernel loads the debugger's engine (debugpy and pydevd) in every kernel, about 7 MB of memory each, for
JupyterLab's visual debugger. Learners answer through widgets and never debug code, and on a class server every
learner has a kernel of their own, so the kit's kernel leaves the debugger out; everything else is ipykernel's own
launcher unchanged. Run as ``python -m kynangso.learner.kernel -f {connection_file}``.
"""

from __future__ import annotations

import sys


def main() -> None:
    sys.modules.setdefault("debugpy", None)  # type: ignore[arg-type]  # Python's mark for "not installed"
    if sys.path and sys.path[0] == "":
        del sys.path[0]  # as ipykernel_launcher: the working folder is not a place to import from
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
