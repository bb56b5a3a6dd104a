"""Russian grammar about a person: the grammatical gender texts agree with («утверждён» / «утверждена»).

The gender is read from the patronymic, which Russian marks for it (Петрович / Петровна, and the Turkic «оглы» /
«кызы»); without one — a foreign name, a pupil registered by first name and surname — it is unknown, and the texts
use wording that needs none.
"""

from __future__ import annotations

MALE, FEMALE, UNKNOWN = "m", "f", "x"  # the values of a text's { $gender } selector


def gender_of(full_name: str | None) -> str:
    """MALE, FEMALE or UNKNOWN, from the patronymic of «Фамилия Имя Отчество»."""
    words = (full_name or "").replace("-", " ").split()
    for word in reversed(words[2:]):  # the patronymic comes after the surname and the first name
        lower = word.lower()
        if lower.endswith(("вич", "ьич", "ич")) or lower == "оглы":
            return MALE
        if lower.endswith(("вна", "чна", "шна")) or lower == "кызы":
            return FEMALE
    return UNKNOWN


def parent_gender(relation: str | None, full_name: str | None) -> str:
    """A parent's: a mother or a father says it; a guardian's is read from the name."""
    return {"mother": FEMALE, "father": MALE}.get(relation or "", gender_of(full_name))
