"""Numbers next to nouns are formed by the language's plural rule (Fluent's selectors), in every text.

Every message of every locale (and every kind's overlay) is rendered with each of its variables set to 1, 2, 5,
11 and 21; then the word after each number is checked against small lists of noun forms: «1 дней», «21 дней»,
«2 день», «5 дня», «1 days», «2 day» fail, and so do abbreviations that dodge the rule («1 дн.», «3 чел.»).
A word after a number that the lists do not know passes: the lists name the nouns the texts count.
"""

from __future__ import annotations

import re

from fluent.syntax import FluentParser
from fluent.syntax.visitor import Visitor

from bot.i18n import LOCALES_DIR, Translator, _arg

NUMBERS = (1, 2, 5, 11, 21)
# variables that are never numbers (dates, names): they get a word, so that «С { $date } группа» is no «2 группа»
WORDS = {"date", "child", "name", "mentor", "mentees", "who", "title", "deadline", "when", "since", "starts", "ends",
         "last", "old", "new", "due", "expires", "example", "org", "pair", "author", "names", "parent", "children"}

# Russian: forms only a singular can take after a number (nominative: after 1, 21 …; never after 2 or 5), the
# genitive singular (after 2–4, and after «до 1»), and forms only a plural takes (never after 1 or 21).
RU_NOMINATIVE = {
    "день", "год", "балл", "класс", "наставник", "наставляемый", "символ", "участник", "урок", "час", "месяц",
    "раз", "мероприятие", "неделя", "неделю", "встреча", "встречу", "пара", "пару", "задача", "задачу", "группа",
    "минута", "минуту", "сообщение", "ответ", "человек", "педагог", "пункт", "этап", "файл",
}
RU_GENITIVE_SINGULAR = {
    "дня", "года", "балла", "класса", "наставника", "наставляемого", "символа", "участника", "урока", "часа",
    "месяца", "человека", "педагога", "ответа", "пункта", "этапа", "файла",
}
RU_PLURAL = {
    "дней", "лет", "баллов", "классов", "наставников", "наставляемых", "символов", "участников", "участникам",
    "уроков", "часов", "месяцев", "мероприятий", "недель", "встреч", "пар", "задач", "групп", "минут", "сообщений",
    "ответов", "педагогов", "пунктов", "этапов", "файлов", "занятий", "рабочих", "учебных", "людей",
}
RU_NEVER = {"дн.", "чел.", "шт."}  # abbreviations that skip the plural rule

EN_SINGULAR = {
    "day", "year", "mentor", "mentee", "message", "participant", "person", "task", "grade", "point", "pair",
    "activity", "meeting", "answer", "minute", "hour", "character", "week", "month", "time", "stage", "file",
    "invitation", "question", "teacher", "student", "pupil", "group", "event", "reminder", "questionnaire",
}
EN_PLURAL = {
    "days", "years", "mentors", "mentees", "messages", "participants", "people", "tasks", "grades", "points",
    "pairs", "activities", "meetings", "answers", "minutes", "hours", "characters", "weeks", "months", "times",
    "stages", "files", "invitations", "questions", "teachers", "students", "pupils", "groups", "events",
    "reminders", "questionnaires",
}
EN_BETWEEN = {"working", "school", "more", "new", "other", "free", "open", "active", "overdue"}  # «2 working days»

WORD = re.compile(r"(?<![\d.,:/№-])(\d+)[ \u00a0]+([^\W\d_]+\.?)(?:[ \u00a0]+([^\W\d_]+))?")


def ru_category(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def misformed(language: str, text: str) -> list[str]:
    """The «number word» pairs in ``text`` whose word is not the form the number asks for."""
    wrong = []
    for match in WORD.finditer(text):
        n, word, after = int(match.group(1)), match.group(2).lower(), (match.group(3) or "").lower()
        bare = word.rstrip(".")
        if language == "ru":
            category = ru_category(n)
            bad = word in RU_NEVER or (
                bare in RU_PLURAL if category == "one" else
                bare in RU_NOMINATIVE and bare != "человек" if category == "few" else
                bare in RU_NOMINATIVE | RU_GENITIVE_SINGULAR and bare != "человек")
        else:
            noun = after if bare in EN_BETWEEN and after else bare
            bad = noun in (EN_PLURAL if n == 1 else EN_SINGULAR)
        if bad:
            wrong.append(match.group(0))
    return wrong


def _variables() -> set[str]:
    names: set[str] = set()

    class Variables(Visitor):
        def visit_VariableReference(self, node) -> None:  # type: ignore[no-untyped-def]
            names.add(node.id.name)

    for path in LOCALES_DIR.rglob("*.ftl"):
        Variables().visit(FluentParser().parse(path.read_text(encoding="utf-8")))
    return names


def test_the_scan_finds_what_it_is_for() -> None:
    assert misformed("ru", "у 1 мероприятий") == ["1 мероприятий"]
    assert misformed("ru", "1 дн. назад") and misformed("ru", "21 дней") and misformed("ru", "2 день")
    assert misformed("ru", "5 дня") and misformed("ru", "11 года")
    assert not misformed("ru", "1 день, 2 дня, 5 дней, 11 дней, 21 день, до 2 дней, до 1 символа")
    assert misformed("en", "1 days ago") and misformed("en", "2 day") and misformed("en", "1 working days")
    assert not misformed("en", "1 day, 2 days, 21 working days, 1 person, 5 people")


def test_every_number_next_to_a_noun_follows_the_plural_rule() -> None:
    translator = Translator()
    names = _variables()
    wrong: set[str] = set()
    for n in NUMBERS:
        args = {name: _arg("X" if name in WORDS else n) for name in names}
        for locale, bundle in translator.bundles.items():
            language = translator.language(locale)
            for key in translator.keys[language]:
                message = bundle.get_message(key)
                if message.value is None:
                    continue
                text, _ = bundle.format_pattern(message.value, args)
                wrong |= {f"{language} {key}: {found}" for found in misformed(language, str(text))}
    assert sorted(wrong) == []


def test_the_gender_of_a_person_is_read_from_the_patronymic() -> None:
    from bot.services.grammar import FEMALE, MALE, UNKNOWN, gender_of

    assert gender_of("Иванова Мария Петровна") == FEMALE and gender_of("Орлов Игорь Николаевич") == MALE
    assert gender_of("Кузнецов Павел Ильич") == MALE and gender_of("Мамедова Айгюн Рашид кызы") == FEMALE
    assert gender_of("Соколов Артём") == UNKNOWN and gender_of("Petrova Anna") == UNKNOWN and gender_of(None) == UNKNOWN
