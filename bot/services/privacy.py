"""What we store about a person, their consents, the export (readable and JSON), withdrawal (everything erased at
once, as storage/data_map.py says) and the retention term."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.i18n import TextFn
from bot.services.errors import AccessDenied, NotFound
from bot.services.grammar import gender_of
from bot.services.matching import form_name
from bot.services.mentoring_forms import role_key
from bot.services.pairs import PairService
from bot.services.ports import Notifier, StateEraser
from bot.services.questionnaire_model import Question, Questionnaire, localized
from bot.services.registration import primary_role
from bot.services.reminders import ReminderService
from storage.db import Database
from storage.models import Account, ConsentAction, ConsentEvent, ConsentKind, Organisation, Person, PersonStatus
from storage.privacy import PersonData
from storage.repositories import Repositories

logger = logging.getLogger(__name__)

# The retention term, one constant: the consent (v1, v2) promises to keep the data «while I take part in the programme
# and until the Operator's reporting for the current academic year is completed». A school year runs September to
# August; its reporting is completed by this (month, day) after it ends. Then the scheduler erases whoever's
# participation ended in that year (``PrivacyService.enforce_retention``); /privacy shows it (privacy-retention).
REPORTING_DONE = (9, 30)


def retention_ends(ended_on: date) -> date:
    """The day after which the data of a participation that ended on ``ended_on`` is erased."""
    year_ends = ended_on.year + 1 if ended_on.month >= 9 else ended_on.year   # the August the school year ends in
    return date(year_ends, *REPORTING_DONE)


def shown_name(t: TextFn, person: Person) -> str:
    """A person's name on other people's screens: «участник отозвал согласие» once they withdrew, not a blank."""
    if person.full_name:
        return person.full_name
    return t("privacy-withdrawn-participant") if person.status is PersonStatus.WITHDRAWN else "—"


def reporting_done_text() -> str:
    """The day reporting is done, as texts show it: «30.09»."""
    return f"{REPORTING_DONE[1]:02d}.{REPORTING_DONE[0]:02d}"


def retention_cutoff(today: date) -> date:
    """Participations that ended before this day are past the retention term on ``today`` (the start of the oldest
    school year whose reporting is not done yet)."""
    reporting_done = date(today.year, *REPORTING_DONE)  # of the school year that ended this August
    return date(today.year if today > reporting_done else today.year - 1, 9, 1)


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


@dataclass(frozen=True)
class PersonExport:
    view: PrivacyOverview
    data: PersonData


@dataclass(frozen=True)
class DataExport:
    """Everything stored about the asker (and, for a parent, the children they consented for)."""
    own: PersonExport | None
    children: list[PersonExport] = field(default_factory=list)

    def json(self) -> bytes:
        data: dict[str, Any] = _full_record(self.own) if self.own is not None else {}
        if self.children:
            data["parent_of"] = [_full_record(c) for c in self.children]
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


class PrivacyService:
    def __init__(self, db: Database, repos: Repositories, clock: Clock, notifier: Notifier, state: StateEraser,
                 reminders: ReminderService, pairs: PairService | None = None,
                 questionnaires: dict[str, Questionnaire] | None = None) -> None:
        self.questionnaires = questionnaires or {}
        self.pairs = pairs
        self.db = db
        self.repos = repos
        self.clock = clock
        self.notifier = notifier
        self.state = state
        self.reminders = reminders

    async def _subject(self, account: Account, person_id: int | None) -> Person:
        """The person whose data is asked about: oneself, or a child for whom this user is the parent."""
        if person_id is None:
            person = await self.repos.persons.by_account(account)
        else:
            person = await self.repos.persons.get(person_id)
            if person is not None and not person.is_reached_by(account) and account != person.guardian:
                raise AccessDenied()
        if person is None or person.status is PersonStatus.WITHDRAWN:
            raise NotFound("privacy-nothing-stored")
        return person

    async def overview(self, account: Account, person_id: int | None = None) -> PrivacyOverview:
        person = await self._subject(account, person_id)
        org = await self.repos.organisations.get(person.org_id)
        assert org is not None
        return PrivacyOverview(person, org, await self.repos.consents.for_person(person.id))

    async def children(self, guardian: Account) -> list[Person]:
        return await self.repos.persons.by_guardian(guardian)

    async def _full(self, view: PrivacyOverview) -> PersonExport:
        return PersonExport(view, await self.repos.privacy.gather(view.person.id, view.person.accounts))

    async def export(self, account: Account, person_id: int | None = None) -> DataExport:
        """Everything stored about the asker, in every feature: their own record and, for a parent, the records
        of the children they consented for (which hold the parent's name and account)."""
        if person_id is not None:
            result = DataExport(await self._full(await self.overview(account, person_id)))
        else:
            own = None
            person = await self.repos.persons.by_account(account)
            if person is not None and person.status is not PersonStatus.WITHDRAWN:
                own = await self._full(await self.overview(account))
            children = [await self._full(await self.overview(account, c.id))
                        for c in await self.children(account)]
            if own is None and not children:
                raise NotFound("privacy-nothing-stored")
            result = DataExport(own, children)
        logger.info("user %s exported their data", account)
        return result

    def document(self, t: TextFn, export: DataExport) -> bytes:
        """The export as plain text in the reader's language: labels and answers, not keys (UTF-8 with a BOM, so
        any Notepad opens it right)."""
        lines: list[str] = []
        if export.own is not None:
            lines += self._document(t, export.own)
        for child in export.children:
            lines += ["", "=" * 60, t("privacy-doc-child"), "=" * 60, *self._document(t, child)]
        return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")

    def _document(self, t: TextFn, export: PersonExport) -> list[str]:
        view, data = export.view, export.data
        p, org, tz = view.person, view.org, view.org.timezone
        lines = [t("privacy-doc-title", name=p.full_name or "—"),
                 t("privacy-doc-made", date=_local(self.clock.now(), tz), org=org.name, address=org.address or "—"),
                 "", t("privacy-doc-person"),
                 t("privacy-field-name", value=p.full_name or "—"),
                 t("privacy-field-roles",
                   value=", ".join(t("role-name", role=role_key(p, r)) for r in sorted(p.roles)) or "—"),
                 t("privacy-field-position", value=p.position or "—"),
                 t("privacy-field-subject", value=p.subject or "—"),
                 t("privacy-field-experience", value=p.experience_years if p.experience_years is not None else "—"),
                 t("privacy-field-phone", value=p.phone or "—")]
        if p.is_minor or p.guardian_name:
            lines.append(t("privacy-field-parent", value=p.guardian_name or "—"))
        lines += [*(t("privacy-field-account", app=a.channel.value, value=a.external_id) for a in p.accounts),
                  t("privacy-field-language", value=p.locale),
                  t("privacy-doc-registered", date=_local(p.created_at, tz)),
                  t("privacy-retention", deadline=reporting_done_text()),
                  "", t("privacy-doc-consents")]
        lines += [t("privacy-doc-consent", kind=e.kind.value, action=e.action.value, version=e.version,
                    pair=e.pair_id or 0, date=_local(e.created_at, tz))
                  for e in view.consents] or [t("privacy-doc-none")]
        for answer_set in data.answer_sets:
            questionnaire = self.questionnaires.get(answer_set["questionnaire_id"])
            title = localized(questionnaire.title, t.locale) if questionnaire else answer_set["questionnaire_id"]
            lines += ["", t("privacy-doc-questionnaire", title=title),
                      t("privacy-doc-questionnaire-state", anonymous="yes" if answer_set["anonymous"] else "no",
                        campaign=answer_set["campaign_id"] or 0,
                        submitted="yes" if answer_set["status"] == "submitted" else "no")]
            answers: dict[str, Any] = answer_set["answers"]
            questions = list(questionnaire.questions) if questionnaire else []
            known = {q.id for q in questions}
            for q in questions:
                if q.id in answers:
                    lines.append(t("privacy-doc-answer", question=localized(q.text, t.locale),
                                   answer=_answer(t, q, answers[q.id])))
            lines += [t("privacy-doc-answer", question=qid, answer=_plain(value))
                      for qid, value in answers.items() if qid not in known]
        lines += ["", t("privacy-doc-pairs")]
        lines += [t("privacy-doc-pair", id=r["id"], role=r["role"], form=form_name(t, r["form"]),
                    status=t("xlsx-pair-status", status=r["status"]), starts=_day(r["starts_on"]),
                    ends=_day(r["ends_on"]) if r["ends_on"] else "none")
                  for r in data.pairs] or [t("privacy-doc-none")]
        if data.programme:
            lines += ["", t("privacy-doc-programme")]
            lines += [t("privacy-doc-programme-item", pair=r["pair_id"], kind=r["kind"], title=r["title"],
                        due=_day(r["due_on"]) if r["due_on"] else "none",
                        done=_day(r["done_on"]) if r["done_on"] else "none") for r in data.programme]
        if data.meetings:
            lines += ["", t("privacy-doc-meetings")]
            for r in data.meetings:
                lines.append(t("privacy-doc-meeting", date=_day(r["held_on"]), pair=r["pair_id"],
                               kind=t("meeting-kind", kind=r["kind"]), minutes=r["minutes"],
                               format=t("xlsx-format", format=r["format"]), topic=r["topic"],
                               mine="yes" if r["logged_by_me"] else "no"))
                if r["notes"]:
                    lines.append("    " + t("privacy-doc-meeting-notes", notes=r["notes"]))
        if data.signals:
            lines += ["", t("privacy-doc-signals")]
            lines += [t("privacy-doc-signal", pair=r["pair_id"], date=_local(_ts(r["created_at"]), tz))
                      for r in data.signals]
        if data.selection is not None or data.support_flag is not None:
            lines += ["", t("privacy-doc-selection")]
            if (sel := data.selection) is not None:
                lines.append(t("privacy-doc-selection-line", status=sel["status"], reason=sel["reason"] or "none",
                               trained=_day(sel["trained_on"]) if sel["trained_on"] else "none",
                               gender=gender_of(p.full_name)))
            if (flag := data.support_flag) is not None:
                lines.append(t("privacy-doc-support", date=_local(_ts(flag["flagged_at"]), tz)))
        if data.activities:
            lines += ["", t("privacy-doc-activities")]
            lines += [t("privacy-doc-activity", title=r["title"], due=_day(r["due_on"]) if r["due_on"] else "—",
                        reason=r["skip_reason"] or "none") for r in data.activities]
        if data.campaigns:
            lines += ["", t("privacy-doc-campaigns")]
            for r in data.campaigns:
                questionnaire = self.questionnaires.get(r["questionnaire_id"])
                title = localized(questionnaire.title, t.locale) if questionnaire else r["questionnaire_id"]
                lines.append(t("privacy-doc-campaign", id=r["campaign_id"], deadline=_day(r["deadline"]), title=title))
        lines += ["", t("privacy-doc-reminders", count=len(data.reminders)),
                  t("privacy-doc-drafts", count=len(data.drafts))]
        return lines

    async def withdraw(self, account: Account, person_id: int | None = None) -> Person:
        """Withdraw consent: everything about or by the person erased now, in every feature (storage/data_map.py);
        the consent log keeps ids, versions and times only."""
        person = await self._subject(account, person_id)
        by_parent = person.guardian == account and not person.is_reached_by(account)
        kind = ConsentKind.PARENT if person.is_minor and person.guardian else (
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
            await self._anonymise(person)
        await self._erase_everywhere(person.id, person.accounts)
        logger.info("person %s withdrew consent (by parent: %s); data erased", person.id, by_parent)
        if by_parent and person.account is not None:
            await self.notifier.notify(person.account, person.text_locale, "privacy-notify-child-withdrawn")
        for coordinator in await self.repos.persons.coordinators_of(person.org_id):
            if coordinator.account is None or coordinator.id == person.id:
                continue
            await self.notifier.notify(coordinator.account, coordinator.text_locale, "notify-withdrawn",
                                       {"person_id": person.id, "name": person.full_name or "—",
                                        "role": primary_role(person), "gender": gender_of(person.full_name)})
        async with self.db.transaction():  # the notices above name them: a transport that keeps texts forgets them
            await self.repos.privacy.forget_texts_naming((person.full_name, person.guardian_name))
        await self.db.checkpoint()
        return person

    async def _anonymise(self, person: Person) -> None:
        """The person's own record emptied, and the rest of the erasure queued (inside the caller's transaction: if
        the process stops before ``_erase_everywhere`` is done, ``finish_erasures`` completes it)."""
        now = self.clock.now()
        await self.repos.privacy.queue_erasure(person.id, person.accounts, now)
        await self.repos.privacy.erase_by_record(person.id, person.accounts)  # while the record still names them
        await self.repos.persons.anonymise(person.id, now)
        await self.repos.invites.revoke_parent_links(person.id, now)
        await self.repos.consents.forget_actor(person.id)
        for account in person.accounts:
            await self.repos.invites.forget_creator(account)

    async def _erase_everywhere(self, person_id: int, accounts: tuple[Account, ...]) -> None:
        """After ``_anonymise``: the features let go of the person, then everything else about or by them goes, in
        every table, as storage/data_map.py says (the queued erasure with it), and the WAL is checkpointed (no
        erased value lingers in -wal). Safe to run again."""
        for account in accounts:
            await self.state.forget_account(account)
        await self.reminders.person_left(person_id)  # their roadmap tasks fall back to the coordinator
        if self.pairs is not None:
            await self.pairs.person_left(person_id)  # their pairs end or go on without them; the others are told
        async with self.db.transaction():
            await self.repos.privacy.erase(person_id, accounts)
        await self.db.checkpoint()

    async def finish_erasures(self) -> int:
        """Erasures begun but not finished (the bot stopped in between, or people withdrew before erasure covered
        every feature) are completed; at start, the file is then rewritten once so that pages freed before
        ``secure_delete`` was on hold nothing erased. Returns how many were finished."""
        queued = await self.repos.privacy.queued_erasures()
        for person_id, accounts in queued:
            await self._erase_everywhere(person_id, accounts)
            logger.info("person %s: unfinished erasure completed", person_id)
        return len(queued)

    async def recover(self) -> int:
        """At start: finish what an earlier run left half-erased, and rewrite the file if anything was."""
        finished = await self.finish_erasures()
        if finished:
            await self.db.vacuum()
        return finished

    async def enforce_retention(self) -> list[int]:
        """The consent's term: erase everyone whose participation ended in a school year whose reporting is done
        (the scheduler runs it several times a day). Returns the ids erased."""
        await self.finish_erasures()
        cutoff = retention_cutoff(self.clock.now().date())
        ended = await self.repos.privacy.ended_participants(datetime(cutoff.year, cutoff.month, cutoff.day, tzinfo=UTC))
        for person_id in ended:
            person = await self.repos.persons.get(person_id)
            if person is None or person.status is PersonStatus.WITHDRAWN:
                continue
            async with self.db.transaction():
                await self._anonymise(person)
            await self._erase_everywhere(person.id, person.accounts)
            logger.info("person %s: retention term over; data erased", person.id)
        return ended

def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "—" if value is None else str(value)


def _answer(t: TextFn, question: Question, value: Any) -> str:
    """An answer as the person saw it: option texts, Yes / No, dates the Russian way."""
    if value is None or value == [] or value == "":
        return t("privacy-doc-no-answer")
    if question.type == "single":
        option = question.option(str(value))
        return localized(option.text, t.locale) if option else str(value)
    if question.type == "multi" and isinstance(value, list):
        return ", ".join(localized(o.text, t.locale) for o in question.options if o.id in value) or _plain(value)
    if question.type == "yesno":
        return t("q-btn-yes") if value else t("q-btn-no")
    if question.type == "date":
        return _day(str(value))
    if question.type == "scale" and question.max is not None:
        return t("privacy-doc-scale", value=_plain(value), max=int(question.max))
    return _plain(value)


def _day(iso: str) -> str:
    try:
        return date.fromisoformat(iso[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return iso


def _ts(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _local(moment: datetime, timezone: str) -> str:
    return moment.astimezone(ZoneInfo(timezone)).strftime("%d.%m.%Y %H:%M")


def _full_record(export: PersonExport) -> dict[str, Any]:
    data = export.data
    return {
        **_record(export.view),
        "questionnaires": data.answer_sets,
        "pairs": data.pairs,
        "programme": data.programme,
        "meetings": [{**m, "logged_by_me": bool(m["logged_by_me"])} for m in data.meetings],
        "not_working_signals": data.signals,
        "mentor_selection": data.selection,
        "psychological_support_flag": data.support_flag,
        "roadmap_activities": data.activities,
        "survey_invitations": data.campaigns,
        "planned_reminders": data.reminders,
        "unfinished_forms": data.drafts,
        "retention": {"kept_until_reporting_done_on": "{:02d}-{:02d}".format(*REPORTING_DONE)},
    }


def _record(view: PrivacyOverview) -> dict[str, Any]:
    p = view.person
    return {
        "person_id": p.id,
        "organisation": {"id": view.org.id, "name": view.org.name, "address": view.org.address},
        "accounts": [{"messenger": a.channel.value, "user_id": a.external_id} for a in p.accounts],
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
        "parent_account": ({"messenger": p.guardian.channel.value, "user_id": p.guardian.external_id}
                           if p.guardian else None),
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
