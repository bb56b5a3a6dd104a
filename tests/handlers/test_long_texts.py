"""Long texts measured as Telegram measures them (UTF-16 code units: an emoji counts 2): every list message fits
4,096, never cut inside a tag or an entity; alerts fit 200. teremok's session rejects what Telegram would."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram.methods import SendMessage
from teremok.validation import validate_html, validate_method

from bot.i18n import Translator
from bot.services import survey_results
from bot.services.questionnaire_model import load_all
from handlers._util import TEXT_LIMIT, fit_html, fit_lines, fit_text, utf16_len
from storage.db import Database
from tests.flows import working_pairs
from tests.harness import Harness

EMOJI = "📚🧑‍🏫✍️🎯😀"  # outside the BMP (2 units each), a ZWJ sequence, a variation selector


async def test_mypair_with_forty_emoji_titled_tasks(harness: Harness, db: Database,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    _, mentor, mentee, _, _ = await working_pairs(harness, db)
    pair_id = await db.fetchval("SELECT id FROM pairs ORDER BY id LIMIT 1")
    now = datetime(2026, 9, 1, tzinfo=UTC).isoformat()
    async with db.transaction():
        for n in range(1, 41):
            title = f"{n}. <урок> & " + EMOJI * 40  # 300 characters of the form's limit, about 450 UTF-16 units
            await db.execute("INSERT INTO programme_items (pair_id, kind, title, created_at) VALUES (?, 'task', ?, ?)",
                             (pair_id, title[:300], now))
    with caplog.at_level(logging.ERROR):
        for person in (mentor, mentee):
            await person.send("/mypair")
            parts = [reply.text for reply in person.replies()]
            assert len(parts) > 1  # the card comes in several messages: every task can be read, none is dropped
            for part in parts:
                assert utf16_len(part) <= TEXT_LIMIT  # Telegram's count (a count of characters let 5,600 through)
                validate_html(part)  # whole tags and entities only
            whole = "\n".join(parts)
            assert all(f" {n}. {n}. &lt;урок&gt; &amp; 📚" in whole for n in range(1, 41))
            assert person.replies()[-1].button_texts()  # the buttons come under the last part
    assert not caplog.records, caplog.text  # Telegram (teremok) accepted every message


async def test_campaign_results_with_many_emoji_answers(harness: Harness, translator: Translator) -> None:
    from handlers.campaigns import results_text

    questionnaire = next(q for q in load_all().values() if any(x.type == "text" for x in q.questions))
    answer_sets: list[dict[str, Any]] = []
    for n in range(30):
        answers: dict[str, Any] = {}
        for q in questionnaire.questions:
            if q.type == "text":
                answers[q.id] = f"Ответ {n} <b>" + EMOJI * 60
            elif q.type in ("scale", "number"):
                answers[q.id] = int(q.max or 5)
            elif q.type == "yesno":
                answers[q.id] = True
            elif q.type == "single" and q.options:
                answers[q.id] = q.options[0].id
            elif q.type == "multi" and q.options:
                answers[q.id] = [o.id for o in q.options]
        answer_sets.append(answers)
    results = survey_results.summarise(questionnaire, answer_sets, anonymous=False)

    def t(key: str, **args: Any) -> str:
        return translator.get(key, "ru", args)

    t.locale = "ru"  # type: ignore[attr-defined]
    t.has = lambda key: True  # type: ignore[attr-defined]
    text = results_text(t, results)  # type: ignore[arg-type]
    assert utf16_len(text) <= TEXT_LIMIT
    assert "&lt;b&gt;" in text and "📚" in text
    validate_method(harness.bot, SendMessage(chat_id=1, text=text))  # Telegram's limits as teremok checks them


@pytest.mark.parametrize("line", [
    "<b>" + "😀" * 3000 + "</b>",
    "<i>a &amp; b</i> " + "🧑‍🏫" * 2000,
    "x" * 5000,
    "&lt;" * 2000,
])
def test_one_line_too_long_is_cut_between_tags_and_entities(line: str) -> None:
    for limit in (TEXT_LIMIT, 1024, 17):
        text = fit_lines([line], limit)
        assert utf16_len(text) <= limit
        validate_html(text)
        assert text.endswith(("…", "…</b>", "…</i>"))
    assert fit_html("<b>short</b>", 100) == "<b>short</b>"


def test_lines_are_dropped_whole_and_the_marker_fits() -> None:
    lines = ["😀" * 100] * 50  # 5,000 characters, 10,000 UTF-16 units
    text = fit_lines(lines, more="…и ещё")
    assert utf16_len(text) <= TEXT_LIMIT and text.endswith("\n…и ещё")
    assert all(line == "😀" * 100 for line in text.split("\n")[:-1])
    assert fit_lines(["a", "b"]) == "a\nb"


def test_alerts_fit_two_hundred_units() -> None:
    alert = fit_text("😀" * 150, 200)
    assert utf16_len(alert) <= 200 and alert.endswith("…") and "\ud83d" not in alert
    assert fit_text("коротко", 200) == "коротко"
