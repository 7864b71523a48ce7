"""Rules in kynangso.rules.operating_indicators (module M8).

Monthly statistics as published by one-stop dashboards (Gia Lai, domain-facts §2.4): cần xử lý = đã tiếp nhận +
tồn kỳ trước; tỷ lệ trễ hạn = (trễ đang xử lý + trễ đã xử lý) / cần xử lý; tỷ lệ đúng hạn = 100% − tỷ lệ trễ hạn.
QĐ 766/QĐ-TTg (23/6/2022) scores 100 points in 5 groups; the PAR-style area maxima are the earlier provincial table
(QĐ 2948/QĐ-BNV, §2.7), 8 areas adding up to 100 — both marked as illustrative in the module.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kynangso.rules import operating_indicators as cs

PAR = cs.LINH_VUC_PAR_MINH_HOA


def test_monthly_formulas_of_the_one_stop_dashboard() -> None:
    assert cs.can_xu_ly(180, 20) == 200
    assert cs.ty_le_tre_han(3, 4, 200) == 3.5
    assert cs.ty_le_dung_han(3, 4, 200) == 96.5
    assert cs.ty_le_tre_han(1, 0, 3) + cs.ty_le_dung_han(1, 0, 3) == 100.0
    assert cs.ty_le_tre_han(1, 1, 3, chu_so=1) == 66.7


def test_an_empty_period_is_all_on_time_not_a_division_by_zero() -> None:
    assert cs.ty_le_tre_han(0, 0, 0) == 0.0
    assert cs.ty_le_dung_han(0, 0, 0) == 100.0


def test_maxima_add_up_to_100_points() -> None:
    assert sum(cs.NHOM_766_MINH_HOA.values()) == 100  # QĐ 766: 100 points, 5 groups
    assert len(cs.NHOM_766_MINH_HOA) == 5
    assert sum(PAR.values()) == 100 and len(PAR) == 8  # provincial PAR: 8 areas, 100 points
    assert PAR["Cải cách thủ tục hành chính"] == 14.5 and PAR["Cải cách tài chính công"] == 7
    assert "766/QĐ-TTg" in cs.SOURCE_766 and "23/6/2022" in cs.SOURCE_766
    assert "876/QĐ-BNV" in cs.SOURCE_876 and "10/11/2022" in cs.SOURCE_876


def test_composite_index_weighs_each_area_by_its_maximum() -> None:
    assert cs.chi_so_tong_hop(dict(PAR), PAR) == 100.0
    half = {name: maximum / 2 for name, maximum in PAR.items()}
    assert cs.chi_so_tong_hop(half, PAR) == 50.0
    half["Cải cách tài chính công"] = 1  # 1/7 of a small area: total 50 − 2.5 = 47.5
    assert cs.chi_so_tong_hop(half, PAR) == 47.5
    rates = cs.ty_le_dat(half, PAR)
    assert rates["Cải cách tài chính công"] == 14.3 and rates["Cải cách tổ chức bộ máy"] == 50.0
    assert cs.linh_vuc_yeu_nhat(half, PAR) == "Cải cách tài chính công"


def test_scores_are_checked_before_computing() -> None:
    missing = {name: 1.0 for name in list(PAR)[1:]}
    with pytest.raises(ValueError, match="Thiếu điểm của: Chỉ đạo, điều hành cải cách hành chính"):
        cs.chi_so_tong_hop(missing, PAR)
    with pytest.raises(ValueError, match="phải từ 0 đến 7"):
        cs.ty_le_dat({**PAR, "Cải cách tài chính công": 8}, PAR)
    with pytest.raises(ValueError, match="phải từ 0 đến 7"):
        cs.ty_le_dat({**PAR, "Cải cách tài chính công": -1}, PAR)


def test_an_unknown_area_name_is_refused_in_vietnamese() -> None:
    with pytest.raises(ValueError, match="Không có lĩnh vực: Cải cách tài chinh công"):
        cs.ty_le_dat({**PAR, "Cải cách tài chinh công": 5}, PAR)


def test_toy_766_model_clamps_rates_and_counts_missing_groups_as_zero() -> None:
    groups = cs.NHOM_766_MINH_HOA
    assert cs.diem_mo_hinh_766({}) == 0.0
    assert cs.diem_mo_hinh_766({name: 100 for name in groups}) == 100.0
    assert cs.diem_mo_hinh_766({name: 150 for name in groups}) == 100.0
    assert cs.diem_mo_hinh_766({"Số hóa hồ sơ": 50, "Mức độ hài lòng": -5}) == 11.0  # 22 × 50 %
    assert cs.diem_mo_hinh_766({"Số hóa hồ sơ": 50}, {"Số hóa hồ sơ": 10}) == 5.0


@pytest.mark.parametrize(("value", "fragment"), [
    (None, "Bạn chưa điền"),
    (..., "Bạn chưa điền"),
    ("3.5", "Hãy ghi một phép tính ra số"),
    (True, "Hãy ghi một phép tính ra số"),
    (3.5, "✅ Đúng: 3.50%"),
    ((3 + 4) / 200 * 100, "✅ Đúng: 3.50%"),
    (0.035, "quên nhân với 100"),
    (3.6, "chia cho CẦN XỬ LÝ"),
    (7 / 180 * 100, "chia cho CẦN XỬ LÝ"),   # divided by received only, forgot the carried-over dossiers
])
def test_feedback_on_a_typed_rate(value: object, fragment: str) -> None:
    assert fragment in cs.nhan_xet_ty_le(value, 3.5)


def test_numbers_computed_with_pandas_or_numpy_are_numbers_too() -> None:
    late = pd.Series([3, 4])
    assert cs.nhan_xet_ty_le(late.sum() / 200 * 100, 3.5).startswith("✅")
    assert cs.nhan_xet_ty_le(np.float32(3.5), 3.5).startswith("✅")
    assert cs.nhan_xet_ty_le(np.int64(7), 3.5).startswith("❌ Chưa đúng.")
    assert "Hãy ghi một phép tính ra số" in cs.nhan_xet_ty_le(np.bool_(True), 1.0)
