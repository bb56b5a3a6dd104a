"""Real roadmaps with what a person read in them, compared with what the parser reads.

A corpus is a folder of documents (as published: text, .docx, .pdf) each with ``<document>.expected.json``
beside it, written by reading the document, not by running the parser::

    {"document": "school-x.txt", "source": "https://…", "organisation": "school", "academic_year": 2024,
     "document_year": {"kind": "school", "start": 2024, "end": 2025} | null,
     "stages": [{"number": 1, "title": "…", "activities": 3,
                 "deadlines": [{"start": "2024-10-01", "end": "2024-11-30", "recurrence": null}],
                 "responsible": ["Рабочая группа", "Директор"]}],
     "known_gaps": "why the parser does not get it all (optional)",
     "baseline": {"stages": 1, "activities": 0, "dates": 0, "people": 0}}

Deadlines are compared as the document writes them (``parse_roadmap`` without moving), so the expected dates are
those the document states. ``check_corpus`` scores each document; ``render_table`` prints the table
``python -m bot roadmap check-corpus`` shows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.services.roadmap_parser.model import ParsedRoadmap, RoadmapFileError, Stage

EXPECTED_SUFFIX = ".expected.json"


@dataclass
class Score:
    """How much of one document the parser got right: each pair is (right, expected)."""

    name: str
    organisation: str
    stages: tuple[int, int] = (0, 0)
    found_stages: int = 0
    activities: tuple[int, int] = (0, 0)
    dates: tuple[int, int] = (0, 0)
    people: tuple[int, int] = (0, 0)
    year_right: bool = True
    error: str = ""
    known_gaps: str = ""
    baseline: dict[str, int] = field(default_factory=dict)

    @property
    def perfect(self) -> bool:
        return (not self.error and self.year_right and self.found_stages == self.stages[1]
                and all(right == expected for right, expected in (self.stages, self.activities, self.dates,
                                                                  self.people)))

    def meets_baseline(self) -> bool:
        """At least as good as recorded for a document with known gaps (no regression)."""
        got = {"stages": self.stages[0], "activities": self.activities[0], "dates": self.dates[0],
               "people": self.people[0]}
        return not self.error and all(got[key] >= value for key, value in self.baseline.items())


def expected_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"*{EXPECTED_SUFFIX}"))


def load_expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def check_corpus(directory: Path) -> list[Score]:
    from bot.services.roadmap_parser import parse_roadmap

    scores: list[Score] = []
    for path in expected_files(directory):
        expected = load_expected(path)
        document = (directory / expected["document"]).resolve()
        name = path.name[: -len(EXPECTED_SUFFIX)]
        try:
            parsed = parse_roadmap(document, int(expected["academic_year"]))
        except RoadmapFileError as exc:
            scores.append(Score(name, str(expected.get("organisation", "")), error=f"{type(exc).__name__}: {exc}"))
            continue
        scores.append(score(name, expected, parsed))
    return scores


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold().replace("ё", "е")).strip()


def _deadline_keys(stage: Stage) -> set[tuple[str | None, str | None, str | None]]:
    return {(d.start.isoformat() if d.start else None, d.end.isoformat() if d.end else None, d.recurrence)
            for d in stage.deadlines}


def score(name: str, expected: dict[str, Any], parsed: ParsedRoadmap) -> Score:
    """Compare one parsed roadmap with what a person read in it."""
    result = Score(name, str(expected.get("organisation", "")), found_stages=len(parsed.stages),
                   known_gaps=str(expected.get("known_gaps", "")), baseline=dict(expected.get("baseline") or {}))
    year = expected.get("document_year")
    found_year = parsed.document_year
    result.year_right = (year is None and found_year is None) or (
        year is not None and found_year is not None
        and (year["kind"], year["start"], year["end"]) == (found_year.kind, found_year.start, found_year.end))
    unused = list(parsed.stages)
    stages = activities = dates = people = 0
    want_activities = want_dates = want_people = 0
    for want in expected["stages"]:
        want_activities += int(want["activities"])
        want_deadlines = {(d["start"], d["end"], d.get("recurrence")) for d in want.get("deadlines", [])}
        want_staff = {_norm(r) for r in want.get("responsible", [])}
        want_dates += len(want_deadlines)
        want_people += len(want_staff)
        match = next((s for s in unused if s.number == want["number"] and _norm(s.title) == _norm(want["title"])),
                     None)
        if match is None:
            continue
        unused.remove(match)
        stages += 1
        got = len(match.items)
        activities += max(0, int(want["activities"]) - abs(int(want["activities"]) - got))
        dates += len(want_deadlines & _deadline_keys(match))
        people += len(want_staff & {_norm(r.text) for r in match.responsible})
    result.stages = (stages, len(expected["stages"]))
    result.activities = (activities, want_activities)
    result.dates = (dates, want_dates)
    result.people = (people, want_people)
    return result


def render_table(scores: list[Score]) -> str:
    """One line per document: right / expected for stages (with the number found), activities, dates, people."""
    header = ("document", "kind", "year", "stages (found)", "activities", "dates", "people", "verdict")
    rows = [header]
    for s in scores:
        if s.error:
            rows.append((s.name, s.organisation, "", "", "", "", "", f"ERROR {s.error}"))
            continue
        verdict = "ok" if s.perfect else ("gaps: see expected.json" if s.known_gaps else "WRONG")
        rows.append((s.name, s.organisation, "ok" if s.year_right else "WRONG",
                     f"{s.stages[0]}/{s.stages[1]} ({s.found_stages})", f"{s.activities[0]}/{s.activities[1]}",
                     f"{s.dates[0]}/{s.dates[1]}", f"{s.people[0]}/{s.people[1]}", verdict))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths).rstrip())
    total = len(scores)
    perfect = sum(1 for s in scores if s.perfect)
    lines.append("")
    lines.append(f"{perfect} of {total} documents read entirely right; stages "
                 f"{sum(s.stages[0] for s in scores)}/{sum(s.stages[1] for s in scores)}, activities "
                 f"{sum(s.activities[0] for s in scores)}/{sum(s.activities[1] for s in scores)}, dates "
                 f"{sum(s.dates[0] for s in scores)}/{sum(s.dates[1] for s in scores)}, people "
                 f"{sum(s.people[0] for s in scores)}/{sum(s.people[1] for s in scores)}")
    return "\n".join(lines)
