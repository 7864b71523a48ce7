"""The report's column names and its own words, kept in Vietnamese inside the tables, shown in the reader's language.

They are the keys of the code, the report notebook and the tests; :func:`for_output` and :func:`word_translator`
show them in the reader's language when the files are written.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from kynangso import i18n
from kynangso.i18n import N_, _

# Column names and the report's own words are kept in Vietnamese inside the tables (they are the keys of the code,
# the report notebook and the tests); :func:`for_output` and :func:`word_translator` show them in the reader's
# language when the files are written.
# Per learner.
ID, NAME, UNIT, POSITION = N_("Mã học viên"), N_("Họ và tên"), N_("Đơn vị"), N_("Chức vụ")
TOTAL, MAX, PERCENT = N_("Tổng điểm"), N_("Điểm tối đa"), N_("Tỷ lệ")
RESULT, NOTE = N_("Kết quả"), N_("Ghi chú")
HANDED_IN, COMPLETED = N_("Số bài đã nộp"), N_("Hoàn thành")
LATE, RANK = N_("Số bài nộp muộn"), N_("Hạng trong đơn vị")
PASS, FAIL, YES, NO = N_("Đạt"), N_("Chưa đạt"), N_("Có"), N_("Chưa")
PENDING, PENDING_POINTS = N_("Chờ chấm tay"), N_("Điểm chờ chấm tay")
# Per unit.
ENROLLED, SUBMITTED, PASSED = N_("Số học viên"), N_("Đã nộp"), N_("Đạt")
MEAN, PASS_RATE = N_("Điểm TB (%)"), N_("Tỷ lệ đạt")
COMPLETED_N, SPREAD, WEAKEST = N_("Đã hoàn thành"), N_("Độ lệch chuẩn (%)"), N_("Học phần yếu nhất")
# Per module and per question.
MODULE, TITLE, QUESTION, QUESTION_TITLE = N_("Học phần"), N_("Tên học phần"), N_("Mã câu hỏi"), N_("Câu hỏi")
ANSWERS, SHARE = N_("Số bài làm"), N_("Tỷ lệ điểm đạt")
FULL, DISCRIMINATION = N_("Tỷ lệ làm đúng"), N_("Độ phân biệt")
LATE_N, COMMENT = N_("Số bài nộp muộn"), N_("Nhận xét")
PENDING_N = N_("Số bài chờ chấm tay")
HARDEST, NOT_DISCRIMINATING = N_("Khó nhất"), N_("Không phân biệt được người làm tốt và người làm kém")
# Per competence.
FRAMEWORK, CODE, COMPETENCE = N_("Khung"), N_("Mã"), N_("Năng lực")
QUESTIONS, WEAKEST_UNIT = N_("Số câu hỏi"), N_("Đơn vị yếu nhất")
RESPONSES = N_("Số lượt trả lời")
DIGCOMP, QD757 = "DigComp 2.2", "QĐ 757/QĐ-BKHCN"  # nội dung: names of the two frameworks
# Summary.
ITEM, VALUE = N_("Chỉ số"), N_("Giá trị")
COURSE_ITEM, DATE_ITEM, PASS_MARK_ITEM = N_("Khóa học"), N_("Ngày lập báo cáo"), N_("Ngưỡng đạt (tỷ lệ tổng điểm)")
UNITS_ITEM, STARTED_ITEM = N_("Số đơn vị"), N_("Đã bắt đầu (nộp ít nhất 1 bài)")
COMPLETED_ITEM, MEAN_ITEM = N_("Đã hoàn thành (nộp đủ các bài)"), N_("Điểm trung bình (tỷ lệ)")
HELP_ITEM, WEAK_MODULE_ITEM = N_("Đơn vị cần hỗ trợ nhất"), N_("Học phần yếu nhất")
WEAK_COMPETENCE_ITEM = N_("Năng lực yếu nhất")
PENDING_ITEM = N_("Học viên còn điểm chờ chấm tay (chưa xét đạt)")
PERCENT_ITEMS = (PASS_MARK_ITEM, PASS_RATE, MEAN_ITEM)

UNKNOWN_UNIT = N_("(chưa có trong danh sách học viên)")
WORDS = (PASS, FAIL, PENDING, YES, NO, HARDEST, NOT_DISCRIMINATING, UNKNOWN_UNIT, COURSE_ITEM, DATE_ITEM,
         PASS_MARK_ITEM, UNITS_ITEM, ENROLLED, STARTED_ITEM, COMPLETED_ITEM, PASSED, PASS_RATE, MEAN_ITEM, HELP_ITEM,
         WEAK_MODULE_ITEM, WEAK_COMPETENCE_ITEM, PENDING_ITEM)
GROUP_SHARE = 0.27        # upper and lower groups of the discrimination index
MIN_FOR_DISCRIMINATION = 10
POOR_DISCRIMINATION = 0.2  # Ebel's rule of thumb: below 0.2 a question barely separates strong from weak
HARDEST_COUNT = 5

DISCRIMINATION_NOTE = N_(
    "Độ phân biệt (chỉ số nhóm trên – nhóm dưới 27%): xếp người làm bài theo tổng điểm cả khóa; lấy 27% cao nhất "
    "và 27% thấp nhất; độ phân biệt = tỷ lệ điểm câu hỏi của nhóm cao trừ tỷ lệ của nhóm thấp (từ -1 đến 1). "
    "Dưới {nguong} (hoặc âm) nghĩa là câu hỏi không phân biệt được người làm tốt với người làm kém: "
    "nên xem lại đề hoặc đáp án. Cần ít nhất {toi_thieu} bài làm."
)
LATE_NOTE_NO_DUE = N_("Sổ điểm chưa đặt hạn nộp cho bài tập nào, nên chưa tính được bài nộp muộn.")
LATE_NOTE = N_("Nộp muộn: thời điểm nộp sau hạn nộp của bài tập (kể cả gia hạn) ghi trong sổ điểm nbgrader.")


def discrimination_note() -> str:
    return _(DISCRIMINATION_NOTE).format(nguong=f"{POOR_DISCRIMINATION:g}", toi_thieu=MIN_FOR_DISCRIMINATION)


def word_translator() -> Callable[[str], str]:
    """Shows a cell in the reader's language: the report's own words translated, names and titles as they are."""
    if i18n.language() == i18n.DEFAULT:
        return str
    words = {word: _(word) for word in WORDS}

    def shown(value: str) -> str:
        return "; ".join(words.get(part, part) for part in str(value).split("; "))

    return shown


def for_output(frame: pd.DataFrame) -> pd.DataFrame:
    """The table as a reader sees it (CSV): headers and the report's own words in the current language."""
    if i18n.language() == i18n.DEFAULT:
        return frame
    shown = word_translator()
    out = frame.rename(columns=lambda column: _(str(column)))
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(lambda v: shown(v) if isinstance(v, str) else v)
    return out
