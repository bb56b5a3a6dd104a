"""The school calendar: today in the organisation's zone, the school year, and the dates people type."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.services import roadmap_parser
from bot.services.errors import InvalidInput
from bot.services.meeting_parser import parse_quick
from bot.services.school_calendar import (
    calendar_year_of,
    check_past_day,
    half_year_bounds,
    local_today,
    month_of,
    parse_date,
    parse_due_day,
    parse_past_day,
    planning_year,
    quarter_bounds,
    read_past_day,
    school_year_bounds,
    school_year_end,
    school_year_of,
    teaching_bounds,
)

TODAY = date(2026, 11, 23)  # a Monday in the second quarter of school year 2026
JANUARY = date(2027, 1, 10)


def key_of(call: object, *args: object) -> str:
    with pytest.raises(InvalidInput) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.key


# ------------------------------------------------------------------------------------------------------ today


@pytest.mark.parametrize("now, zone, expected", [
    (datetime(2026, 11, 22, 21, 0, tzinfo=UTC), "Europe/Moscow", date(2026, 11, 23)),  # midnight in Moscow
    (datetime(2026, 11, 22, 20, 59, 59, tzinfo=UTC), "Europe/Moscow", date(2026, 11, 22)),
    (datetime(2026, 11, 22, 21, 30, tzinfo=UTC), "Europe/Kaliningrad", date(2026, 11, 22)),  # 23:30 there
    (datetime(2026, 11, 22, 14, 0, tzinfo=UTC), "Asia/Vladivostok", date(2026, 11, 23)),  # UTC+10: midnight
    (datetime(2026, 11, 22, 12, 0, tzinfo=UTC), "Asia/Kamchatka", date(2026, 11, 23)),  # UTC+12: midnight
    (datetime(2026, 11, 22, 11, 59, tzinfo=UTC), "Asia/Kamchatka", date(2026, 11, 22)),
    (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "Asia/Yekaterinburg", date(2027, 1, 1)),  # a new year there
    (datetime(2026, 8, 31, 20, 0, tzinfo=UTC), "Asia/Novosibirsk", date(2026, 9, 1)),  # a new school year
])
def test_local_today_is_the_date_in_the_organisations_zone(now: datetime, zone: str, expected: date) -> None:
    assert local_today(now, zone) == expected


def test_reminders_still_offers_local_today() -> None:
    from bot.services import reminders

    assert reminders.local_today is local_today


# ------------------------------------------------------------------------------------------------ school year


@pytest.mark.parametrize("day, year", [
    (date(2026, 8, 31), 2025), (date(2026, 9, 1), 2026), (date(2026, 11, 23), 2026), (date(2026, 12, 31), 2026),
    (date(2027, 1, 1), 2026), (date(2027, 5, 31), 2026), (date(2027, 6, 1), 2026), (date(2027, 8, 31), 2026),
])
def test_the_school_year_runs_from_september_to_august(day: date, year: int) -> None:
    assert school_year_of(day) == year


@pytest.mark.parametrize("day, year", [
    (date(2026, 11, 23), 2026), (date(2027, 5, 31), 2026),
    (date(2027, 6, 1), 2027), (date(2027, 8, 31), 2027), (date(2027, 9, 1), 2027),  # from June on: the next one
])
def test_from_june_people_plan_the_next_school_year(day: date, year: int) -> None:
    assert planning_year(day) == year


def test_bounds_of_a_school_year() -> None:
    assert school_year_bounds(2026) == (date(2026, 9, 1), date(2027, 8, 31))
    assert teaching_bounds(2026) == (date(2026, 9, 1), date(2027, 5, 31))
    assert calendar_year_of(9, 2026) == calendar_year_of(12, 2026) == 2026
    assert calendar_year_of(1, 2026) == calendar_year_of(8, 2026) == 2027
    assert quarter_bounds(2, 2026) == (date(2026, 11, 1), date(2026, 12, 31))
    assert quarter_bounds(3, 2026) == (date(2027, 1, 1), date(2027, 3, 31))
    assert half_year_bounds(2, 2026) == (date(2027, 1, 1), date(2027, 5, 31))
    assert quarter_bounds(5, 2026) is None and half_year_bounds(3, 2026) is None


@pytest.mark.parametrize("today, end", [
    (date(2026, 9, 1), date(2027, 5, 31)), (date(2026, 11, 23), date(2027, 5, 31)),
    (date(2027, 5, 31), date(2027, 5, 31)), (date(2027, 6, 1), date(2028, 5, 31)),
    (date(2027, 8, 31), date(2028, 5, 31)),
])
def test_school_year_end_is_31_may_of_the_year_people_work_on(today: date, end: date) -> None:
    assert school_year_end(today) == end


def test_school_year_end_is_what_the_bank_term_buttons_used() -> None:
    day = date(2026, 1, 1)
    while day < date(2028, 1, 1):  # the rule handlers/banks.py term_end("year") had
        assert school_year_end(day) == date(day.year if day.month < 6 else day.year + 1, 5, 31), day
        day += timedelta(days=1)


def test_the_roadmap_uses_the_same_school_year() -> None:
    whole_year = roadmap_parser.parse_deadline("В течение года", 2026)[0]
    assert (whole_year.start, whole_year.end) == teaching_bounds(2026)
    second_quarter = roadmap_parser.parse_deadline("II четверть", 2026)[0]
    assert (second_quarter.start, second_quarter.end) == quarter_bounds(2, 2026)


# ------------------------------------------------------------------------------------------------ month names


@pytest.mark.parametrize("word, month", [
    ("ноябрь", 11), ("ноября", 11), ("ноябре", 11), ("нояб.", 11), ("ноя", 11), ("ноябя", 11), ("сент", 9),
    ("май", 5), ("мая", 5), ("класс", None), ("", None), (None, None),
])
def test_month_words(word: str | None, month: int | None) -> None:
    assert month_of(word) == month


# ---------------------------------------------------------------------------------------------- meeting dates


@pytest.mark.parametrize("text, expected", [
    ("сегодня", TODAY), ("Вчера", date(2026, 11, 22)), ("позавчера", date(2026, 11, 21)),
    ("today", TODAY), ("yesterday", date(2026, 11, 22)),
    ("20.11", date(2026, 11, 20)), ("20.11.", date(2026, 11, 20)), ("20/11", date(2026, 11, 20)),
    ("5.11", date(2026, 11, 5)), ("05.11", date(2026, 11, 5)), ("23.11", TODAY),
    ("20.11.26", date(2026, 11, 20)), ("20.11.2026", date(2026, 11, 20)), ("20-11-2026", date(2026, 11, 20)),
    ("20.11.2026 г.", date(2026, 11, 20)), ("15.12.25", date(2025, 12, 15)),
    ("20 ноября", date(2026, 11, 20)), ("20 Ноября 2026", date(2026, 11, 20)),
    ("20 ноября 2026 г.", date(2026, 11, 20)),
    ("25 сентября", date(2026, 9, 25)), ("8 октября", date(2026, 10, 8)), ("1 сент.", date(2026, 9, 1)),
    ("20 November", date(2026, 11, 20)), ("November 20", date(2026, 11, 20)),
    ("  20.11  ", date(2026, 11, 20)),
    ("1.12.2025", date(2025, 12, 1)),  # a year ago, within 366 days
])
def test_meeting_day_phrases(text: str, expected: date) -> None:
    assert parse_past_day(text, TODAY) == expected


def test_30_11_typed_after_it_is_accepted() -> None:  # the typed path used to want a year
    assert parse_past_day("30.11", date(2026, 12, 2)) == date(2026, 11, 30)


@pytest.mark.parametrize("text, today, expected", [
    ("12.12", JANUARY, date(2026, 12, 12)),  # in January, December is last year's
    ("28.12", JANUARY, date(2026, 12, 28)),
    ("12 декабря", JANUARY, date(2026, 12, 12)),
    ("31.12", date(2027, 1, 1), date(2026, 12, 31)),
    ("05.01", JANUARY, date(2027, 1, 5)),
    ("29.02", date(2028, 3, 10), date(2028, 2, 29)),  # a leap year
    ("29.02", date(2029, 1, 10), date(2028, 2, 29)),  # not one: last year's
])
def test_meeting_day_year_rolls_back(text: str, today: date, expected: date) -> None:
    assert parse_past_day(text, today) == expected


@pytest.mark.parametrize("text, today, key", [
    ("30.11", TODAY, "meeting-error-future"),  # a week ahead: a slip, not last year's 30 November
    ("25.11", TODAY, "meeting-error-future"),
    ("24 ноября", TODAY, "meeting-error-future"),
    ("12.12", TODAY, "meeting-error-future"),
    ("20.11.2027", TODAY, "meeting-error-future"),
    ("01.01.2024", TODAY, "meeting-error-old"),
    ("20.11.25", TODAY, "meeting-error-old"),  # 368 days ago
    ("31.02", TODAY, "q-error-date-impossible"),
    ("31.02.2026", TODAY, "q-error-date-impossible"),
    ("32.10", TODAY, "q-error-date-impossible"),
    ("10.13", TODAY, "q-error-date-impossible"),
    ("29.02", date(2027, 1, 10), "q-error-date-impossible"),  # 2026 and 2025 have none
    ("завтра", TODAY, "calendar-error-day"),
    ("до 20 декабря", TODAY, "calendar-error-day"),
    ("ноябрь", TODAY, "calendar-error-day"),
    ("на прошлой неделе", TODAY, "calendar-error-day"),
    ("20 брюмера", TODAY, "calendar-error-day"),
    ("", TODAY, "calendar-error-day"),
    (None, TODAY, "calendar-error-day"),
])
def test_meeting_day_refused(text: str | None, today: date, key: str) -> None:
    assert key_of(parse_past_day, text, today) == key


def test_reading_a_day_does_not_check_its_age() -> None:
    assert read_past_day("30.11", TODAY) == date(2026, 11, 30)
    assert read_past_day("Анализ урока", TODAY) is None
    check_past_day(TODAY, TODAY)
    assert key_of(check_past_day, TODAY + timedelta(days=1), TODAY) == "meeting-error-future"
    assert key_of(check_past_day, TODAY - timedelta(days=367), TODAY) == "meeting-error-old"
    check_past_day(TODAY - timedelta(days=366), TODAY)


def test_the_quick_form_reads_days_the_same_way() -> None:
    for text in ("20.11", "20.11.2026", "20.11.26", "вчера", "позавчера", "15.10"):
        assert parse_quick(f"{text} 45 мин Анализ урока", TODAY).held_on == parse_past_day(text, TODAY)
    assert parse_quick("20 ноября 45 мин Анализ урока", TODAY).held_on == date(2026, 11, 20)
    assert parse_quick("20 ноября 2026 45 мин Анализ", TODAY).held_on == date(2026, 11, 20)
    assert parse_quick("20 ноября Анализ урока", TODAY).minutes is None
    assert parse_quick("12.12 итоговая", JANUARY).held_on == date(2026, 12, 12)
    assert parse_quick("45 мин Подготовка к 9 мая", TODAY).held_on is None  # a topic, not a day
    assert parse_quick("вчера Разбор параграфа 5.3", TODAY).topic == "Разбор параграфа 5.3"
    assert key_of(parse_quick, "30.11 45 мин Анализ", TODAY) == "meeting-error-future"


# -------------------------------------------------------------------------------------------------- due dates


@pytest.mark.parametrize("text, expected", [
    ("20.12", date(2026, 12, 20)), ("20/12", date(2026, 12, 20)), ("5.12", date(2026, 12, 5)),
    ("20.12.26", date(2026, 12, 20)), ("20.12.2026", date(2026, 12, 20)), ("20-12-2026", date(2026, 12, 20)),
    ("20 декабря", date(2026, 12, 20)), ("20 Декабря 2026 г.", date(2026, 12, 20)),
    ("до 20 декабря", date(2026, 12, 20)), ("До 20.12", date(2026, 12, 20)), ("к 20.12", date(2026, 12, 20)),
    ("к 20 декабря", date(2026, 12, 20)), ("по 20.12.2026", date(2026, 12, 20)),
    ("не позднее 20 декабря", date(2026, 12, 20)), ("срок: 20.12", date(2026, 12, 20)),
    ("by 20 December", date(2026, 12, 20)), ("December 20", date(2026, 12, 20)),
    ("декабрь", date(2026, 12, 31)), ("в декабре", date(2026, 12, 31)), ("до конца декабря", date(2026, 12, 31)),
    ("ноябрь", date(2026, 11, 30)), ("март", date(2027, 3, 31)), ("май 2027", date(2027, 5, 31)),
    ("сегодня", TODAY), ("завтра", date(2026, 11, 24)), ("послезавтра", date(2026, 11, 25)),
    ("tomorrow", date(2026, 11, 24)),
    ("23.11", TODAY),  # today still counts
    ("20.11", date(2027, 11, 20)),  # gone this year: the next one
    ("15.05.2025", date(2025, 5, 15)),  # a written year is kept; the pair's term decides
    ("8 октября 2023", date(2023, 10, 8)),
])
def test_due_day_phrases(text: str, expected: date) -> None:
    assert parse_due_day(text, TODAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("12.12", date(2027, 12, 12)), ("20.01", date(2027, 1, 20)), ("10.01", JANUARY), ("15 марта", date(2027, 3, 15)),
])
def test_due_day_in_january(text: str, expected: date) -> None:
    assert parse_due_day(text, JANUARY) == expected


def test_12_12_typed_in_december_is_this_december() -> None:
    assert parse_due_day("12.12", date(2026, 12, 1)) == date(2026, 12, 12)


@pytest.mark.parametrize("text, key", [
    ("31.02", "q-error-date-impossible"), ("до 31.02", "q-error-date-impossible"),
    ("31 февраля", "q-error-date-impossible"), ("31.11.2026", "q-error-date-impossible"),
    ("через неделю", "calendar-error-due"), ("скоро", "calendar-error-due"), ("до", "calendar-error-due"),
    ("20 брюмера", "calendar-error-due"), ("", "calendar-error-due"), (None, "calendar-error-due"),
    ("май 0000", "q-error-date-impossible"), ("20 мая 0000", "q-error-date-impossible"),
])
def test_due_day_refused(text: str | None, key: str) -> None:
    assert key_of(parse_due_day, text, TODAY) == key


# ------------------------------------------------------------------------------------------ the same dd.mm forms

DD_MM_FORMS = ["20.11", "20/11", "20-11", "5.11", "05.11", "20.11.", "20.11.26", "20.11.2026", "20/11/2026",
               "20-11-2026", "20.11.2026 г.", "20 ноября", "20 ноября 2026", "20 November"]


@pytest.mark.parametrize("text", DD_MM_FORMS)
def test_meeting_and_programme_paths_accept_the_same_forms(text: str) -> None:
    today = date(2026, 11, 30)
    past, due = parse_past_day(text, today), parse_due_day(text, today)
    assert (past.day, past.month) == (due.day, due.month)
    if any(year in text for year in ("26", "2026")):
        assert past == due


@pytest.mark.parametrize("text", ["31.02", "31.02.2026", "0.11", "20.0"])
def test_both_paths_refuse_impossible_dates(text: str) -> None:
    assert key_of(parse_past_day, text, TODAY) == key_of(parse_due_day, text, TODAY) == "q-error-date-impossible"


# ------------------------------------------------------------------------------------- questionnaire answers


@pytest.mark.parametrize("text, expected", [
    ("15.03.2027", date(2027, 3, 15)), ("15.03.27", date(2027, 3, 15)), ("15/03/2027", date(2027, 3, 15)),
    ("15-03-2027", date(2027, 3, 15)), (" 1.3.2027 ", date(2027, 3, 1)), ("01.09.1985", date(1985, 9, 1)),
])
def test_strict_dates(text: str, expected: date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, key", [
    ("15.03", "q-error-date"), ("15 марта 2027", "q-error-date"), ("вчера", "q-error-date"), ("", "q-error-date"),
    (None, "q-error-date"), ("31.02.2027", "q-error-date-impossible"), ("15.13.2027", "q-error-date-impossible"),
])
def test_strict_dates_refused(text: str | None, key: str) -> None:
    assert key_of(parse_date, text) == key
