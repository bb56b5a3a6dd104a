"""The quick form of a meeting log, in the phrasings mentors actually type."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.errors import InvalidInput
from bot.services.meeting_parser import QuickDraft, parse_quick

TODAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("вчера 45 мин Анализ урока", QuickDraft(date(2026, 11, 22), 45, None, None, "Анализ урока")),
    ("Анализ урока вчера 45мин", QuickDraft(date(2026, 11, 22), 45, None, None, "Анализ урока")),
    ("сегодня 1 ч онлайн разбор контрольной", QuickDraft(TODAY, 60, "online", None, "разбор контрольной")),
    ("1,5 часа очно пробная встреча: открытый урок", QuickDraft(None, 90, "in_person", "trial",
                                                               "встреча: открытый урок")),
    ("Анализ урока 45", QuickDraft(None, 45, None, None, "Анализ урока")),
    ("1 ч 30 мин 20.11 планирование программы", QuickDraft(date(2026, 11, 20), 90, None, None,
                                                           "планирование программы")),
    ("вчера 45 мин Подготовка к итоговому сочинению", QuickDraft(date(2026, 11, 22), 45, None, None,
                                                                 "Подготовка к итоговому сочинению")),
    ("вчера 45 мин Разбор пробного ОГЭ 2026", QuickDraft(date(2026, 11, 22), 45, None, None,
                                                         "Разбор пробного ОГЭ 2026")),
    ("вчера 45 мин Анализ урока в 10 классе", QuickDraft(date(2026, 11, 22), 45, None, None,
                                                         "Анализ урока в 10 классе")),
    ("вчера Разбор параграфа 5.3 и ФГОС 3.0", QuickDraft(date(2026, 11, 22), None, None, None,
                                                         "Разбор параграфа 5.3 и ФГОС 3.0")),
    ("20.11.2026 60 итоговая", QuickDraft(date(2026, 11, 20), 60, None, "final", None)),
    ("yesterday 2h online lesson analysis", QuickDraft(date(2026, 11, 22), 120, "online", None,
                                                        "lesson analysis")),
    ("15.10 организационная", QuickDraft(date(2026, 10, 15), None, None, "organisational", None)),
    ("Работа с родителями", QuickDraft(None, None, None, None, "Работа с родителями")),
])
def test_phrasings(text: str, expected: QuickDraft) -> None:
    assert parse_quick(text, TODAY) == expected


@pytest.mark.parametrize("text, key", [
    ("завтра 45 мин тема", None),  # «завтра» is not a day we log: it stays in the topic
    ("25.11 45 мин Анализ", "meeting-error-future"),
    ("31.02.2026 45 мин Анализ", "q-error-date-impossible"),
    ("01.01.2024 45 мин Анализ", "meeting-error-old"),
    ("вчера 900 мин Анализ", "meeting-error-minutes"),
    ("вчера 2 мин Анализ", "meeting-error-minutes"),
    ("вчера 45 мин " + "очень " * 80, "meeting-error-topic"),
])
def test_bad_phrasings_get_a_reason(text: str, key: str | None) -> None:
    if key is None:
        assert parse_quick(text, TODAY).topic == "завтра тема"
        return
    with pytest.raises(InvalidInput) as caught:
        parse_quick(text, TODAY)
    assert caught.value.key == key


def test_a_december_date_typed_in_january_is_last_december() -> None:
    assert parse_quick("28.12 итоговая", date(2027, 1, 10)).held_on == date(2026, 12, 28)


@pytest.mark.parametrize("text, minutes", [("45", 45), ("45 мин", 45), ("1,5 ч", 90), ("1 ч 30 мин", 90),
                                           ("2h", 120)])
def test_typed_durations(text: str, minutes: int) -> None:
    from bot.services.meeting_parser import parse_minutes

    assert parse_minutes(text) == minutes


@pytest.mark.parametrize("text", ["сорок", "²", "1,5", "0", "700 мин", ""])
def test_typed_durations_refused(text: str) -> None:
    from bot.services.meeting_parser import parse_minutes

    with pytest.raises(InvalidInput):
        parse_minutes(text)
