"""Rules in kynangso.rules.weak_link (taught in modules 9–11)."""

from __future__ import annotations

import pytest

from kynangso.rules import weak_link


def test_upload_time_and_scan_choice() -> None:
    assert weak_link.upload_seconds(5, 2) == 20
    assert weak_link.upload_seconds(5, 0.5) == 80
    assert weak_link.upload_seconds(3.5, 1.5) == 19
    assert weak_link.describe_seconds(80) == "1 phút 20 giây"
    with pytest.raises(ValueError):
        weak_link.upload_seconds(5, 0)
    assert weak_link.scan_choice(True, False, 2, 2) == "Màu, 200 dpi"
    assert weak_link.scan_choice(False, False, 8, 2) == "Đen trắng, 300 dpi"
    assert weak_link.scan_choice(True, False, 6, 2) == weak_link.SPLIT


def test_troubleshooting_tree_is_well_formed() -> None:
    tree = weak_link.TROUBLESHOOTING
    for node in tree.values():
        assert bool(node.action) != bool(node.options)
        for _label, target in node.options:
            assert target in tree
