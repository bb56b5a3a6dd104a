"""The production calendar behind the 3 working days' notice (ТК РФ ст. 351.8): holidays, moved days, weekends."""

from __future__ import annotations

from datetime import date

from bot.services.pairs import add_working_days, notice_end
from bot.services.work_calendar import DAYS_OFF, WORKING_WEEKENDS, is_working_day, known


def test_2026_holidays_and_transfers_are_days_off() -> None:
    # New Year: 1–8 January by ТК ст. 112, and 9 January moved from Saturday 3 January (decree № 1466)
    for day in range(1, 12):
        assert not is_working_day(date(2026, 1, day)), day
    assert is_working_day(date(2026, 1, 12))
    assert not is_working_day(date(2026, 2, 23))
    assert not is_working_day(date(2026, 3, 9))  # 8 March is a Sunday
    assert not is_working_day(date(2026, 5, 1)) and not is_working_day(date(2026, 5, 11))  # 9 May is a Saturday
    assert not is_working_day(date(2026, 6, 12)) and not is_working_day(date(2026, 11, 4))
    assert not is_working_day(date(2026, 12, 31))  # moved from Sunday 4 January
    assert is_working_day(date(2026, 12, 30)) and is_working_day(date(2026, 5, 12))


def test_2025_transfers_and_the_working_saturday() -> None:
    assert not is_working_day(date(2025, 5, 2)) and not is_working_day(date(2025, 5, 8))
    assert not is_working_day(date(2025, 6, 13)) and not is_working_day(date(2025, 11, 3))
    assert is_working_day(date(2025, 11, 1))  # Saturday, a working day by decree № 1335
    assert is_working_day(date(2025, 2, 24))  # 23 February (Sunday) was moved to 8 May, not to the Monday
    assert not is_working_day(date(2025, 12, 31))


def test_working_days_per_year_match_the_official_calendars() -> None:
    def working(year: int) -> int:
        first = date(year, 1, 1).toordinal()
        return sum(is_working_day(date.fromordinal(first + i)) for i in range(366)
                   if date.fromordinal(first + i).year == year)

    assert working(2025) == 247 and working(2026) == 247  # the published production calendars
    for year, days in DAYS_OFF.items():
        assert all(d.year == year and d.weekday() < 5 for d in days)  # only weekdays are listed as days off
        assert all(d.weekday() >= 5 for d in WORKING_WEEKENDS[year])


def test_beyond_the_table_weekends_only() -> None:
    assert not known(2030) and known(2026)
    assert is_working_day(date(2030, 1, 1))  # unknown year: Monday–Friday, holidays not known (said in the module)
    assert not is_working_day(date(2030, 1, 5))  # a Saturday


def test_notice_skips_holidays() -> None:
    # asked on Wednesday 30 December 2026: working days 31.12 (off), 1–8.01 (off), then 11.01 (Monday)…
    assert add_working_days(date(2026, 12, 30), 1) == date(2027, 1, 11)
    # asked on Wednesday 29 April 2026: 30.04, then 1.05 (off), 4.05 and 5.05 → the end takes effect on 6 May
    assert notice_end(date(2026, 4, 29)) == date(2026, 5, 6)
    # asked on Thursday 5 February 2026 (no holiday): Fri, Mon, Tue → Wednesday 11 February
    assert notice_end(date(2026, 2, 5)) == date(2026, 2, 11)
    # asked on Wednesday 31 December 2025: 1–11 January off → 12, 13, 14 January → 15 January
    assert notice_end(date(2025, 12, 31)) == date(2026, 1, 15)
