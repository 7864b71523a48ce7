"""The hub's login page in the kit's language (Vietnamese by default), with the words of the printed card."""

from __future__ import annotations

import html
from pathlib import Path

from kynangso.i18n import N_, _

# The words of the page, put in at ``@key@`` in the language of the kit when the page is written.
WORDS = {
    "title": N_("Lớp học kỹ năng số — Đăng nhập"),
    "heading": N_("Đăng nhập lớp học"),
    "error": N_("Sai tên đăng nhập hoặc mật khẩu. Hãy xem lại thẻ và gõ lại."),
    "user": N_("Tên đăng nhập (trên thẻ, ví dụ hv01):"),
    "password": N_("Mật khẩu (8 chữ số trên thẻ):"),
    "enter": N_("Vào lớp học"),
}
LOGIN = """{% extends "templates/login.html" %}
{% block title %}@title@{% endblock title %}
{% block login_container %}
  <form action="{{ authenticator_login_url }}" method="post" role="form">
    <div class="auth-form-header"><h1>@heading@</h1></div>
    <div class="auth-form-body m-auto">
      {# JupyterHub's script unhides this English warning on plain HTTP; on a classroom LAN it only worries people. #}
      <p id="insecure-login-warning" class="hidden"></p>
      {% if login_error %}
        <p class="login_error">@error@</p>
      {% endif %}
      <input type="hidden" name="_xsrf" value="{{ xsrf }}" />
      <label for="username_input">@user@</label>
      <input id="username_input" type="text" autocapitalize="off" autocorrect="off" autocomplete="username"
             class="form-control" name="username" value="{{ username }}" autofocus="autofocus" />
      <label for="password_input">@password@</label>
      <input id="password_input" type="password" inputmode="numeric" class="form-control"
             autocomplete="current-password" name="password" />
      <div class="feedback-container">
        <input id="login_submit" type="submit" class="btn btn-jupyter form-control" value="@enter@" />
        <div class="feedback-widget hidden"><i class="fa fa-spinner"></i></div>
      </div>
    </div>
  </form>
{% endblock login_container %}
"""


def login_page() -> str:
    """The login page's template with its words in the language of the kit (HTML-escaped)."""
    page = LOGIN
    for key, words in WORDS.items():
        page = page.replace(f"@{key}@", html.escape(_(words)))
    return page


def write_pages(folder: Path) -> Path:
    """Write the hub's page templates into ``folder`` (given to ``JupyterHub.template_paths``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "login.html").write_text(login_page(), encoding="utf-8")
    return folder


__all__ = ["LOGIN", "WORDS", "login_page", "write_pages"]
