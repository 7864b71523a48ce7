"""Loading a notebook's imports ahead of its cells, for a grading kernel (see kynangso.grading.isolation.preload).

A grading kernel runs this while it starts, and the process grading kernels are forked from runs it before the
fork (:mod:`kynangso.grading.isolation.zygote`), so that the answer cells find ipywidgets, pandas and the kit's
widgets already loaded. Standard library only: it is loaded into every grading kernel.
"""

from __future__ import annotations

from importlib import import_module


def load(*imports: str) -> None:
    """Import ``module`` or ``module:name`` items; what fails to load is left for the cell that needs it to say,
    in its turn."""
    for item in imports:
        module, _sep, name = item.partition(":")
        try:
            loaded = import_module(module)
            if name:
                getattr(loaded, name)
        except Exception:
            continue


__all__ = ["load"]
