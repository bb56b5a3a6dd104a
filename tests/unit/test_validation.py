from __future__ import annotations

import pytest

from bot.services import validation
from bot.services.errors import InvalidInput


@pytest.mark.parametrize("raw, clean", [
    ("Иванова Мария Петровна", "Иванова Мария Петровна"),
    ("  иванова   мария ", "Иванова Мария"),
    ("Салтыкова-Щедрина Анна", "Салтыкова-Щедрина Анна"),
    ("Ёлкина Алёна", "Ёлкина Алёна"),
    ("O'Connor Mary", "O'Connor Mary"),
    ("Иванов И. И.", "Иванов И. И."),
    ("Ivanova Maria", "Ivanova Maria"),
    ("Иванов\x00 Иван\u200b", "Иванов Иван"),  # control characters are dropped
    ("иванова-петрова анна", "Иванова-Петрова Анна"),
    ("Мамедов Ильхам оглы", "Мамедов Ильхам оглы"),
    ("McDonald Ann", "McDonald Ann"),
])
def test_good_names(raw: str, clean: str) -> None:
    assert validation.full_name(raw) == clean


@pytest.mark.parametrize("raw", [
    None, "", "Иванова", "Ivanova Мария", "R2D2 C3PO", "<b>Иван</b> Петров", "Иван 123", "А" * 200,
    "a b c d e f", "👩‍🏫 Учитель",
])
def test_bad_names(raw: str | None) -> None:
    with pytest.raises(InvalidInput):
        validation.full_name(raw)


@pytest.mark.parametrize("raw, years", [("0", 0), ("12", 12), ("12 лет", 12), ("1 год", 1), ("3 years", 3)])
def test_experience(raw: str, years: int) -> None:
    assert validation.experience_years(raw) == years


@pytest.mark.parametrize("raw", ["", "сто", "-1", "61", "1.5", "3 4"])
def test_bad_experience(raw: str) -> None:
    with pytest.raises(InvalidInput):
        validation.experience_years(raw)


def test_phone_normalised() -> None:
    assert validation.phone("+7 (900) 123-45-67") == "+79001234567"
    assert validation.phone("79001234567") == "+79001234567"
    assert validation.phone("8 (900) 111-22-33") == "+79001112233"
    with pytest.raises(InvalidInput):
        validation.phone("12")


def test_text_too_long_says_the_limit() -> None:
    with pytest.raises(InvalidInput) as info:
        validation.short_field("x" * 500, "reg-error-position")
    assert info.value.key == "error-text-too-long" and info.value.args_for_text == {"limit": 150}


def test_long_messages_are_cut_between_lines_never_inside_a_tag() -> None:
    from handlers._util import fit_lines

    lines = [f"🎯 <b>{'Цель ' * 30}{n}</b>" for n in range(60)]
    text = fit_lines(lines)
    assert len(text) < 4096 and text.endswith("…")
    assert text.count("<b>") == text.count("</b>")
    assert fit_lines(["a", "b"]) == "a\nb"
