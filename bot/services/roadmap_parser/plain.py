"""Plain-text roadmaps: numbered stage headings with the activities written below them, no table."""

from __future__ import annotations

import re

from bot.services.roadmap_parser.activities import split_activities
from bot.services.roadmap_parser.checks import numbering_warnings, stage_warnings
from bot.services.roadmap_parser.model import ParsedRoadmap, ParseWarning, Stage, Task
from bot.services.roadmap_parser.text import clean_title, unique

_HEADING = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_INLINE_CONTENT = re.compile(r"^(.*?\S)\s+(1[.)]\s+\S.*)$")
_CONTENT_ITEM = re.compile(r"^(?:[-–—•●▪]\s|\d{1,2}[.)]\s|\d{1,2}\.\d{1,2}\.?\s)")
_DOTTED_ITEM = re.compile(r"^(\d{1,2}\.\d{1,2}\.?)\s+(\S.*)$")
_LONE_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})?[.)])$")
# a column label or column number of a table exported one cell per line: what stands above the first stage
_CELL_LABEL = re.compile(r"^(?:\d{1,2}|№.*|п/п|(?:наименование|содержание|сроки?|ответственн|результат|вид\s+документ)"
                         r".*)$", re.IGNORECASE)
MAX_CELL_TITLE = 500  # a stage title that stood alone in its table cell may be long


def join_lone_numbers(lines: list[str]) -> tuple[list[str], set[int]]:
    """A table exported one cell per line: «1.» on its own line, then (after blank lines) the cell beside it.
    The number is put in front of that text; the indexes of such joined lines are returned (a title that had
    a cell of its own may be long)."""
    out: list[str] = []
    joined: set[int] = set()
    index = 0
    while index < len(lines):
        line = lines[index].replace("\t", " ").strip()
        number = _LONE_NUMBER.match(line)
        if number:
            following = index + 1
            while following < len(lines) and not lines[following].strip():
                following += 1
            paragraph: list[str] = []
            while following < len(lines) and lines[following].strip():
                paragraph.append(lines[following].replace("\t", " ").strip())
                following += 1
            if paragraph and not _LONE_NUMBER.match(paragraph[0]) and not _CELL_LABEL.match(paragraph[0]):
                if out and out[-1]:
                    out.append("")
                joined.add(len(out))
                out.append(f"{number.group(1)} {' '.join(paragraph)}")
                out.append("")
                index = following
                continue
        out.append(lines[index])
        index += 1
    return out, joined


def parse_plain_text(lines: list[str], academic_year: int) -> ParsedRoadmap:
    """A roadmap without a table: «N. Title» headings (possibly wrapped over several short lines) with the
    activities written below them. No deadlines or responsible staff can be read from such a document."""
    stages: list[tuple[int, str, list[str]]] = []
    index = 0
    lines, own_cells = join_lone_numbers(lines)
    stripped = [line.replace("\t", " ").strip() for line in lines]
    while index < len(stripped):
        line = stripped[index]
        paragraph_start = index == 0 or not stripped[index - 1] or bool(_CELL_LABEL.match(stripped[index - 1]))
        heading = _HEADING.match(line) if line and paragraph_start else None
        if heading:
            number = int(heading.group(1))
            end = index
            while end < len(stripped) and stripped[end]:
                end += 1
            paragraph = stripped[index:end]
            previous = stages[-1][0] if stages else 0
            inline = _INLINE_CONTENT.match(heading.group(2))
            if number > previous and inline and len(inline.group(1)) <= 80 and not _CONTENT_ITEM.match(
                    inline.group(1)):
                stages.append((number, clean_title(inline.group(1)), [inline.group(2), *paragraph[1:]]))
                index = end
                continue
            text = " ".join([heading.group(2), *paragraph[1:]])
            title_like = (len(text) <= 120 and len(text.split()) <= 15 and not re.search(r"[.;:,]$", text)
                          and not re.search(r"\s\d{1,2}[.)]\s", text))
            title_like = title_like or (index in own_cells and len(text) <= MAX_CELL_TITLE
                                        and not re.search(r"[.;:,]$", text))
            if number > previous and title_like:
                stages.append((number, clean_title(text), []))
                index = end
                continue
        if stages and line:
            stages[-1][2].append(line)
        index += 1
    result: list[Stage] = []
    for number, title, content_lines in stages:
        activities = split_activities("\n".join(content_blocks(content_lines)))
        stage = Stage(number, title, [Task("", activities)] if activities else [])
        result.append(stage)
    warnings: list[str] = []
    if result:
        warnings.append(ParseWarning("no-table", "No table found: stages were read from numbered headings; the "
                                     "document has no deadlines or responsible staff"))
    else:
        warnings.append(ParseWarning("no-stages", "No stages found: expected a table with a «Наименование этапа» "
                                     "column or numbered stage headings"))
    warnings += [w for stage in result for w in stage_warnings(stage)]
    return ParsedRoadmap(result, unique([*warnings, *numbering_warnings(result)]))


def content_blocks(lines: list[str]) -> list[str]:
    """The items of a stage written as lines: a list mark («1.», «1.1», «-») starts an item, other lines go on
    with it. A PDF table exported line by line may put an item's number on its second line («Утверждение
    состава рабочей группы по внедрению» / «1.1 целевой модели …»): the number then goes to the line above,
    and from then on a line that begins with a capital after a finished item begins the next one."""
    blocks: list[str] = []
    floating = False  # the last block began without a list mark
    late_numbers = False
    for line in lines:
        dotted = _DOTTED_ITEM.match(line)
        if dotted and dotted.group(2)[:1].islower() and blocks and floating:
            blocks[-1] = f"{dotted.group(1)} {blocks[-1]} {dotted.group(2)}"
            floating, late_numbers = False, True
        elif _CONTENT_ITEM.match(line) or not blocks:
            blocks.append(line)
            floating = not _CONTENT_ITEM.match(line)
        elif late_numbers and line[:1].isupper() and not floating:
            blocks.append(line)
            floating = True
        else:
            blocks[-1] = f"{blocks[-1]} {line}"
    return blocks
