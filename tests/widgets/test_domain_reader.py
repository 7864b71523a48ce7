"""DomainReader: check() does what the button does; Vietnamese feedback; retry allowed."""

from __future__ import annotations

from kynangso.widgets.domain_reader import DomainReader


def test_domain_reader_explains_reading_from_the_left() -> None:
    widget = DomainReader("https://vneid.gov.vn.capnhat-taikhoan.cc/login")
    assert widget.check("vneid.gov.vn") == ["Bạn đang đọc từ trái sang. Tên miền thật nằm ở bên phải."]
    assert widget.check(" Capnhat-Taikhoan.cc ") == []
    assert "Không phải .gov.vn" in widget.result.value
