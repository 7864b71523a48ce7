"""Rules in kynangso.rules.url_domain (taught in modules 9–11)."""

from __future__ import annotations

import pytest

from kynangso.rules import url_domain


@pytest.mark.parametrize(("url", "domain"), [
    ("https://dichvucong.gov.vn/p/home", "dichvucong.gov.vn"),
    ("https://dichvucong.nghean.gov.vn", "nghean.gov.vn"),
    ("http://dichvucong.gov.vn.xyz/xac-minh", "vn.xyz"),
    ("nghean.gov.vn.hoso-online.xyz/tra-cuu?ma=1", "hoso-online.xyz"),
    ("https://WWW.Example.com.vn:8443/a", "example.com.vn"),
    ("https://user@evil.com/x", "evil.com"),
    ("http://192.168.1.1/login", "192.168.1.1"),
])
def test_registrable_domain_reads_from_the_right(url: str, domain: str) -> None:
    assert url_domain.registrable_domain(url) == domain


def test_official_gov_vn_and_warning_signs() -> None:
    assert url_domain.is_official_gov_vn("https://dichvucong.gov.vn")
    assert not url_domain.is_official_gov_vn("https://nghean-gov.vn.com/gia-han")
    assert url_domain.warning_signs("https://dichvucong.gov.vn") == []
    assert len(url_domain.warning_signs("http://dichvucong.gov.vn.xyz/xac-minh")) == 3
    assert url_domain.registrable_domain("") is None
