"""What the roadmap parser returns: stages of tasks with activities, deadlines and responsible staff, and
its warnings and file errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from bot.services.roadmap_parser.text import unique

Recurrence = Literal["yearly", "weekly"]
ResponsibleKind = Literal["person", "role"]
YearKind = Literal["school", "calendar"]


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
    """The file cannot be read as a roadmap: missing, unreadable, damaged or of an unsupported type.

    ``kind`` names the reason for the coordinator's answer (the worker hands it back as ``{"error": kind}``):
    ``unreadable`` here, and one per subclass below."""

    kind = "unreadable"


class RoadmapTooLarge(RoadmapFileError):
    """The file would unpack to far more than a roadmap (a «zip bomb»): refused before anything is inflated."""

    kind = "too_large"


class RoadmapScanned(RoadmapFileError):
    """A PDF without a text layer (a scan or photographs of pages): nothing to read without OCR. Answer: send the
    .docx, or a PDF saved from Word («Сохранить как PDF»), not a scan."""

    kind = "scanned_pdf"


class RoadmapEncrypted(RoadmapFileError):
    """A PDF locked with a password. Answer: send it without the password, or the .docx."""

    kind = "encrypted_pdf"


class RoadmapOldFormat(RoadmapFileError):
    """An old or foreign word-processor format (.doc, .rtf, .wps, .pages): not read. Answer: «Сохранить как» .docx
    (or .odt, or PDF) and send that."""

    kind = "old_format"


class RoadmapUnsupportedType(RoadmapFileError):
    """Not a document type a roadmap comes in (a spreadsheet, an image, an archive …). Answer: the list of types."""

    kind = "unsupported_type"


@dataclass(frozen=True)
class DocumentYear:
    """The year a roadmap says it is for, from its title: a school year («на 2023-2024 учебный год», «2023/24»:
    ``kind`` 'school', ``start`` 2023, ``end`` 2024) or a calendar year («на 2023 год»: 'calendar', 2023, 2023).
    A document for several years keeps both ends («2020 – 2024 учебный год»: 'school', 2020, 2024; «в 2023-2024
    годах»: 'calendar', 2023, 2024). ``text`` is the phrase as written."""

    kind: YearKind
    start: int
    end: int
    text: str

    @property
    def school_year(self) -> int:
        """The school year (by its first September) the document begins in: a calendar year ``Y`` begins in
        January, inside school year ``Y - 1``."""
        return self.start if self.kind == "school" else self.start - 1

    def to_json_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> DocumentYear:
        kind: YearKind = "calendar" if data["kind"] == "calendar" else "school"
        return cls(kind, int(data["start"]), int(data["end"]), str(data["text"]))


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
class Activity:
    """One activity to track on its own: an item of a row («1.1 …», «- …», a line of the cell), with its own
    deadlines and responsible staff — those written next to it, or the row's when the row gives them once
    (``inherited``). ``heading`` is the row's event («Мероприятие»), empty when the table has none."""

    title: str
    deadlines: list[Deadline] = field(default_factory=list)
    responsible: list[Responsible] = field(default_factory=list)
    heading: str = ""
    inherited: bool = True

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "heading": self.heading,
            "deadlines": [d.to_json_dict() for d in self.deadlines],
            "responsible": [r.to_json_dict() for r in self.responsible],
        }


@dataclass
class Task:
    """One row of the roadmap table: an event («Мероприятие», may be empty) with the activities it consists of
    and the deadlines and staff written next to them. ``items`` are the same activities one by one, each with
    its own deadlines and staff (see ``Activity``); a task built by hand without them gets them inherited."""

    heading: str
    activities: list[str] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    responsible: list[Responsible] = field(default_factory=list)
    items: list[Activity] = field(default_factory=list)

    def activity_items(self) -> list[Activity]:
        if self.items:
            return self.items
        titles = self.activities or ([self.heading] if self.heading else [])
        return [Activity(title, list(self.deadlines), list(self.responsible), self.heading) for title in titles]


@dataclass
class Stage:
    number: int
    title: str
    tasks: list[Task] = field(default_factory=list)

    @property
    def activities(self) -> list[str]:
        return [activity for task in self.tasks for activity in task.activities]

    @property
    def items(self) -> list[Activity]:
        """Every activity of the stage on its own, with its own deadlines and staff, in document order."""
        return [item for task in self.tasks for item in task.activity_items()]

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
            "items": [item.to_json_dict() for item in self.items],
        }


@dataclass
class ParsedRoadmap:
    """What was read. ``document_year``: the year the document says it is for (None when it says none);
    ``moved_years``: how many years ``move_to_school_year`` moved every deadline by (0: as written)."""

    stages: list[Stage]
    warnings: list[str]
    document_year: DocumentYear | None = None
    moved_years: int = 0

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "stages": [s.to_json_dict() for s in self.stages],
            "warnings": list(self.warnings),
            "document_year": self.document_year.to_json_dict() if self.document_year else None,
            "moved_years": self.moved_years,
        }

    def to_plain(self) -> dict[str, Any]:
        """Everything, as JSON-safe data (a child process hands its result back this way): see ``from_plain``."""
        return {
            "stages": [{"number": s.number, "title": s.title, "tasks": [_task_plain(t) for t in s.tasks]}
                       for s in self.stages],
            "warnings": [w.to_dict() if isinstance(w, ParseWarning) else {"text": str(w)} for w in self.warnings],
            "document_year": self.document_year.to_json_dict() if self.document_year else None,
            "moved_years": self.moved_years,
        }

    @classmethod
    def from_plain(cls, data: dict[str, Any]) -> ParsedRoadmap:
        """The roadmap ``to_plain`` gave (raises KeyError, TypeError or ValueError on anything else)."""
        stages = [Stage(int(s["number"]), str(s["title"]), [_task_from(t) for t in s["tasks"]]) for s in data["stages"]]
        warnings: list[str] = [ParseWarning(str(w["code"]), str(w["text"]), **dict(w["values"])) if "code" in w
                               else str(w["text"]) for w in data["warnings"]]
        year = data.get("document_year")
        return cls(stages, warnings, DocumentYear.from_json_dict(year) if year else None,
                   int(data.get("moved_years") or 0))


def _deadlines_plain(deadlines: list[Deadline]) -> list[dict[str, Any]]:
    return [{**d.to_json_dict(), "understood": d.understood} for d in deadlines]


def _responsible_plain(responsible: list[Responsible]) -> list[dict[str, Any]]:
    return [{**r.to_json_dict(), "understood": r.understood} for r in responsible]


def _task_plain(task: Task) -> dict[str, Any]:
    return {
        "heading": task.heading,
        "activities": list(task.activities),
        "deadlines": _deadlines_plain(task.deadlines),
        "responsible": _responsible_plain(task.responsible),
        "items": [{"title": i.title, "heading": i.heading, "inherited": i.inherited,
                   "deadlines": _deadlines_plain(i.deadlines), "responsible": _responsible_plain(i.responsible)}
                  for i in task.items],
    }


def _task_from(data: dict[str, Any]) -> Task:
    def day(value: Any) -> date | None:
        return None if value is None else date.fromisoformat(str(value))

    recurrences: dict[Any, Recurrence] = {"yearly": "yearly", "weekly": "weekly"}
    kinds: dict[Any, ResponsibleKind] = {"person": "person", "role": "role"}

    def deadlines(items: Any) -> list[Deadline]:
        return [Deadline(str(d["text"]), day(d["start"]), day(d["end"]), recurrences.get(d["recurrence"]),
                         bool(d["understood"])) for d in items]

    def responsible(items: Any) -> list[Responsible]:
        return [Responsible(str(r["text"]), kinds[r["kind"]], bool(r["understood"])) for r in items]

    return Task(
        heading=str(data["heading"]),
        activities=[str(a) for a in data["activities"]],
        deadlines=deadlines(data["deadlines"]),
        responsible=responsible(data["responsible"]),
        items=[Activity(str(i["title"]), deadlines(i["deadlines"]), responsible(i["responsible"]), str(i["heading"]),
                        bool(i["inherited"])) for i in data.get("items") or []],
    )
