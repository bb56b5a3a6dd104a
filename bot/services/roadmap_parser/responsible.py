"""Responsible staff («Ответственные»): persons («Фамилия И.О.») and roles from a vocabulary."""

from __future__ import annotations

import re

from bot.services.roadmap_parser.model import Responsible
from bot.services.roadmap_parser.text import SPACES, clean_inline, fold, scan, unique


def parse_responsible(text: str) -> list[Responsible]:
    """Split a «Ответственные» cell into persons («Фамилия И.О.») and known roles; leftover text becomes a role
    with ``understood=False``."""
    return scan_responsible(clean_inline(text))


_ZAM_AREA = (r"увр|вр|ур|умр|нмр|мр|ахр|ахч|ир|ит|безопасности|учебно-воспитательной\s+работе"
             r"|воспитательной\s+работе|учебной\s+работе|научно-методической\s+работе|методической\s+работе")
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + r"(?![а-я])"))
    for name, pattern in (
        ("Заместитель директора", rf"зам(?:еститель|\.)?\s*директора(?:\s+по\s+(?P<area>{_ZAM_AREA}))?"),
        ("Советник директора по воспитанию", r"советник(?:и)?\s+директора(?:\s+по\s+воспитанию)?"),
        ("Директор", r"директор"),
        ("Заведующий", r"заведующ(?:ий|ая|его)(?:\s+(?:до[оу]|детским\s+садом|мбдоу|мадоу|дс))?"),
        ("Старший воспитатель", r"старш(?:ий|ая|его)\s+воспитател[ья]"),
        ("Мастера производственного обучения", r"мастер(?:а|ов)?\s+(?:производственного\s+обучения|п/о)"),
        ("Руководитель ШМО", r"руководител[ьи]\s+(?:ш?мо|методическ(?:ого|их)\s+объединени[йя])"),
        ("Педагог-психолог", r"педагог(?:и)?\s*-?\s*психолог(?:и)?"),
        ("Психолог", r"психолог(?:и)?"),
        ("Социальный педагог", r"социальн(?:ый|ые)\s+педагог(?:и)?"),
        ("Педагог-организатор", r"педагог(?:и)?\s*-\s*организатор(?:ы)?"),
        ("Педагог дополнительного образования", r"педагог(?:и)?\s+дополнительного\s+образования"),
        ("Учитель-логопед", r"(?:учител[ьяи]\s*-\s*)?логопед(?:ы)?"),
        ("Учителя-предметники", r"учител[ьяи]\s*-?\s*предметник(?:и)?"),
        ("Классные руководители", r"классн(?:ые|ый)\s+руководител[ьи]"),
        ("Рабочая группа", r"рабоч(?:ая|ей)\s+групп[аы]"),
        ("Координатор", r"координатор(?:ы)?"),
        ("Куратор", r"куратор(?:ы)?"),
        ("Наставник", r"наставник(?:и)?"),
        ("Наставляемые", r"наставляем(?:ые|ый)"),
        ("Методист", r"методист(?:ы)?"),
        ("Тьютор", r"тьютор(?:ы)?"),
        ("Старший вожатый", r"(?:старш(?:ий|ая)\s+)?вожат(?:ый|ая|ые)"),
        ("Педагог-библиотекарь", r"(?:педагог\s*-\s*)?библиотекар[ьи]"),
        ("Администрация", r"администраци[яи](?:\s+(?:школы|лицея|гимназии|оо))?"),
        ("Педагогический коллектив", r"педагогический\s+коллектив"),
        ("Педагогический совет", r"педагогический\s+совет"),
        ("Учителя", r"учител[ьяи]"),
        ("Воспитатели", r"воспитател[ьи]"),
        ("Преподаватели", r"преподавател[ьи]"),
        ("Педагоги", r"педагог(?:и)?"),
        ("Родители", r"родител[ьи](?:\s*\(законные\s+представители\))?"),
        ("Обучающиеся", r"(?:обучающи|учащи)(?:еся|йся)"),
    )
)
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?"
_PERSON_FULL = re.compile(rf"({_SURNAME})\s+([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:вна|вич|чна|ична|ич))(?![а-яё])")
_PERSON_SURNAME_FIRST = re.compile(rf"(?P<s>{_SURNAME})\s+(?P<i>{_INITIALS})(?![а-яёА-ЯЁ])")
_PERSON_INITIALS_FIRST = re.compile(rf"(?P<i>{_INITIALS})\s?(?P<s>{_SURNAME})(?![а-яё])")
_RESPONSIBLE_SEPARATORS = re.compile(r"(?:[\s,;/+()\[\]•]|(?:и|а\s+также)\s)+")


def _initials(text: str) -> str:
    letters = re.findall(r"[А-ЯЁ]", text)
    return "".join(f"{letter}." for letter in letters)


def _match_responsible(text: str, folded: str, pos: int) -> tuple[int, Responsible] | None:
    for name, pattern in _ROLES:
        m = pattern.match(folded, pos)
        if m:
            area = m.groupdict().get("area")
            if area:
                area = SPACES.sub(" ", area)
                name = f"{name} по {area.upper() if len(area) <= 4 else area}"
            return m.end(), Responsible(name, "role")
    if m := _PERSON_FULL.match(text, pos):
        return m.end(), Responsible(" ".join(m.groups()), "person")
    if m := _PERSON_SURNAME_FIRST.match(text, pos):
        return m.end(), Responsible(f"{m['s']} {_initials(m['i'])}", "person")
    if m := _PERSON_INITIALS_FIRST.match(text, pos):
        return m.end(), Responsible(f"{m['s']} {_initials(m['i'])}", "person")
    return None


def scan_responsible(text: str) -> list[Responsible]:
    folded = fold(text)

    def unknown(piece: str) -> Responsible | None:
        piece = piece.strip(" ,;-")
        return Responsible(piece, "role", understood=False) if re.search(r"\w", piece) else None

    return unique(scan(text, folded, _RESPONSIBLE_SEPARATORS, lambda pos: _match_responsible(text, folded, pos),
                         unknown))
