"""Messages of the kit in one catalogue: Vietnamese is the text in the code, English is in ``locale/en``.

Wrap every learner- or trainer-facing sentence in :func:`_` (``_("Đã lưu câu trả lời.")``) and put the
variable parts in with ``str.format`` after the call (``_("Câu {so}").format(so=3)``), so that the whole
sentence is one entry of the catalogue. When one Vietnamese text means two things ("An toàn": the verdict
"safe" and the competence area "safety"), give the second its own context: ``NP_("lĩnh vực", "An toàn")`` where
it is defined and ``pgettext("lĩnh vực", name)`` where it is shown. ``make messages`` extracts the entries
(``babel.cfg``) and merges them into ``src/kynangso/locale/en/LC_MESSAGES/kynangso.po``; the ``.po`` file is
read directly at run time, so there is no compile step to remember.

The language is ``KYNANGSO_LANG`` (``vi`` or ``en``) if it is set, else the first entry of the locale's
message-language list ``LANGUAGE`` (``en:vi``) that the kit speaks; Vietnamese otherwise. ``LANG`` and
``LC_ALL`` are not read: server images default them to ``en_US.UTF-8`` without anyone choosing English.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel.messages.pofile import read_po

if TYPE_CHECKING:
    from jinja2 import Environment

DOMAIN = "kynangso"
LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT = "vi"


def po_file(language: str) -> Path:
    """Where the catalogue of ``language`` is kept."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def available() -> list[str]:
    """Languages the kit speaks: Vietnamese (the text in the code) and every language with a catalogue."""
    return [DEFAULT, *sorted(p.name for p in LOCALE_DIR.iterdir() if po_file(p.name).exists())]


def language() -> str:
    """The language of messages now (read from the environment at every call, so tests can switch it)."""
    wanted = os.environ.get("KYNANGSO_LANG", "").strip()
    candidates = [wanted] if wanted else os.environ.get("LANGUAGE", "").split(":")
    for candidate in candidates:
        code = candidate.split(".")[0].split("_")[0].split("-")[0].lower()
        if code in available():
            return code
    return DEFAULT


@cache
def _catalogue(language: str) -> dict[tuple[str | None, str], str]:
    """(context, msgid) → translation for ``language``; entries without a translation are left out."""
    path = po_file(language)
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    return {(m.context, str(m.id)): str(m.string) for m in catalogue
            if m.id and isinstance(m.id, str) and m.string}


def _(message: str) -> str:
    """The message in the current language (the Vietnamese text itself when it is the language or untranslated)."""
    lang = language()
    if lang == DEFAULT:
        return message
    return _catalogue(lang).get((None, message), message)


def pgettext(context: str, message: str) -> str:
    """Like :func:`_` for a text that means something else elsewhere: the entry of ``context`` is used."""
    lang = language()
    if lang == DEFAULT:
        return message
    return _catalogue(lang).get((context, message), message)


def N_(message: str) -> str:
    """Mark a message for the catalogue without translating it yet (for constants translated where shown)."""
    return message


def NP_(context: str, message: str) -> str:
    """:func:`N_` with a context (see :func:`pgettext`)."""
    return message


# What babel extracts: its usual keywords plus NP_ (context first). Used by `make messages` and the tests.
KEYWORDS = {"_": None, "N_": None, "pgettext": ((1, "c"), 2), "NP_": ((1, "c"), 2)}


def template_environment() -> Environment:
    """The kit's HTML templates (``kynangso/templates``), escaped, with ``{{ _("…") }}`` speaking the reader's language.

    jinja2 is imported here, not at the top: the learner's kernel loads this module and never renders a page.
    """
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("kynangso", "templates"), autoescape=select_autoescape(["html", "j2"]),
                      extensions=["jinja2.ext.i18n"])
    env.install_gettext_callables(gettext=_, ngettext=lambda one, many, n: _(one if n == 1 else many),  # type: ignore[attr-defined]
                                  newstyle=False)
    return env


__all__ = ["DOMAIN", "KEYWORDS", "LOCALE_DIR", "NP_", "N_", "_", "available", "language", "pgettext", "po_file",
           "template_environment"]
