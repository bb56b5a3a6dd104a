"""Deadlines («Сроки»): every phrase a roadmap cell uses for dates, ranges, parts of the school year and
recurrence, read into ``Deadline`` entries. Month names and the school year come from
``bot.services.school_calendar``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from bot.services.roadmap_parser.model import Deadline, Recurrence
from bot.services.roadmap_parser.text import check_year, clean_inline, fold, scan
from bot.services.school_calendar import (
    calendar_year_of,
    full_year,
    half_year_bounds,
    last_day_of_month,
    month_of,
    quarter_bounds,
    teaching_bounds,
)


@dataclass(frozen=True)
class YearFrame:
    """Where a date written without its year goes. School year ``year`` (the default): September–December in
    ``year``, January–August in ``year + 1``, «в течение года» the teaching year. A roadmap written for calendar
    year ``year`` (``calendar``): every month in ``year``, «в течение года» 1 January – 31 December."""

    year: int
    calendar: bool = False

    def month_year(self, month: int) -> int:
        return self.year if self.calendar else calendar_year_of(month, self.year)

    def whole(self) -> tuple[date, date]:
        return (date(self.year, 1, 1), date(self.year, 12, 31)) if self.calendar else teaching_bounds(self.year)


def as_frame(year: int | YearFrame) -> YearFrame:
    if isinstance(year, YearFrame):
        check_year(year.year)
        return year
    check_year(year)
    return YearFrame(year)


def parse_deadline(text: str, academic_year: int | YearFrame) -> list[Deadline]:
    """Every deadline in one cell, in order. Text that is not understood becomes ``Deadline(text,
    understood=False)`` with no dates; an empty cell gives an empty list. ``academic_year``: the school year
    (or a ``YearFrame``) that dates written without a year belong to."""
    return scan_deadlines(clean_inline(text), as_frame(academic_year))


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    if digits is None:
        return None
    return full_year(int(digits.group()))


_Span = tuple[date | None, date | None, Recurrence | None]


class _ImpossibleDate(Exception):
    """The phrase is a date or a range, but no such date exists (31.02, a range that ends before it starts)."""


def _pair(m1: int, d1: int | None, y1: int | None, m2: int, d2: int | None, y2: int | None,
          frame: YearFrame) -> _Span | None:
    """A range «from (d1) m1 (y1) to (d2) m2 (y2)»; a missing year comes from the other end or the academic
    year; a missing day is the first (start) or last (end) day of the month."""
    first, last = (m1, d1 or 1), (m2, d2 or 31)
    if y1 is None and y2 is None:
        y2 = frame.month_year(m2)
        y1 = y2 if first <= last else y2 - 1
    elif y2 is None:
        assert y1 is not None
        y2 = y1 if last >= first else y1 + 1
    elif y1 is None:
        y1 = y2 if first <= last else y2 - 1
    try:
        start = date(y1, m1, d1 or 1)
        end = date(y2, m2, d2 or last_day_of_month(y2, m2))
    except ValueError:
        raise _ImpossibleDate from None
    if start > end:
        raise _ImpossibleDate
    return start, end, None


def _single(month: int, day: int | None, year: int | None, frame: YearFrame) -> _Span:
    year = year or frame.month_year(month)
    try:
        return date(year, month, day or 1), date(year, month, day or last_day_of_month(year, month)), None
    except ValueError:
        raise _ImpossibleDate from None


def _date_parts(token: str) -> tuple[int, int, int | None]:
    parts = re.findall(r"\d+", token)
    return int(parts[0]), int(parts[1]), _year_of(parts[2]) if len(parts) > 2 else None


_YEAR_SUFFIX = r"(?:\s*(?:гг?|rr?|год(?:а|у)?)(?![а-яa-z])\.?)?"
_YEAR = rf"(?:19|20)\d{{2}}(?!\d){_YEAR_SUFFIX}"
_MONTH = r"[а-я]{3,}\.?"
_DAY = r"(?<!\d)\d{1,2}(?![\d.])"
_DATE = rf"(?<!\d)\d{{1,2}}[./]\d{{1,2}}(?:[./](?:\d{{4}}|\d{{2}}))?(?![\d])(?!\.\d){_YEAR_SUFFIX}"
_TO = r"(?:\s*-\s*|\s+по\s+|\s+до\s+)"
_PREFIX = r"(?:(?:в\s+теч[а-я]*\.?|в|во|на|к)\s+)?"
_WEEKDAY = r"(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)[а-я]*"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _b_date_range(m: re.Match[str], y: YearFrame) -> _Span | None:
    d1, m1, y1 = _date_parts(m["a"])
    d2, m2, y2 = _date_parts(m["b"])
    return _pair(m1, d1, y1, m2, d2, y2, y)


def _b_day_range(m: re.Match[str], y: YearFrame) -> _Span | None:
    m2 = month_of(m["m2"])
    m1 = month_of(m["m1"]) if m["m1"] else m2
    if m1 is None or m2 is None:
        return None
    return _pair(m1, int(m["d1"]), _year_of(m["y1"]), m2, int(m["d2"]), _year_of(m["y2"]), y)


def _b_until(m: re.Match[str], y: YearFrame) -> _Span | None:
    if m["date"]:
        day, month, year = _date_parts(m["date"])
        span: _Span | None = _single(month, day, year, y)
    else:
        month_number = month_of(m["m"])
        span = _single(month_number, int(m["d"]) if m["d"] else None, _year_of(m["y"]), y) if month_number else None
    return (None, span[1], None) if span else None


def _b_date(m: re.Match[str], y: YearFrame) -> _Span | None:
    day, month, year = _date_parts(m["date"])
    return _single(month, day, year, y)


def _b_day(m: re.Match[str], y: YearFrame) -> _Span | None:
    month = month_of(m["m"])
    return _single(month, int(m["d"]), _year_of(m["y"]), y) if month else None


def _b_month_range(m: re.Match[str], y: YearFrame) -> _Span | None:
    m1, m2 = month_of(m["m1"]), month_of(m["m2"])
    if m1 is None or m2 is None:
        return None
    return _pair(m1, None, _year_of(m["y1"]), m2, None, _year_of(m["y2"]), y)


def _b_month(m: re.Match[str], y: YearFrame) -> _Span | None:
    month = month_of(m["m"])
    return _single(month, None, _year_of(m["y"]), y) if month else None


def _b_part_of_year(bounds: Callable[[int, int], tuple[date, date] | None]) -> Callable[..., _Span | None]:
    def build(m: re.Match[str], y: YearFrame) -> _Span | None:
        number = _ROMAN.get(m["n"])
        found = bounds(number, y.year) if number is not None else None
        if found and y.calendar and found[0].year > y.year:  # a roadmap for a calendar year: its own January–May
            found = bounds(number, y.year - 1) if number is not None else None
        return (found[0], found[1], None) if found else None

    return build


def _b_academic_years(m: re.Match[str], y: YearFrame) -> _Span | None:
    first, second = int(m["y1"]), int(m["y2"])
    second = second + (first // 100) * 100 if second < 100 else second
    if second == first + 1:
        start, end = teaching_bounds(first)
        return start, end, None
    if second > first + 1:
        return date(first, 1, 1), date(second, 12, 31), None
    return None


def _b_academic(m: re.Match[str], y: YearFrame) -> _Span:
    start, end = y.whole()
    return start, end, None


def _b_year(m: re.Match[str], y: YearFrame) -> _Span:
    year = int(m["y"][:4])
    return date(year, 1, 1), date(year, 12, 31), None


_Handler = tuple[re.Pattern[str], Callable[[re.Match[str], YearFrame], _Span | None]]


def _h(pattern: str, build: Callable[[re.Match[str], YearFrame], _Span | None]) -> _Handler:
    return re.compile(pattern, re.DOTALL), build


# Phrases that fix dates by themselves (no recurrence); also what may follow «еженедельно» / «ежегодно».
_SPAN_HANDLERS: tuple[_Handler, ...] = (
    _h(r"(?:в\s+теч[а-я]*\.?\s+)?(?P<y1>(?:19|20)\d{2})\s*[-/]\s*(?P<y2>(?:19|20)?\d{2})(?!\d)"
       r"(?:\s*уч[а-я]*\.?)?(?:\s*(?:гг?|год[а-я]*)(?![а-я])\.?)?", _b_academic_years),
    _h(r"(?:в\s+)?теч[а-я]*\.?\s+(?:всего\s+)?(?:(?:учебного|уч\.)\s*)?(?:года|г\.|периода|срока)(?![а-я])"
       r"(?:\s+(?:реализации|действия)(?:\s+(?:программы|дорожной\s+карты)(?:\s+наставничества)?)?)?",
       _b_academic),
    _h(r"(?:(?:на\s+)?весь\s+(?:учебный\s+)?(?:год|период)|постоянно|(?:в\s+)?учебн[а-я]+\s+год[а-я]*)(?![а-я])",
       _b_academic),
    _h(rf"(?:с\s+)?(?P<a>{_DATE}){_TO}(?P<b>{_DATE})", _b_date_range),
    _h(rf"(?:с\s+)?(?P<d1>{_DAY})(?:\s*(?P<m1>{_MONTH})(?:\s*(?P<y1>{_YEAR}))?)?{_TO}"
       rf"(?P<d2>{_DAY})\s*(?P<m2>{_MONTH})(?:\s*(?P<y2>{_YEAR}))?", _b_day_range),
    _h(rf"(?:до|не\s+позднее|не\s+позже)\s+(?:(?P<date>{_DATE})|(?:(?P<d>{_DAY})\s*)?(?:конца\s+)?(?P<m>{_MONTH})"
       rf"(?:\s*(?P<y>{_YEAR}))?)", _b_until),
    _h(rf"(?P<date>{_DATE})", _b_date),
    _h(rf"(?P<d>{_DAY})\s*(?P<m>{_MONTH})(?:\s*(?P<y>{_YEAR}))?", _b_day),
    _h(rf"{_PREFIX}(?:с\s+)?(?P<m1>{_MONTH})(?:\s*(?P<y1>{_YEAR}))?{_TO}(?P<m2>{_MONTH})(?:\s*(?P<y2>{_YEAR}))?",
       _b_month_range),
    _h(r"(?:в\s+)?(?P<n>iv|i{1,3}|[1-4])\s*(?:-?[а-я]{1,2}\s+)?четверт[а-я]*", _b_part_of_year(quarter_bounds)),
    _h(r"(?:в\s+)?(?P<n>i{1,2}|[12])\s*(?:-?[а-я]{1,2}\s+)?полугоди[а-я]*", _b_part_of_year(half_year_bounds)),
    _h(rf"{_PREFIX}(?P<m>{_MONTH})(?:\s*(?P<y>{_YEAR}))?(?![а-я])", _b_month),
    _h(rf"(?:в\s+)?(?P<y>{_YEAR})", _b_year),
)
_EVENT = re.compile(
    r"(?:по\s+факту|в\s+соответствии\b|согласно\b|по\s+окончани[а-я]*|по\s+завершени[а-я]*|по\s+итогам\b"
    r"|по\s+мере\b|по\s+запросу\b|по\s+необходимости\b|при\s+необходимости\b|по\s+плану\b|по\s+графику\b"
    r"|по\s+согласованию\b|после\b).*",
    re.DOTALL,
)
_WEEKLY = re.compile(
    rf"(?:(?:еженедельно|каждую\s+неделю|(?:1|один)?\s*раз\s+в\s+неделю)(?:\s*,?\s*(?:по|в|во)\s+{_WEEKDAY})?"
    rf"|(?:каждый|каждую|по)\s+{_WEEKDAY})"
)
_YEARLY = re.compile(r"(?:ежегодно|каждый\s+год)(?![а-я])")
_RECURRING: tuple[tuple[re.Pattern[str], Recurrence], ...] = ((_WEEKLY, "weekly"), (_YEARLY, "yearly"))
_YEARLY_AFTER = re.compile(r"\s*,?\s*\(?\s*(?:ежегодно|каждый\s+год)(?![а-я])\s*\)?")
_SEPARATORS = re.compile(r"(?:[\s,;/+|•()\[\]]|(?:и|или)\s)+")
_FILLER = {"г", "гг", "года", "год", "и", "или", "в", "во", "с", "до", "по", "на", "уч", "-", "—"}


def _match_span(folded: str, pos: int, academic_year: YearFrame) -> tuple[int, _Span | None] | None:
    """Where the first phrase that fixes dates ends, and its span (None: a date that cannot exist)."""
    for pattern, build in _SPAN_HANDLERS:
        m = pattern.match(folded, pos)
        if m is None:
            continue
        try:
            span = build(m, academic_year)
        except _ImpossibleDate:
            return m.end(), None
        if span is not None:
            return m.end(), span
    return None


def _match_deadline(folded: str, pos: int, academic_year: YearFrame) -> tuple[int, _Span | None] | None:
    """The longest understood phrase starting at ``pos``: event-driven, weekly, yearly or a span of dates."""
    if m := _EVENT.match(folded, pos):
        return m.end(), (None, None, None)
    for pattern, recurrence in _RECURRING:
        if m := pattern.match(folded, pos):
            end = m.end()
            after = _SEPARATORS.match(folded, end)
            following = _match_span(folded, after.end() if after else end, academic_year)
            if following is None:
                start, stop = academic_year.whole()
                return end, (start, stop, recurrence)
            end, span = following
            return end, (span[0], span[1], recurrence) if span else None
    found = _match_span(folded, pos, academic_year)
    if found is None or found[1] is None:
        return found
    end, (first, last, repeats) = found[0], found[1]
    if m := _YEARLY_AFTER.match(folded, end):
        end, repeats = m.end(), "yearly"
    return end, (first, last, repeats)


def scan_deadlines(text: str, academic_year: int | YearFrame) -> list[Deadline]:
    frame = as_frame(academic_year)
    folded = fold(text)

    def match(pos: int) -> tuple[int, Deadline] | None:
        matched = _match_deadline(folded, pos, frame)
        if matched is None:
            return None
        end, span = matched
        piece = text[pos:end].strip(" ,;")
        return end, Deadline(piece, understood=False) if span is None else Deadline(piece, *span)

    def unknown(piece: str) -> Deadline | None:
        piece = piece.strip(" ,;")
        words = [w for w in re.split(r"[\s.,;:]+", fold(piece)) if w]
        if re.search(r"[a-zа-я0-9]", fold(piece)) and not all(w in _FILLER for w in words):
            return Deadline(piece, understood=False)
        return None

    found = scan(text, folded, _SEPARATORS, match, unknown)
    if not found and not all(w in _FILLER for w in re.split(r"[\s.,;:]+", folded) if w):
        found.append(Deadline(text, understood=False))  # noise alone («???») still means «not understood»
    return found


_OPEN_END = re.compile(r"(?:[-,/]|(?:^|\s)(?:с|со|по|до|и))\s*$")
_CONTINUED_START = re.compile(r"^\s*(?:-|по\s|до\s|[а-яё])")


def deadline_open(before: str) -> bool:
    """The deadline text stops mid-phrase («Сентябрь -», «с 1 сентября по»): its end is on the next line."""
    return bool(_OPEN_END.search(fold(clean_inline(before))))


def deadline_continues(before: str, after: str) -> bool:
    """``after`` (the same column one line down, first column empty) goes on with the deadline ``before``:
    «Сентябрь -» / «ноябрь» / «ежегодно» is one deadline, not three."""
    before_text, after_text = clean_inline(before), clean_inline(after).translate(_DASH_TO_HYPHEN)
    if not before_text or not after_text:
        return False
    return deadline_open(before_text) or bool(_CONTINUED_START.match(after_text))


_DASH_TO_HYPHEN = str.maketrans({c: "-" for c in "\u2012\u2013\u2014\u2015\u2212"})
