"""Results of a campaign: per question the distribution, mean and median for scales and numbers, the share of
«satisfied» (8–10 on a 10-point scale), free-text answers listed. Anonymous campaigns never show who answered
what; which of their answers may be summarised at all is decided by bot/services/anonymity.py (the one rule)."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.services.anonymity import FEW, THRESHOLD
from bot.services.questionnaire_model import Question, Questionnaire

SATISFIED_FROM = 8  # on a 1–10 scale


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    answered: int
    counts: dict[str, int] = field(default_factory=dict)  # option id / value → how many
    mean: float | None = None
    median: float | None = None
    satisfied_share: float | None = None  # 1–10 scales only
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class CampaignResults:
    questionnaire: Questionnaire
    respondents: int
    hidden: bool  # anonymous and not to be shown (see ``why``): nothing is shown
    questions: tuple[QuestionResult, ...]
    why: str | None = None  # hidden: anonymity.OPEN (shown after the deadline) or anonymity.FEW


def summarise(questionnaire: Questionnaire, answer_sets: list[dict[str, Any]], anonymous: bool,
              withheld: str | None = None, respondents: int | None = None) -> CampaignResults:
    """``answer_sets``: the answers that may be shown, one dict per respondent (question id → value), as
    ``anonymity.release`` gave them; ``withheld``: why it gave none (then ``respondents`` says how many answered).
    An anonymous summary of fewer than THRESHOLD answer sets is never made, whatever the caller passed."""
    if withheld is not None or (anonymous and len(answer_sets) < THRESHOLD):
        count = len(answer_sets) if respondents is None else respondents
        return CampaignResults(questionnaire, count, True, (), withheld or FEW)
    results = []
    for q in questionnaire.questions:
        values = [a[q.id] for a in answer_sets if a.get(q.id) not in (None, [], "")]
        if anonymous:  # listed texts in no order of who answered when (as the export sorts them)
            values.sort(key=str)
        results.append(_one(q, values))
    return CampaignResults(questionnaire, len(answer_sets), False, tuple(results))


def _one(q: Question, values: list[Any]) -> QuestionResult:
    if q.type in ("single", "yesno"):
        counts = Counter(str(v).lower() if q.type == "yesno" else v for v in values)
        order = [o.id for o in q.options] if q.type == "single" else ["true", "false"]
        return QuestionResult(q, len(values), {k: counts.get(k, 0) for k in order})
    if q.type == "multi":
        counts = Counter(option for chosen in values for option in chosen)
        return QuestionResult(q, len(values), {o.id: counts.get(o.id, 0) for o in q.options})
    if q.type in ("scale", "number"):
        numbers = [float(v) for v in values]
        counts = Counter(int(v) for v in numbers)
        satisfied = None
        if q.type == "scale" and q.max == 10 and numbers:
            satisfied = sum(v >= SATISFIED_FROM for v in numbers) / len(numbers)
        keys = range(int(q.min or 0), int(q.max or 0) + 1) if q.type == "scale" else sorted(counts)
        return QuestionResult(
            q, len(numbers), {str(k): counts.get(k, 0) for k in keys},
            mean=statistics.fmean(numbers) if numbers else None,
            median=statistics.median(numbers) if numbers else None, satisfied_share=satisfied)
    return QuestionResult(q, len(values), texts=tuple(str(v) for v in values))  # text, date
