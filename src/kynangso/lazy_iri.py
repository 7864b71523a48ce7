"""jsonschema's check of the ``iri`` format, built the first time it is used rather than in every process.

Reading a notebook imports nbformat, which imports jsonschema, which imports ``rfc3987_syntax`` when it is
installed (jupyter-events asks for it). That package compiles three Earley parsers of the RFC 3987 grammar as it is
imported: about one second of CPU in every kit command, every grading worker and every notebook run, for a format
no notebook uses. :func:`install` puts a stand-in under that name: the same names, taken from the real package the
first time one is used, so an ``iri`` check answers exactly as before.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
import typing as t

NAME = "rfc3987_syntax"
_REAL = f"{NAME}.syntax_helpers"  # the package's __init__ re-exports this module's names


def _getattr(name: str) -> t.Any:
    if name.startswith("__"):
        raise AttributeError(name)
    return getattr(importlib.import_module(_REAL), name)


def _is_valid_syntax(term: str, value: str) -> bool:
    return bool(importlib.import_module(_REAL).is_valid_syntax(term, value))


def install() -> None:
    """Put the stand-in in place, unless the package is missing or already loaded."""
    if NAME in sys.modules:
        return
    spec = importlib.util.find_spec(NAME)
    if spec is None or not spec.submodule_search_locations:
        return
    stand_in = types.ModuleType(NAME, __doc__)
    stand_in.__path__ = list(spec.submodule_search_locations)  # its submodules load from the real folder
    stand_in.__spec__ = spec
    stand_in.__getattr__ = _getattr  # type: ignore[method-assign]
    stand_in.is_valid_syntax = _is_valid_syntax  # type: ignore[attr-defined]
    sys.modules[NAME] = stand_in


__all__ = ["NAME", "install"]
