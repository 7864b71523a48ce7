"""Login cards for the workshop hub: one page to print and cut, eight cards to an A4 sheet."""

from __future__ import annotations

import os
from pathlib import Path

from jinja2 import Environment

from kynangso.course.learners import Learner
from kynangso.delivery.hub.accounts import TRAINER, Account
from kynangso.i18n import _, language

_PAGE = """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><title>{{ words.title }}</title>
<style>
 body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; margin: 0; }
 .sheet { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
 .card { border: 1px dashed #888; padding: 10mm 8mm; height: 62mm; box-sizing: border-box; break-inside: avoid; }
 .name { font-size: 20pt; font-weight: bold; }
 .unit { font-size: 12pt; color: #333; margin-bottom: 4mm; }
 .row { font-size: 14pt; margin: 2mm 0; }
 .value { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 18pt; font-weight: bold; }
 @page { size: A4; margin: 8mm; }
</style></head><body><div class="sheet">
{% for card in cards %}<div class="card">
 <div class="name">{{ card.name }}</div>
 <div class="unit">{{ card.unit }}</div>
 <div class="row">{{ words.address }} <span class="value">{{ url }}</span></div>
 <div class="row">{{ words.user }} <span class="value">{{ card.user }}</span></div>
 <div class="row">{{ words.password }} <span class="value">{{ card.password }}</span></div>
</div>
{% endfor %}</div></body></html>
"""


def card_rows(accounts: list[Account], learners: list[Learner]) -> list[dict[str, str]]:
    """One row per card: name with diacritics, unit, user name and password in two groups of four digits."""
    people = {x.id: x for x in learners}
    rows = []
    for account in accounts:
        learner = people.get(account.learner_id)
        if account.user != TRAINER and learner is None:
            continue  # an account kept from an earlier roster: no card
        name, unit = (learner.name, learner.unit) if learner else (_("Giảng viên"), _("Máy chủ lớp học"))
        password = f"{account.password[:4]} {account.password[4:]}"
        rows.append({"name": name, "unit": unit, "user": account.user, "password": password})
    return rows


def write_cards(path: Path, *, url: str, accounts: list[Account], learners: list[Learner]) -> Path:
    words = {"title": _("Thẻ đăng nhập lớp học"), "address": _("Địa chỉ:"), "user": _("Tên đăng nhập:"),
             "password": _("Mật khẩu:")}
    html = Environment(autoescape=True).from_string(_PAGE).render(url=url, cards=card_rows(accounts, learners),
                                                                  words=words, lang=language())
    path.write_text(html, encoding="utf-8")
    os.chmod(path, 0o600)
    return path


__all__ = ["card_rows", "write_cards"]
