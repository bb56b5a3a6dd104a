"""Texts about a person agree with the person's grammatical gender, read from the patronymic."""

from __future__ import annotations

from storage.db import Database
from tests.flows import (
    MENTEE_ANSWERS,
    agree,
    approve_both,
    invite,
    log_meeting,
    propose_from_suggestions,
    register_adult,
    school,
    submit,
)
from tests.harness import Harness


async def test_approving_a_mentor_speaks_of_her_or_him(harness: Harness, db: Database) -> None:
    coordinator, _, _ = await school(harness, db, mentees=0)
    await coordinator.send("/mentors")
    await coordinator.click("1.")
    await coordinator.click("Утвердить наставником")
    assert "Иванова Мария Петровна утверждена наставником. Ей пришло сообщение." in coordinator.text
    await coordinator.send("/mentors")
    await coordinator.click("2.")
    await coordinator.click("Утвердить наставником")
    assert "Орлов Игорь Николаевич утверждён наставником. Ему пришло сообщение." in coordinator.text


async def test_the_coordinators_notices_agree_with_the_person_they_are_about(harness: Harness, db: Database) -> None:
    """Registration, a pair confirmed or declined, a meeting disputed, a consent withdrawn: «она» for a woman, «он» for
    a man (from the patronymic), wording that needs no gender for a name without one."""
    coordinator, (maths, history), (petrov, zaitseva) = await school(harness, db, mentees=2)
    foreigner = await register_adult(harness, 3102, await invite(coordinator, "Наставляемый педагог"), "Smith John")
    await submit(db, 3102, "mentee_request_teacher", MENTEE_ANSWERS, harness.clock.now())
    notices = "\n".join(s.text for s in coordinator.shown())
    assert "Зарегистрировалась новая участница: <b>Иванова Мария Петровна</b>" in notices
    assert "Зарегистрировался новый участник: <b>Орлов Игорь Николаевич</b>" in notices
    assert "Новая регистрация: <b>Smith John</b>" in notices

    await approve_both(coordinator)
    await propose_from_suggestions(coordinator, "Петров Павел", choose="Иванова")
    await propose_from_suggestions(coordinator, "Зайцева Ольга", choose="Орлов")
    await agree(maths, petrov, history, zaitseva)
    await propose_from_suggestions(coordinator, "Smith John", choose="Иванова")
    await foreigner.click("Открыть")
    await foreigner.click("Отказаться")
    notices = "\n".join(s.text for s in coordinator.shown())
    assert "Иванова Мария Петровна подтвердила участие (наставник)" in notices
    assert "Петров Павел Андреевич подтвердил участие (наставляемый)" in notices
    assert "Smith John — отказ (наставляемый)" in notices

    for author, other in ((maths, petrov), (history, zaitseva)):
        await log_meeting(author, "сегодня 45 мин очно Знакомство")
        await other.click("Не было")
    notices = "\n".join(s.text for s in coordinator.shown())
    assert "Петров Павел Андреевич отметил, что встречи 01.09.2026 («Знакомство») не было" in notices
    assert "Зайцева Ольга Игоревна отметила, что встречи 01.09.2026 («Знакомство») не было" in notices
    assert "Петров Павел Андреевич отметил, что встречи" in maths.shown()[-1].text  # the author is told too

    for person in (zaitseva, petrov, foreigner):
        await person.send("/privacy")
        await person.click("Отозвать согласие")
        await person.click("Да, отозвать")
    notices = "\n".join(s.text for s in coordinator.shown())
    assert "Участница № 5 (наставляемый педагог) — Зайцева Ольга Игоревна — отозвала согласие" in notices
    assert "Участник № 4 (наставляемый педагог) — Петров Павел Андреевич — отозвал согласие" in notices
    assert "Отозвано согласие на обработку персональных данных: участник № 6 (наставляемый педагог) — Smith John." in (
        notices)
    told = [s.text for s in coordinator.shown() if not s.text.startswith("<b>Согласие")]  # not her own consent
    assert not [text for text in told if "(а)" in text or "(-ась)" in text or "(ла)" in text]
