"""Widgets that learners use in lessons (one per file)."""

from kynangso.widgets.header_composer import HeaderComposer
from kynangso.widgets.simulator import Simulator

__all__ = ["HeaderComposer", "Simulator"]
