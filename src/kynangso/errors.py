"""Errors the kit reports to trainers in plain Vietnamese."""

from __future__ import annotations


class KitError(Exception):
    """A problem the user can fix; the CLI prints the message and exits non-zero."""


__all__ = ["KitError"]
