"""Plain-text roadmaps: numbered stage headings with the activities written below them, no table."""

from __future__ import annotations

import re

from bot.services.roadmap_parser.activities import split_activities
from bot.services.roadmap_parser.checks import numbering_warnings, stage_warnings
from bot.services.roadmap_parser.model import ParsedRoadmap, ParseWarning, Stage, Task
from bot.services.roadmap_parser.text import clean_title, unique

_HEADING = re.compile(r"^(\d{1,2})[.)]\s+(\S.*)$")
_INLINE_CONTENT = re.compile(r"^(.*?\S)\s+(1[.)]\s+\S.*)$")
_CONTENT_ITEM = re.compile(r"^(?:[-–—•●▪]\s|\d{1,2}[.)]\s)")


def parse_plain_text(lines: list[str], academic_year: int) -> ParsedRoadmap:
    """A roadmap without a table: «N. Title» headings (possibly wrapped over several short lines) with the
    activities written below them. No deadlines or responsible staff can be read from such a document."""
    stages: list[tuple[int, str, list[str]]] = []
    index = 0
    stripped = [line.replace("\t", " ").strip() for line in lines]
    while index < len(stripped):
        line = stripped[index]
        paragraph_start = index == 0 or not stripped[index - 1]
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
            if number > previous and title_like:
                stages.append((number, clean_title(text), []))
                index = end
                continue
        if stages and line:
            stages[-1][2].append(line)
        index += 1
    result: list[Stage] = []
    for number, title, content_lines in stages:
        blocks: list[str] = []
        for content_line in content_lines:
            if _CONTENT_ITEM.match(content_line) or not blocks:
                blocks.append(content_line)
            else:
                blocks[-1] = f"{blocks[-1]} {content_line}"
        stage = Stage(number, title, [Task("", split_activities("\n".join(blocks)))])
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
