"""The Russian production calendar: which days are working days (for the 3 working days' notice of ТК РФ ст. 351.8).

Non-working public holidays are set by ТК РФ ст. 112 (1–6 and 8 January, 7 January, 23 February, 8 March, 1 May,
9 May, 12 June, 4 November). A holiday on a Saturday or Sunday moves the day off to the next working day (ст. 112
ч. 2), except the January ones; the government moves days off by an annual decree (ст. 112 ч. 5), which may also make
a Saturday a working day. The tables below are the days that differ from «Monday–Friday work, weekends off»:

* 2025 — Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»;
* 2026 — Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»;
* 2027 — only ТК РФ ст. 112 (the holidays and the automatic move of 1 May, 9 May and 12 June off the weekend):
  the decree for 2027 was not found in the sources checked on 02.12.2026. Replace this entry with the decree's
  days (and any working Saturday) when it is confirmed.

Years outside the table fall back to weekends only (Monday–Friday are working days) and say so: ``known(year)``.
A test (tests/unit/test_work_calendar.py) checks known days of each year.
"""

from __future__ import annotations

from datetime import date


def _days(year: int, *month_days: tuple[int, int]) -> frozenset[date]:
    return frozenset(date(year, m, d) for m, d in month_days)


# Weekdays that are days off (holidays and days moved onto a weekday).
DAYS_OFF: dict[int, frozenset[date]] = {
    2025: _days(2025, (1, 1), (1, 2), (1, 3), (1, 6), (1, 7), (1, 8),
                (5, 1), (5, 2),            # 2 May: moved from Saturday 4 January
                (5, 8),                    # moved from Sunday 23 February
                (5, 9), (6, 12),
                (6, 13),                   # moved from Saturday 8 March
                (11, 3),                   # moved from Saturday 1 November (which becomes a working day)
                (11, 4),
                (12, 31)),                 # moved from Sunday 5 January
    2026: _days(2026, (1, 1), (1, 2), (1, 5), (1, 6), (1, 7), (1, 8),
                (1, 9),                    # moved from Saturday 3 January
                (2, 23),
                (3, 9),                    # 8 March is a Sunday (ст. 112 ч. 2)
                (5, 1),
                (5, 11),                   # 9 May is a Saturday (ст. 112 ч. 2)
                (6, 12), (11, 4),
                (12, 31)),                 # moved from Sunday 4 January
    2027: _days(2027, (1, 1), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8),
                (2, 23), (3, 8),
                (5, 3),                    # 1 May is a Saturday (ст. 112 ч. 2)
                (5, 10),                   # 9 May is a Sunday
                (6, 14),                   # 12 June is a Saturday
                (11, 4)),
}

# Saturdays and Sundays that are working days by a decree.
WORKING_WEEKENDS: dict[int, frozenset[date]] = {
    2025: _days(2025, (11, 1)),
    2026: frozenset(),
    2027: frozenset(),
}

SOURCES: dict[int, str] = {
    2025: "Постановление Правительства РФ от 04.10.2024 № 1335",
    2026: "Постановление Правительства РФ от 24.09.2025 № 1466",
    2027: "ТК РФ ст. 112 (постановление о переносе выходных на 2027 год не внесено)",
}


def known(year: int) -> bool:
    """Whether the calendar of ``year`` is in the table; other years count weekends only."""
    return year in DAYS_OFF


def is_working_day(day: date) -> bool:
    """A working day of the five-day week in Russia (weekends only for a year the table does not know)."""
    if day in WORKING_WEEKENDS.get(day.year, frozenset()):
        return True
    if day.weekday() >= 5:
        return False
    return day not in DAYS_OFF.get(day.year, frozenset())
