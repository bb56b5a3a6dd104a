"""Every user-facing text exists in Russian and English, and every key the code uses exists."""

from __future__ import annotations

import re
from pathlib import Path

from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import KINDS_DIR, LOCALES_DIR, SUPPORTED, Translator, overlays
from bot.menu import ADMIN, COORDINATOR, GUEST, PARTICIPANT
from bot.services.consents import CURRENT, CURRENT_MAX

ROOT = Path(__file__).resolve().parents[2]
KEY_LITERAL = re.compile(
    r"""(?:\bt|translator\.get|_text|InvalidInput|DomainError|NotFound|Conflict|InviteInvalid|AccessDenied)"""
    r"""\(\s*"([a-z][a-z0-9-]+)\""""
)


# Which file of a locale holds a key: the one named after the feature that shows the text, so one name runs through
# handlers/X.py, bot/services/X.py and locales/*/X.ftl. The longest matching prefix wins; an entry without a final
# "-" is one whole key (an exception to a shorter prefix).
FEATURE_FILES = {
    "sandbox-": "sandbox",  # the sandbox's web page (bot/sandbox/web.py)
    # shared by every feature: the command menu, help, language, roles, cancelling, errors
    "cmd-": "common", "help-": "common", "start-": "common", "language-": "common", "role-": "common", "app-": "common",
    "btn-": "common", "cancel-": "common", "cancelled": "common", "fallback-": "common", "error-": "common",
    # a versioned legal document of its own: the log keeps a hash of each exact text
    "consent-": "consent",
    "privacy-": "privacy",
    "invite-": "invites",
    "account-": "accounts",
    # partner organisations that provide mentors
    "partner-": "partners",
    # the coordinator's people: the list, cards, roles, ending participation
    "people-": "people",
    "org-": "organisations", "tz-": "organisations",
    "reg-": "registration", "join-": "registration", "profile-": "registration", "student-": "registration",
    "parent-": "registration", "notify-": "registration",
    "q-": "questionnaires",
    # dates people type (meetings, tasks, programmes), read by bot/services/school_calendar.py
    "calendar-": "calendar",
    "campaign-": "campaigns",
    # the coordinator's announcements and the programme information (/info)
    "announce-": "announcements", "info-": "announcements",
    # the banks of mentors and mentees, matching a mentor, forming a pair from the bank (draft-)
    "bank-": "banks", "match-": "banks", "mentorship-": "banks", "draft-": "banks",
    # a pair's life, its programme, and its Word documents: the order fixing the pairs, the programme
    "pair-": "pairs", "pairs-": "pairs", "programme-": "pairs", "doc-": "pairs",
    "meeting-": "meetings", "activity-": "meetings",
    "roadmap-": "roadmap", "task-": "roadmap", "tasks-": "roadmap", "reminder-": "roadmap",
    "activity-status": "roadmap",
    # the coordinator's reports: the screen, the workbook, the charts, the year-end Word report
    "report-": "reports", "xlsx-": "reports", "chart-": "reports", "doc-year-": "reports",
    "doc-report-": "reports",
    # outcomes: achievements, rewards, best practices; preparing the year-end report (local acts, conclusions)
    "ach-": "achievements", "yr-": "year_report",
}


def _feature_file(key: str) -> str | None:
    found = [p for p in FEATURE_FILES if key == p or (p.endswith("-") and key.startswith(p))]
    return FEATURE_FILES[max(found, key=len)] if found else None


def _messages(locale: str) -> dict[str, ast.Message]:
    parser = FluentParser()
    out: dict[str, ast.Message] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        junk = [e for e in resource.body if isinstance(e, ast.Junk)]
        assert not junk, f"{path}: syntax error near {junk[0].content[:80]!r}"
        for entry in resource.body:
            if isinstance(entry, ast.Message):
                assert entry.id.name not in out, f"duplicate key {entry.id.name} in {locale}"
                out[entry.id.name] = entry
    return out


def _variables(message: ast.Message) -> set[str]:
    found: set[str] = set()

    class Variables(Visitor):
        def visit_VariableReference(self, node: ast.VariableReference) -> None:
            found.add(node.id.name)

    Variables().visit(message)
    return found


def _references(message: ast.Message) -> set[str]:
    """The messages and terms a message uses (``{ bank-state }``, ``{ -term }``)."""
    found: set[str] = set()

    class References(Visitor):
        def visit_MessageReference(self, node: ast.MessageReference) -> None:
            found.add(node.id.name)

        def visit_TermReference(self, node: ast.TermReference) -> None:
            found.add(f"-{node.id.name}")

    References().visit(message)
    return found


def _overlay(locale: str, kind: str) -> dict[str, ast.Message]:
    path = LOCALES_DIR / locale / KINDS_DIR / f"{kind}.ftl"
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    junk = [e for e in resource.body if isinstance(e, ast.Junk)]
    assert not junk, f"{path}: syntax error near {junk[0].content[:80]!r}"
    out: dict[str, ast.Message] = {}
    for entry in resource.body:
        assert not isinstance(entry, ast.Term), f"{path}: terms go into the base files, an overlay overrides messages"
        if isinstance(entry, ast.Message):
            assert entry.id.name not in out, f"duplicate key {entry.id.name} in {path}"
            out[entry.id.name] = entry
    return out


def test_same_keys_in_both_locales() -> None:
    ru, en = _messages("ru"), _messages("en")
    assert sorted(set(ru) - set(en)) == [], "missing in en"
    assert sorted(set(en) - set(ru)) == [], "missing in ru"


def test_overlays_of_kinds_exist_in_every_language() -> None:
    """A kind of organisation with words of its own has them in every language, overriding at least the keys the
    Russian overlay overrides (a language may need more: English says «school year» where Russian says «учебный
    год», which a kindergarten uses too)."""
    kinds = {locale: set(overlays(LOCALES_DIR, locale)) for locale in SUPPORTED}
    assert kinds["ru"] >= {"kindergarten", "college", "additional"}
    assert all(found == kinds["ru"] for found in kinds.values()), kinds
    for kind in kinds["ru"]:
        russian = set(_overlay("ru", kind))
        for locale in SUPPORTED:
            assert sorted(russian - set(_overlay(locale, kind))) == [], f"{locale}/{KINDS_DIR}/{kind}.ftl misses"


def test_overlays_override_only_base_keys_with_their_variables() -> None:
    """An overlay changes the words, never what a text is given: each key exists in the base files of its language,
    and uses only variables the base text gets (the code passes those). It may leave one out — a kindergarten's
    count of mentees has no pupils to count — but every message or term it uses exists."""
    for locale in SUPPORTED:
        base = _messages(locale)
        terms = {f"-{e.id.name}" for path in (LOCALES_DIR / locale).glob("*.ftl")
                 for e in FluentParser().parse(path.read_text(encoding="utf-8")).body if isinstance(e, ast.Term)}
        for kind in overlays(LOCALES_DIR, locale):
            for key, message in _overlay(locale, kind).items():
                where = f"{locale}/{KINDS_DIR}/{kind}.ftl: {key}"
                assert key in base, f"{where} overrides no base text"
                assert _variables(message) <= _variables(base[key]), f"{where} uses variables the base text lacks"
                assert _references(message) <= set(base) | terms, f"{where} refers to texts that do not exist"
                assert bool(message.value) == bool(base[key].value) and {a.id.name for a in message.attributes} == {
                    a.id.name for a in base[key].attributes}, f"{where}: not the shape of the base text"


def test_a_text_locale_carries_the_overlay_of_its_kind() -> None:
    translator = Translator(strict=True)
    assert translator.normalise("ru+kindergarten") == "ru+kindergarten"
    assert translator.normalise("en-GB+college") == "en+college"
    assert translator.normalise("ru+school") == "ru"  # the base texts are the school's
    assert translator.normalise("en+university") == "en"  # a kind without words of its own reads the school's
    assert translator.normalise("ru+additional") == "ru+additional"  # the words of additional education
    assert translator.normalise("de+kindergarten") == "ru"
    assert translator.language("en+kindergarten") == "en"
    kindergarten = translator.bind("ru+kindergarten")
    assert kindergarten.locale == "ru+kindergarten" and kindergarten.has("reg-ask-position")
    assert "воспитатель" in kindergarten("reg-ask-position") and "учител" not in kindergarten("reg-ask-position")
    assert "учитель" in translator.get("reg-ask-position", "ru")
    # what an overlay does not override is the base text
    assert translator.get("reg-done", "ru+kindergarten") == translator.get("reg-done", "ru")
    # a base text that uses an overridden one gets the kind's words too (the pair consent names the form)
    form = {"form": "teacher_teacher"}
    assert translator.get("mentorship-form", "ru+kindergarten", form) == "педагог – педагог"
    assert translator.get("mentorship-form", "ru+college", form) == "преподаватель – преподаватель"
    assert "Анализ занятия" in translator.get("meeting-ask-topic", "ru+additional")


def test_a_text_locale_carries_the_register_of_a_pupil() -> None:
    from storage.models import text_locale

    translator = Translator(strict=True)
    assert text_locale("ru", "school", informal=True) == "ru+ty"
    assert text_locale("ru", "college", informal=True) == "ru+college+ty"
    assert translator.normalise("ru+college+ty") == "ru+college+ty"
    assert translator.normalise("ru+school+ty") == "ru+ty" and translator.normalise("en+ty") == "en+ty"
    assert translator.language("ru+college+ty") == "ru"
    pupil, adult = translator.bind("ru+ty"), translator.bind("ru")
    assert pupil.has("pair-none")
    assert pupil("pair-none").startswith("У тебя") and adult("pair-none").startswith("У вас")
    assert translator.get("pair-none", "ru+ty", {"you": "vy"}) == adult("pair-none")  # the caller's own wins
    assert translator.get("pair-none", "en+ty") == translator.get("pair-none", "en")  # one «you» in English
    # the words of the kind stay with the register
    assert "«Подготовиться к демонстрационному экзамену»" in translator.get(
        "programme-ask-title", "ru+college+ty", {"kind": "goal"})


def test_every_key_is_in_the_file_of_its_feature() -> None:
    misplaced: list[str] = []
    for locale in ("ru", "en"):
        for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
            for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
                if isinstance(entry, ast.Message) and (home := _feature_file(entry.id.name)) != path.stem:
                    misplaced.append(f"{locale}/{path.name}: {entry.id.name} (belongs in {home})")
    assert misplaced == [], "a new prefix goes into FEATURE_FILES; a text goes into the file of its feature"


def test_locale_files_are_named_after_features() -> None:
    for locale in ("ru", "en"):
        names = {path.stem for path in (LOCALES_DIR / locale).glob("*.ftl")}
        assert names == set(FEATURE_FILES.values()), locale
    # not a feature with a handler of its own: shared texts, and the module each file serves
    shared = {"common": "bot/i18n.py", "consent": "bot/services/consents.py",
              "calendar": "bot/services/school_calendar.py", "sandbox": "bot/sandbox/web.py"}
    for name in set(FEATURE_FILES.values()):
        module = ROOT / shared.get(name, f"handlers/{name}.py")
        assert module.exists(), f"locales/*/{name}.ftl serves no {module.relative_to(ROOT)}"


def test_same_variables_in_both_locales() -> None:
    ru, en = _messages("ru"), _messages("en")
    for key in ru:  # «ты» to a pupil ($you) and the gender a text agrees with are Russian only
        assert _variables(ru[key]) - {"you", "gender"} == _variables(en[key]) - {"you", "gender"}, key


def test_every_key_used_in_code_exists() -> None:
    keys = set(_messages("ru"))
    used: set[str] = set()
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(KEY_LITERAL.findall(path.read_text(encoding="utf-8")))
    used |= {f"cmd-{name}" for name in {*GUEST, *PARTICIPANT, *COORDINATOR, *ADMIN, "cancel"}}
    for kind, (version, _) in [*CURRENT.items(), *CURRENT_MAX.items()]:
        used |= {f"consent-{kind.value}-v{version}", f"consent-heading-{kind.value}"}
    assert len(used) > 100
    assert sorted(used - keys) == []


def test_texts_render_without_errors_and_fit_telegram() -> None:
    translator = Translator(strict=True)
    sample = {"org": "МБОУ «СОШ № 5»", "address": "ул. Школьная, 1", "child": "Соколов Артём", "name": "Иванова",
              "role": "staff", "kind": "school", "zone": "Europe-Moscow", "raw": "Europe/Moscow", "number": 2,
              "total": 5, "shown": 4, "limit": 100, "years": 3, "gap": 2, "days": 7, "uses": 10, "max": 30, "link": "https://t.me/x",
              "app": "max", "expires": "01.09.2026", "person_id": 5, "id": 1, "timezone": "Europe/Moscow", "value": "x",
              "left": 3, "accounts": "• MAX",
              "version": "1", "date": "01.09.2026", "stages": 8, "activities": 18, "linked": 2, "count": 3,
              "year": 2026, "next": 2027, "source": "template", "done": 1, "overdue": 2, "label": "Директор",
              "when": "01.10.2026", "who": "Директор", "status": "done", "title": "Отчёт", "due": "10.10.2026",
              "late": "yes", "week": 2, "list": "• Отчёт", "old": "01.10.2026", "new": "10.10.2026", "stage": 2,
              "previous": 3, "repeated": "yes", "text": "когда-нибудь", "example": "07.12.2026",
              "reason": "перенесено", "min": 1, "low": 1, "high": 10, "low_label": "плохо",
              "high_label": "отлично", "deadline": "07.12.2026", "anonymous": "yes", "invited": 5,
              "delivered": 4, "started": 3, "completed": 2, "audience": "mentors", "mean": "7.5", "median": "8",
              "share": 50, "subjects": "математика", "points": 25, "covered": 2, "wanted": 3, "need": "parents",
              "level": "primary", "form": "teacher_teacher", "free": 1, "capacity": 2, "state": "unmatched",
              "support": "no", "load": 1, "experience": "12 лет", "subject": "математика", "position": "учитель",
              "variant": "reverse", "variants": "реверсивное", "learners": "yes", "partners": "yes",
              "basis": "partner", "learner": "yes", "providing": 1,
              "since": "01.09.2026", "on": "yes", "score": 80, "mentor": "Иванова А. А.",
              "mentees": "Петров П. П.", "starts": "01.09.2026", "ends": "31.05.2027", "term": "year",
              "group": "no", "what": "sig", "active": "yes", "closed": "no", "signals": 1, "answer": "confirmed",
              "pair": 5, "declined": "no", "page": 1, "pages": 2, "minutes": 45,
              "format": "online", "topic": "Анализ урока", "notes": "—", "tasks": 1, "editing": "no",
              "expected": "yes", "day": "today", "field": "kind", "final": "no", "happened": "yes", "hours": "1.5",
              "last": "20.11.2026", "disputed": 0,
              "how": "confirm", "side": "author", "author": "Иванова А. А.", "item": "task", "goal_tasks": 2,
              "approved": 2, "trained": 1, "full": 1, "teachers": 3, "students": 1, "matched": 2, "unmatched": 1,
              "proposed": 1, "no_form": 1, "long": "no",
              "code": "pupil_mentees", "key": "pupils", "current": "True", "chosen": "True", "step": 1, "steps": 6,
              "part_value": 5, "whole_value": 3,
              "part": 2, "whole": 3, "quiet": 1, "mentors_share": 80, "mentees_share": -1, "c": "name",
              "chart": "meetings", "f": "mentors", "pairs": 2, "meetings": 3, "mentors": 2,
              "by": "parent", "labour": "yes", "parent": "Соколова Ирина", "relation": "mother",
              "accept": "yes", "sha": "0123abcd", "children": "Соколов Артём", "processor": "none",
              "mine": "yes", "action": "given", "submitted": "yes", "campaign": 1, "question": "Стаж",
              "blocked": 1, "gone": 1, "other": 0, "contact": "Иванов Пётр, +7 900 000-00-00",
              "target": 2026, "target_next": 2027, "target_title": "Итоги", "event": "order",
              "scope": "org", "result": "winner", "file": "true", "note": "приказ № 45", "about": "Описание практики",
              "conclusions": "Выводы", "i": "young", "first": "2026", "second": "2027",
              "ext": "txt", "gender": "f", "you": "ty",
              "length": 5000, "names": "Иванова М. → Петров П.", "recipients": 6, "waiting": 1,
              "failed": 1, "uncertain": 0,
              "query": "Иван", "roles": "куратор", "others": "Петров П. П.", "external": "no",
              "is_mentor": "yes"}
    for locale in translator.bundles:  # every language, and each with the words of every kind
        for key in translator.keys[translator.language(locale)]:
            text = translator.get(key, locale, sample)
            assert text and len(text) < 4000, (locale, key)
            assert "{" not in text, (locale, key)


def test_missing_key_is_reported_not_shown_silently() -> None:
    import pytest

    with pytest.raises(KeyError):
        Translator(strict=True).get("no-such-key", "ru")
    assert Translator().get("no-such-key", "ru") == "no-such-key"


def test_user_values_are_html_escaped() -> None:
    text = Translator(strict=True).get("profile-name", "ru", {"value": "<script>&"})
    assert "&lt;script&gt;&amp;" in text


def test_the_russian_texts_call_the_lead_person_kurator() -> None:
    """One term: «куратор» (Р-145: «сотрудник организации, который отвечает за организацию программы
    наставничества») in every Russian text, menu and overlay; the code and the English texts say coordinator.
    The current consents say it too (new versions of 02.12.2026); only the earlier versions keep their old word:
    versioned legal documents whose exact wording is logged by hash — a text people have agreed to is never changed."""
    word = re.compile(r"[Кк]оординатор\w*")
    current = {f"consent-{kind.value}-v{version}"
               for table in (CURRENT, CURRENT_MAX) for kind, (version, _) in table.items()}
    found = []
    for path in sorted((LOCALES_DIR / "ru").rglob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message) and (
                    not entry.id.name.startswith("consent-") or entry.id.name in current):
                source = path.read_text(encoding="utf-8")[entry.span.start:entry.span.end]
                found += [f"{path.relative_to(LOCALES_DIR)}: {entry.id.name}: {m.group(0)}"
                          for m in word.finditer(source)]
            elif isinstance(entry, ast.Comment | ast.GroupComment | ast.ResourceComment):
                found += [f"{path.relative_to(LOCALES_DIR)}: a comment" for _ in word.finditer(entry.content)]
    for path in sorted((ROOT / "bot" / "data").glob("roadmap_template*.md")):  # the built-in roadmaps' words
        found += [f"{path.name}: {m.group(0)}" for m in word.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
    assert Translator().get("role-name", "ru", {"role": "coordinator"}) == "куратор"


def test_an_overlay_words_the_consent_of_every_channel() -> None:
    """A college's or a club's pupil reads his own consent in MAX as in Telegram: where an overlay words the current
    Telegram version of a consent, it words the current MAX version too (else the school's words would show), and no
    MAX text names Telegram."""
    for locale in SUPPORTED:
        for kind in overlays(LOCALES_DIR, locale):
            words = _overlay(locale, kind)
            for consent, (version, _) in CURRENT.items():
                telegram = f"consent-{consent.value}-v{version}"
                max_key = f"consent-{consent.value}-v{CURRENT_MAX[consent][0]}"
                if telegram in words:
                    assert max_key in words, f"{locale}/{KINDS_DIR}/{kind}.ftl words {telegram} but not {max_key}"
    translator = Translator(strict=False)  # the words matter here, not every variable of every consent
    for locale in ("ru+college", "ru+additional", "en+college", "en+additional"):
        for consent, (version, _) in CURRENT_MAX.items():
            if version != CURRENT[consent][0]:
                text = translator.get(f"consent-{consent.value}-v{version}", locale, {
                    "org": "О", "address": "А", "processor": "none", "parent": "П", "child": "Р", "relation": "mother",
                    "role": "mentee", "by": "self", "labour": "no", "mentor": "Н", "mentees": "М", "starts": "1",
                    "ends": "2", "age": "14"})
                assert "Telegram" not in text, (locale, consent)
