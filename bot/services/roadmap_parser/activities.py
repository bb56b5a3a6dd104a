"""Activities («Содержание деятельности»): one cell split into list items, numbered items and bullets."""

from __future__ import annotations

import itertools
import re

from bot.services.roadmap_parser.model import Activity, Deadline, Responsible
from bot.services.roadmap_parser.text import SPACES, dehyphenate, fix_misread, html_to_blocks


def split_activities(text: str) -> list[str]:
    """Split a «Содержание деятельности» cell into activities: HTML list items and paragraphs (lines of the
    cell), numbered items («1. … 2. …», «1.1 … 1.2 …») and dash bullets after a colon or semicolon. Bullets
    after «включающие:», «в том числе:», «а именно:» list what one activity contains and stay in it."""
    items: list[str] = []
    absorbing = False  # the item above ends with «включающие:»: the bullets below belong to it
    for block in html_to_blocks(text).split("\n"):
        block = SPACES.sub(" ", block).strip()
        if not block:
            continue
        if items and (absorbing or _CONTAINS.search(items[-1])) and _BULLET_START.match(block):
            items[-1] = f"{items[-1]} {block}"  # «… включающие:» / «- сроки …» on the next line
            absorbing = True
            continue
        absorbing = False
        for part in _split_numbered(block):
            items.extend(_split_bullets(part))
    return [cleaned for cleaned in (_clean_activity(item) for item in items) if cleaned]


def assign_items(activities: list[str], heading: str, deadlines: list[Deadline], responsible: list[Responsible],
                 deadline_lines: list[list[Deadline]], staff_lines: list[list[Responsible]]) -> list[Activity]:
    """Each activity of a row with its own deadlines and staff: the n-th line of the «Сроки» («Ответственные»)
    cell for the n-th activity when the cell has one line per activity, the n-th deadline when the cell gives
    exactly one per activity; otherwise every activity inherits the row's."""
    count = len(activities)
    own_deadlines: list[list[Deadline]] | None = None
    if count > 1 and len(deadline_lines) == count and all(deadline_lines):
        own_deadlines = deadline_lines
    elif count > 1 and len(deadlines) == count:
        own_deadlines = [[deadline] for deadline in deadlines]
    own_staff = staff_lines if count > 1 and len(staff_lines) == count and all(staff_lines) else None
    return [Activity(title,
                     list(own_deadlines[index]) if own_deadlines else list(deadlines),
                     list(own_staff[index]) if own_staff else list(responsible),
                     heading,
                     inherited=own_deadlines is None and own_staff is None)
            for index, title in enumerate(activities)]


_CONTAINS = re.compile(
    r"(?:включающ[а-я]*|в\s+том\s+числе|в\s+т\.\s*ч\.|а\s+именно|содержащ[а-я]*|следующ[а-я]+)\s*:\s*$", re.IGNORECASE)
_BULLET_START = re.compile(r"^\s*[-–—•●▪]\s")
_NUMBER_MARK = re.compile(r"(?:(?<=\s)|^)(\d{1,2})[.)]\s+(?=\S)")
_DOTTED_MARK = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
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
        cuts = _dotted_cuts(block)
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block)] if cuts[0] else [*cuts, len(block)]
    return [block[a:b] for a, b in itertools.pairwise(bounds)]


def _dotted_cuts(block: str) -> list[int]:
    """«1.1 … 1.2 … 1.3 …»: sub-items of one stage, cut where the second number goes on by one."""
    cuts: list[int] = []
    expected: tuple[int, int] | None = None
    for m in _DOTTED_MARK.finditer(block):
        major, minor = int(m.group(1)), int(m.group(2))
        if expected is None or (major, minor) == expected or (m.start() == 0 and not cuts):
            cuts.append(m.start())
            expected = (major, minor + 1)
    return cuts if len(cuts) > 1 or (cuts and cuts[0] == 0) else []


def _split_bullets(part: str) -> list[str]:
    starts = [m.start() for m in _BULLET.finditer(part)]
    if not starts:
        return [part]
    if starts[0] and _CONTAINS.search(part[:starts[0] + 1]):
        return [part]  # «… включающие: - сроки …; - назначение …» is one activity
    bounds = [0, *starts, len(part)] if starts[0] else [*starts, len(part)]
    return [part[a:b] for a, b in itertools.pairwise(bounds)]


def _clean_activity(item: str) -> str:
    item = re.sub(r"^\s*(?:\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)]|[-–—•●▪])\s*", "", item)
    item = fix_misread(dehyphenate(SPACES.sub(" ", item))).strip().rstrip(" ;:,").strip()
    if item.endswith(".") and not _ABBREVIATION_END.search(item):
        item = item[:-1].rstrip()
    if not re.search(r"\w", item):
        return ""
    return item[0].upper() + item[1:] if item[0].islower() else item
