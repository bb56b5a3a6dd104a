"""Results of a campaign: per question the distribution, mean and median for scales and numbers, the share of
«satisfied» (8–10 on a 10-point scale), free-text answers listed. Anonymous campaigns never show who answered
what, and show nothing until at least 3 people answered."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.services.questionnaire_model import Question, Questionnaire

ANONYMITY_THRESHOLD = 3
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
    hidden: bool  # anonymous and fewer than 3 answers: nothing is shown
    questions: tuple[QuestionResult, ...]


def summarise(questionnaire: Questionnaire, answer_sets: list[dict[str, Any]], anonymous: bool) -> CampaignResults:
    """``answer_sets``: the submitted answers, one dict per respondent (question id → value)."""
    if anonymous and len(answer_sets) < ANONYMITY_THRESHOLD:
        return CampaignResults(questionnaire, len(answer_sets), True, ())
    results = []
    for q in questionnaire.questions:
        values = [a[q.id] for a in answer_sets if a.get(q.id) not in (None, [], "")]
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
