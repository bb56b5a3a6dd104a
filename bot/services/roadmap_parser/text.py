"""Text normalisation shared by the roadmap readers: markup, spaces, case and look-alike letters, and the
left-to-right cell scanner the deadline and staff grammars share."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from bot.services.validation import strip_invisible

_T = TypeVar("_T")

SPACES = re.compile(r"\s+")
_BLOCK_TAG = re.compile(r"</?(?:p|li|ol|ul|br|div|tr|td|h[1-6])\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d"})
_LATIN_LOOKALIKES = str.maketrans("aceopxyk", "асеорхук")
WORD = re.compile(r"[a-zа-я0-9]+")
_CYRILLIC = re.compile(r"[а-я]")


def check_year(academic_year: int) -> None:
    if not 1900 <= academic_year <= 2999:
        raise ValueError(f"academic year {academic_year} is out of range")


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xef\xbb\xbf", "utf-8-sig"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(raw: bytes) -> str:
    """A text file's text: by its byte-order mark; UTF-16 without one (Notepad's «Unicode»: NUL bytes, which no
    8-bit text has); else UTF-8, else the Windows Cyrillic code page."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding, errors="replace")
    if b"\x00" in raw[:4096] and (guessed := _utf16_without_bom(raw)) is not None:
        return raw.decode(guessed, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251", errors="replace")


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 byte order from the high bytes: Latin and Cyrillic text has the high byte 0x00 or 0x04 in (almost)
    every code unit — at odd offsets in little-endian, at even ones in big-endian."""
    sample = raw[:4096]
    units = len(sample) // 2
    if units == 0:
        return None
    even = sum(1 for b in sample[0:units * 2:2] if b in (0, 4)) / units
    odd = sum(1 for b in sample[1:units * 2:2] if b in (0, 4)) / units
    if odd >= 0.6 and even < 0.3:
        return "utf-16-le"
    if even >= 0.6 and odd < 0.3:
        return "utf-16-be"
    return None


def html_to_blocks(text: str) -> str:
    """Block tags become line breaks, inline tags (<i>, <b>, <span> …) disappear, entities are decoded."""
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    # control characters and bidi controls too: a title with a right-to-left override would show reversed
    return strip_invisible(html.unescape(text).replace("**", "").replace("\u00ad", ""))


def clean_inline(text: str) -> str:
    """One line of plain text: no markup, single spaces."""
    return SPACES.sub(" ", html_to_blocks(text)).strip()


def fold(text: str) -> str:
    """Lower case, «ё» → «е», every dash → «-», Latin look-alikes and a leading zero inside Russian words →
    Cyrillic. The result has the same length as ``text``, so positions found in it slice ``text``."""
    folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("ё", "е").translate(_DASHES)

    def fix(match: re.Match[str]) -> str:
        token = match.group()
        if _CYRILLIC.search(token) or len(token) == 1:
            token = token.translate(_LATIN_LOOKALIKES)
        if re.fullmatch(r"0[а-я]{3,}", token) or re.fullmatch(r"[а-я]+0[а-я]+", token):
            token = token.replace("0", "о")
        if re.fullmatch(r"3[а-я]{3,}", token):  # «3аведующий»: a scan's «З» read as a three
            token = "з" + token[1:]
        return token

    return WORD.sub(fix, folded)


def unique(items: Iterable[_T]) -> list[_T]:
    seen: list[_T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def scan(
    text: str,
    folded: str,
    separators: re.Pattern[str],
    match: Callable[[int], tuple[int, _T] | None],
    unknown: Callable[[str], _T | None],
) -> list[_T]:
    """Walk a cell left to right: skip separators, take what ``match`` recognises, and hand every run of
    words it does not recognise to ``unknown`` (which may turn it into an entry or drop it)."""
    found: list[_T] = []
    pos, unknown_from = 0, -1

    def flush(until: int) -> None:
        if unknown_from >= 0 and (entry := unknown(text[unknown_from:until])) is not None:
            found.append(entry)

    while pos < len(folded):
        sep = separators.match(folded, pos)
        if sep and sep.end() > pos:
            pos = sep.end()
            continue
        matched = match(pos)
        if matched is None:
            if unknown_from < 0:
                unknown_from = pos
            word = WORD.match(folded, pos)
            pos = word.end() if word else pos + 1
            continue
        flush(pos)
        unknown_from = -1
        pos, entry = matched
        found.append(entry)
    flush(len(text))
    return found


def clean_title(text: str) -> str:
    title = fix_misread(dehyphenate(clean_inline(text))).strip(" .;:")
    return re.sub(r"^\d{1,2}[.)]\s*", "", title)


_LATIN_TO_CYRILLIC = str.maketrans("AaBCcEeHKkMOoPpTXxy", "АаВСсЕеНКкМОоРрТХху")
_MIXED_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁё]+")


def fix_misread(text: str) -> str:
    """Letters a scan misread inside Russian words put back: Latin look-alikes («Oктябрь»), a zero for «О»
    («0тбор»), a three for «З» («3аведующий»). Numbers and Latin words are left alone."""

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        cyrillic = sum(1 for c in word if "а" <= c.lower() <= "я" or c in "ёЁ")
        if cyrillic < 2 or word.isdigit():
            return word
        word = word.translate(_LATIN_TO_CYRILLIC) if cyrillic * 2 >= len(word) else word
        if re.fullmatch(r"0[а-яё]{2,}", word):
            word = "О" + word[1:]
        if re.fullmatch(r"3[а-яё]{3,}", word):
            word = "З" + word[1:]
        return re.sub(r"(?<=[а-яё])0(?=[а-яё])", "о", word)

    return _MIXED_WORD.sub(fix, text)


# -- scans and PDF exports: noise, page marks, words and cells broken over lines

_NOISE = re.compile(
    r"^(?:[\W_]{1,4}|(?:фото(?:графия)?|рис(?:унок|\.)?|изображение|картинка|image|img|scan)\s*[№#]?\s*\d{0,4}"
    r"|(?:стр(?:аница|\.)?|page)\s*\d{1,3}(?:\s*(?:из|/|of)\s*\d{1,3})?)$",
    re.IGNORECASE,
)
_PAGE_MARK = re.compile(r"^[-–—(\[]?\s*\d{1,3}\s*[-–—)\]]?$")
_HYPHEN_BREAK = re.compile(r"([а-яёА-ЯЁ]+)-\s+([а-яё]+)")
_COMPOUND_HEAD_WORDS = {"педагог", "педагоги", "учитель", "учителя", "шеф", "вице", "онлайн", "офлайн", "медиа",
                        "интернет", "бизнес", "пресс", "видео"}
_ADJECTIVE_END = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ых|их|ую|юю|ым|им|ыми|ими)$")


def _compound(head: str, tail: str) -> bool:
    """«педагог-» / «психолог», «учебно-» / «методический»: a hyphenated compound broken at its hyphen, not
    a word broken at the line's end («нас-» / «тавничества»)."""
    head, tail = head.lower(), tail.lower()
    if head in _COMPOUND_HEAD_WORDS:
        return True
    return head.endswith("о") and len(head) >= 4 and len(tail) >= 6 and bool(_ADJECTIVE_END.search(tail))


def is_noise(cell: str) -> bool:
    """A cell that says nothing: stray symbols of a scan («*», «|», «—»), «Фотография 6», «Стр. 3 из 7»."""
    text = cell.strip()
    return bool(text) and bool(_NOISE.match(text))


def is_page_mark(text: str) -> bool:
    """A page number standing alone («7», «- 7 -») or any noise."""
    text = text.strip()
    return bool(_PAGE_MARK.match(text)) or is_noise(text)


def clean_cell(cell: str) -> str:
    """A table cell without surrounding spaces; a noise cell becomes empty."""
    text = cell.strip()
    return "" if is_noise(text) else text


def starts_lower(text: str) -> bool:
    """The text (markup aside) begins with a lower-case letter: it goes on from the line before."""
    plain = clean_inline(text)
    return bool(plain) and plain[0].islower()


def glue(before: str, after: str) -> str:
    """Two pieces of one cell broken over lines: a word broken at a hyphen is joined back («нас-» + «тавничества»),
    a hyphenated compound keeps its hyphen («Педагог-» + «психолог»), anything else gets one space."""
    before, after = before.rstrip(), after.strip()
    if not before:
        return after
    if not after:
        return before
    if before.endswith("-") and after[:1].islower() and before[-2:-1].isalpha():
        head_word = re.findall(r"[а-яёА-ЯЁa-zA-Z]+$", before[:-1])
        tail_word = re.match(r"[а-яёa-z]+", after)
        if head_word and tail_word and _compound(head_word[0], tail_word.group()):
            return f"{before}{after}"
        return f"{before[:-1]}{after}"
    return f"{before} {after}"


def dehyphenate(text: str) -> str:
    """Words broken at the end of a line inside one cell («нас- тавничества», «педагог- психолог») put back."""

    def join(match: re.Match[str]) -> str:
        head, tail = match.group(1), match.group(2)
        return f"{head}-{tail}" if _compound(head, tail) else f"{head}{tail}"

    return _HYPHEN_BREAK.sub(join, text)
