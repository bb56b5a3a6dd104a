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
