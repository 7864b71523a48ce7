"""The look of the widgets in one place: colours, font sizes and spacing. Widgets name these; they write no colour code.

The colours are those of the course's lessons (Tailwind's palette): dark enough on white for a projector in a commune
hall, and the right/wrong pair is told apart by its mark (✅ ❌) as well as its colour.
"""

from __future__ import annotations

# colours
RIGHT = "#166534"  # green: right, saved, accepted
WRONG = "#9a3412"  # dark orange: wrong, not accepted, a warning
INFO = "#1e3a8a"  # dark blue: a result that is neither right nor wrong (a profile)
TEXT = "#1f2937"  # ordinary text inside a coloured sentence (no change)
MUTED = "#475569"  # secondary text: an example, the path taken so far
ACCENT = "#2563eb"  # the bars of a chart, the action to take
FOCUS = "#1d4ed8"  # the keyboard focus outline
URGENT = "#b91c1c"  # the urgency stamp of a document
FRAME = "#cbd5e1"  # the border of a question
CARD = "#94a3b8"  # the border of a card (a message, a document)
PANEL = "#f1f5f9"  # the background of quoted text (a draft)
TRACK = "#e5e7eb"  # the empty part of a bar

# sizes and spacing
FEEDBACK_SIZE = "16px"  # the result box of a widget
QUESTION_SIZE = "17px"  # the text, choices and result box of a question
PADDING = "8px"  # around a widget
GAP = "6px"  # above a result box
BUTTON_WIDTH, BUTTON_HEIGHT = "160px", "40px"  # a widget's main button
QUESTION_BUTTON_WIDTH, QUESTION_BUTTON_HEIGHT = "170px", "44px"  # a question's Kiểm tra button

__all__ = ["ACCENT", "BUTTON_HEIGHT", "BUTTON_WIDTH", "CARD", "FEEDBACK_SIZE", "FOCUS", "FRAME", "GAP", "INFO", "MUTED",
           "PADDING", "PANEL", "QUESTION_BUTTON_HEIGHT", "QUESTION_BUTTON_WIDTH", "QUESTION_SIZE", "RIGHT", "TEXT",
           "TRACK", "URGENT", "WRONG"]
