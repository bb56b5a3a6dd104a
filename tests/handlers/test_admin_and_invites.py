from __future__ import annotations

from datetime import timedelta

from storage.db import Database
from tests.conftest import ADMIN_ID
from tests.flows import coordinator_link, create_org, invite, make_coordinator, person_row, register_adult
from tests.harness import Harness


async def test_admin_creates_organisation_and_coordinator_registers(harness: Harness, db: Database) -> None:
    admin = await create_org(harness)
    org = await db.fetchone("SELECT * FROM organisations")
    assert org["name"] == "МБОУ «СОШ № 5»" and org["kind"] == "school"
    assert org["timezone"] == "Europe/Moscow" and org["address"].startswith("г. Тверь")
    token = await coordinator_link(admin)
    coordinator = await register_adult(harness, 2000, token, "Смирнова Ольга Ивановна", phone="+7 900 123-45-67")
    assert "Регистрация завершена" in coordinator.text
    assert "Смирнова Ольга Ивановна" in coordinator.text
    row = await person_row(db, 2000)
    assert row["status"] == "active" and row["phone"] == "+79001234567"
    roles = await db.fetchall("SELECT role FROM person_roles WHERE person_id = ?", (row["id"],))
    assert [r["role"] for r in roles] == ["coordinator"]
