"""Vietnamese text helpers: folding, slugs and name order."""

from __future__ import annotations

import unicodedata

from kynangso.text import fold, name_key, slug


def test_fold_ignores_case_diacritics_d_and_spacing() -> None:
    assert fold("  Xã  QUỲ Châu ") == "xa quy chau"
    assert fold("Đinh Văn Đức") == "dinh van duc"
    assert fold(unicodedata.normalize("NFD", "Lò Thị Hoa")) == fold("Lò Thị Hoa")


def test_slug_is_ascii_and_nbgrader_safe() -> None:
    assert slug("Nguyễn Văn Đức") == "nguyen-van-duc"
    assert slug("Lò Thị (Hoa) + 1") == "lo-thi-hoa-1"


def test_names_sort_by_given_name_then_family_in_vietnamese_letter_order() -> None:
    names = ["Vi Văn Đức", "Lò Văn Ánh", "Trần Dũng", "Nguyễn Thị Anh", "Hà Thị Ân", "Lê Ăn", "Lương Văn Bình"]
    ordered = sorted(names, key=name_key)
    assert ordered == ["Nguyễn Thị Anh", "Lò Văn Ánh", "Lê Ăn", "Hà Thị Ân", "Lương Văn Bình", "Trần Dũng",
                       "Vi Văn Đức"]


def test_same_given_name_sorts_by_family_name() -> None:
    assert sorted(["Vi Thị Hoa", "Lò Thị Hoa", "Đinh Thị Hoa"], key=name_key) == [
        "Đinh Thị Hoa", "Lò Thị Hoa", "Vi Thị Hoa"]
