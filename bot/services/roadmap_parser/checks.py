"""Warnings about stages once they are read: deadlines or staff not understood, missing titles, numbering."""

from __future__ import annotations

from typing import Any

from bot.services.roadmap_parser.model import ParseWarning, Stage


def stage_label(stage: Stage) -> str:
    return f"Stage {stage.number} «{stage.title}»"


def stage_values(stage: Stage) -> dict[str, Any]:
    return {"stage": stage.number, "title": stage.title}


def stage_warnings(stage: Stage) -> list[str]:
    warnings: list[str] = [
        ParseWarning("deadline-unknown", f"{stage_label(stage)}: deadline not understood: «{d.text}»",
                     text=d.text, **stage_values(stage))
        for d in stage.deadlines if not d.understood]
    warnings += [
        ParseWarning("responsible-unknown", f"{stage_label(stage)}: responsible «{r.text}» is not a known role or "
                     "a name («Фамилия И.О.»); kept as a role", text=r.text, **stage_values(stage))
        for r in stage.responsible if not r.understood]
    if not stage.title:
        warnings.append(ParseWarning("stage-no-title", f"Stage {stage.number} has no title", stage=stage.number))
    return warnings


def numbering_warnings(stages: list[Stage]) -> list[str]:
    """A stage that goes back in the numbering or repeats a number, and numbers nobody used."""
    warnings: list[str] = []
    seen: set[int] = set()
    for index, stage in enumerate(stages):
        if index and stage.number <= stages[index - 1].number:
            repeated = f" and repeats number {stage.number}" if stage.number in seen else ""
            warnings.append(ParseWarning(
                "stage-order", f"{stage_label(stage)} comes after stage {stages[index - 1].number}{repeated}: "
                "numbering out of order (kept as in the document)", previous=stages[index - 1].number,
                repeated="yes" if repeated else "no", **stage_values(stage)))
        seen.add(stage.number)
    if seen:
        warnings += [ParseWarning("missing-number", f"No stage is numbered {n}", number=n)
                     for n in range(min(seen), max(seen)) if n not in seen]
    return warnings
