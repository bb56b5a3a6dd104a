"""Anonymous surveys: the one rule every results screen, export, figure and chart applies.

Who counts. An anonymous campaign's answers count only when they come from people other than the campaign's
author and the organisation's coordinators: the people who read the results cannot pad the count with their own
answers (a list of three — oneself, a second account of one's own, and the person one wants to read — gives
nothing away).

How many. Nothing is shown until THRESHOLD such answers are in; an anonymous campaign whose audience has fewer
than THRESHOLD such people is refused before it is launched.

When: the difference attack. A reader who saw the results with n answers and sees them again with n + 1 learns the
newest answer from the difference (and knows whose it is from «who has answered by now»). Steps of k answers only
narrow this to a group of k, and whoever saw both sides of one step still learns that group's answers. So the
results of an anonymous campaign are shown only once it is closed: after its deadline (the school's date), when no
answer can be added, changed or reopened any more (questionnaires.py refuses them). There is then only one view
of one fixed set of answers — two views cannot differ by one answer. Figures pooled over several campaigns (the
dashboard, the year report, their charts) take an anonymous campaign's answers whole, when it is closed and has
THRESHOLD counted answers, and leave it out otherwise; they move by a whole campaign, never by one answer.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date
from typing import TypeVar

from storage.campaigns import Campaign

THRESHOLD = 3  # counted answers (and people in an anonymous audience) needed before anything is shown

T = TypeVar("T")

OPEN = "open"  # anonymous and not closed yet: shown after the deadline
FEW = "few"  # closed with fewer than THRESHOLD counted answers: never shown


def excluded(campaign: Campaign, coordinators: Iterable[int]) -> set[int]:
    """The people whose answers to an anonymous campaign never count: its author and the coordinators."""
    return {*coordinators, *([campaign.created_by] if campaign.created_by is not None else [])}


def counts(campaign: Campaign, person_id: int, coordinator: bool) -> bool:
    """Whether an answer being submitted to an anonymous campaign will count. Decided at submission and stored with
    it (answer_sets.counted: the repositories leave out the sets that do not count, and hand the sets that do to
    ``release`` under a stand-in no role can match), so the results shown after the deadline stay as they are when
    a respondent becomes a coordinator later, or a coordinator withdraws and their answer is unlinked. Answers
    stored before the decision was kept are judged by ``release`` with today's roles."""
    return not coordinator and person_id != campaign.created_by


def closed(campaign: Campaign, today: date) -> bool:
    """No answer can come in or change any more (``today``: the date in the organisation's time zone)."""
    return campaign.status != "open" or today > campaign.deadline


def audience_allowed(person_ids: Collection[int], author_id: int | None, coordinators: Iterable[int]) -> bool:
    """Whether an anonymous campaign may go to these people: at least THRESHOLD of them would count."""
    skip = {*coordinators, *([author_id] if author_id is not None else [])}
    return sum(1 for pid in person_ids if pid not in skip) >= THRESHOLD


def release(campaign: Campaign, today: date, answers: Sequence[tuple[int, T]],
            coordinators: Iterable[int]) -> tuple[list[T], str | None]:
    """What of a campaign's submitted answers (person id, answer) may be shown, in their order: ``(answers, None)``,
    or ``([], why)`` — OPEN (anonymous, not closed: see the module's note on the difference attack) or FEW
    (closed with fewer than THRESHOLD answers by people other than the author and the coordinators). A campaign
    with names shows every answer."""
    if not campaign.anonymous:
        return [answer for _, answer in answers], None
    if not closed(campaign, today):
        return [], OPEN
    skip = excluded(campaign, coordinators)
    counted = [answer for person_id, answer in answers if person_id not in skip]
    if len(counted) < THRESHOLD:
        return [], FEW
    return counted, None
