"""Legal texts that are true: a minor's place in a pair is confirmed by the parent, ТК РФ ст. 351.8 is cited only for
an employee mentoring an employee, the consents can be printed for a signature, the parent link checks who opens it."""

from __future__ import annotations

import hashlib
import io
from datetime import date

import docx

from bot.services.access import Actor
from bot.services.pairs import PairService
from storage.db import Database
from storage.models import Account, Channel
from storage.persons import PersonRepo
from tests.conftest import both_channels
from tests.flows import (
    agree,
    approve_both,
    parent_opens,
    person_row,
    propose_from_suggestions,
    register_student,
    school,
)
from tests.harness import Harness


async def _coordinator_actor(db: Database, user_id: int, channel: str = "telegram") -> Actor:
    account = Account(Channel(channel), user_id)
    return Actor(account, person=await PersonRepo(db).by_account(account))


@both_channels
async def test_a_minors_place_in_a_pair_is_confirmed_by_the_parent(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), _ = await school(harness, db, mentees=0)
    await approve_both(coordinator)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token)
    shown = parent.replies()[-1].text
    await parent.click("Согласен")
    child = await person_row(db, 4000)
    mentor_row = await person_row(db, 3000)
    logged = await db.fetchone("SELECT * FROM consent_events WHERE kind = 'parent' AND action = 'given'")
    assert logged["text_sha256"] == hashlib.sha256(shown.encode()).hexdigest()  # the exact text, names and all
    assert child is not None and mentor_row is not None and child["status"] == "active"

    # the coordinator is told who consented for the child, and sees it on the card
    assert any("Согласие за обучающегося <b>Соколов Артём</b>" in s.text and "Соколова Ирина Викторовна</b> — мать"
               in s.text for s in coordinator.shown())
    await coordinator.send("/mentees")
    await coordinator.click("Соколов Артём")
    assert "Согласие дала: Соколова Ирина Викторовна (мать)" in coordinator.text
    # …and prints the parent's consent, filled in, for a signature on paper
    await coordinator.click("Согласие для подписи")
    printed = docx.Document(io.BytesIO(coordinator.documents()[-1].document.data))  # type: ignore[union-attr]
    text = "\n".join(p.text for p in printed.paragraphs)
    assert "Субъект персональных данных: Соколов Артём" in text
    assert "Законный представитель: Соколова Ирина Викторовна" in text
    version = "5" if harness.channel == "telegram" else "6"  # in MAX the text names MAX: a version of its own
    assert "Согласие родителя (законного представителя)" in text and f"Версия {version} от 02.12.2026" in text
    assert "Подпись _______________ / Соколова Ирина Викторовна /" in text and f"версия {version}" in text

    service: PairService = harness.dp["pairs"]
    actor = await _coordinator_actor(db, coordinator.id, harness.channel)
    pair = await service.propose(actor, mentor_row["id"], [child["id"]], "teacher_student", date(2026, 9, 1),
                                 date(2027, 5, 31))

    # the mentor of a pupil: a consent to mentoring without the Labour Code
    await mentor.click("Открыть")
    consent = mentor.replies()[-1].text
    assert "согласен(на) быть наставником" in consent and "351.8" not in consent and "письменн" not in consent
    await mentor.click("Согласен")

    # the child sees the proposal but the parent answers for them
    assert any("подтверждает твой родитель" in s.text for s in student.shown())
    await student.click("Открыть")
    assert "Участие подтверждает родитель" in student.text
    assert "Согласен" not in " ".join(b for s in student.replies() for b in s.button_texts())
    assert (await service.repos.pairs.get(pair.id)).status == "proposed"  # type: ignore[union-attr]

    # the parent gets the proposal with the mentor's name and the form, and confirms
    notice = parent.shown()[-1]
    assert "Соколов Артём" in notice.text and "Иванова Мария Петровна" in notice.text
    await parent.click("Открыть предложение")
    proposal = parent.replies()[-1].text
    assert "Соколова Ирина Викторовна" in proposal and "законный представитель ребёнка" in proposal
    assert "учитель – ученик" in proposal and "Иванова Мария Петровна" in proposal
    await parent.click("Согласен")
    assert "ваше согласие записано" in parent.text
    assert any("Твой родитель подтвердил" in s.text for s in student.shown())  # the child is told
    assert (await service.repos.pairs.get(pair.id)).status == "active"  # type: ignore[union-attr]
    assert any("родитель (законный представитель) наставляемого" in s.text for s in coordinator.shown())
    row = await db.fetchone("SELECT * FROM consent_events WHERE kind = 'mentee_pair' AND pair_id = ?", (pair.id,))
    assert (row["person_id"], row["actor_id"], row["action"], row["version"]) == (child["id"], 4100, "given", version)
    assert row["text_sha256"] == hashlib.sha256(proposal.encode()).hexdigest()

    # the same button again, or another account, changes nothing
    await parent.click("Открыть предложение")
    assert "Нет предложений" in parent.text
    stranger = harness.user(4300)
    await stranger.send("/start")
    await stranger.press(f"pr1:gyes:{pair.id}:{child['id']}")
    assert await db.fetchval("SELECT COUNT(*) FROM consent_events WHERE actor_id = 4300") == 0


@both_channels
async def test_a_parent_declining_keeps_the_child_out_of_the_pair(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db, mentees=0)
    await approve_both(coordinator)
    student, parent_token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, parent_token, name=None)
    await parent.send("1")  # not a name: asked again, nothing stored
    assert "Нужны хотя бы фамилия и имя" in parent.text
    await parent.send("Соколов Пётр Ильич")
    await parent.click("Отец")
    assert "отец ребёнка" in parent.replies()[-1].text
    await parent.click("Согласен")
    child = await person_row(db, 4000)
    assert child is not None and child["guardian_relation"] == "father"
    service: PairService = harness.dp["pairs"]
    actor = await _coordinator_actor(db, coordinator.id, harness.channel)
    pair = await service.propose(actor, (await person_row(db, 3000))["id"], [child["id"]],  # type: ignore[index]
                                 "teacher_student", date(2026, 9, 1), None)
    await parent.click("Открыть предложение")
    await parent.click("Отказаться")
    assert "Вы отказались" in parent.text
    assert any("не подтвердил участие" in s.text for s in student.shown())
    assert (await service.repos.pairs.get(pair.id)).status == "declined"  # type: ignore[union-attr]


async def test_a_pupils_account_cannot_consent_as_a_parent(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db, mentees=0)
    first, first_token = await register_student(harness, coordinator, user_id=4000, name="Соколов Артём")
    parent = await parent_opens(harness, first_token)
    await parent.click("Согласен")
    # a registered pupil's account opens another pupil's parent link: refused, nothing stored
    _, second_token = await register_student(harness, coordinator, user_id=4001, name="Орлова Дарья")
    await first.send(f"/start {second_token}")
    assert "зарегистрирован в программе как ученик" in first.text
    assert (await person_row(db, 4001))["guardian_id"] is None  # type: ignore[index]


@both_channels
async def test_labour_code_only_for_employees_and_consents_print_for_signature(harness: Harness,
                                                                               db: Database) -> None:
    coordinator, (mentor, _), (mentee,) = await school(harness, db)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await mentor.click("Открыть")
    consent = mentor.replies()[-1].text
    assert "351.8" in consent and "другого работника" in consent and "рабочих дня" in consent
    assert "Версия 5 от 02.12.2026" in consent
    await mentor.click("Согласен")
    await agree(mentee)

    await coordinator.send("/pairs")
    await coordinator.click("№ 1")
    await coordinator.click("Согласия для подписи")
    docs = coordinator.documents()[-2:]
    texts = []
    for sent in docs:
        document = docx.Document(io.BytesIO(sent.document.data))  # type: ignore[union-attr]
        texts.append("\n".join(p.text for p in document.paragraphs))
    mentor_doc, mentee_doc = texts
    assert "Иванова Мария Петровна" in mentor_doc and "Петров Павел Андреевич" in mentee_doc
    pd_version = "4" if harness.channel == "telegram" else "5"  # in MAX the text names MAX: a version of its own
    assert "Согласие на обработку персональных данных" in mentor_doc
    assert f"Версия {pd_version} от 02.12.2026" in mentor_doc
    assert "351.8" in mentor_doc and "Подпись" in mentor_doc and f"версия {pd_version}" in mentor_doc
    assert "<b>" not in mentor_doc and "письменн" not in mentee_doc
    # only the coordinator may print
    await mentor.press("pr1:print:1:0")
    assert len(mentor.documents()) == 0


async def test_the_parents_help_and_privacy_show_the_child(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db, mentees=0)
    _, token = await register_student(harness, coordinator)
    parent = await parent_opens(harness, token)
    await parent.click("Согласен")
    await parent.send("/help")
    assert "родитель (законный представитель) за: <b>Соколов Артём</b>" in parent.text
    assert "не зарегистрированы" not in parent.text
    await parent.send("/privacy")
    assert "Данные ребёнка: Соколов Артём" in parent.text


def test_health_like_columns_are_marked_in_the_export() -> None:
    from bot.i18n import Translator
    from bot.services.exports import _headers

    t = Translator(strict=True).bind("ru")
    name, support, answer = _headers(t, ("name", "support", "answer"))
    assert name == "ФИО"
    assert support.startswith("Психологическая поддержка") and "только для кураторов" in support
    assert "выгорании" in answer


def test_consent_texts_v2_name_the_burnout_data_telegram_and_the_processor() -> None:
    from bot.i18n import Translator

    t = Translator(strict=True)
    args = {"org": "Школа", "address": "ул. Школьная, 1", "child": "Соколов Артём", "parent": "Соколова И. В.",
            "relation": "mother", "processor": "none"}
    for key in ("consent-pd-v2", "consent-parent-v2"):
        text = t.get(key, "ru", args)
        assert "психологической поддержке" in text and "Telegram" in text and "иностранный сервис" in text
        assert "по поручению Оператора" in text and "третьим лицам он их не передаёт" not in text
        assert "письменн" not in text and "в электронной форме" in text
    assert "профессиональном выгорании" in t.get("consent-pd-v2", "ru", args)


async def test_the_employer_ends_mentoring_of_employees_with_notice(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), (mentee,) = await school(harness, db)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await agree(mentor, mentee)
    # Tuesday 01.09.2026: Wed, Thu, Fri are the 3 working days of notice → ends on Saturday 05.09
    await coordinator.send("/pairs")
    await coordinator.click("№ 1")
    await coordinator.click("Прекратить пару")
    await coordinator.click("Да, прекратить")
    assert "не менее чем за 3 рабочих дня" in coordinator.text and "05.09.2026" in coordinator.text
    row = await db.fetchone("SELECT status, end_on FROM pairs WHERE id = 1")
    assert (row["status"], row["end_on"]) == ("ending", "2026-09-05")
    assert "ст. 351.8 ТК РФ" in mentor.shown()[-1].text


async def test_a_mentee_ending_early_is_not_told_it_is_the_labour_code(harness: Harness, db: Database) -> None:
    coordinator, (mentor, _), (mentee,) = await school(harness, db)
    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел")
    await agree(mentor, mentee)
    await mentee.send("/mypair")
    await mentee.click("Завершить досрочно")
    await mentee.click("Да, завершить досрочно")
    told = mentor.shown()[-1].text
    assert "Пара завершится 05.09.2026" in told and "351.8" not in told and "по правилам программы" in told


def test_the_processor_is_named_when_configured() -> None:
    from datetime import UTC, datetime

    from bot.i18n import Translator
    from bot.services import consents
    from storage.models import ConsentKind, Organisation, OrgKind

    org = Organisation(1, "МБОУ «СОШ № 5»", OrgKind.SCHOOL, "Europe/Moscow", "ул. Школьная, 1", 1,
                       datetime(2026, 9, 1, tzinfo=UTC))
    t = Translator(strict=True)
    named = consents.render(t, ConsentKind.PD, "ru", org, processor="ООО «Хостинг», г. Москва, ул. Серверная, 1")
    assert "это ООО «Хостинг», г. Москва, ул. Серверная, 1" in named.text and "по запросу" not in named.text
    unnamed = consents.render(t, ConsentKind.PD, "ru", org)
    assert "его наименование и адрес Оператор сообщает по запросу" in unnamed.text
    assert named.sha256 != unnamed.sha256  # the hash covers who was named
    # the version line of an earlier version keeps its date, so its text (and hash) can be reproduced
    assert "Версия 1 от 23.11.2026" in consents.render(t, ConsentKind.PD, "ru", org, version="1").text


@both_channels
async def test_a_parent_sees_only_their_own_child_of_a_group(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db, mentees=0)
    await approve_both(coordinator)
    _, first_token = await register_student(harness, coordinator, user_id=4000, name="Соколов Артём")
    _, second_token = await register_student(harness, coordinator, user_id=4001, name="Орлова Дарья")
    first_parent = await parent_opens(harness, first_token, user_id=4100)
    await first_parent.click("Согласен")
    second_parent = await parent_opens(harness, second_token, user_id=4101, name="Орлов Сергей Петрович",
                                       relation="Отец")
    await second_parent.click("Согласен")
    ids = [(await person_row(db, tg))["id"] for tg in (3000, 4000, 4001)]  # type: ignore[index]
    service: PairService = harness.dp["pairs"]
    actor = await _coordinator_actor(db, coordinator.id, harness.channel)
    pair = await service.propose(actor, ids[0], ids[1:], "teacher_student", date(2026, 9, 1), None)
    await first_parent.click("Открыть предложение")
    proposal = first_parent.replies()[-1].text
    assert "Соколов Артём" in proposal and "Орлова Дарья" not in proposal
    await first_parent.click("Согласен")
    assert (await service.repos.pairs.get(pair.id)).status == "proposed"  # type: ignore[union-attr]
    # the second parent cannot answer for the first child
    await second_parent.press(f"pr1:gyes:{pair.id}:{ids[1]}")
    assert await db.fetchval("SELECT COUNT(*) FROM consent_events WHERE actor_id = 4101 AND pair_id IS NOT NULL"
                             ) == 0


def test_in_max_the_consents_name_max_in_versions_of_their_own() -> None:
    """A text that names MAX instead of Telegram is a new version: the log's version tells which was shown, and the
    text rendered again from it is the one shown (same hash)."""
    from datetime import UTC, datetime

    from bot.i18n import Translator
    from bot.services import consents
    from storage.models import ConsentKind, Organisation, OrgKind

    org = Organisation(1, "МБОУ «СОШ № 5»", OrgKind.SCHOOL, "Europe/Moscow", "ул. Школьная, 1", 1,
                       datetime(2026, 9, 1, tzinfo=UTC))
    t = Translator(strict=True)
    pair = {"mentor": "Иванова М. П.", "mentees": "Соколов Артём", "form": "student_student", "starts": "01.09.2026",
            "ends": "31.05.2027", "labour": "no", "by": "parent", "parent": "Соколова И. В.", "child": "Соколов Артём",
            "role": "mentee", "relation": "mother"}
    for kind in ConsentKind:
        for locale in ("ru", "en"):
            telegram = consents.render(t, kind, locale, org, "Соколов Артём", **pair)
            in_max = consents.render(t, kind, locale, org, "Соколов Артём", channel="max", **pair)
            if kind is ConsentKind.MENTORING:  # the mentor's consent names no messenger: one text for both
                assert in_max == telegram
                continue
            assert in_max.version != telegram.version and "Telegram" not in in_max.text, (kind, locale)
            assert "Telegram" in telegram.text, (kind, locale)
            # the parent's pair confirmation named Telegram only as where the mentor could write: gone in MAX
            assert "MAX" in in_max.text or kind is ConsentKind.MENTEE_PAIR, (kind, locale)
            again = consents.render(t, kind, locale, org, "Соколов Артём", version=in_max.version, **pair)
            assert again.sha256 == in_max.sha256  # the print-out from the log is the text shown
    pd = consents.render(t, ConsentKind.PD, "ru", org, channel="max").text
    assert "<b>MAX.</b> Все сообщения между мной и ботом" in pd and "иностранный сервис" not in pd
    assert "мои ФИО и должность, после того как пара подтверждена" in pd  # no link to an account in MAX
