"""Validation of what people type. Each function returns the clean value or raises InvalidInput."""

from __future__ import annotations

import re

from bot.services.errors import InvalidInput

MAX_FULL_NAME = 120
MAX_FIELD = 150

_CYR = r"[А-ЯЁа-яё]+(?:[-'’][А-ЯЁа-яё]+)*"
_LAT = r"[A-Za-z]+(?:[-'’][A-Za-z]+)*"
_NAME_PART = re.compile(rf"^(?:{_CYR}|{_LAT})\.?$")
_SPACES = re.compile(r"\s+")
# control characters and invisible formatting: zero-width spaces and joiners, direction marks (U+200E/F),
# embeddings and overrides (U+202A–U+202E), word joiner, invisible operators and bidi isolates (U+2060–U+2069),
# BOM. Typed text never needs them, and a bidi control would show a name or an answer reversed to others.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def strip_invisible(text: str) -> str:
    """``text`` without control characters and invisible formatting (the one place that list lives)."""
    return _CONTROL.sub("", text)


def clean_text(text: str | None, *, max_len: int, min_len: int = 1, key: str = "error-text-expected") -> str:
    if text is None:
        raise InvalidInput(key)
    value = _SPACES.sub(" ", strip_invisible(text)).strip()
    if len(value) > max_len:
        raise InvalidInput("error-text-too-long", limit=max_len)
    if len(value) < min_len:
        raise InvalidInput(key)
    return value


def full_name(text: str | None) -> str:
    """Surname and name (patronymic optional), Cyrillic or Latin letters, sane length."""
    value = clean_text(text, max_len=MAX_FULL_NAME, min_len=3, key="reg-error-name")
    parts = value.split(" ")
    if not 2 <= len(parts) <= 5:
        raise InvalidInput("reg-error-name")
    if not all(_NAME_PART.match(p) for p in parts):
        raise InvalidInput("reg-error-name")
    if any(len(p.rstrip(".")) < 1 for p in parts):
        raise InvalidInput("reg-error-name")
    scripts = {"cyr" if re.match(_CYR, p) else "lat" for p in parts}
    if len(scripts) > 1:
        raise InvalidInput("reg-error-name-mixed")
    return " ".join(_capitalise(p) for p in parts)


# Parts of names written in lower case: «Мамедов Ильхам оглы», «Ludwig van Beethoven».
_PARTICLES = {"оглы", "кызы", "улы", "уулу", "ибн", "бен", "фон", "де", "ван", "van", "von", "de", "der", "bin", "ibn"}


def _capitalise(part: str) -> str:
    """Only an all-lower-case word is capitalised, each hyphenated piece on its own; others stay as typed."""
    if part in _PARTICLES or not part.islower():
        return part
    return "-".join(piece[:1].upper() + piece[1:] for piece in part.split("-"))


def short_field(text: str | None, key: str) -> str:
    value = clean_text(text, max_len=MAX_FIELD, min_len=2, key=key)
    if not re.search(r"[A-Za-zА-ЯЁа-яё]", value):
        raise InvalidInput(key)
    return value


def experience_years(text: str | None) -> int:
    value = clean_text(text, max_len=20, key="reg-error-experience")
    match = re.fullmatch(r"(\d{1,2})(?:\s*(?:лет|год|года|г\.?|years?|yrs?))?", value.lower())
    if not match:
        raise InvalidInput("reg-error-experience")
    years = int(match.group(1))
    if years > 60:
        raise InvalidInput("reg-error-experience")
    return years


def org_name(text: str | None) -> str:
    return clean_text(text, max_len=200, min_len=3, key="org-error-name")


def org_address(text: str | None) -> str:
    return clean_text(text, max_len=300, min_len=5, key="org-error-address")


def phone(number: str) -> str:
    """E.164-ish: Russian 8XXXXXXXXXX becomes +7XXXXXXXXXX."""
    digits = re.sub(r"[^\d+]", "", number)
    if not re.fullmatch(r"\+?\d{7,15}", digits):
        raise InvalidInput("reg-error-phone")
    if re.fullmatch(r"8\d{10}", digits):
        digits = "7" + digits[1:]
    return digits if digits.startswith("+") else "+" + digits
