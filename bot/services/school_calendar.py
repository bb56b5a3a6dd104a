"""The school calendar: «today» in an organisation, the school year, and every date a person may type.

Pure Python: no aiogram, no database.

* Today is the date in the organisation's time zone, never the server's.
* The school year ``Y`` runs 1 September ``Y`` – 31 August ``Y+1``; the teaching year inside it ends on 31 May ``Y+1``
  (quarters and halves are counted from September). From June on people plan the next school year.
* Typed dates: one grammar for every input path. ``parse_past_day`` reads the day a meeting took place,
  ``parse_due_day`` a due date, ``parse_date`` a strict dd.mm.yyyy questionnaire answer. The numeric forms are the
  same everywhere (dd.mm, dd.mm.yy, dd.mm.yyyy; «.», «/» or «-»); month names come from the one table below, which
  the roadmap parser's deadline grammar uses too. Errors are ``InvalidInput`` with a locale key.
"""

from __future__ import annotations

import calendar
import difflib
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.services.errors import InvalidInput

# ------------------------------------------------------------------------------------------------------ today


def local_today(now: datetime, timezone: str) -> date:
    """The date of the moment ``now`` in the IANA zone ``timezone`` (an organisation's «today»)."""
    return now.astimezone(ZoneInfo(timezone)).date()


# ------------------------------------------------------------------------------------------------ school year

SCHOOL_YEAR_START = (9, 1)  # 1 September
TEACHING_YEAR_END = (5, 31)  # 31 May: lessons are over, the summer belongs to the school year that ends
PLANNING_FROM_MONTH = 6  # from June on, people prepare the next school year


def school_year_of(day: date) -> int:
    """The school year ``day`` belongs to: 23.11.2026 → 2026, 15.03.2027 → 2026, 31.08.2027 → 2026."""
    return day.year if (day.month, day.day) >= SCHOOL_YEAR_START else day.year - 1


def planning_year(day: date) -> int:
    """The school year people work on at ``day``: the current one until 31 May, the next one from 1 June
    (a roadmap uploaded in June is for the coming September)."""
    return day.year if day.month >= PLANNING_FROM_MONTH else day.year - 1


def school_year_bounds(year: int) -> tuple[date, date]:
    """1 September ``year`` – 31 August ``year + 1``: the whole school year (reminders of a roadmap stop after it)."""
    return date(year, *SCHOOL_YEAR_START), date(year + 1, 8, 31)


def school_year_label(year: int) -> str:
    """How a school year is written: 2026 → «2026/27»."""
    return f"{year}/{(year + 1) % 100:02d}"


def teaching_bounds(year: int) -> tuple[date, date]:
    """1 September ``year`` – 31 May ``year + 1``: the teaching part of school year ``year`` («в течение года»)."""
    return date(year, *SCHOOL_YEAR_START), date(year + 1, *TEACHING_YEAR_END)


def school_year_end(today: date) -> date:
    """31 May ending the school year people work on at ``today``: 23.11.2026 → 31.05.2027, 15.03.2027 →
    31.05.2027, 10.06.2027 → 31.05.2028 (in June the one just finished is over; the next one is meant)."""
    return teaching_bounds(planning_year(today))[1]


def calendar_year_of(month: int, school_year: int) -> int:
    """The calendar year of ``month`` inside school year ``school_year``: September–December → ``school_year``,
    January–August → ``school_year + 1``."""
    return school_year if month >= SCHOOL_YEAR_START[0] else school_year + 1


_QUARTERS = {1: ((9, 1), (10, 31), 0), 2: ((11, 1), (12, 31), 0), 3: ((1, 1), (3, 31), 1), 4: ((4, 1), (5, 31), 1)}
_HALVES = {1: ((9, 1), (12, 31), 0), 2: ((1, 1), (5, 31), 1)}


def quarter_bounds(number: int, school_year: int) -> tuple[date, date] | None:
    """First and last day of quarter («четверть») 1–4 of ``school_year``; None for another number."""
    return _part_bounds(_QUARTERS, number, school_year)


def half_year_bounds(number: int, school_year: int) -> tuple[date, date] | None:
    """First and last day of half-year («полугодие») 1–2 of ``school_year``; None for another number."""
    return _part_bounds(_HALVES, number, school_year)


def _part_bounds(table: dict[int, tuple[tuple[int, int], tuple[int, int], int]], number: int,
                 school_year: int) -> tuple[date, date] | None:
    if number not in table:
        return None
    (start_month, start_day), (end_month, end_day), shift = table[number]
    year = school_year + shift
    return date(year, start_month, start_day), date(year, end_month, end_day)


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def full_year(value: int) -> int:
    """A year as typed: two digits are this century (26 → 2026), anything else is kept."""
    return value + 2000 if value < 100 else value


# -------------------------------------------------------------------------------------------------- month names

MONTH_FORMS: dict[int, tuple[str, ...]] = {
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
"""Russian month names: nominative, genitive («20 ноября»), prepositional («в ноябре»)."""
_FORM_TO_MONTH = {form: month for month, forms in MONTH_FORMS.items() for form in forms}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8,
    "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
}
_ENGLISH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                  "november", "december")
_ENGLISH_MONTHS = {name: number for number, name in enumerate(_ENGLISH_NAMES, 1)} | {
    name[:3]: number for number, name in enumerate(_ENGLISH_NAMES, 1)} | {"sept": 9}


def month_of(word: str | None) -> int | None:
    """Month number of a lower-case Russian month word in any usual form («ноябрь», «ноября», «ноябре»),
    abbreviated («нояб.») or with an OCR typo («ноябя»); None when it is not a month."""
    if not word:
        return None
    word = word.rstrip(".")
    if word in _FORM_TO_MONTH:
        return _FORM_TO_MONTH[word]
    if word in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[word]
    if len(word) >= 5:
        close = difflib.get_close_matches(word, _FORM_TO_MONTH, n=1, cutoff=0.8)
        if close:
            return _FORM_TO_MONTH[close[0]]
    return None


def _typed_month(word: str) -> int | None:
    """A month as people type it: Russian (see ``month_of``) or English («November», «nov»)."""
    return month_of(word) or _ENGLISH_MONTHS.get(word.rstrip("."))


# ------------------------------------------------------------------------------------------------- typed dates

MAX_MEETING_AGE_DAYS = 366
SLIP_DAYS = 31  # a day-and-month up to this far ahead is a slip in this year, not last year's date

_YEAR_WORD = r"(?:\s*(?:г|гг|год|года)\.?)?"
_NUMERIC = re.compile(rf"(\d{{1,2}})[./-](\d{{1,2}})(?:[./-](\d{{2}}|\d{{4}}))?\.?{_YEAR_WORD}")
_DAY_MONTH = re.compile(rf"(\d{{1,2}})(?:-?(?:е|го|st|nd|rd|th))?\s*([a-zа-я]{{3,}}\.?),?(?:\s*(\d{{4}}))?{_YEAR_WORD}")
_MONTH_DAY = re.compile(rf"([a-z]{{3,}}\.?)\s*(\d{{1,2}})(?:st|nd|rd|th)?,?(?:\s*(\d{{4}}))?{_YEAR_WORD}")
_MONTH_ONLY = re.compile(rf"(?:(?:в|во|на|in)\s+|(?:до\s+)?конц[а-я]*\s+|(?:the\s+)?end\s+of\s+)?"
                         rf"([a-zа-я]{{3,}}\.?)(?:\s*(\d{{4}}))?{_YEAR_WORD}")
_PAST_WORDS = {"сегодня": 0, "today": 0, "вчера": 1, "yesterday": 1, "позавчера": 2, "day before yesterday": 2}
_DUE_WORDS = {"сегодня": 0, "today": 0, "завтра": 1, "tomorrow": 1, "послезавтра": 2, "day after tomorrow": 2}
_DUE_PREFIX = re.compile(r"^(?:до|к|ко|по|не\s+позднее|не\s+позже|срок|until|till|by|due|before)\s*:?\s+")
_STRICT = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})")


def _normal(text: str | None) -> str:
    return " ".join((text or "").lower().replace("ё", "е").split()).strip(" ,;.!")


def _day_and_month(text: str) -> tuple[int, int, int | None] | None:
    """Day, month and the year if written, of «20.11», «20.11.26», «20 ноября 2026 г.», «November 20»."""
    if m := _NUMERIC.fullmatch(text):
        return int(m[1]), int(m[2]), full_year(int(m[3])) if m[3] else None
    if (m := _DAY_MONTH.fullmatch(text)) and (month := _typed_month(m[2])):
        return int(m[1]), month, int(m[3]) if m[3] else None
    if (m := _MONTH_DAY.fullmatch(text)) and (month := _typed_month(m[1])):
        return int(m[2]), month, int(m[3]) if m[3] else None
    return None


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput("q-error-date-impossible") from None


def read_past_day(text: str | None, today: date) -> date | None:
    """The day a typed phrase names, looking back from ``today``; None when the text is not a date phrase.

    Accepts сегодня / вчера / позавчера (today, yesterday), dd.mm, dd.mm.yy(yy) and «20 ноября» (2026). Without a
    year the day is this year's, or last year's when this year's is more than ``SLIP_DAYS`` ahead («12.12» typed in
    January is last December; «25.11» typed on 23.11 stays in the future and ``check_past_day`` refuses it).
    Raises ``q-error-date-impossible`` for a day that does not exist (31.02). Does not check the age: see
    ``check_past_day``."""
    phrase = _normal(text)
    if phrase in _PAST_WORDS:
        return today - timedelta(days=_PAST_WORDS[phrase])
    parts = _day_and_month(phrase)
    if parts is None:
        return None
    day, month, year = parts
    if year is not None:
        return _make(year, month, day)
    try:
        ahead = date(today.year, month, day) - today > timedelta(days=SLIP_DAYS)
    except ValueError:
        ahead = True  # 29.02 in a common year: the last leap year's, if that one is not too old
    return _make(today.year - 1 if ahead else today.year, month, day)


def check_past_day(day: date, today: date, max_age_days: int = MAX_MEETING_AGE_DAYS) -> None:
    """A day something took place: not after ``today`` (``meeting-error-future``) and not more than
    ``max_age_days`` before it (``meeting-error-old``)."""
    if day > today:
        raise InvalidInput("meeting-error-future")
    if (today - day).days > max_age_days:
        raise InvalidInput("meeting-error-old")


def parse_past_day(text: str | None, today: date, max_age_days: int = MAX_MEETING_AGE_DAYS) -> date:
    """A typed day a meeting took place (see ``read_past_day``), checked by ``check_past_day``.
    Raises ``calendar-error-day`` for text that is not a date phrase."""
    day = read_past_day(text, today)
    if day is None:
        raise InvalidInput("calendar-error-day")
    check_past_day(day, today, max_age_days)
    return day


def parse_due_day(text: str | None, today: date) -> date:
    """A typed due date: dd.mm, dd.mm.yy(yy), «20 декабря», optionally after «до», «к», «по», «не позднее»
    («до 20 декабря», «к 20.12»); a month alone («декабрь», «в декабре», «до конца декабря») is its last day;
    also сегодня / завтра / послезавтра (today, tomorrow). Without a year the next such day on or after ``today``
    is meant («12.12» typed in January is this December, «20.11» typed on 23.11 is next November). A day before
    ``today`` with a written year is returned as it is: whether it is allowed is the caller's rule.
    Raises ``calendar-error-due`` for text that is not a date phrase, ``q-error-date-impossible`` for 31.02."""
    phrase = _normal(text)
    if phrase in _DUE_WORDS:
        return today + timedelta(days=_DUE_WORDS[phrase])
    phrase = _DUE_PREFIX.sub("", phrase, count=1)
    parts = _day_and_month(phrase)
    if parts is None and (m := _MONTH_ONLY.fullmatch(phrase)) and (month := _typed_month(m[1])):
        in_year = int(m[2]) if m[2] else today.year + (month < today.month)
        return _make(in_year, month, last_day_of_month(in_year, month))
    if parts is None:
        raise InvalidInput("calendar-error-due")
    day, month, year = parts
    if year is None:
        year = today.year + ((month, day) < (today.month, today.day))
    return _make(year, month, day)


def parse_date(text: str | None) -> date:
    """A strict date with its year, as questionnaires ask for it: dd.mm.yyyy or dd.mm.yy («.», «/» or «-»).
    Raises ``q-error-date`` for another shape and ``q-error-date-impossible`` for a day that does not exist."""
    match = _STRICT.fullmatch((text or "").strip())
    if not match:
        raise InvalidInput("q-error-date")
    day, month, year = (int(g) for g in match.groups())
    return _make(full_year(year), month, day)
