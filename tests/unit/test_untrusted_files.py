"""Uploaded roadmap files are untrusted: the zip check before python-docx, the limited child process, plain data
back from it, and text files in UTF-16."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from bot.services import roadmap_parser
from bot.services.errors import InvalidInput
from bot.services.roadmap import PARSE_CPU_SECONDS, PARSE_MEMORY_MB, IsolatedParser
from bot.services.roadmap_parser import RoadmapFileError, RoadmapTooLarge, ZipLimits, check_zip
from tests.zipbomb import docx_bomb

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "roadmaps"
MIB = 1 << 20


def roadmap_docx(path: Path) -> Path:
    document = docx.Document()
    table = document.add_table(rows=3, cols=4)
    for row, cells in enumerate((("Этап", "Мероприятия", "Сроки", "Ответственные"),
                                 ("1. Подготовка", "Анкетирование наставников", "Сентябрь", "Заместитель директора"),
                                 ("2. Встречи", "Встречи пар", "Октябрь-май", "Наставник"))):
        for column, text in enumerate(cells):
            table.rows[row].cells[column].text = text
    document.save(str(path))
    return path


def write_zip(path: Path, entries: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


# ---- the zip check --------------------------------------------------------------------------------------------

def test_a_real_docx_passes_the_zip_check(tmp_path: Path) -> None:
    check_zip(roadmap_docx(tmp_path / "ok.docx"))


def test_a_zip_bomb_is_refused_from_its_directory_alone(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_bomb(1024))  # 1 MB that inflates to 1 GiB
    assert bomb.stat().st_size < 2_000_000
    with pytest.raises(RoadmapTooLarge):
        check_zip(bomb)
    with pytest.raises(RoadmapTooLarge):  # parse_roadmap checks before python-docx opens the file
        roadmap_parser.parse_roadmap(bomb, 2026)


@pytest.mark.parametrize("entries, limits", [
    ([(f"word/part{i}.xml", b"<x/>") for i in range(30)], ZipLimits(entries=20)),  # entry count
    ([("word/document.xml", b"<x/>" * 2000)] * 1 + [("word/b.xml", b"<y/>" * 2000)], ZipLimits(total=10_000)),
    ([("word/document.xml", b"<x/>" * 3000)], ZipLimits(entry=10_000)),  # one entry
    ([("word/document.xml", b"\0" * 2 * MIB)], ZipLimits()),  # packed far tighter than any XML
    ([(f"word/embeddings/sheet{i}.xlsx", b"PK") for i in range(5)], ZipLimits(nested=4)),  # archives inside
], ids=["entries", "total", "entry", "ratio", "nested"])
def test_each_zip_limit_refuses(tmp_path: Path, entries: list[tuple[str, bytes]], limits: ZipLimits) -> None:
    with pytest.raises(RoadmapTooLarge):
        check_zip(write_zip(tmp_path / "x.docx", entries), limits)


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/evil.xml", "word\\..\\..\\evil.xml"])
def test_entries_outside_the_archive_are_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo(name), b"<x/>")
    with pytest.raises(RoadmapFileError):
        check_zip(path)


# ---- plain data back from the child ---------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("roadmap-*")))
def test_a_parsed_roadmap_survives_the_trip_as_json(name: str) -> None:
    parsed = roadmap_parser.parse_roadmap(FIXTURES / name, 2024)
    again = roadmap_parser.ParsedRoadmap.from_plain(json.loads(json.dumps(parsed.to_plain())))
    assert again == parsed
    assert [w.to_dict() for w in again.warnings if isinstance(w, roadmap_parser.ParseWarning)] == \
        [w.to_dict() for w in parsed.warnings if isinstance(w, roadmap_parser.ParseWarning)]


# ---- the child process ----------------------------------------------------------------------------------------

async def test_the_child_parses_under_its_limits(tmp_path: Path) -> None:
    parser = IsolatedParser()
    parsed = await parser(roadmap_docx(tmp_path / "ok.docx"), 2026)
    assert [s.title for s in parsed.stages] == ["Подготовка", "Встречи"]
    assert parser.limits == {"as": PARSE_MEMORY_MB * MIB, "cpu": PARSE_CPU_SECONDS}  # as the child read them back


async def test_a_bomb_is_refused_by_the_child_before_inflating(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_bomb(1024))
    parser = IsolatedParser()
    with pytest.raises(InvalidInput) as refused:
        await parser(bomb, 2026)
    assert refused.value.key == "roadmap-error-unpacked"
    assert parser.limits["as"] == PARSE_MEMORY_MB * MIB


async def test_memory_past_the_childs_limit_is_refused_not_spent(tmp_path: Path) -> None:
    """With the zip check switched off, python-docx really inflates 512 MiB: the child's address-space limit
    stops it (MemoryError in the child), and the coordinator gets the «too much inside» answer."""
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(docx_bomb(512))
    parser = IsolatedParser(memory_mb=256, max_unpacked=4 << 30)
    with pytest.raises(InvalidInput) as refused:
        await parser(bomb, 2026)
    assert refused.value.key == "roadmap-error-unpacked"
    assert parser.limits["as"] == 256 * MIB


async def test_a_child_past_its_time_is_killed(tmp_path: Path) -> None:
    parser = IsolatedParser(seconds=0)  # no time at all: the child is killed at once, whatever it was doing
    with pytest.raises(InvalidInput) as refused:
        await parser(roadmap_docx(tmp_path / "ok.docx"), 2026)
    assert refused.value.key == "roadmap-error-slow"


async def test_a_damaged_docx_is_unreadable(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "x.docx", [("[Content_Types].xml", b"<broken")])
    with pytest.raises(InvalidInput) as refused:
        await IsolatedParser()(path, 2026)
    assert refused.value.key == "roadmap-error-unreadable"


def test_bomb_builder_is_a_valid_zip() -> None:
    with zipfile.ZipFile(io.BytesIO(docx_bomb(4))) as archive:
        assert archive.testzip() is None
        assert len(archive.read("word/document.xml")) == 4 * MIB


# ---- text files in UTF-16, and invisible direction controls ---------------------------------------------------

@pytest.mark.parametrize("encoding, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                           ("utf-16-le", b""), ("utf-16-be", b""), ("utf-8", b"\xef\xbb\xbf")])
@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("roadmap-*")))
def test_text_roadmaps_are_read_in_any_unicode_encoding(tmp_path: Path, name: str, encoding: str, bom: bytes) -> None:
    """The fixtures saved as Notepad does («Unicode», «Unicode big endian», with and without the BOM)."""
    text = (FIXTURES / name).read_text("utf-8")
    path = tmp_path / name
    path.write_bytes(bom + text.encode(encoding))
    assert roadmap_parser.decode(path.read_bytes()) == text
    assert roadmap_parser.parse_roadmap(path, 2024) == roadmap_parser.parse_roadmap(FIXTURES / name, 2024)


def test_utf16_is_not_mistaken_for_cp1251() -> None:
    text = "Этап\tМероприятия\tСроки\tОтветственные\n1. Подготовка\tАнкетирование\tСентябрь\tДиректор\n"
    for encoding in ("utf-16-le", "utf-16-be", "utf-16"):
        assert roadmap_parser.decode(text.encode(encoding)) == text
    assert roadmap_parser.decode(text.encode("cp1251")) == text
    assert roadmap_parser.decode(text.encode("utf-8")) == text


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"


def test_direction_controls_are_removed_from_typed_text() -> None:
    from bot.services import meetings, validation
    from bot.services.questionnaire_model import Question, parse_answer

    assert validation.clean_text(f"Иван{BIDI}ов", max_len=50) == "Иванов"
    assert validation.full_name("\u2067Петров\u2069 Пётр") == "Петров Пётр"
    assert meetings.clean_topic("Тема\u202e встречи") == "Тема встречи"
    assert meetings.clean_notes("\u2066x\u2069") == "x"
    question = Question(id="t", type="text", text={"ru": "?"})
    assert parse_answer(question, "ответ\u2068 с\u2069 изолятом") == "ответ с изолятом"
    with pytest.raises(InvalidInput):
        validation.clean_text(BIDI, max_len=50)  # nothing but controls: nothing typed


def test_direction_controls_are_removed_from_roadmap_titles(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("Этап\tМероприятия\tСроки\tОтветственные\n1. Подго\u202eтовка\tАнкети\u2066рование\u2069\t"
                    "Сентябрь\tДиректор\n", "utf-16")
    parsed = roadmap_parser.parse_roadmap(path, 2026)
    assert parsed.stages[0].title == "Подготовка"
    assert parsed.stages[0].tasks[0].activities == ["Анкетирование"]
