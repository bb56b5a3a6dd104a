"""The roadmap's own year and the words that name the bot's events (pure functions of bot/services/roadmap.py)."""

from __future__ import annotations

from datetime import date

from bot.services.roadmap import event_score, shift_window
from bot.services.roadmap_parser import Deadline, DocumentYear, ParsedRoadmap, Stage, Task, years_to_move


def test_a_school_year_document_moves_by_whole_years_months_in_place() -> None:
    years = years_to_move(DocumentYear("school", 2023, 2024, "2023-2024"), 2026)
    assert years == 3
    assert shift_window(date(2023, 10, 1), date(2023, 11, 30), years, 2026) == (date(2026, 10, 1), date(2026, 11, 30))
    assert shift_window(None, date(2024, 5, 31), years, 2026) == (None, date(2027, 5, 31))
    # a window over the summer moves as one
    assert shift_window(date(2024, 8, 1), date(2024, 9, 30), years, 2026) == (date(2027, 8, 1), date(2027, 9, 30))
    # 29 February into a common year
    assert shift_window(None, date(2024, 2, 29), years, 2026) == (None, date(2027, 2, 28))
    # a deadline the coordinator has already put into the planned year stays
    assert shift_window(date(2026, 9, 1), date(2026, 9, 30), years, 2026) == (date(2026, 9, 1), date(2026, 9, 30))
    assert shift_window(None, None, years, 2026) == (None, None)
    # a document for a later year moves back
    assert shift_window(None, date(2028, 10, 31), -2, 2026) == (None, date(2026, 10, 31))
    assert shift_window(None, date(2026, 10, 31), -2, 2026) == (None, date(2026, 10, 31))


def test_a_calendar_year_document_keeps_january_to_december() -> None:
    years = years_to_move(DocumentYear("calendar", 2023, 2023, "на 2023 год"), 2026)
    assert years == 4
    assert shift_window(date(2023, 1, 1), date(2023, 1, 31), years, 2026) == (date(2027, 1, 1), date(2027, 1, 31))
    assert shift_window(None, date(2023, 12, 31), years, 2026) == (None, date(2027, 12, 31))


def test_the_document_year_from_the_parser_or_from_its_dated_deadlines() -> None:
    from bot.services.roadmap import document_year_of

    def parsed(*texts_and_ends: tuple[str, date], year: DocumentYear | None = None) -> ParsedRoadmap:
        task = Task("x", ["x"], [Deadline(text, None, end) for text, end in texts_and_ends])
        return ParsedRoadmap([Stage(1, "Этап", [task])], [], year)

    calendar = DocumentYear("calendar", 2023, 2023, "на 2023 год")
    assert document_year_of(parsed(("Март", date(2023, 3, 31)), year=calendar)) == calendar
    found = document_year_of(parsed(("Октябрь 2023", date(2023, 10, 31)), ("Май 2024", date(2024, 5, 31)),
                                     ("Март", date(2027, 3, 31))))
    assert found is not None and (found.kind, found.start) == ("school", 2023)
    assert document_year_of(parsed(("Март", date(2027, 3, 31)))) is None  # no year written: nothing to tell


def test_events_are_found_by_their_words() -> None:
    order = "Издание приказа о закреплении наставнических пар / групп"
    assert event_score("order", order) > event_score("order", "Закрепление пар") > 0
    assert event_score("order", "Закрепление знаний") == 0
    monitoring = "Мониторинг удовлетворённости наставников и наставляемых, качества программы (анкетирование)"
    assert event_score("monitoring", monitoring) > event_score("monitoring", "Анкетирование участников") > 0
    assert event_score("monitoring", "Анкетирование потенциальных наставников") == 0  # the bank's questionnaire
    assert event_score("monitoring", "Анкетирование: профессиональные запросы педагогов") == 0
    assert event_score("bank", "Формирование банка наставников") > event_score("bank", "Анализ банка наставников")
    assert event_score("bank", "Формирование базы данных наставников") > 0
    assert event_score("bank", "Формирование банка наставляемых") == 0
    assert event_score("report", "Годовой отчёт о реализации программы") > event_score("report", "Отчёт") > 0
    assert event_score("report", "Итоговое мероприятие (круглый стол)") == 0
    assert event_score("unknown", order) == 0
