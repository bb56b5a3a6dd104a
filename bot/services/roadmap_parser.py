"""Read a school's roadmap («дорожная карта») into stages, activities, deadlines and responsible staff.

Pure Python: no aiogram, no database. The input is a ``.docx`` table, a tab-separated ``.txt``/``.tsv`` export,
a markdown table, or plain text with numbered stage headings. A document never makes the parser fail: what it
does not understand is kept as text and reported in ``warnings``.

Dates follow the academic year ``Y`` (1 September ``Y`` – 31 August ``Y+1``): a month written without a year is
placed in that span (September–December → ``Y``, January–August → ``Y+1``); a phrase with a year keeps it.
"""

from __future__ import annotations

import calendar
import difflib
import html
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal, TypeVar

Recurrence = Literal["yearly", "weekly"]
ResponsibleKind = Literal["person", "role"]

SUPPORTED_SUFFIXES = (".docx", ".txt", ".tsv", ".md")

_T = TypeVar("_T")


class ParseWarning(str):
    """A warning as English text (the CLI, JSON) that also carries a code and values, so the chat can show
    it in the reader's language (``roadmap-warn-<code>`` in locales/)."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, message: str, /, **values: Any) -> ParseWarning:
        warning = super().__new__(cls, message)
        warning.code = code
        warning.values = values
        return warning

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "values": self.values, "text": str(self)}


class RoadmapFileError(Exception):
    """The file cannot be read as a roadmap: missing, unreadable, damaged or of an unsupported type."""


@dataclass(frozen=True)
class Deadline:
    """One deadline as written (``text``) and as understood. ``understood`` is False when the dates are unknown
    because the text was not understood (event-driven phrases such as «По факту» are understood, with no dates)."""

    text: str
    start: date | None = None
    end: date | None = None
    recurrence: Recurrence | None = None
    understood: bool = True

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "recurrence": self.recurrence,
        }


@dataclass(frozen=True)
class Responsible:
    """A person («Фамилия И.О.», normalised) or a role (canonical name from the vocabulary, or the text as
    written when ``understood`` is False)."""

    text: str
    kind: ResponsibleKind
    understood: bool = True

    def to_json_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind}


@dataclass
class Task:
    """One row of the roadmap table: an event («Мероприятие», may be empty) with the activities it consists of
    and the deadlines and staff written next to them."""

    heading: str
    activities: list[str] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    responsible: list[Responsible] = field(default_factory=list)


@dataclass
class Stage:
    number: int
    title: str
    tasks: list[Task] = field(default_factory=list)

    @property
    def activities(self) -> list[str]:
        return [activity for task in self.tasks for activity in task.activities]

    @property
    def deadlines(self) -> list[Deadline]:
        """Every deadline of the stage once, in document order."""
        return _unique(d for task in self.tasks for d in task.deadlines)

    @property
    def responsible(self) -> list[Responsible]:
        """Every responsible entry of the stage once, in document order."""
        return _unique(r for task in self.tasks for r in task.responsible)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "activities": self.activities,
            "deadlines": [d.to_json_dict() for d in self.deadlines],
            "responsible": [r.to_json_dict() for r in self.responsible],
        }


@dataclass
class ParsedRoadmap:
    stages: list[Stage]
    warnings: list[str]

    def to_json_dict(self) -> dict[str, Any]:
        return {"stages": [s.to_json_dict() for s in self.stages], "warnings": list(self.warnings)}


# --------------------------------------------------------------------------------------------------- public API


def parse_roadmap(path: Path, academic_year: int) -> ParsedRoadmap:
    """Read a roadmap file. Raises RoadmapFileError when the file cannot be read; never for its contents."""
    _check_year(academic_year)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or "(no extension)"
        raise RoadmapFileError(f"{path}: unsupported file type {shown}; use .docx, .txt, .tsv or .md")
    if not path.is_file():
        raise RoadmapFileError(f"{path}: no such file")
    if suffix == ".docx":
        tables, paragraphs = _read_docx(path)
        return _parse_docx(tables, paragraphs, academic_year)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RoadmapFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from None
    return parse_text(_decode(raw), academic_year)


def parse_text(text: str, academic_year: int) -> ParsedRoadmap:
    """Parse a roadmap given as text: tab-separated rows, a markdown pipe table, or numbered stage headings."""
    _check_year(academic_year)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    pipe_rows = [_split_pipe_row(line) for line in lines if line.lstrip().startswith("|")]
    if any(_header_columns(cells) for cells in pipe_rows if cells is not None):
        rows = [_split_pipe_row(line) if line.lstrip().startswith("|") else [line] for line in lines]
        return _TableParser(academic_year).parse([[r for r in rows if r is not None]])
    tab_lines = [line.split("\t") for line in lines]
    if any(_header_columns(cells) for cells in tab_lines if len(cells) > 1):
        return _TableParser(academic_year).parse([_join_split_lines(lines)])
    return _parse_plain_text(lines, academic_year)


def parse_deadline(text: str, academic_year: int) -> list[Deadline]:
    """Every deadline in one cell, in order. Text that is not understood becomes ``Deadline(text,
    understood=False)`` with no dates; an empty cell gives an empty list."""
    _check_year(academic_year)
    return _scan_deadlines(_clean_inline(text), academic_year)


def parse_responsible(text: str) -> list[Responsible]:
    """Split a «Ответственные» cell into persons («Фамилия И.О.») and known roles; leftover text becomes a role
    with ``understood=False``."""
    return _scan_responsible(_clean_inline(text))


def split_activities(text: str) -> list[str]:
    """Split a «Содержание деятельности» cell into activities: HTML list items and paragraphs, numbered items
    («1. … 2. …») and dash bullets after a colon or semicolon."""
    items: list[str] = []
    for block in _html_to_blocks(text).split("\n"):
        block = _SPACES.sub(" ", block).strip()
        if not block:
            continue
        for part in _split_numbered(block):
            items.extend(_split_bullets(part))
    return [cleaned for cleaned in (_clean_activity(item) for item in items) if cleaned]


# ------------------------------------------------------------------------------------------- text normalisation

_SPACES = re.compile(r"\s+")
_BLOCK_TAG = re.compile(r"</?(?:p|li|ol|ul|br|div|tr|td|h[1-6])\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"})
_LATIN_LOOKALIKES = str.maketrans("aceopxyk", "асеорхук")
_WORD = re.compile(r"[a-zа-я0-9]+")
_CYRILLIC = re.compile(r"[а-я]")


def _check_year(academic_year: int) -> None:
    if not 1900 <= academic_year <= 2999:
        raise ValueError(f"academic year {academic_year} is out of range")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1251", errors="replace")


def _html_to_blocks(text: str) -> str:
    """Block tags become line breaks, inline tags (<i>, <b>, <span> …) disappear, entities are decoded."""
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    return html.unescape(text).replace("**", "").replace("\u00ad", "")


def _clean_inline(text: str) -> str:
    """One line of plain text: no markup, single spaces."""
    return _SPACES.sub(" ", _html_to_blocks(text)).strip()


def _fold(text: str) -> str:
    """Lower case, «ё» → «е», every dash → «-», Latin look-alikes and a leading zero inside Russian words →
    Cyrillic. The result has the same length as ``text``, so positions found in it slice ``text``."""
    folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("ё", "е").translate(_DASHES)

    def fix(match: re.Match[str]) -> str:
        token = match.group()
        if _CYRILLIC.search(token) or len(token) == 1:
            token = token.translate(_LATIN_LOOKALIKES)
        if re.fullmatch(r"0[а-я]{3,}", token) or re.fullmatch(r"[а-я]+0[а-я]+", token):
            token = token.replace("0", "о")
        return token

    return _WORD.sub(fix, folded)


def _unique(items: Iterable[_T]) -> list[_T]:
    seen: list[_T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


# -------------------------------------------------------------------------------------------------- deadlines

_MONTH_FORMS: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "январе"),
    2: ("февраль", "февраля", "феврале"),
    3: ("март", "марта", "марте"),
    4: ("апрель", "апреля", "апреле"),
    5: ("май", "мая", "мае"),
    6: ("июнь", "июня", "июне"),
    7: ("июль", "июля", "июле"),
    8: ("август", "августа", "августе"),
    9: ("сентябрь", "сентября", "сентябре"),
    10: ("октябрь", "октября", "октябре"),
    11: ("ноябрь", "ноября", "ноябре"),
    12: ("декабрь", "декабря", "декабре"),
}
_FORM_TO_MONTH = {form: month for month, forms in _MONTH_FORMS.items() for form in forms}
_MONTH_ABBREVIATIONS = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}


def _month_of(word: str | None) -> int | None:
    """Month number of a Russian month word in any usual form, abbreviated or with an OCR typo."""
    if not word:
        return None
    word = word.rstrip(".")
    if word in _FORM_TO_MONTH:
        return _FORM_TO_MONTH[word]
    if word in _MONTH_ABBREVIATIONS:
        return _MONTH_ABBREVIATIONS[word]
    if len(word) >= 5:
        close = difflib.get_close_matches(word, _FORM_TO_MONTH, n=1, cutoff=0.8)
        if close:
            return _FORM_TO_MONTH[close[0]]
    return None


def _year_for(month: int, academic_year: int) -> int:
    return academic_year if month >= 9 else academic_year + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_of(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    if digits is None:
        return None
    value = int(digits.group())
    return value + 2000 if value < 100 else value


def _academic_span(academic_year: int) -> tuple[date, date]:
    return date(academic_year, 9, 1), date(academic_year + 1, 5, 31)


_Span = tuple[date | None, date | None, Recurrence | None]


class _ImpossibleDate(Exception):
    """The phrase is a date or a range, but no such date exists (31.02, a range that ends before it starts)."""


def _pair(m1: int, d1: int | None, y1: int | None, m2: int, d2: int | None, y2: int | None,
          academic_year: int) -> _Span | None:
    """A range «from (d1) m1 (y1) to (d2) m2 (y2)»; a missing year comes from the other end or the academic
    year; a missing day is the first (start) or last (end) day of the month."""
    first, last = (m1, d1 or 1), (m2, d2 or 31)
    if y1 is None and y2 is None:
        y2 = _year_for(m2, academic_year)
        y1 = y2 if first <= last else y2 - 1
    elif y2 is None:
        assert y1 is not None
        y2 = y1 if last >= first else y1 + 1
    elif y1 is None:
        y1 = y2 if first <= last else y2 - 1
    try:
        start = date(y1, m1, d1 or 1)
        end = date(y2, m2, d2 or _last_day(y2, m2))
    except ValueError:
        raise _ImpossibleDate from None
    if start > end:
        raise _ImpossibleDate
    return start, end, None


def _single(month: int, day: int | None, year: int | None, academic_year: int) -> _Span:
    year = year or _year_for(month, academic_year)
    try:
        return date(year, month, day or 1), date(year, month, day or _last_day(year, month)), None
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
_QUARTERS = {1: ((9, 1), (10, 31), 0), 2: ((11, 1), (12, 31), 0), 3: ((1, 1), (3, 31), 1), 4: ((4, 1), (5, 31), 1)}
_HALVES = {1: ((9, 1), (12, 31), 0), 2: ((1, 1), (5, 31), 1)}


def _b_date_range(m: re.Match[str], y: int) -> _Span | None:
    d1, m1, y1 = _date_parts(m["a"])
    d2, m2, y2 = _date_parts(m["b"])
    return _pair(m1, d1, y1, m2, d2, y2, y)


def _b_day_range(m: re.Match[str], y: int) -> _Span | None:
    m2 = _month_of(m["m2"])
    m1 = _month_of(m["m1"]) if m["m1"] else m2
    if m1 is None or m2 is None:
        return None
    return _pair(m1, int(m["d1"]), _year_of(m["y1"]), m2, int(m["d2"]), _year_of(m["y2"]), y)


def _b_until(m: re.Match[str], y: int) -> _Span | None:
    if m["date"]:
        day, month, year = _date_parts(m["date"])
        span: _Span | None = _single(month, day, year, y)
    else:
        month_number = _month_of(m["m"])
        span = _single(month_number, int(m["d"]) if m["d"] else None, _year_of(m["y"]), y) if month_number else None
    return (None, span[1], None) if span else None


def _b_date(m: re.Match[str], y: int) -> _Span | None:
    day, month, year = _date_parts(m["date"])
    return _single(month, day, year, y)


def _b_day(m: re.Match[str], y: int) -> _Span | None:
    month = _month_of(m["m"])
    return _single(month, int(m["d"]), _year_of(m["y"]), y) if month else None


def _b_month_range(m: re.Match[str], y: int) -> _Span | None:
    m1, m2 = _month_of(m["m1"]), _month_of(m["m2"])
    if m1 is None or m2 is None:
        return None
    return _pair(m1, None, _year_of(m["y1"]), m2, None, _year_of(m["y2"]), y)


def _b_month(m: re.Match[str], y: int) -> _Span | None:
    month = _month_of(m["m"])
    return _single(month, None, _year_of(m["y"]), y) if month else None


def _b_part_of_year(table: dict[int, tuple[tuple[int, int], tuple[int, int], int]]) -> Callable[..., _Span | None]:
    def build(m: re.Match[str], y: int) -> _Span | None:
        number = _ROMAN.get(m["n"])
        if number not in table:
            return None
        (sm, sd), (em, ed), shift = table[number]
        return date(y + shift, sm, sd), date(y + shift, em, ed), None

    return build


def _b_academic_years(m: re.Match[str], y: int) -> _Span | None:
    first, second = int(m["y1"]), int(m["y2"])
    second = second + (first // 100) * 100 if second < 100 else second
    if second == first + 1:
        start, end = _academic_span(first)
        return start, end, None
    if second > first + 1:
        return date(first, 1, 1), date(second, 12, 31), None
    return None


def _b_academic(m: re.Match[str], y: int) -> _Span:
    start, end = _academic_span(y)
    return start, end, None


def _b_year(m: re.Match[str], y: int) -> _Span:
    year = int(m["y"][:4])
    return date(year, 1, 1), date(year, 12, 31), None


_Handler = tuple[re.Pattern[str], Callable[[re.Match[str], int], _Span | None]]


def _h(pattern: str, build: Callable[[re.Match[str], int], _Span | None]) -> _Handler:
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
    _h(r"(?:в\s+)?(?P<n>iv|i{1,3}|[1-4])\s*(?:-?[а-я]{1,2}\s+)?четверт[а-я]*", _b_part_of_year(_QUARTERS)),
    _h(r"(?:в\s+)?(?P<n>i{1,2}|[12])\s*(?:-?[а-я]{1,2}\s+)?полугоди[а-я]*", _b_part_of_year(_HALVES)),
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


def _match_span(folded: str, pos: int, academic_year: int) -> tuple[int, _Span | None] | None:
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


def _match_deadline(folded: str, pos: int, academic_year: int) -> tuple[int, _Span | None] | None:
    """The longest understood phrase starting at ``pos``: event-driven, weekly, yearly or a span of dates."""
    if m := _EVENT.match(folded, pos):
        return m.end(), (None, None, None)
    for pattern, recurrence in _RECURRING:
        if m := pattern.match(folded, pos):
            end = m.end()
            after = _SEPARATORS.match(folded, end)
            following = _match_span(folded, after.end() if after else end, academic_year)
            if following is None:
                start, stop = _academic_span(academic_year)
                return end, (start, stop, recurrence)
            end, span = following
            return end, (span[0], span[1], recurrence) if span else None
    found = _match_span(folded, pos, academic_year)
    if found is None or found[1] is None:
        return found
    end, (start, stop, recurrence) = found
    if m := _YEARLY_AFTER.match(folded, end):
        end, recurrence = m.end(), "yearly"
    return end, (start, stop, recurrence)


def _scan(
    text: str,
    folded: str,
    separators: re.Pattern[str],
    match: Callable[[int], tuple[int, _T] | None],
    unknown: Callable[[str], _T | None],
) -> list[_T]:
    """Walk a cell left to right: skip separators, take what ``match`` recognises, and hand every run of
    words it does not recognise to ``unknown`` (which may turn it into an entry or drop it)."""
    found: list[_T] = []
    pos, unknown_from = 0, -1

    def flush(until: int) -> None:
        if unknown_from >= 0 and (entry := unknown(text[unknown_from:until])) is not None:
            found.append(entry)

    while pos < len(folded):
        sep = separators.match(folded, pos)
        if sep and sep.end() > pos:
            pos = sep.end()
            continue
        matched = match(pos)
        if matched is None:
            if unknown_from < 0:
                unknown_from = pos
            word = _WORD.match(folded, pos)
            pos = word.end() if word else pos + 1
            continue
        flush(pos)
        unknown_from = -1
        pos, entry = matched
        found.append(entry)
    flush(len(text))
    return found


def _scan_deadlines(text: str, academic_year: int) -> list[Deadline]:
    folded = _fold(text)

    def match(pos: int) -> tuple[int, Deadline] | None:
        matched = _match_deadline(folded, pos, academic_year)
        if matched is None:
            return None
        end, span = matched
        piece = text[pos:end].strip(" ,;")
        return end, Deadline(piece, understood=False) if span is None else Deadline(piece, *span)

    def unknown(piece: str) -> Deadline | None:
        piece = piece.strip(" ,;")
        words = [w for w in re.split(r"[\s.,;:]+", _fold(piece)) if w]
        if re.search(r"[a-zа-я0-9]", _fold(piece)) and not all(w in _FILLER for w in words):
            return Deadline(piece, understood=False)
        return None

    found = _scan(text, folded, _SEPARATORS, match, unknown)
    if not found and not all(w in _FILLER for w in re.split(r"[\s.,;:]+", folded) if w):
        found.append(Deadline(text, understood=False))  # noise alone («???») still means «not understood»
    return found


# ------------------------------------------------------------------------------------------------ responsible

_ZAM_AREA = (r"увр|вр|ур|умр|нмр|мр|ахр|ахч|ир|ит|безопасности|учебно-воспитательной\s+работе"
             r"|воспитательной\s+работе|учебной\s+работе|научно-методической\s+работе|методической\s+работе")
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + r"(?![а-я])"))
    for name, pattern in (
        ("Заместитель директора", rf"зам(?:еститель|\.)?\s*директора(?:\s+по\s+(?P<area>{_ZAM_AREA}))?"),
        ("Советник директора по воспитанию", r"советник(?:и)?\s+директора(?:\s+по\s+воспитанию)?"),
        ("Директор", r"директор"),
        ("Руководитель ШМО", r"руководител[ьи]\s+(?:ш?мо|методическ(?:ого|их)\s+объединени[йя])"),
        ("Педагог-психолог", r"педагог(?:и)?\s*-?\s*психолог(?:и)?"),
        ("Психолог", r"психолог(?:и)?"),
        ("Социальный педагог", r"социальн(?:ый|ые)\s+педагог(?:и)?"),
        ("Педагог-организатор", r"педагог(?:и)?\s*-\s*организатор(?:ы)?"),
        ("Педагог дополнительного образования", r"педагог(?:и)?\s+дополнительного\s+образования"),
        ("Учитель-логопед", r"(?:учител[ьяи]\s*-\s*)?логопед(?:ы)?"),
        ("Учителя-предметники", r"учител[ьяи]\s*-?\s*предметник(?:и)?"),
        ("Классные руководители", r"классн(?:ые|ый)\s+руководител[ьи]"),
        ("Рабочая группа", r"рабоч(?:ая|ей)\s+групп[аы]"),
        ("Координатор", r"координатор(?:ы)?"),
        ("Куратор", r"куратор(?:ы)?"),
        ("Наставник", r"наставник(?:и)?"),
        ("Наставляемые", r"наставляем(?:ые|ый)"),
        ("Методист", r"методист(?:ы)?"),
        ("Тьютор", r"тьютор(?:ы)?"),
        ("Старший вожатый", r"(?:старш(?:ий|ая)\s+)?вожат(?:ый|ая|ые)"),
        ("Педагог-библиотекарь", r"(?:педагог\s*-\s*)?библиотекар[ьи]"),
        ("Администрация", r"администраци[яи](?:\s+(?:школы|лицея|гимназии|оо))?"),
        ("Педагогический коллектив", r"педагогический\s+коллектив"),
        ("Педагогический совет", r"педагогический\s+совет"),
        ("Учителя", r"учител[ьяи]"),
        ("Педагоги", r"педагог(?:и)?"),
        ("Родители", r"родител[ьи](?:\s*\(законные\s+представители\))?"),
        ("Обучающиеся", r"(?:обучающи|учащи)(?:еся|йся)"),
    )
)
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?"
_PERSON_FULL = re.compile(rf"({_SURNAME})\s+([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ич))(?![а-яё])")
_PERSON_SURNAME_FIRST = re.compile(rf"(?P<s>{_SURNAME})\s+(?P<i>{_INITIALS})(?![а-яёА-ЯЁ])")
_PERSON_INITIALS_FIRST = re.compile(rf"(?P<i>{_INITIALS})\s?(?P<s>{_SURNAME})(?![а-яё])")
_RESPONSIBLE_SEPARATORS = re.compile(r"(?:[\s,;/+()\[\]•]|(?:и|а\s+также)\s)+")


def _initials(text: str) -> str:
    letters = re.findall(r"[А-ЯЁ]", text)
    return "".join(f"{letter}." for letter in letters)


def _match_responsible(text: str, folded: str, pos: int) -> tuple[int, Responsible] | None:
    for name, pattern in _ROLES:
        m = pattern.match(folded, pos)
        if m:
            area = m.groupdict().get("area")
            if area:
                area = _SPACES.sub(" ", area)
                name = f"{name} по {area.upper() if len(area) <= 4 else area}"
            return m.end(), Responsible(name, "role")
    if m := _PERSON_FULL.match(text, pos):
        return m.end(), Responsible(" ".join(m.groups()), "person")
    if m := _PERSON_SURNAME_FIRST.match(text, pos):
        return m.end(), Responsible(f"{m['s']} {_initials(m['i'])}", "person")
    if m := _PERSON_INITIALS_FIRST.match(text, pos):
        return m.end(), Responsible(f"{m['s']} {_initials(m['i'])}", "person")
    return None


def _scan_responsible(text: str) -> list[Responsible]:
    folded = _fold(text)

    def unknown(piece: str) -> Responsible | None:
        piece = piece.strip(" ,;-")
        return Responsible(piece, "role", understood=False) if re.search(r"\w", piece) else None

    return _unique(_scan(text, folded, _RESPONSIBLE_SEPARATORS, lambda pos: _match_responsible(text, folded, pos),
                         unknown))


# ------------------------------------------------------------------------------------------------- activities

_NUMBER_MARK = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=\S)")
_BULLET = re.compile(r"(?:^|(?<=[:;]))\s*[-–—•●▪]\s+")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[а-яёa-z]\.$", re.IGNORECASE)


def _split_numbered(block: str) -> list[str]:
    """Cut a block at «1. … 2. … 3. …»: the first number must open the block or follow a colon/full stop;
    later ones must continue the sequence, so numbers inside sentences stay put."""
    cuts: list[int] = []
    expected: int | None = None
    for m in _NUMBER_MARK.finditer(block):
        number = int(m.group(1))
        before = block[: m.start()].rstrip()
        if expected is None:
            if m.start() == 0 or (number == 1 and before.endswith((":", ".", ";"))):
                cuts.append(m.start())
                expected = number + 1
        elif number == expected:
            cuts.append(m.start())
            expected = number + 1
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block)] if cuts[0] else [*cuts, len(block)]
    return [block[a:b] for a, b in itertools.pairwise(bounds)]


def _split_bullets(part: str) -> list[str]:
    starts = [m.start() for m in _BULLET.finditer(part)]
    if not starts:
        return [part]
    bounds = [0, *starts, len(part)] if starts[0] else [*starts, len(part)]
    return [part[a:b] for a, b in itertools.pairwise(bounds)]


def _clean_activity(item: str) -> str:
    item = re.sub(r"^\s*(?:\d{1,2}[.)]|[-–—•●▪])\s*", "", item)
    item = _SPACES.sub(" ", item).strip().rstrip(" ;:,").strip()
    if item.endswith(".") and not _ABBREVIATION_END.search(item):
        item = item[:-1].rstrip()
    if not re.search(r"\w", item):
        return ""
    return item[0].upper() + item[1:] if item[0].islower() else item


def _clean_title(text: str) -> str:
    title = _clean_inline(text).strip(" .;:")
    return re.sub(r"^\d{1,2}[.)]\s*", "", title)


# ------------------------------------------------------------------------------------------------ table input


def _split_pipe_row(line: str) -> list[str] | None:
    """Cells of a markdown table row; None for the |---|---| separator row."""
    body = line.strip()
    if re.fullmatch(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?", body):
        return None
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
    return [cell.replace("\\|", "|").strip() for cell in re.split(r"(?<!\\)\|", body)]


_COLUMN_KINDS = (
    ("number", re.compile(r"^(?:№|n°|n|no|#)\s*(?:п\s*/\s*п)?\.?$|^п\s*/\s*п$")),
    ("deadline", re.compile(r"срок|^дат[аы]")),
    ("responsible", re.compile(r"ответствен|исполнител")),
    ("stage", re.compile(r"этап")),
    ("content", re.compile(r"содержани|деятельност|описани")),
    ("event", re.compile(r"мероприяти")),
)


def _header_columns(cells: Sequence[str]) -> dict[str, int] | None:
    """The column of each known kind when ``cells`` is a header row, else None."""
    columns: dict[str, int] = {}
    named = 0
    for index, cell in enumerate(cells):
        label = _fold(_clean_inline(cell)).strip(" .:*")
        if not label:
            continue
        if len(label) > 60:
            return None
        named += 1
        for kind, pattern in _COLUMN_KINDS:
            if pattern.search(label) and kind not in columns:
                columns[kind] = index
                break
    has_text_column = bool({"stage", "event", "content"} & columns.keys())
    if has_text_column and len(columns) >= 2 and len(columns) * 2 >= named:
        return columns
    return None


def _join_split_lines(lines: list[str]) -> list[list[str]]:
    """Tab-separated rows; a row whose cell was broken over two physical lines is joined back when the two
    pieces together have exactly the header's number of cells."""
    rows: list[list[str]] = []
    width = 0
    index = 0
    while index < len(lines):
        cells = lines[index].split("\t")
        index += 1
        header = _header_columns(cells) if len(cells) > 1 else None
        if header:
            width = len(cells)
        while width and 1 <= len(cells) < width and any(c.strip() for c in cells) and index < len(lines):
            following = lines[index].split("\t")
            first = following[0].strip()
            if (not first or re.fullmatch(r"\d{1,2}[.)]?", first) or _header_columns(following)
                    or len(cells) + len(following) - 1 != width):
                break
            cells = [*cells[:-1], f"{cells[-1].rstrip()} {following[0].lstrip()}", *following[1:]]
            index += 1
        rows.append(cells)
    return rows


def _read_docx(path: Path) -> tuple[list[list[list[str]]], list[str]]:
    """Rows of every table (merged cells de-duplicated: a repeat of the cell to the left or above is blank)
    and the body paragraphs, for documents without tables."""
    try:
        import docx  # python-docx; imported here so text roadmaps do not need it
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise RoadmapFileError("reading .docx needs python-docx: pip install 'python-docx>=1.1,<2'") from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise RoadmapFileError(f"{path}: not a readable .docx document ({exc})") from None
    except Exception as exc:  # zipfile.BadZipFile, lxml errors: a damaged file is not a crash
        raise RoadmapFileError(f"{path}: damaged .docx document ({type(exc).__name__})") from None
    try:
        return _docx_tables(document), [p.text for p in document.paragraphs[:MAX_DOCX_ROWS]]
    except Exception as exc:  # odd XML (bad spans, merges): a damaged file, not a crash
        raise RoadmapFileError(f"{path}: damaged .docx table ({type(exc).__name__})") from None


MAX_DOCX_ROWS = 2000  # a roadmap is a few pages; anything far bigger is not one
MAX_SPAN = 20  # columns one cell may span (a roadmap table has about six)


def _docx_tables(document: Any) -> list[list[list[str]]]:
    """Rows of every table from the XML cells themselves: a horizontally merged cell (gridSpan) gives its text
    once and blanks for the rest, a vertically continued one (vMerge) is blank, so nothing is read twice.
    Spans are capped: a crafted file cannot make millions of cells."""
    from docx.table import _Cell

    tables: list[list[list[str]]] = []
    for table in document.tables[:50]:
        rows: list[list[str]] = []
        for tr in table._tbl.tr_lst[:MAX_DOCX_ROWS]:
            texts: list[str] = []
            for tc in tr.tc_lst[:MAX_SPAN * 4]:
                span = max(1, min(int(tc.grid_span or 1), MAX_SPAN))
                continued = tc.vMerge == "continue"
                texts.append("" if continued else _Cell(tc, table).text)
                texts.extend([""] * (span - 1))
            rows.append(texts)
        tables.append(rows)
    return tables



def _parse_docx(tables: list[list[list[str]]], paragraphs: list[str], academic_year: int) -> ParsedRoadmap:
    if any(_header_columns(row) for rows in tables for row in rows):
        return _TableParser(academic_year).parse(tables)
    text_of_tables = ["\t".join(row) for rows in tables for row in rows]
    return _parse_plain_text([*paragraphs, *text_of_tables], academic_year)


@dataclass
class _Draft:
    """A task being read: raw cell texts, joined when a row continues the previous one."""

    heading: str
    content: str
    deadline: str
    responsible: str
    own_heading: bool


@dataclass
class _StageDraft:
    number: int
    title: str
    drafts: list[_Draft] = field(default_factory=list)


_STAGE_NUMBER = re.compile(r"^\s*(?:этап\s*)?(\d{1,2})\s*[.)]?\s*(?:этап)?\s*$", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*(?:этап\s*)?(\d{1,2})[.)]\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
_LIST_START = re.compile(r"^\s*(?:<[^>]+>\s*)*\d{1,2}[.)]\s")
_OPENING_BLOCK = re.compile(r"^\s*(?:<(?:p|li|ul|ol)\b[^>]*>\s*)+", re.IGNORECASE)
_CLOSING_BLOCK = re.compile(r"(?:\s*</(?:p|li|ul|ol)>)*\s*$", re.IGNORECASE)


class _TableParser:
    def __init__(self, academic_year: int) -> None:
        self.academic_year = academic_year
        self.columns: dict[str, int] = {}
        self.stages: list[_StageDraft] = []
        self.warnings: list[str] = []
        self.stray: list[str] = []

    def parse(self, tables: list[list[list[str]]]) -> ParsedRoadmap:
        seen_columns: set[str] = set()
        for rows in tables:
            for cells in rows:
                header = _header_columns(cells) if len(cells) > 1 else None
                if header:
                    self.columns = header
                    seen_columns |= header.keys()
                elif self.columns:
                    self._row([c.strip() for c in cells])
        stages = [self._finish(stage) for stage in self.stages]
        warnings = self._table_warnings(stages, seen_columns)
        return ParsedRoadmap(stages, _unique([*warnings, *self.warnings, *_numbering_warnings(stages)]))

    # -- one row

    def _cell(self, cells: list[str], kind: str) -> str:
        index = self.columns.get(kind)
        return cells[index] if index is not None and index < len(cells) else ""

    def _row(self, cells: list[str]) -> None:
        if not any(cells):
            return
        if len(cells) == 1:
            self.stray.append(cells[0])
            return
        numbers = [c for c in cells if c]
        if len(numbers) >= 3 and all(re.fullmatch(r"\d{1,2}\.?", c) for c in numbers):
            return  # the «1 2 3 4 5» row under a header
        cells = self._realign(cells)
        number_cell, heading = self._cell(cells, "number"), self._cell(cells, "event")
        content, deadline = self._cell(cells, "content"), self._cell(cells, "deadline")
        responsible = self._cell(cells, "responsible")
        # without a «Наименование этапа» column each numbered row is a stage named by its event or content
        title_cell = self._cell(cells, "stage" if "stage" in self.columns else "event" if heading else "content")
        if heading and not content and _LIST_START.match(heading):
            heading, content = "", heading  # an activity item written in the «Мероприятия» column
        current = self.stages[-1] if self.stages else None
        number, title = self._stage_of(number_cell, title_cell, current)
        if number is not None:
            if current is not None and number == current.number and (not title or title == current.title):
                pass  # a merged cell repeated on the next row
            else:
                current = _StageDraft(number, title)
                self.stages.append(current)
        elif title and current is not None and title != current.title:
            if not any((heading, content, deadline, responsible)) and not current.drafts:
                current.title = f"{current.title} {title}".strip()  # the title went on over two rows
                return
            current = _StageDraft(current.number + 1, title)
            self.stages.append(current)
            self.warnings.append(ParseWarning("stage-no-number", f"Stage «{title}» has no number; numbered "
                                              f"{current.number}", title=title, number=current.number))
        elif title and current is None:
            current = _StageDraft(1, title)
            self.stages.append(current)
        if current is None:
            self.stray.append(" ".join(c for c in cells if c))
            return
        self._add_to_stage(current, heading, content, deadline, responsible)

    def _stage_of(self, number_cell: str, title_cell: str, current: _StageDraft | None) -> tuple[int | None, str]:
        title = _clean_title(title_cell) if title_cell else ""
        if m := _STAGE_NUMBER.match(_clean_inline(number_cell)):
            return int(m.group(1)), title
        if number_cell and (m := _LEADING_NUMBER.match(_clean_inline(number_cell))) and not title:
            return int(m.group(1)), _clean_title(m.group(2))
        if not number_cell and title_cell and (m := _LEADING_NUMBER.match(_clean_inline(title_cell))):
            number = int(m.group(1))
            if current is None or number != current.number or _clean_title(m.group(2)) != current.title:
                return number, _clean_title(m.group(2))
        return None, title

    def _add_to_stage(self, stage: _StageDraft, heading: str, content: str, deadline: str, responsible: str) -> None:
        last = stage.drafts[-1] if stage.drafts else None
        if last is not None and not heading and not (deadline or responsible):
            if content:
                last.content = _join_content(last.content, content)
            return
        if last is not None and not heading and not content:
            last.deadline = f"{last.deadline} {deadline}".strip()
            last.responsible = f"{last.responsible} {responsible}".strip()
            return
        if not any((heading, content, deadline, responsible)):
            return
        own = bool(heading)
        if not heading and last is not None:
            heading = last.heading
        stage.drafts.append(_Draft(heading, content, deadline, responsible, own))

    def _realign(self, cells: list[str]) -> list[str]:
        """Put a row back in place when its cells slid sideways (an empty cell lost in the export): the cell
        that reads as a deadline, followed by one that reads as staff, moves under «Сроки»."""
        deadline_column = self.columns.get("deadline")
        if deadline_column is None:
            return cells
        responsible_column = self.columns.get("responsible")
        current = cells[deadline_column] if deadline_column < len(cells) else ""
        if current and _reads_as_deadline(current, self.academic_year):
            return cells
        for index, cell in enumerate(cells):
            if index == deadline_column or not cell or not _reads_as_deadline(cell, self.academic_year):
                continue
            shift = deadline_column - index
            if responsible_column is not None:
                staff_at = index + (responsible_column - deadline_column)
                staff = cells[staff_at] if 0 <= staff_at < len(cells) else ""
                if staff and not _reads_as_staff(staff):
                    continue
            if shift < 0 and any(cells[:-shift]):
                continue
            moved = [""] * shift + cells if shift > 0 else cells[-shift:]
            while len(moved) > len(cells) and not moved[-1]:
                moved.pop()
            return moved
        return cells

    # -- finishing

    def _finish(self, draft: _StageDraft) -> Stage:
        stage = Stage(draft.number, draft.title)
        for item in draft.drafts:
            activities = split_activities(item.content)
            if not activities and item.own_heading:
                activities = split_activities(item.heading)
            stage.tasks.append(Task(
                heading=_clean_inline(item.heading).strip(),
                activities=activities,
                deadlines=_scan_deadlines(_clean_inline(item.deadline), self.academic_year),
                responsible=_scan_responsible(_clean_inline(item.responsible)),
            ))
        self.warnings.extend(_stage_warnings(stage))
        return stage

    def _table_warnings(self, stages: list[Stage], columns: set[str]) -> list[str]:
        warnings: list[str] = []
        if not stages:
            warnings.append(ParseWarning("no-stages-table", "No stages found in the table: expected numbered rows "
                                         "under «Наименование этапа»"))
            return warnings
        if "deadline" not in columns:
            warnings.append(ParseWarning("no-deadline-column",
                                         "The table has no «Сроки» column: no deadlines were read"))
        if "responsible" not in columns:
            warnings.append(ParseWarning("no-responsible-column", "The table has no «Ответственные» column: no "
                                         "responsible staff were read"))
        for stage in stages:
            if "deadline" in columns and not stage.deadlines:
                warnings.append(ParseWarning("stage-no-deadline", f"{_stage_label(stage)}: no deadline",
                                             **_stage_values(stage)))
            if "responsible" in columns and not stage.responsible:
                warnings.append(ParseWarning("stage-no-responsible", f"{_stage_label(stage)}: no responsible staff",
                                             **_stage_values(stage)))
        warnings.extend(ParseWarning("outside-text", f"Text outside the table ignored: «{_clean_inline(line)[:80]}»",
                                     text=_clean_inline(line)[:80])
                        for line in self.stray if _clean_inline(line) and self.stages)
        return warnings


def _join_content(previous: str, continuation: str) -> str:
    """Append a content cell continued on the next row. A sentence cut mid-way (no closing punctuation before,
    a lower-case word after) is glued back into one activity; otherwise the continuation starts a new block."""
    before = _clean_inline(previous)
    after = _clean_inline(continuation)
    if before and after and before[-1] not in ".;:!?»)\"" and after[:1].islower():
        previous = _CLOSING_BLOCK.sub("", previous)
        return f"{previous} {_OPENING_BLOCK.sub('', continuation, count=1).lstrip()}"
    return f"{previous}\n{continuation}" if previous else continuation


def _reads_as_deadline(text: str, academic_year: int) -> bool:
    found = parse_deadline(text, academic_year)
    return bool(found) and all(d.understood for d in found)


def _reads_as_staff(text: str) -> bool:
    found = parse_responsible(text)
    return bool(found) and all(r.understood for r in found)


def _stage_label(stage: Stage) -> str:
    return f"Stage {stage.number} «{stage.title}»"


def _stage_values(stage: Stage) -> dict[str, Any]:
    return {"stage": stage.number, "title": stage.title}


def _stage_warnings(stage: Stage) -> list[str]:
    warnings: list[str] = [
        ParseWarning("deadline-unknown", f"{_stage_label(stage)}: deadline not understood: «{d.text}»",
                     text=d.text, **_stage_values(stage))
        for d in stage.deadlines if not d.understood]
    warnings += [
        ParseWarning("responsible-unknown", f"{_stage_label(stage)}: responsible «{r.text}» is not a known role or "
                     "a name («Фамилия И.О.»); kept as a role", text=r.text, **_stage_values(stage))
        for r in stage.responsible if not r.understood]
    if not stage.title:
        warnings.append(ParseWarning("stage-no-title", f"Stage {stage.number} has no title", stage=stage.number))
    return warnings


def _numbering_warnings(stages: list[Stage]) -> list[str]:
    """A stage that goes back in the numbering or repeats a number, and numbers nobody used."""
    warnings: list[str] = []
    seen: set[int] = set()
    for index, stage in enumerate(stages):
        if index and stage.number <= stages[index - 1].number:
            repeated = f" and repeats number {stage.number}" if stage.number in seen else ""
            warnings.append(ParseWarning(
                "stage-order", f"{_stage_label(stage)} comes after stage {stages[index - 1].number}{repeated}: "
                "numbering out of order (kept as in the document)", previous=stages[index - 1].number,
                repeated="yes" if repeated else "no", **_stage_values(stage)))
        seen.add(stage.number)
    if seen:
        warnings += [ParseWarning("missing-number", f"No stage is numbered {n}", number=n)
                     for n in range(min(seen), max(seen)) if n not in seen]
    return warnings


# ------------------------------------------------------------------------------------------------- plain text

_HEADING = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_INLINE_CONTENT = re.compile(r"^(.*?\S)\s+(1[.)]\s+\S.*)$")
_CONTENT_ITEM = re.compile(r"^(?:[-–—•●▪]\s|\d{1,2}[.)]\s)")


def _parse_plain_text(lines: list[str], academic_year: int) -> ParsedRoadmap:
    """A roadmap without a table: «N. Title» headings (possibly wrapped over several short lines) with the
    activities written below them. No deadlines or responsible staff can be read from such a document."""
    stages: list[tuple[int, str, list[str]]] = []
    index = 0
    stripped = [line.replace("\t", " ").strip() for line in lines]
    while index < len(stripped):
        line = stripped[index]
        paragraph_start = index == 0 or not stripped[index - 1]
        heading = _HEADING.match(line) if line and paragraph_start else None
        if heading:
            number = int(heading.group(1))
            end = index
            while end < len(stripped) and stripped[end]:
                end += 1
            paragraph = stripped[index:end]
            previous = stages[-1][0] if stages else 0
            inline = _INLINE_CONTENT.match(heading.group(2))
            if number > previous and inline and len(inline.group(1)) <= 80 and not _CONTENT_ITEM.match(
                    inline.group(1)):
                stages.append((number, _clean_title(inline.group(1)), [inline.group(2), *paragraph[1:]]))
                index = end
                continue
            text = " ".join([heading.group(2), *paragraph[1:]])
            title_like = (len(text) <= 120 and len(text.split()) <= 15 and not re.search(r"[.;:,]$", text)
                          and not re.search(r"\s\d{1,2}[.)]\s", text))
            if number > previous and title_like:
                stages.append((number, _clean_title(text), []))
                index = end
                continue
        if stages and line:
            stages[-1][2].append(line)
        index += 1
    result: list[Stage] = []
    for number, title, content_lines in stages:
        blocks: list[str] = []
        for content_line in content_lines:
            if _CONTENT_ITEM.match(content_line) or not blocks:
                blocks.append(content_line)
            else:
                blocks[-1] = f"{blocks[-1]} {content_line}"
        stage = Stage(number, title, [Task("", split_activities("\n".join(blocks)))])
        result.append(stage)
    warnings: list[str] = []
    if result:
        warnings.append(ParseWarning("no-table", "No table found: stages were read from numbered headings; the "
                                     "document has no deadlines or responsible staff"))
    else:
        warnings.append(ParseWarning("no-stages", "No stages found: expected a table with a «Наименование этапа» "
                                     "column or numbered stage headings"))
    warnings += [w for stage in result for w in _stage_warnings(stage)]
    return ParsedRoadmap(result, _unique([*warnings, *_numbering_warnings(result)]))
