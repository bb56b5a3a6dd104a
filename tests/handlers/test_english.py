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
    translator = Translator()
    sample = {"count": 2, "id": 1, "days": 3, "title": "Title", "name": "Name", "date": "01.09.2026"}
    wrong = []
    for locale, bundle in translator.bundles.items():
        if translator.language(locale) != "en":
            continue
        for key in sorted(translator.keys["en"]):
            message = bundle.get_message(key)
            if message.value is None or key.startswith(LEGAL):
                continue
            text, _ = bundle.format_pattern(message.value, sample)
            if "«" in text or "»" in text:
                wrong.append(f"{locale} {key}: Russian quotes")
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
