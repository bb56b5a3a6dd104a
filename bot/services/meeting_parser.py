"""The quick form of a meeting log: «/meeting вчера 45 мин Анализ урока» → a draft to confirm.

Words in any order: a day (сегодня, вчера, позавчера, 12.11, 12.11.2026; today, yesterday; «12 ноября» at the
start), a duration (45 мин, 1 ч, 1,5 часа, 1 ч 30 мин, 90 min, 2h), a format (очно, онлайн; in person, online),
a meeting type (организационная, пробная, планирование, итоговая, регулярная; organisational, trial, planning,
regular, final); what is left is the topic. Nothing here knows about chats or pairs; days are read by
``bot.services.school_calendar`` like every other typed date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.services.errors import InvalidInput
from bot.services.school_calendar import check_past_day, read_past_day

KINDS = ("organisational", "trial", "planning", "regular", "final")
FORMATS = ("in_person", "online")
MIN_MINUTES, MAX_MINUTES = 5, 600
MAX_TOPIC = 300

_FORMAT_WORDS = {"очно": "in_person", "очная": "in_person", "лично": "in_person", "online": "online",
                 "онлайн": "online", "дистанционно": "online", "zoom": "online", "сферум": "online"}
# Only these exact words name the type: «Разбор пробного ОГЭ» or «Планирование урока» are topics, not types.
_KIND_WORDS = {"организационная": "organisational", "организационная:": "organisational", "пробная": "trial",
               "итоговая": "final", "заключительная": "final", "регулярная": "regular", "текущая": "regular",
               "organisational": "organisational", "organizational": "organisational", "trial": "trial",
               "planning": "planning", "regular": "regular", "final": "final"}
# dd.mm or dd.mm.yy(yy) with two-digit day and month: «параграф 5.3» and «ФГОС 3.0» stay in the topic
_DATE = re.compile(r"^(\d{2})[./](\d{2})(?:[./](\d{2}|\d{4}))?$")
_HOURS = r"(?:ч|час|часа|часов|h|hr|hrs|hour|hours)\.?"
_MINUTES = r"(?:м|мин|минут|минуты|минута|min|mins|minute|minutes)\.?"
_DURATION = re.compile(
    rf"(?<!\S)(?:(\d+(?:[.,]\d+)?)\s*{_HOURS}(?:\s*(\d+)\s*{_MINUTES})?|(\d+)\s*{_MINUTES})(?!\S)", re.IGNORECASE)
_PLAIN_MINUTES = re.compile(r"(?<!\S)(\d{2,3})(?!\S)")


@dataclass(frozen=True)
class QuickDraft:
    held_on: date | None
    minutes: int | None
    format: str | None
    kind: str | None
    topic: str | None


def parse_quick(text: str, today: date) -> QuickDraft:
    """Pick out what the text says; what it does not say stays None (the chat asks for it)."""
    rest = " ".join(text.split())
    minutes = None
    match = _DURATION.search(rest)
    if match:
        hours, extra, only = match.groups()
        minutes = int(only) if only else round(float(hours.replace(",", ".")) * 60) + int(extra or 0)
        rest = (rest[:match.start()] + " " + rest[match.end():]).strip()
    fmt = kind = None
    words: list[str] = []
    tokens = rest.split()
    held_on, tokens = _leading_day(tokens, today)
    for index, word in enumerate(tokens):
        key = word.lower().strip(",;")
        beside = index in (0, len(tokens) - 1) or len(words) == 0  # not inside the topic: «в 10 классе»
        day = _day_word(key, today) if held_on is None else None
        if day is not None:
            held_on = day
        elif fmt is None and key in _FORMAT_WORDS:
            fmt = _FORMAT_WORDS[key]
        elif kind is None and key in _KIND_WORDS:
            kind = _KIND_WORDS[key]
        elif (minutes is None and beside and _PLAIN_MINUTES.fullmatch(key)
              and MIN_MINUTES <= int(key) <= MAX_MINUTES):
            minutes = int(key)
        else:
            words.append(word)
    topic = " ".join(words).strip(" ,;—-") or None
    if minutes is not None and not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput("meeting-error-minutes", min=MIN_MINUTES, max=MAX_MINUTES)
    if topic is not None and len(topic) > MAX_TOPIC:
        raise InvalidInput("meeting-error-topic", limit=MAX_TOPIC)
    if held_on is not None:
        check_past_day(held_on, today)
    return QuickDraft(held_on, minutes, fmt, kind, topic)


def parse_minutes(text: str) -> int:
    """A typed duration: «45», «45 мин», «1,5 ч», «1 ч 30 мин»."""
    cleaned = " ".join(text.split())
    match = _DURATION.fullmatch(cleaned)
    if match:
        hours, extra, only = match.groups()
        minutes = int(only) if only else round(float(hours.replace(",", ".")) * 60) + int(extra or 0)
    elif re.fullmatch(r"\d{1,3}", cleaned):
        minutes = int(cleaned)
    else:
        raise InvalidInput("meeting-error-minutes", min=MIN_MINUTES, max=MAX_MINUTES)
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput("meeting-error-minutes", min=MIN_MINUTES, max=MAX_MINUTES)
    return minutes


def check_day(day: date, today: date) -> None:
    """A meeting took place on ``day``: not in the future, not more than a year ago
    (``school_calendar.check_past_day``)."""
    check_past_day(day, today)


def _day_word(key: str, today: date) -> date | None:
    """The day one word of the quick form names: сегодня, вчера, 20.11, 20.11.2026. Only a two-digit day and
    month count, so «параграф 5.3» and «ФГОС 3.0» stay in the topic."""
    return read_past_day(key, today) if key.isalpha() or _DATE.match(key) else None


def _leading_day(tokens: list[str], today: date) -> tuple[date | None, list[str]]:
    """«20 ноября (2026)» opening the text is the day; the words after it are the rest. Only at the start:
    «Подготовка к 9 мая» is a topic."""
    if tokens and tokens[0].isdigit():
        for size in (3, 2):
            if len(tokens) >= size and (day := read_past_day(" ".join(tokens[:size]), today)) is not None:
                return day, tokens[size:]
    return None, tokens
