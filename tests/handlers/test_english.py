"""English screens speak English: English quotes, no Russian words (but where Russian is the point: the language
choice, the Russian column names of a Russian roadmap document), files named in the reader's language."""

from __future__ import annotations

import re

from bot.i18n import Translator
from storage.db import Database
from tests.flows import working_pairs
from tests.harness import Harness

CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Russian on purpose: the bilingual language choice, and the columns of a Russian roadmap document the parser looks
# for (named as the document names them)
RUSSIAN_ON_PURPOSE = {"cmd-language", "language-choose", "join-choose-language", "sandbox-other-language",
                      "roadmap-warn-no-stages-table", "roadmap-warn-no-deadline-column",
                      "roadmap-warn-no-responsible-column", "roadmap-warn-responsible-unknown",
                      "roadmap-warn-no-stages"}
LEGAL = ("consent-",)  # versioned legal texts keep their exact words until a new version (their hash is logged)


def test_english_texts_have_english_quotes_and_no_russian_words() -> None:
    from bot.services.consents import CURRENT

    translator = Translator()
    sample = {"count": 2, "id": 1, "days": 3, "title": "Title", "name": "Name", "date": "01.09.2026"}
    current = {f"consent-{kind.value}-v{version}" for kind, (version, _) in CURRENT.items()}
    wrong = []
    for locale, bundle in translator.bundles.items():
        if translator.language(locale) != "en":
            continue
        for key in sorted(translator.keys["en"]):
            message = bundle.get_message(key)
            if message.value is None or (key.startswith(LEGAL) and key not in current):
                continue
            text, _ = bundle.format_pattern(message.value, sample)
            if "«" in text or "»" in text:
                wrong.append(f"{locale} {key}: Russian quotes")
            if key.startswith(LEGAL):  # a consent shown now: its words may name Russian law, its quotes are English
                continue
            if key not in RUSSIAN_ON_PURPOSE and CYRILLIC.search(str(text)):
                wrong.append(f"{locale} {key}: Russian words")
    assert wrong == []


def test_english_questionnaires_quote_the_english_way() -> None:
    import json
    from pathlib import Path

    def english(node: object) -> list[str]:
        if isinstance(node, dict):
            return [v for k, v in node.items() if k == "en" and isinstance(v, str)] + [
                s for v in node.values() for s in english(v)]
        if isinstance(node, list):
            return [s for v in node for s in english(v)]
        return []

    for path in sorted((Path(__file__).resolve().parents[2] / "questionnaires").glob("*.json")):
        for text in english(json.loads(path.read_text(encoding="utf-8"))):
            assert "«" not in text and not CYRILLIC.search(text), (path.name, text)


async def test_files_are_named_in_the_readers_language(harness: Harness, db: Database) -> None:
    coordinator, *_ = await working_pairs(harness, db)
    await coordinator.send("/report")
    await coordinator.click("Выгрузить в Excel")
    await coordinator.click("Годовой отчёт")  # the year-end report asks the year's conclusions first
    await coordinator.send("Пары работают, встречи проходят регулярно.")
    await coordinator.send("Обучить ещё двух наставников.")
    await coordinator.click("Сформировать отчёт")
    names = [d.document.filename for d in coordinator.documents()[-2:]]  # type: ignore[union-attr]
    assert names == ["Учёт наставничества.xlsx", "Отчёт 2026-2027.docx"]
    await coordinator.send("/language")
    await coordinator.click("English")
    await coordinator.send("/report")
    await coordinator.click("Export to Excel")
    await coordinator.click("Year-end report")  # the year's conclusions are in: the report is one tap away
    await coordinator.click("Make the report")
    names = [d.document.filename for d in coordinator.documents()[-2:]]  # type: ignore[union-attr]
    assert names == ["Mentoring records.xlsx", "Report 2026-2027.docx"]


async def test_an_english_coordinator_takes_the_built_in_roadmap_in_english(harness: Harness, db: Database) -> None:
    """The built-in roadmaps have English words (bot/data/roadmap_template.en.json), chosen by the coordinator's
    language when the draft is made: no Russian on the draft, its stages, responsible people and deadlines, nor on
    the tasks of the staff member linked to a role."""
    from tests.flows import coordinator_link, create_org, invite, register_adult

    admin = await create_org(harness, name="Lyceum No. 2")
    coordinator = await register_adult(harness, 2000, await coordinator_link(admin), "Olga Smirnova",
                                       language="English")
    staff = await register_adult(harness, 2100, await invite(coordinator, "Responsible for roadmap activities"),
                                 "Anna Petrova", language="English")
    start = len(coordinator.shown())
    await coordinator.send("/roadmap")
    await coordinator.click("Use the standard template")
    for button in ("Stage 5", "1", "‹ To the stage", "‹ To the roadmap", "Responsible", "Working group", "Anna Petrova",
                   "‹ Back", "‹ Back", "Deadlines", "›", "‹ Back", "Activate"):
        await coordinator.click(button)
    await coordinator.send("/roadmap")
    await staff.send("/tasks")
    seen = [part for s in coordinator.shown()[start:] + staff.replies() for part in (s.text, *s.button_texts())]
    assert "Closing event (round table) to identify the best mentoring practices" in "\n".join(seen)
    assert "Questionnaires of potential mentors; collecting consents" in staff.text  # a «Working group» activity
    assert [text for text in seen if CYRILLIC.search(text)] == []
    # stored in the coordinator's words: the reminders and the year-end report read them too
    titles = {r["title"] for r in await db.fetchall("SELECT title FROM roadmap_stages")}
    assert "Preparing the launch of the mentoring programme" in titles


def test_every_text_of_the_built_in_roadmaps_has_its_english_words() -> None:
    from bot.services import roadmap_parser
    from bot.services.roadmap import _activities_of, template_path, template_words

    english = template_words("en")
    for kind in (None, "college", "kindergarten"):
        parsed = roadmap_parser.parse_roadmap(template_path(kind), 2026)
        texts = [stage.title for stage in parsed.stages] + [
            text for stage in parsed.stages for title, deadlines, responsible in _activities_of(stage)
            for text in (title, *(d.text for d in deadlines), *(r.text for r in responsible))]
        assert [t for t in texts if CYRILLIC.search(english(t))] == [], kind
        assert template_words("ru")(texts[0]) == texts[0]


def test_a_consent_in_english_quotes_the_english_way_and_old_versions_stay_as_agreed() -> None:
    """The current mentor's and mentee's pair consents quote “✅ I agree”; the Russian text of the new version is the
    previous one word for word; a version agreed to before renders exactly as it did (its hash in the log)."""
    from datetime import UTC, datetime

    from bot.services.consents import CURRENT, render
    from storage.models import ConsentKind, Organisation, OrgKind

    translator = Translator(strict=True)
    org = Organisation(1, "Lyceum No. 2", OrgKind.SCHOOL, "Europe/Moscow", "Tver", 1, datetime(2026, 9, 1, tzinfo=UTC))
    pair = {"mentor": "Anna Ivanova", "mentees": "Pavel Petrov", "form": "teacher_teacher", "starts": "01.09.2026",
            "ends": "31.05.2027", "labour": "yes", "by": "self", "parent": "", "child": ""}
    for kind, old in ((ConsentKind.MENTORING, "3"), (ConsentKind.MENTEE_PAIR, "2")):
        english = render(translator, kind, "en", org, **pair)
        assert english.version == CURRENT[kind][0] and "“✅ I agree”" in english.text and "«" not in english.text
        before = render(translator, kind, "en", org, version=old, **pair)
        assert "«✅ I agree»" in before.text  # what was agreed to then, unchanged
        new_ru, old_ru = (render(translator, kind, "ru", org, version=v, **pair) for v in (english.version, old))
        body = lambda text: text.rsplit("\n\n", 1)[0]  # noqa: E731  (without the version line)
        # the Russian words of the version that brought the English quotes are the previous one's; the current one
        # says «куратор» where those said «координатор»
        quoted_ru = render(translator, kind, "ru", org, version=str(int(old) + 1), **pair)
        assert body(quoted_ru.text) == body(old_ru.text) and quoted_ru.version != old_ru.version
        assert body(new_ru.text) == body(old_ru.text).replace("координатор", "куратор")
        assert render(translator, kind, "en", org, version=str(int(old) + 1), **pair).text.rsplit("\n\n", 1)[0] == \
            body(english.text)  # the English words did not change with «куратор»
