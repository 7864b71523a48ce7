"""The hub's login page in Vietnamese (JupyterHub's own page is in English), with the words of the printed card."""

from __future__ import annotations

from pathlib import Path

LOGIN = """{% extends "templates/login.html" %}
{% block title %}Lớp học kỹ năng số — Đăng nhập{% endblock title %}
{% block login_container %}
  <form action="{{ authenticator_login_url }}" method="post" role="form">
    <div class="auth-form-header"><h1>Đăng nhập lớp học</h1></div>
    <div class="auth-form-body m-auto">
      {# JupyterHub's script unhides this English warning on plain HTTP; on a classroom LAN it only worries people. #}
      <p id="insecure-login-warning" class="hidden"></p>
      {% if login_error %}
        <p class="login_error">Sai tên đăng nhập hoặc mật khẩu. Hãy xem lại thẻ và gõ lại.</p>
      {% endif %}
      <input type="hidden" name="_xsrf" value="{{ xsrf }}" />
      <label for="username_input">Tên đăng nhập (trên thẻ, ví dụ hv01):</label>
      <input id="username_input" type="text" autocapitalize="off" autocorrect="off" autocomplete="username"
             class="form-control" name="username" value="{{ username }}" autofocus="autofocus" />
      <label for="password_input">Mật khẩu (8 chữ số trên thẻ):</label>
      <input id="password_input" type="password" inputmode="numeric" class="form-control"
             autocomplete="current-password" name="password" />
      <div class="feedback-container">
        <input id="login_submit" type="submit" class="btn btn-jupyter form-control" value="Vào lớp học" />
        <div class="feedback-widget hidden"><i class="fa fa-spinner"></i></div>
      </div>
    </div>
  </form>
{% endblock login_container %}
"""


def write_pages(folder: Path) -> Path:
    """Write the hub's page templates into ``folder`` (given to ``JupyterHub.template_paths``)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "login.html").write_text(LOGIN, encoding="utf-8")
    return folder


__all__ = ["LOGIN", "write_pages"]
