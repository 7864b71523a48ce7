"""Tính một công thức bảng tính chưa có kết quả lưu sẵn (tệp lưu bằng công cụ dựa trên openpyxl).

Excel, LibreOffice, WPS và Google Sheets lưu kèm kết quả của mỗi công thức; bộ công cụ đọc kết quả đó. Chỉ khi tệp
không có kết quả (công cụ dựa trên openpyxl xóa kết quả khi lưu), công thức được tính ở đây: openpyxl tách công thức
thành từng phần (``openpyxl.formula.Tokenizer``), mô-đun này tính các hàm mà học phần 14 dạy — SUM, COUNT, COUNTA,
COUNTBLANK, COUNTIF, COUNTIFS, AVERAGE, MIN, MAX, ROUND, ROWS, ABS — cùng phép + − × ÷ ^, % và so sánh. Hàm khác thì
báo một câu tiếng Việt: mở tệp bằng ứng dụng bảng tính rồi lưu lại (ứng dụng sẽ lưu kết quả) hoặc ghi số.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable
from typing import Any

from openpyxl.formula import Tokenizer
from openpyxl.formula.tokenizer import Token
from openpyxl.utils.cell import range_boundaries

from kynangso.i18n import _
from kynangso.text import nfc

CellReader = Callable[[str, int, int], Any]  # (sheet, row, column) → the cell's value (formulas already computed)


class FormulaProblem(ValueError):
    """A formula the kit cannot compute; the message is one Vietnamese line."""


class _Range(list[Any]):
    """The values of a range, row by row (a list, so that functions can take it whole)."""


def _number(value: Any) -> float:
    if isinstance(value, _Range):
        if len(value) != 1:
            raise FormulaProblem(_("Công thức dùng cả một vùng ô ở chỗ chỉ cần một ô."))
        value = value[0]
    if value is None or value == "":
        return 0.0
    if isinstance(value, bool | int | float):
        return float(value)
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        raise FormulaProblem(_("Công thức lấy chữ '{chu}' để tính như một số.").format(chu=value)) from None


def _matches(value: Any, criterion: Any) -> bool:
    """COUNTIF's test: "Có", ">5", "<>Có", "Hộ*" (case-insensitive, * and ? as wildcards)."""
    text = nfc(str(criterion)) if criterion is not None else ""
    found = re.match(r"^(<>|<=|>=|=|<|>)?(.*)$", text, re.DOTALL)
    op, wanted = (found[1] or "=", found[2]) if found else ("=", text)
    try:
        number = float(wanted.replace(",", "."))
    except ValueError:
        number = None
    if number is not None and isinstance(value, int | float) and not isinstance(value, bool):
        return _compare(op, value, number)
    cell = nfc(str(value)).casefold() if value is not None else ""
    same = fnmatch.fnmatchcase(cell, wanted.casefold()) if any(c in wanted for c in "*?") else cell == wanted.casefold()
    if op == "=":
        return same
    return not same if op == "<>" else False


def _compare(op: str, a: Any, b: Any) -> bool:
    return bool({"=": a == b, "<>": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op])


def _flat(args: list[Any]) -> list[Any]:
    return [v for a in args for v in (a if isinstance(a, _Range) else [a])]


def _numbers(args: list[Any]) -> list[float]:
    return [float(v) for v in _flat(args) if isinstance(v, int | float) and not isinstance(v, bool)]


def _countifs(args: list[Any]) -> float:
    if len(args) < 2 or len(args) % 2:
        raise FormulaProblem(_("Hàm COUNTIF cần từng cặp: vùng ô, điều kiện."))
    ranges = [a if isinstance(a, _Range) else _Range([a]) for a in args[::2]]
    if len({len(r) for r in ranges}) != 1:
        raise FormulaProblem(_("Các vùng ô trong COUNTIFS phải dài bằng nhau."))
    return float(sum(all(_matches(r[i], c) for r, c in zip(ranges, args[1::2], strict=True))
                     for i in range(len(ranges[0]))))


def _round(args: list[Any]) -> float:
    value, digits = _number(args[0]), int(_number(args[1])) if len(args) > 1 else 0
    scaled = abs(value) * 10 ** digits
    rounded = int(scaled + 0.5 + 1e-9) / 10 ** digits  # Excel rounds halves away from zero
    return rounded if value >= 0 else -rounded


_FUNCTIONS: dict[str, Callable[[list[Any]], Any]] = {
    "SUM": lambda a: sum(_numbers(a)),
    "COUNT": lambda a: float(len(_numbers(a))),
    "COUNTA": lambda a: float(sum(v not in (None, "") for v in _flat(a))),
    "COUNTBLANK": lambda a: float(sum(v in (None, "") for v in _flat(a))),
    "COUNTIF": _countifs,
    "COUNTIFS": _countifs,
    "AVERAGE": lambda a: sum(_numbers(a)) / len(_numbers(a)) if _numbers(a) else 0.0,
    "MIN": lambda a: min(_numbers(a), default=0.0),
    "MAX": lambda a: max(_numbers(a), default=0.0),
    "ROUND": _round,
    "ROWS": lambda a: float(len(a[0]) if isinstance(a[0], _Range) else 1),
    "ABS": lambda a: abs(_number(a[0])),
}
_PRECEDENCE = {"=": 1, "<>": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "&": 2, "+": 3, "-": 3, "*": 4, "/": 4, "^": 5}


class _Parser:
    """Recursive descent over openpyxl's tokens of one formula, on the sheet ``sheet``."""

    def __init__(self, formula: str, sheet: str, read: CellReader, size: Callable[[str], tuple[int, int]]) -> None:
        try:
            items = Tokenizer(formula).items
        except Exception:  # openpyxl raises its own errors on a malformed formula
            raise FormulaProblem(_("Công thức {cong_thuc} viết chưa đúng.").format(cong_thuc=formula)) from None
        self.tokens = [t for t in items if t.type != Token.WSPACE]
        self.at, self.formula, self.sheet, self.read, self.size = 0, formula, sheet, read, size

    def _peek(self) -> Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _next(self) -> Token:
        token = self._peek()
        if token is None:
            raise FormulaProblem(_("Công thức {cong_thuc} bị thiếu phần cuối.").format(cong_thuc=self.formula))
        self.at += 1
        return token

    def run(self) -> Any:
        value = self._expression(0)
        if self._peek() is not None:
            raise FormulaProblem(_("Công thức {cong_thuc} viết chưa đúng.").format(cong_thuc=self.formula))
        return value[0] if isinstance(value, _Range) and len(value) == 1 else value

    def _expression(self, level: int) -> Any:
        left = self._unary()
        while (token := self._peek()) is not None and token.type == Token.OP_IN and \
                _PRECEDENCE.get(token.value, 0) > level:
            self.at += 1
            right = self._expression(_PRECEDENCE[token.value] - (token.value == "^"))
            left = self._apply(token.value, left, right)
        return left

    def _unary(self) -> Any:
        token = self._peek()
        if token is not None and token.type == Token.OP_PRE:
            self.at += 1
            value = self._unary()
            return -_number(value) if token.value == "-" else _number(value)
        value = self._primary()
        while (post := self._peek()) is not None and post.type == Token.OP_POST:
            self.at += 1
            value = _number(value) / 100
        return value

    def _primary(self) -> Any:
        token = self._next()
        if token.type == Token.PAREN and token.subtype == Token.OPEN:
            value = self._expression(0)
            self._next()
            return value
        if token.type == Token.FUNC and token.subtype == Token.OPEN:
            return self._function(token.value[:-1].upper().removeprefix("_XLFN."))
        if token.type == Token.OPERAND:
            if token.subtype == Token.NUMBER:
                return float(token.value)
            if token.subtype == Token.TEXT:
                return token.value[1:-1].replace('""', '"')
            if token.subtype == Token.LOGICAL:
                return token.value.upper() == "TRUE"
            if token.subtype == Token.RANGE:
                return self._range(token.value)
        raise FormulaProblem(_("Công thức {cong_thuc} có phần bộ công cụ chưa đọc được: {phan}.")
                             .format(cong_thuc=self.formula, phan=token.value))

    def _function(self, name: str) -> Any:
        if name not in _FUNCTIONS:
            raise FormulaProblem(_("Bộ công cụ chưa tính được hàm {ham}: mở tệp bằng Excel, WPS hoặc LibreOffice rồi "
                                   "lưu lại (ứng dụng sẽ lưu sẵn kết quả), hoặc ghi số vào ô.").format(ham=name))
        args: list[Any] = []
        if (token := self._peek()) is not None and token.type == Token.FUNC and token.subtype == Token.CLOSE:
            self.at += 1
        else:
            while True:
                args.append(self._expression(0))
                token = self._next()
                if token.type == Token.FUNC and token.subtype == Token.CLOSE:
                    break
                if token.type != Token.SEP:
                    raise FormulaProblem(_("Công thức {cong_thuc} viết chưa đúng.").format(cong_thuc=self.formula))
        if not args and name not in ("SUM", "COUNT", "COUNTA"):
            raise FormulaProblem(_("Hàm {ham} cần có đối số.").format(ham=name))
        try:
            return _FUNCTIONS[name](args)
        except (IndexError, ZeroDivisionError):
            raise FormulaProblem(_("Hàm {ham} thiếu đối số hoặc chia cho 0.").format(ham=name)) from None

    def _range(self, ref: str) -> _Range:
        sheet, _bang, cells = ref.rpartition("!")
        sheet = sheet.strip("'").replace("''", "'") if sheet else self.sheet
        try:
            low_col, low_row, high_col, high_row = range_boundaries(cells.replace("$", ""))
        except ValueError:
            raise FormulaProblem(_("Công thức nhắc tới '{o}', không phải một ô hay vùng ô.").format(o=ref)) from None
        rows, cols = self.size(sheet)
        low_col, high_col = low_col or 1, high_col or cols
        low_row, high_row = low_row or 1, min(high_row or rows, rows)
        return _Range(self.read(sheet, r, c) for r in range(low_row, high_row + 1)
                      for c in range(low_col, high_col + 1))

    def _apply(self, op: str, left: Any, right: Any) -> Any:
        if op == "&":
            return f"{'' if left is None else left}{'' if right is None else right}"
        if op in ("=", "<>", "<", ">", "<=", ">="):
            if all(isinstance(v, int | float) for v in (left, right)):
                return _compare(op, _number(left), _number(right))
            return _compare(op, str(left).casefold(), str(right).casefold())
        a, b = _number(left), _number(right)
        if op == "/" and b == 0:
            raise FormulaProblem(_("Công thức {cong_thuc} chia cho 0 (ô số chia còn trống?).")
                                 .format(cong_thuc=self.formula))
        return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0.0, "^": a ** b}[op]


def evaluate(formula: str, sheet: str, read: CellReader, size: Callable[[str], tuple[int, int]]) -> Any:
    """The value of ``formula`` ("=COUNTIF(HoSo!I:I,\\"Có\\")") written on ``sheet``.

    ``read(sheet, row, column)`` gives a cell's value, ``size(sheet)`` its (rows, columns) in use. Raises
    :class:`FormulaProblem` (one Vietnamese line) for what it cannot compute.
    """
    return _Parser(formula, sheet, read, size).run()


__all__ = ["CellReader", "FormulaProblem", "evaluate"]
