"""Responsible staff («Ответственные»): persons («Фамилия И.О.») and roles from a vocabulary."""

from __future__ import annotations

import re

from bot.services.roadmap_parser.model import Responsible
from bot.services.roadmap_parser.text import SPACES, clean_inline, fix_misread, fold, scan, unique


def parse_responsible(text: str) -> list[Responsible]:
    """Split a «Ответственные» cell into persons («Фамилия И.О.») and known roles; leftover text becomes a role
    with ``understood=False``."""
    return scan_responsible(clean_inline(text))


_ZAM_AREA = (r"увр|вр|ур|упр|умр|нмр|вмр|мр|ахр|ахч|ир|ит|безопасности|учебно-воспитательной\s+работе"
             r"|воспитательной\s+работе|учебной\s+работе|учебно-производственной\s+работе"
             r"|научно-методической\s+работе|методической\s+работе|воспитательно-методической\s+работе")
# the organisation a role is of, kept with it: «Администрация ДОО», «Заведующий МБДОУ»
_ORG_WORDS = (r"доо|доу|мбдоу|мадоу|мкдоу|д/с|оо|оу|моу|мбоу|маоу|мкоу|гбпоу|гапоу|поо|школы|лицея|гимназии|колледжа"
              r"|техникума|учреждения|организации|детского\s+сада")
_ORG = rf"(?:\s+(?P<org>{_ORG_WORDS})(?![а-я]))?"
_ORG_ABBREVIATION = re.compile(r"доо|доу|мбдоу|мадоу|мкдоу|оо|оу|моу|мбоу|маоу|мкоу|гбпоу|гапоу|поо")
_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern + r"(?![а-я])"))
    for name, pattern in (
        ("Заместитель директора", rf"зам(?:еститель|\.)?\s*директора(?:\s+по\s+(?P<area>{_ZAM_AREA}))?"),
        ("Заместитель заведующего", rf"зам(?:еститель|\.)?\s*заведующего(?:\s+по\s+(?P<area>{_ZAM_AREA}))?"),
        ("Старший воспитатель", r"ст(?:арш(?:ий|ие|ая)|\.)\s*воспитател[ьи]"),
        ("Заведующий отделением", r"заведующ(?:ий|ая|ие)\s+отделени(?:ем|ями)"),
        ("Заведующий", r"заведующ(?:ий|ая|ие|его)(?:\s+(?:доо|доу|мбдоу|мадоу|мкдоу|д/с|детским\s+садом))?"
                       r"(?:\s*№?\s*\d{1,3})?"),
        ("Мастер производственного обучения", r"мастер(?:а)?\s+(?:производственного\s+обучения|п\s*/\s*о)"),
        ("Руководитель практики", r"руководител[ьи]\s+практик[иа]"),
        ("Председатель ПЦК", r"председател[ьи]\s+(?:пцк|цмк|предметн[а-я]+\s+(?:цикловой\s+)?комиссии)"),
        ("Руководитель ЦМК", r"руководител[ьи]\s+(?:пцк|цмк|мо)(?![а-я])"),
        ("Кураторы групп", r"куратор(?:ы)?\s+(?:учебных\s+)?групп"),
        ("Преподаватели", r"преподавател[ьи]"),
        ("Музыкальный руководитель", r"музыкальн(?:ый|ые)\s+руководител[ьи]"),
        ("Инструктор по физической культуре", r"инструктор(?:ы)?\s+по\s+(?:физической\s+культуре|физо|фк)"),
        ("Учитель-дефектолог", r"(?:учител[ьяи]\s*-\s*)?дефектолог(?:и)?"),
        ("Воспитатели", r"воспитател[ьи]"),
        ("Социальные партнёры", r"социальн(?:ые|ый)\s+партн[её]р(?:ы)?|работодател[ьи]"),
        ("Студенческий совет", r"студенческ(?:ий|ого)\s+совет"),
        ("Совет обучающихся", r"совет\s+обучающихся"),
        ("Советник директора по воспитанию", r"советник(?:и)?\s+директора(?:\s+по\s+воспитанию)?"),
        ("Директор", r"директор"),
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
        ("Администрация", rf"администраци[яи]{_ORG}"),
        ("Педагогический коллектив", r"педагогический\s+коллектив"),
        ("Педагогический совет", r"педагогический\s+совет"),
        ("Учителя", r"учител[ьяи]"),
        ("Воспитатели", r"воспитател[ьи]"),
        ("Преподаватели", r"преподавател[ьи]"),
        ("Педагоги", r"педагог(?:и)?"),
        ("Родители", r"родител[ьи](?:\s*\(законные\s+представители\))?"),
        ("Обучающиеся", r"(?:обучающи|учащи)(?:еся|йся)"),
        ("Студенты", r"студент(?:ы)?"),
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
            org = m.groupdict().get("org")
            if org and _ORG_ABBREVIATION.fullmatch(org):
                name = f"{name} {org.upper()}"  # «Администрация ДОО»; «администрация школы» is «Администрация»
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
        piece = fix_misread(piece.strip(" ,;-"))
        return Responsible(piece, "role", understood=False) if re.search(r"\w", piece) else None

    return unique(scan(text, folded, _RESPONSIBLE_SEPARATORS, lambda pos: _match_responsible(text, folded, pos),
                         unknown))


_STAFF_TAIL = re.compile(rf"^\s*(?:(?:{_ORG_WORDS})(?![а-я])|по\s)")


def staff_continues(before: str, after: str) -> bool:
    """``after`` (one line down, first column empty) goes on with the staff cell ``before``: «Администрация» /
    «ДОО», «Старший» / «воспитатель», «Педагог-» / «психолог»."""
    before_text, after_text = clean_inline(before), clean_inline(after)
    if not before_text or not after_text:
        return False
    if before_text.endswith(("-", ",", ";")) or re.search(r"(?:^|\s)(?:ст\.|старш(?:ий|ая|ие)|зам\.?|заместитель)$",
                                              fold(before_text)):
        return True
    return after_text[0].islower() or bool(_STAFF_TAIL.match(fold(after_text)))
