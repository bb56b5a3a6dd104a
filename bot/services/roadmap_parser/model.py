"""What the roadmap parser returns: stages of tasks with activities, deadlines and responsible staff, and
its warnings and file errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from bot.services.roadmap_parser.text import unique

Recurrence = Literal["yearly", "weekly"]
ResponsibleKind = Literal["person", "role"]


class ParseWarning(str):
    """A warning as English text (the CLI, JSON) that also carries a code and values, so the chat can show
    it in the reader's language (``roadmap-warn-<code>`` in locales/)."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, message: str, /, **values: Any) -> ParseWarning:
        warning = super().__new__(cls, message)
        warning.code = code
        warning.values = values
        return warning

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "values": self.values, "text": str(self)}


class RoadmapFileError(Exception):
    """The file cannot be read as a roadmap: missing, unreadable, damaged or of an unsupported type."""


class RoadmapTooLarge(RoadmapFileError):
    """The file would unpack to far more than a roadmap (a «zip bomb»): refused before anything is inflated."""


@dataclass(frozen=True)
class Deadline:
    """One deadline as written (``text``) and as understood. ``understood`` is False when the dates are unknown
    because the text was not understood (event-driven phrases such as «По факту» are understood, with no dates)."""

    text: str
    start: date | None = None
    end: date | None = None
    recurrence: Recurrence | None = None
    understood: bool = True

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "recurrence": self.recurrence,
        }


@dataclass(frozen=True)
class Responsible:
    """A person («Фамилия И.О.», normalised) or a role (canonical name from the vocabulary, or the text as
    written when ``understood`` is False)."""

    text: str
    kind: ResponsibleKind
    understood: bool = True

    def to_json_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind}


@dataclass
class Task:
    """One row of the roadmap table: an event («Мероприятие», may be empty) with the activities it consists of
    and the deadlines and staff written next to them."""

    heading: str
    activities: list[str] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    responsible: list[Responsible] = field(default_factory=list)


@dataclass
class Stage:
    number: int
    title: str
    tasks: list[Task] = field(default_factory=list)

    @property
    def activities(self) -> list[str]:
        return [activity for task in self.tasks for activity in task.activities]

    @property
    def deadlines(self) -> list[Deadline]:
        """Every deadline of the stage once, in document order."""
        return unique(d for task in self.tasks for d in task.deadlines)

    @property
    def responsible(self) -> list[Responsible]:
        """Every responsible entry of the stage once, in document order."""
        return unique(r for task in self.tasks for r in task.responsible)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "activities": self.activities,
            "deadlines": [d.to_json_dict() for d in self.deadlines],
            "responsible": [r.to_json_dict() for r in self.responsible],
        }


@dataclass
class ParsedRoadmap:
    stages: list[Stage]
    warnings: list[str]

    def to_json_dict(self) -> dict[str, Any]:
        return {"stages": [s.to_json_dict() for s in self.stages], "warnings": list(self.warnings)}

    def to_plain(self) -> dict[str, Any]:
        """Everything, as JSON-safe data (a child process hands its result back this way): see ``from_plain``."""
        return {
            "stages": [{"number": s.number, "title": s.title, "tasks": [_task_plain(t) for t in s.tasks]}
                       for s in self.stages],
            "warnings": [w.to_dict() if isinstance(w, ParseWarning) else {"text": str(w)} for w in self.warnings],
        }

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> ParsedRoadmap:
        """The roadmap ``to_plain`` gave (raises KeyError, TypeError or ValueError on anything else)."""
        stages = [Stage(int(s["number"]), str(s["title"]), [_task_from(t) for t in s["tasks"]]) for s in data["stages"]]
        warnings: list[str] = [ParseWarning(str(w["code"]), str(w["text"]), **dict(w["values"])) if "code" in w
                               else str(w["text"]) for w in data["warnings"]]
        return cls(stages, warnings)


def _task_plain(task: Task) -> dict[str, Any]:
    return {
        "heading": task.heading,
        "activities": list(task.activities),
        "deadlines": [{**d.to_json_dict(), "understood": d.understood} for d in task.deadlines],
        "responsible": [{**r.to_json_dict(), "understood": r.understood} for r in task.responsible],
    }


def _task_from(data: dict[str, Any]) -> Task:
    def day(value: Any) -> date | None:
        return None if value is None else date.fromisoformat(str(value))

    recurrences: dict[Any, Recurrence] = {"yearly": "yearly", "weekly": "weekly"}
    kinds: dict[Any, ResponsibleKind] = {"person": "person", "role": "role"}
    return Task(
        heading=str(data["heading"]),
        activities=[str(a) for a in data["activities"]],
        deadlines=[Deadline(str(d["text"]), day(d["start"]), day(d["end"]), recurrences.get(d["recurrence"]),
                            bool(d["understood"])) for d in data["deadlines"]],
        responsible=[Responsible(str(r["text"]), kinds[r["kind"]], bool(r["understood"])) for r in data["responsible"]],
    )
