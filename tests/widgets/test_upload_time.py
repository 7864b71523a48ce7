"""UploadTime: check() does what the button does and names the usual slips."""

from __future__ import annotations

from kynangso.widgets.upload_time import UploadTime


def test_upload_time_accepts_one_second_either_way_and_explains_slips() -> None:
    upload = UploadTime(5, 0.5)
    assert upload.check(80) == [] and "1 phút 20 giây" in upload.result.value
    assert upload.check(79) == []
    assert "quên nhân 8" in upload.check(10)[0]
    assert "chia cho tốc độ" in upload.check(20)[0]
    assert "không phải số phút" in upload.check(1.33)[0]
