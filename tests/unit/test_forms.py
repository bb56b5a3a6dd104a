"""The typed forms kept in the FSM data: the meeting log and a pair being formed from the banks."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.errors import DomainError, InvalidInput
from bot.services.meetings import MeetingForm
from bot.services.pairs import PairForm, term_end

TODAY = date(2026, 11, 23)


def test_the_next_step_is_the_first_thing_the_form_lacks() -> None:
    form = MeetingForm(n=7, pair=1, open_tasks=[(5, "Посетить урок")])
    steps = []
    for action, value, item in (("kind", "trial", 0), ("day", "1", 0), ("min", "45", 0), ("fmt", "online", 0)):
        steps.append(form.missing())
        form = form.choose(action, value, item, TODAY)
    steps.append(form.missing())
    form = form.typed("topic", "  Анализ   урока ", TODAY)
    steps.append(form.missing())
    form = form.choose("skip", "", 0)
    steps.append(form.missing())
    form = form.choose("task", "", 5).choose("tasks", "", 0)
    assert steps == ["kind", "held_on", "minutes", "format", "topic", "notes", "tasks"]
    assert form.missing() is None
    draft = form.draft()
    assert (draft.kind, draft.held_on, draft.minutes, draft.format, draft.topic, draft.task_ids) == (
        "trial", date(2026, 11, 22), 45, "online", "Анализ урока", (5,))
    # «change» on the summary asks that step again, and only that one
    assert form.choose("change", "minutes", 0).missing() == "minutes"
    assert form.choose("change", "notes", 0).missing() == "notes"


def test_a_form_survives_its_json_and_refuses_what_it_did_not_offer() -> None:
    form = MeetingForm(n=7, pair=1, kind="regular", held_on=TODAY, open_tasks=[(5, "Задача")])
    stored = form.model_dump(mode="json")
    assert stored["held_on"] == "2026-11-23"
    assert MeetingForm.load(stored, 7) == form
    for raw, n in ((stored, 8), (None, None), ({"n": "x"}, None), ({**stored, "held_on": "31.02"}, None)):
        with pytest.raises(DomainError, match="error-stale"):
            MeetingForm.load(raw, n)  # another form's button, nothing kept, forged or broken data
    for action, value, item in (("kind", "party", 0), ("min", "31", 0), ("task", "", 99), ("change", "pair", 0),
                                ("day", "2", 0), ("drop", "", 0)):
        with pytest.raises(DomainError):
            form.choose(action, value, item, TODAY)
    with pytest.raises(DomainError):
        form.draft()  # not complete yet


def test_typed_answers_are_checked_and_leave_the_form_as_it_was() -> None:
    form = MeetingForm(n=1, pair=1)
    for step, text, key in (("held_on", "завтра", "calendar-error-day"), ("held_on", "25.11", "meeting-error-future"),
                            ("minutes", "3", "meeting-error-minutes"), ("topic", "   ", "meeting-error-no-topic"),
                            ("notes", "x" * 1001, "meeting-error-notes")):
        with pytest.raises(InvalidInput) as caught:
            form.typed(step, text, TODAY)  # type: ignore[arg-type]
        assert caught.value.key == key
    assert form == MeetingForm(n=1, pair=1)
    assert form.typed("held_on", "20.11", TODAY).held_on == date(2026, 11, 20)
    assert form.typed("minutes", "1,5 ч", TODAY).minutes == 90


def test_a_pair_form_takes_a_form_a_term_and_more_mentees_once() -> None:
    form = PairForm(mentor=1, mentees=[2])
    assert not form.complete
    form = form.with_form("0").with_term("6", TODAY)
    assert form.complete and form.starts == TODAY and form.ends == date(2027, 5, 23)
    assert form.with_mentee(3).mentees == [2, 3]
    for change in (lambda: form.with_mentee(2), lambda: form.with_form("99"), lambda: form.with_term("7", TODAY),
                   lambda: PairForm.load(None), lambda: PairForm.load({"mentor": "x"})):
        with pytest.raises(DomainError, match="error-stale"):
            change()


@pytest.mark.parametrize(("term", "today", "ends"), [
    ("year", date(2026, 11, 23), date(2027, 5, 31)),
    ("year", date(2027, 6, 10), date(2028, 5, 31)),  # in June the next school year is meant
    ("3", date(2026, 11, 30), date(2027, 2, 28)),  # no 30 February: the last day of the month
    ("12", date(2028, 2, 29), date(2029, 2, 28)),
])
def test_pair_terms(term: str, today: date, ends: date) -> None:
    assert term_end(term, today) == ends
