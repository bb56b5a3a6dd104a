"""Real roadmaps published by schools, kindergartens and a regional centre (``tests/fixtures/roadmaps/corpus``),
each with what a person read in it: every document read entirely right, or — where the stored text has lost the
table's rows — at least as well as recorded, with the reason in its ``known_gaps``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.services.roadmap_parser.corpus import check_corpus, expected_files, load_expected, render_table

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "fixtures" / "roadmaps" / "corpus"
SCORES = {score.name: score for score in check_corpus(CORPUS)}


def test_the_corpus_has_ten_real_documents_with_their_sources() -> None:
    expected = [load_expected(path) for path in expected_files(CORPUS)]
    assert len(expected) >= 10
    assert all(e["source"] for e in expected)
    assert {e["organisation"] for e in expected} >= {"school", "kindergarten"}
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    assert all(e["document"].split("/")[-1] in sources for e in expected)


@pytest.mark.parametrize("name", sorted(SCORES))
def test_each_document(name: str) -> None:
    score = SCORES[name]
    assert not score.error
    assert score.year_right
    if score.known_gaps:
        assert score.meets_baseline(), score
    else:
        assert score.perfect, score


def test_check_corpus_prints_its_table() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "roadmap", "check-corpus", str(CORPUS)], cwd=ROOT,
                            capture_output=True, text=True, encoding="utf-8", timeout=60,
                            env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == render_table(list(SCORES.values()))
    assert result.stdout.startswith("document")
    assert "school-vector-2024" in result.stdout and "documents read entirely right" in result.stdout


def test_real_peoples_names_were_replaced() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in CORPUS.glob("*.txt"))
    for surname in ("Тарабанов", "Калачев", "Пономарёв", "Боряев", "Палкин", "Цирхов", "Киселев", "Сташкин", "Попова"):
        assert surname not in text
