"""Activities («Содержание деятельности»): one cell split into list items, numbered items and bullets."""

from __future__ import annotations

import itertools
import re

from bot.services.roadmap_parser.text import SPACES, html_to_blocks


def split_activities(text: str) -> list[str]:
    """Split a «Содержание деятельности» cell into activities: HTML list items and paragraphs, numbered items
    («1. … 2. …») and dash bullets after a colon or semicolon."""
    items: list[str] = []
    for block in html_to_blocks(text).split("\n"):
        block = SPACES.sub(" ", block).strip()
        if not block:
            continue
        for part in _split_numbered(block):
            items.extend(_split_bullets(part))
    return [cleaned for cleaned in (_clean_activity(item) for item in items) if cleaned]


_NUMBER_MARK = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=\S)")
_BULLET = re.compile(r"(?:^|(?<=[:;]))\s*[-–—•●▪]\s+")
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])[а-яёa-z]\.$", re.IGNORECASE)


def _split_numbered(block: str) -> list[str]:
    """Cut a block at «1. … 2. … 3. …»: the first number must open the block or follow a colon/full stop;
    later ones must continue the sequence, so numbers inside sentences stay put."""
    cuts: list[int] = []
    expected: int | None = None
    for m in _NUMBER_MARK.finditer(block):
        number = int(m.group(1))
        before = block[: m.start()].rstrip()
        if expected is None:
            if m.start() == 0 or (number == 1 and before.endswith((":", ".", ";"))):
                cuts.append(m.start())
                expected = number + 1
        elif number == expected:
            cuts.append(m.start())
            expected = number + 1
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block)] if cuts[0] else [*cuts, len(block)]
    return [block[a:b] for a, b in itertools.pairwise(bounds)]


def _split_bullets(part: str) -> list[str]:
    starts = [m.start() for m in _BULLET.finditer(part)]
    if not starts:
        return [part]
    bounds = [0, *starts, len(part)] if starts[0] else [*starts, len(part)]
    return [part[a:b] for a, b in itertools.pairwise(bounds)]


def _clean_activity(item: str) -> str:
    item = re.sub(r"^\s*(?:\d{1,2}[.)]|[-–—•●▪])\s*", "", item)
    item = SPACES.sub(" ", item).strip().rstrip(" ;:,").strip()
    if item.endswith(".") and not _ABBREVIATION_END.search(item):
        item = item[:-1].rstrip()
    if not re.search(r"\w", item):
        return ""
    return item[0].upper() + item[1:] if item[0].islower() else item
