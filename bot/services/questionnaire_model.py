"""Questionnaires as data: loaded from ``questionnaires/*.json``, validated once, shared by every runner.

A questionnaire is a list of typed questions with ru/en texts; a question may be shown only when an earlier
answer matches a condition. ``parse_answer`` turns what a person typed or pressed into a stored value or
raises InvalidInput with a key that explains what is expected.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.services.errors import InvalidInput
from bot.services.school_calendar import parse_date
from bot.services.validation import strip_invisible
from storage.models import language_of

QUESTIONNAIRES_DIR = Path(__file__).resolve().parent.parent.parent / "questionnaires"
TYPES = ("single", "multi", "scale", "yesno", "text", "number", "date")
_ID = re.compile(r"^[a-z][a-z0-9_]{0,40}$")
MAX_OPTION_TEXT = 40  # options are Telegram buttons


class QuestionnaireError(ValueError):
    """A questionnaire file does not follow the schema (a developer's mistake, caught by a test)."""


Text = dict[str, str]


def localized(text: Text, locale: str) -> str:
    """A questionnaire text in ``locale``'s language (a text locale "en+college" reads "en"), Russian when that one
    is missing."""
    return text.get(language_of(locale)) or text.get("ru") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Option:
    id: str
    text: Text


@dataclass(frozen=True)
class Condition:
    question: str
    equals: Any = None
    contains: str | None = None
    at_most: float | None = None
    at_least: float | None = None

    def holds(self, value: Any) -> bool:
        if value is None:
            return False
        if self.contains is not None:
            return isinstance(value, list) and self.contains in value
        if self.at_most is not None and not (isinstance(value, int | float) and value <= self.at_most):
            return False
        if self.at_least is not None and not (isinstance(value, int | float) and value >= self.at_least):
            return False
        if self.equals is not None:
            return value == self.equals
        return True


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: Text
    required: bool = True
    hint: Text | None = None
    options: tuple[Option, ...] = ()
    min: float | None = None
    max: float | None = None
    min_length: int = 1
    max_length: int = 1000
    labels: dict[str, Text] = field(default_factory=dict)  # scale ends: {"min": {...}, "max": {...}}
    show_if: Condition | None = None

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: Text
    intro: Text
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def index(self, question_id: str) -> int:
        return next(i for i, q in enumerate(self.questions) if q.id == question_id)

    def visible(self, answers: dict[str, Any]) -> list[Question]:
        """The questions shown for these answers (a hidden question's answer does not count)."""
        shown: list[Question] = []
        seen: set[str] = set()
        for q in self.questions:
            if q.show_if is None or (q.show_if.question in seen and q.show_if.holds(answers.get(q.show_if.question))):
                shown.append(q)
                seen.add(q.id)
        return shown


# ---- loading -------------------------------------------------------------------------------------------

def _text(raw: Any, where: str) -> Text:
    if not isinstance(raw, dict) or not raw.get("ru") or not raw.get("en"):
        raise QuestionnaireError(f"{where}: needs ru and en texts")
    return {"ru": str(raw["ru"]), "en": str(raw["en"])}


def _question(raw: dict[str, Any], earlier: dict[str, Question], where: str) -> Question:
    qid = raw.get("id", "")
    if not _ID.match(qid) or qid in earlier:
        raise QuestionnaireError(f"{where}: bad or repeated question id {qid!r}")
    qtype = raw.get("type")
    if qtype not in TYPES:
        raise QuestionnaireError(f"{where}/{qid}: unknown type {qtype!r}")
    options: list[Option] = []
    for o in raw.get("options", []):
        if not _ID.match(o.get("id", "")) or any(x.id == o["id"] for x in options):
            raise QuestionnaireError(f"{where}/{qid}: bad or repeated option id {o.get('id')!r}")
        text = _text(o.get("text"), f"{where}/{qid}/{o['id']}")
        if max(len(t) for t in text.values()) > MAX_OPTION_TEXT:
            raise QuestionnaireError(f"{where}/{qid}/{o['id']}: option text over {MAX_OPTION_TEXT} characters")
        options.append(Option(o["id"], text))
    if qtype in ("single", "multi") and len(options) < 2:
        raise QuestionnaireError(f"{where}/{qid}: a choice needs at least two options")
    if qtype == "scale" and not (raw.get("min") in (0, 1) and raw.get("max") in (5, 10)):
        raise QuestionnaireError(f"{where}/{qid}: a scale runs 1–5 or 1–10")
    condition = None
    if "show_if" in raw:
        c = raw["show_if"]
        if c.get("question") not in earlier:
            raise QuestionnaireError(f"{where}/{qid}: show_if must refer to an earlier question")
        condition = Condition(c["question"], c.get("equals"), c.get("contains"), c.get("at_most"), c.get("at_least"))
    labels = {end: _text(text, f"{where}/{qid}/labels/{end}") for end, text in raw.get("labels", {}).items()}
    return Question(
        id=qid, type=qtype, text=_text(raw.get("text"), f"{where}/{qid}"), required=bool(raw.get("required", True)),
        hint=_text(raw["hint"], f"{where}/{qid}/hint") if raw.get("hint") else None, options=tuple(options),
        min=raw.get("min"), max=raw.get("max"), min_length=int(raw.get("min_length", 1)),
        max_length=int(raw.get("max_length", 1000)), labels=labels, show_if=condition,
    )


def load(path: Path) -> Questionnaire:
    raw = json.loads(path.read_text(encoding="utf-8"))
    where = path.name
    if not _ID.match(raw.get("id", "")) or not isinstance(raw.get("version"), int):
        raise QuestionnaireError(f"{where}: needs an id and an integer version")
    title, intro = _text(raw.get("title"), f"{where}/title"), _text(raw.get("intro"), f"{where}/intro")
    earlier: dict[str, Question] = {}
    for item in raw.get("questions", []):
        question = _question(item, earlier, where)
        earlier[question.id] = question
    if not earlier:
        raise QuestionnaireError(f"{where}: no questions")
    return Questionnaire(raw["id"], raw["version"], title, intro, tuple(earlier.values()))


def load_all(directory: Path = QUESTIONNAIRES_DIR) -> dict[str, Questionnaire]:
    found: dict[str, Questionnaire] = {}
    for path in sorted(directory.glob("*.json")):
        questionnaire = load(path)
        if questionnaire.id in found:
            raise QuestionnaireError(f"{path.name}: id {questionnaire.id!r} used twice")
        found[questionnaire.id] = questionnaire
    return found


# ---- answers -------------------------------------------------------------------------------------------

_SPACES = re.compile(r"\s+")


def parse_answer(question: Question, raw: str | None) -> Any:
    """A typed (or button) answer → the stored value. Raises InvalidInput with a key explaining what is needed."""
    if raw is None:
        raise InvalidInput(_expects(question), **_range(question))
    text = _SPACES.sub(" ", strip_invisible(raw)).strip()
    if question.type == "text":
        if len(text) > question.max_length:
            raise InvalidInput("q-error-too-long", limit=question.max_length)
        if len(text) < max(1, question.min_length):
            raise InvalidInput("q-error-too-short", limit=max(1, question.min_length))
        return text
    if question.type in ("number", "scale"):
        if not re.fullmatch(r"-?\d{1,6}", text):
            raise InvalidInput(_expects(question), **_range(question))
        value = int(text)
        if (question.min is not None and value < question.min) or (question.max is not None and value > question.max):
            raise InvalidInput("q-error-range", min=_num(question.min), max=_num(question.max))
        return value
    if question.type == "date":
        return parse_date(text).isoformat()
    raise InvalidInput(_expects(question), **_range(question))  # choices and yes/no come from buttons


def _range(question: Question) -> dict[str, int | str]:
    if question.type in ("number", "scale"):
        return {"min": _num(question.min), "max": _num(question.max)}
    return {}


def _num(value: float | None) -> int | str:
    return int(value) if value is not None else "—"


def _expects(question: Question) -> str:
    return {"single": "q-error-choose", "multi": "q-error-choose", "yesno": "q-error-choose",
            "scale": "q-error-scale", "number": "q-error-number", "date": "q-error-date"}.get(
        question.type, "q-error-text")
