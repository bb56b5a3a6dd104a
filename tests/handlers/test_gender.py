"""Texts about a person agree with the person's grammatical gender, read from the patronymic."""

from __future__ import annotations

from storage.db import Database
from tests.flows import school
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
