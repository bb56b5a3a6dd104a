"""The one anonymity rule (bot/services/anonymity.py): who counts, how many, and when — the difference attack."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from bot.services import anonymity
from bot.services.questionnaire_model import load
from bot.services.survey_results import summarise
from storage.campaigns import Campaign

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires" / "sample.json"
DEADLINE = date(2026, 9, 15)
AUTHOR, OTHER_COORDINATOR = 1, 2


def campaign(anonymous: bool = True, status: str = "open") -> Campaign:
    return Campaign(7, 1, "sample", "list", DEADLINE, anonymous, status, datetime(2026, 9, 1, tzinfo=UTC), AUTHOR)


def test_named_campaigns_show_every_answer_at_once() -> None:
    answers = [(10, "a"), (AUTHOR, "b")]
    assert anonymity.release(campaign(anonymous=False), date(2026, 9, 2), answers, [OTHER_COORDINATOR]) == (
        ["a", "b"], None)


def test_the_author_and_coordinators_never_count() -> None:
    after = date(2026, 9, 16)
    # the coordinator, a second account of theirs and the person they want to read: two counted answers at most
    padded = [(AUTHOR, "mine"), (OTHER_COORDINATOR, "colleague's"), (10, "second account"), (11, "the target")]
    assert anonymity.release(campaign(), after, padded, [AUTHOR, OTHER_COORDINATOR]) == ([], anonymity.FEW)
    three = [*padded, (12, "third")]
    shown, why = anonymity.release(campaign(), after, three, [AUTHOR, OTHER_COORDINATOR])
    assert why is None and shown == ["second account", "the target", "third"]  # no coordinator's answer in it
    # the author counts as excluded even when no longer a coordinator
    assert anonymity.excluded(campaign(), []) == {AUTHOR}


def test_an_anonymous_audience_needs_three_people_besides_author_and_coordinators() -> None:
    assert not anonymity.audience_allowed([AUTHOR, 10, 11], AUTHOR, [AUTHOR])
    assert not anonymity.audience_allowed([AUTHOR, OTHER_COORDINATOR, 10, 11], AUTHOR, [AUTHOR, OTHER_COORDINATOR])
    assert anonymity.audience_allowed([AUTHOR, 10, 11, 12], AUTHOR, [AUTHOR])


def test_difference_attack_one_more_answer_cannot_be_isolated() -> None:
    """A reader looks at the results with n answers, and again with n + 1: nothing is shown while answers can still
    come in, and after the deadline the set is fixed (questionnaires.py refuses late answers), so there is one
    view only. Two views that differ by one answer do not exist."""
    q = load(SAMPLE)
    sets = [(10 + n, {"years": 1 + n, "areas": ["method"], "score": score}) for n, score in enumerate((8, 6, 9, 3))]
    views = []
    for n in (3, 4):  # with three answers and with four, before the deadline
        for today in (date(2026, 9, 2), DEADLINE):  # the deadline day itself still takes answers
            shown, why = anonymity.release(campaign(), today, sets[:n], [AUTHOR])
            views.append(summarise(q, shown, True, withheld=why, respondents=n))
    assert all(v.hidden and v.why == anonymity.OPEN and v.questions == () for v in views)
    # once closed (the day after the deadline, or closed by hand), one fixed view
    for result in (anonymity.release(campaign(), date(2026, 9, 16), sets, [AUTHOR]),
                   anonymity.release(campaign(status="closed"), date(2026, 9, 2), sets, [AUTHOR])):
        summary = summarise(q, result[0], True, withheld=result[1], respondents=len(sets))
        score = next(r for r in summary.questions if r.question.id == "score")
        assert not summary.hidden and summary.respondents == 4 and score.mean == 6.5


def test_summaries_of_fewer_than_three_anonymous_sets_are_never_made() -> None:
    q = load(SAMPLE)
    two = [{"years": 1, "areas": ["method"], "score": 8}, {"years": 3, "areas": ["parents"], "score": 6}]
    hidden = summarise(q, two, anonymous=True)  # whatever a caller passes
    assert hidden.hidden and hidden.why == anonymity.FEW and hidden.questions == ()


def test_anonymous_free_texts_are_listed_in_no_order_of_answering() -> None:
    q = load(SAMPLE)
    sets = [{"years": 1, "areas": ["method"], "score": 8, "note": note} for note in ("Я", "Б", "А")]
    assert next(r for r in summarise(q, sets, True).questions if r.question.id == "note").texts == ("А", "Б", "Я")
    assert next(r for r in summarise(q, sets, False).questions if r.question.id == "note").texts == ("Я", "Б", "А")
