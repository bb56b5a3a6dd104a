"""What we store about a person, their consents, the export, and withdrawal (data erased at once)."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from bot.clock import Clock
from bot.services.errors import AccessDenied, NotFound
from bot.services.pairs import PairService
from bot.services.ports import Notifier, StateEraser
from bot.services.registration import primary_role
from bot.services.reminders import ReminderService
from storage.db import Database
from storage.models import ConsentAction, ConsentEvent, ConsentKind, Organisation, Person, PersonStatus
from storage.repositories import Repositories

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrivacyOverview:
    person: Person
    org: Organisation
    consents: list[ConsentEvent]

    @property
    def active_consents(self) -> list[ConsentEvent]:
        """The latest 'given' event per kind (and pair), unless withdrawn or declined after it."""
        latest: dict[tuple[ConsentKind, int | None], ConsentEvent] = {}
        for event in self.consents:
            latest[(event.kind, event.pair_id)] = event
        return [e for e in latest.values() if e.action is ConsentAction.GIVEN]


class PrivacyService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier, state: StateEraser,
                 reminders: ReminderService, pairs: PairService | None = None) -> None:
        self.pairs = pairs
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.state = state
        self.reminders = reminders

    async def _subject(self, tg_user_id: int, person_id: int | None) -> Person:
        """The person whose data is asked about: oneself, or a child for whom this user is the parent."""
        if person_id is None:
            person = await self.repos.persons.by_tg(tg_user_id)
        else:
            person = await self.repos.persons.get(person_id)
            if person is not None and tg_user_id not in (person.tg_user_id, person.guardian_tg_id):
                raise AccessDenied()
        if person is None or person.status is PersonStatus.WITHDRAWN:
            raise NotFound("privacy-nothing-stored")
        return person

    async def overview(self, tg_user_id: int, person_id: int | None = None) -> PrivacyOverview:
        person = await self._subject(tg_user_id, person_id)
        org = await self.repos.organisations.get(person.org_id)
        assert org is not None
        return PrivacyOverview(person, org, await self.repos.consents.for_person(person.id))

    async def children(self, guardian_tg_id: int) -> list[Person]:
        return await self.repos.persons.by_guardian(guardian_tg_id)

    async def export(self, tg_user_id: int, person_id: int | None = None) -> bytes:
        """Everything stored about the asker as UTF-8 JSON: their own record and, for a parent, the records
        of the children they consented for (which hold the parent's name and Telegram id)."""
        if person_id is not None:
            data: dict[str, Any] = _record(await self.overview(tg_user_id, person_id))
        else:
            data = {}
            person = await self.repos.persons.by_tg(tg_user_id)
            if person is not None and person.status is not PersonStatus.WITHDRAWN:
                data = _record(await self.overview(tg_user_id))
            children = await self.children(tg_user_id)
            if children:
                data["parent_of"] = [_record(await self.overview(tg_user_id, c.id)) for c in children]
            if not data:
                raise NotFound("privacy-nothing-stored")
        logger.info("user %s exported their data", tg_user_id)
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")

    async def withdraw(self, tg_user_id: int, person_id: int | None = None) -> Person:
        """Withdraw consent: personal fields erased now, roles dropped, the log keeps ids and times only."""
        person = await self._subject(tg_user_id, person_id)
        by_parent = person.guardian_tg_id == tg_user_id and person.tg_user_id != tg_user_id
        kind = ConsentKind.PARENT if person.is_minor and person.guardian_tg_id else (
            ConsentKind.STUDENT if person.is_minor else ConsentKind.PD
        )
        last = next((e for e in reversed(await self.repos.consents.for_person(person.id)) if e.kind is kind), None)
        now = self.clock.now()
        async with self.db.transaction():
            await self.repos.consents.log(
                org_id=person.org_id, kind=kind, version=last.version if last else "-",
                locale=person.locale, text_sha256=last.text_sha256 if last else "-",
                action=ConsentAction.WITHDRAWN, now=now, person_id=person.id,
            )
            await self.repos.persons.anonymise(person.id, now)
            await self.repos.invites.revoke_parent_links(person.id, now)
            await self.repos.consents.forget_actor(person.id)
            if person.tg_user_id is not None:
                await self.repos.invites.forget_creator(person.tg_user_id)
        if person.tg_user_id is not None:
            await self.state.forget_user(person.tg_user_id)
        await self.reminders.person_left(person.id)  # their roadmap tasks fall back to the coordinator
        if self.pairs is not None:
            await self.pairs.person_left(person.id)  # their pairs end or go on without them; the others are told
        logger.info("person %s withdrew consent (by parent: %s); data erased", person.id, by_parent)
        if by_parent and person.tg_user_id is not None:
            await self.notifier.notify(person.tg_user_id, person.locale, "privacy-notify-child-withdrawn")
        for coordinator in await self.repos.persons.coordinators_of(person.org_id):
            if coordinator.tg_user_id is None or coordinator.id == person.id:
                continue
            await self.notifier.notify(coordinator.tg_user_id, coordinator.locale, "notify-withdrawn",
                                       {"person_id": person.id, "name": person.full_name or "—",
                                        "role": primary_role(person)})
        return person


def _record(view: PrivacyOverview) -> dict[str, Any]:
    p = view.person
    return {
        "person_id": p.id,
        "organisation": {"id": view.org.id, "name": view.org.name, "address": view.org.address},
        "telegram_user_id": p.tg_user_id,
        "language": p.locale,
        "status": p.status.value,
        "roles": sorted(r.value for r in p.roles),
        "full_name": p.full_name,
        "position": p.position,
        "subject": p.subject,
        "teaching_experience_years": p.experience_years,
        "phone": p.phone,
        "minor": p.is_minor,
        "parent_name": p.guardian_name,
        "parent_telegram_user_id": p.guardian_tg_id,
        "registered_at": p.created_at.isoformat(),
        "updated_at": p.updated_at.isoformat(),
        "consents": [
            {
                "kind": e.kind.value,
                "version": e.version,
                "language": e.locale,
                "action": e.action.value,
                "at": e.created_at.isoformat(),
                "text_sha256": e.text_sha256,
                **({"pair_id": e.pair_id} if e.pair_id else {}),
            }
            for e in view.consents
        ],
    }
