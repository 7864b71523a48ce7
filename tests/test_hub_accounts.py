"""Hub accounts, card passwords, the login check and the printed cards (no server, no Linux user)."""

from __future__ import annotations

import asyncio
import json
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.learners import Learner
from kynangso.delivery.hub.accounts import (
    HASHES_FILE,
    TRAINER,
    check_password,
    hash_password,
    load_accounts,
    plan_accounts,
    save_accounts,
)
from kynangso.delivery.hub.auth import CardAuthenticator
from kynangso.delivery.hub.cards import write_cards
from kynangso.errors import KitError
from kynangso.paths import CourseRoot

LEARNERS = [Learner("lo-thi-hoa", "Lò Thị Hoa", "xã Châu Tiến"), Learner("vi-van-duc", "Vi Văn Đức", "xã Châu Tiến")]


def test_short_user_names_and_digit_passwords_in_roster_order(tmp_path: Path) -> None:
    accounts = plan_accounts(tmp_path, LEARNERS)
    assert [(a.learner_id, a.user) for a in accounts] == [(TRAINER, TRAINER), ("lo-thi-hoa", "hv01"),
                                                          ("vi-van-duc", "hv02")]
    assert all(len(a.password) == 8 and a.password.isdigit() for a in accounts)


def test_printed_cards_stay_valid_when_the_roster_grows(tmp_path: Path) -> None:
    first = plan_accounts(tmp_path, LEARNERS)
    save_accounts(tmp_path, first)
    newcomer = Learner("kha-thi-mai", "Kha Thị Mai", "xã Châu Tiến")
    again = plan_accounts(tmp_path, [newcomer, *LEARNERS])
    assert {a.user: a.password for a in first}.items() <= {a.user: a.password for a in again}.items()
    assert next(a.user for a in again if a.learner_id == "kha-thi-mai") == "hv03"
    assert load_accounts(tmp_path) == first


def test_account_files_are_for_root_only(tmp_path: Path) -> None:
    save_accounts(tmp_path / "rieng", plan_accounts(tmp_path / "rieng", LEARNERS))
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [tmp_path / "rieng", *(tmp_path / "rieng").iterdir()]}
    assert set(modes.values()) <= {0o700, 0o600}
    assert "mat_khau" not in (tmp_path / "rieng" / HASHES_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", ["HV", "hv-", "học", ""])
def test_user_name_prefix_must_be_plain_lower_case(tmp_path: Path, prefix: str) -> None:
    with pytest.raises(KitError, match="Tiền tố"):
        plan_accounts(tmp_path, LEARNERS, prefix)


def test_password_hash_checks_only_the_right_password() -> None:
    stored = hash_password("12345678")
    assert check_password("12345678", stored)
    assert not check_password("12345679", stored)
    assert hash_password("12345678") != stored  # salted


def _login(tmp_path: Path, username: str, password: str) -> str | None:
    hashes = tmp_path / "hashes.json"
    hashes.write_text(json.dumps({"hv01": hash_password("20261128")}), encoding="utf-8")
    authenticator = CardAuthenticator(hashes_file=str(hashes))
    result = asyncio.run(authenticator.authenticate(None, {"username": username, "password": password}))
    return None if result is None else str(result)


@pytest.mark.parametrize(("username", "password", "expected"), [
    ("hv01", "20261128", "hv01"),
    (" HV01 ", "2026 1128", "hv01"),  # as printed on the card, or typed with caps lock
    ("hv01", "20261129", None),
    ("hv02", "20261128", None),
    ("hv01", "", None),
])
def test_card_login(tmp_path: Path, username: str, password: str, expected: str | None) -> None:
    assert _login(tmp_path, username, password) == expected


def test_cards_show_vietnamese_names_address_user_and_grouped_password(tmp_path: Path) -> None:
    accounts = plan_accounts(tmp_path, LEARNERS)
    html = write_cards(tmp_path / "the.html", url="http://192.168.1.10:8000", accounts=accounts,
                       learners=LEARNERS).read_text(encoding="utf-8")
    hoa = accounts[1]
    assert "Lò Thị Hoa" in html and "Vi Văn Đức" in html and "xã Châu Tiến" in html
    assert "http://192.168.1.10:8000" in html and hoa.user in html
    assert f"{hoa.password[:4]} {hoa.password[4:]}" in html
    assert html.count('class="card"') == 3  # the trainer's card too


def test_cli_hub_without_roster_says_what_to_do(course_copy: CourseRoot, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["hub", "--dir", str(course_copy.root), "--state", str(tmp_path / "st")])
    assert result.exit_code == 1
    assert "Lỗi:" in result.output and ("danh sách học viên" in result.output or "quyền quản trị" in result.output)
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("language", "words", "absent"), [
    ("vi", ["Đăng nhập lớp học", "Mật khẩu (8 chữ số trên thẻ):", "Vào lớp học", "Sai tên đăng nhập hoặc mật khẩu."],
     "Log in"),
    ("en", ["Log in to the class", "Password (the 8 digits on your card):", "Enter the class",
            "Wrong user name or password."], "Mật khẩu"),
])
def test_login_page_and_cards_follow_the_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str,
                                                  words: list[str], absent: str) -> None:
    """The learners' login page (rendered as JupyterHub would, on a failed login) and the cards speak one language."""
    from jinja2 import DictLoader, Environment

    from kynangso.delivery.hub.pages import write_pages

    monkeypatch.setenv("KYNANGSO_LANG", language)
    folder = write_pages(tmp_path / "trang")
    base = "<title>{% block title %}{% endblock %}</title>{% block login_container %}{% endblock %}"
    env = Environment(loader=DictLoader({"templates/login.html": base,
                                         "login.html": (folder / "login.html").read_text(encoding="utf-8")}),
                      autoescape=True)
    page = env.get_template("login.html").render(login_error="x", authenticator_login_url="/hub/login", xsrf="t",
                                                 username="hv01")
    assert all(w in page for w in words) and absent not in page and "@" not in page
    cards = write_cards(tmp_path / "the.html", url="http://10.0.0.1:8000", accounts=plan_accounts(tmp_path, LEARNERS),
                        learners=LEARNERS).read_text(encoding="utf-8")
    assert ("User name:" in cards) == (language == "en") and ("Tên đăng nhập:" in cards) == (language == "vi")
    assert f'lang="{language}"' in cards and "Lò Thị Hoa" in cards and "xã Châu Tiến" in cards
