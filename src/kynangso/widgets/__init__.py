"""Widgets that learners use in lessons (one per file)."""

from kynangso.widgets.header_composer import HeaderComposer

__all__ = ["HeaderComposer"]
