"""The Excel workbook a school keeps as «персонифицированный учёт»: mentors, mentees, pairs, meetings, survey
answers (anonymous campaigns without names) and the roadmap — bold frozen headers, filters, widths, real dates.
Written with XlsxWriter (fast for 50,000 meetings); the tests read the file back with openpyxl."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import xlsxwriter

from bot.services.access import Actor, require_coordinator
from bot.services.banks import BankService
from bot.services.questionnaire_model import Questionnaire
from storage.campaigns import CampaignRepo
from storage.db import Database
from storage.meetings import MeetingRepo
from storage.models import RoadmapStatus
from storage.pairs import PairRepo
from storage.persons import PersonRepo
from storage.roadmaps import RoadmapRepo

TextFn = Callable[..., str]
MAX_WIDTH = 60
DATE_FORMAT = "DD.MM.YYYY"


class ExportService:
    def __init__(self, db: Database, banks: BankService, questionnaires: dict[str, Questionnaire]) -> None:
        self.db = db
        self.banks = banks
        self.questionnaires = questionnaires
        self.pairs = PairRepo(db)
        self.meetings = MeetingRepo(db)
        self.persons = PersonRepo(db)
        self.campaigns = CampaignRepo(db)
        self.roadmaps = RoadmapRepo(db)

    async def workbook(self, actor: Actor, t: TextFn, org_id: int | None = None) -> bytes:
        org_id = require_coordinator(actor, org_id)
        sheets: list[tuple[str, list[str], list[list[Any]]]] = []
        t = _remembering(t)  # the same few texts are asked for hundreds of thousands of times
        names = {p.id: p.full_name or "—" for p in await self.persons.active_in_org(org_id)}

        mentors = await self.banks.mentor_entries(org_id)
        _add(sheets, t("xlsx-sheet-mentors"), [t("xlsx-col", c=c) for c in (
            "name", "position", "subject", "experience", "status", "trained", "load", "capacity", "forms")], [
            [m.person.full_name, m.person.position, m.profile.subjects, m.profile.experience_years,
             t("bank-status", status=m.status), m.selection.trained_on if m.selection else None, m.profile.load,
             m.profile.capacity, ", ".join(t("mentorship-form", form=f) for f in sorted(m.profile.forms))]
            for m in mentors])

        mentees = await self.banks.mentee_entries(org_id)
        _add(sheets, t("xlsx-sheet-mentees"), [t("xlsx-col", c=c) for c in (
            "name", "kind", "position", "subject", "experience", "state", "since", "support")], [
            [m.person.full_name, t("xlsx-kind", kind=m.profile.kind), m.person.position, m.profile.subjects,
             m.profile.experience_years, t("bank-state", state=m.state), m.waiting_since.date(),
             t("xlsx-yes") if m.support else ""] for m in mentees])

        pairs = await self.pairs.for_org(org_id, ("proposed", "active", "ending", "ended", "completed"))
        progress = await self.pairs.progress([p.id for p in pairs])
        everything = await self.meetings.for_org(org_id)
        meetings_by_pair = {p.id: everything.get(p.id, []) for p in pairs}
        _add(sheets, t("xlsx-sheet-pairs"), [t("xlsx-col", c=c) for c in (
            "pair", "mentor", "mentees", "form", "pair_status", "starts", "ends", "tasks_done", "tasks", "meetings")], [
            [p.id, names.get(p.mentor_id, "—"), ", ".join(names.get(m, "—") for m in p.mentee_ids),
             t("mentorship-form", form=p.form), t("xlsx-pair-status", status=p.status), p.starts_on, p.ends_on,
             progress.get(p.id, (0, 0))[0], progress.get(p.id, (0, 0))[1],
             sum(1 for m in meetings_by_pair[p.id] if m.status != "disputed")] for p in pairs])

        _add(sheets, t("xlsx-sheet-meetings"), [t("xlsx-col", c=c) for c in (
            "pair", "date", "meeting_kind", "minutes", "format", "topic", "logged_by", "meeting_status")], [
            [m.pair_id, m.held_on, t("meeting-kind", kind=m.kind), m.minutes, t("xlsx-format", format=m.format),
             m.topic, t("xlsx-logged-by", role=m.logged_role), t("xlsx-meeting-status", status=m.status)]
            for p in pairs for m in meetings_by_pair[p.id]])

        _add(sheets, t("xlsx-sheet-answers"), [t("xlsx-col", c=c) for c in (
            "campaign", "questionnaire", "respondent", "question", "answer")], await self._answers(org_id, t, names))

        rows: list[list[Any]] = []
        roadmap = await self.roadmaps.latest(org_id, RoadmapStatus.ACTIVE)
        if roadmap is not None:
            stages = {s.id: s for s in await self.roadmaps.stages(roadmap.id)}
            for a in await self.roadmaps.activities(roadmap.id):
                stage = stages[a.stage_id]
                rows.append([stage.number, stage.title, a.title, a.starts_on, a.due_on,
                             t("xlsx-activity-status", status=a.status.value), ", ".join(a.labels)])
        _add(sheets, t("xlsx-sheet-roadmap"), [t("xlsx-col", c=c) for c in (
            "stage", "stage_title", "activity", "starts", "due", "activity_status", "responsible")], rows)

        return await asyncio.to_thread(_write, sheets)  # seconds of CPU for a big school: off the event loop

    async def _answers(self, org_id: int, t: TextFn, names: dict[int, str]) -> list[list[Any]]:
        """One row per answer; anonymous campaigns: no respondent, rows ordered by question (not by person)."""
        rows: list[list[Any]] = []
        for campaign in sorted(await self.campaigns.for_org(org_id, limit=1000), key=lambda c: c.id):
            questionnaire = self.questionnaires.get(campaign.questionnaire_id)
            if questionnaire is None:
                continue
            locale = getattr(t, "locale", "ru")
            title = questionnaire.title.get(locale) or questionnaire.title["ru"]
            answers = await self.db.fetchall(
                "SELECT s.person_id, a.question_id, a.value FROM answer_sets s JOIN answers a"
                " ON a.answer_set_id = s.id WHERE s.campaign_id = ? AND s.status = 'submitted' ORDER BY s.id",
                (campaign.id,))
            found = []
            for r in answers:
                question = questionnaire.question(r["question_id"])
                value = json.loads(r["value"])
                if question is None or value is None:
                    continue
                shown = _value(t, question, value)
                who = "" if campaign.anonymous else names.get(r["person_id"], "—")
                found.append((questionnaire.index(question.id), [campaign.id, title, who,
                                                                 question.text.get(locale) or question.text["ru"],
                                                                 shown]))
            if campaign.anonymous:
                found.sort(key=lambda pair: (pair[0], str(pair[1][4])))
            rows += [row for _, row in found]
        return rows


def _remembering(t: TextFn) -> TextFn:
    cache: dict[tuple[str, tuple[tuple[str, Any], ...]], str] = {}

    def remembered(key: str, **args: Any) -> str:
        marker = (key, tuple(sorted(args.items())))
        if marker not in cache:
            cache[marker] = t(key, **args)
        return cache[marker]

    remembered.locale = getattr(t, "locale", "ru")  # type: ignore[attr-defined]
    return remembered


def _value(t: TextFn, question: Any, value: Any) -> Any:
    """An answer as a cell: option texts in the reader's language, numbers as numbers, dates as dates."""
    locale = getattr(t, "locale", "ru")
    if question.type == "single":
        option = question.option(str(value))
        return (option.text.get(locale) or option.text["ru"]) if option else str(value)
    if question.type == "multi":
        return ", ".join(o.text.get(locale) or o.text["ru"] for o in question.options if o.id in value)
    if question.type == "yesno":
        return t("q-btn-yes") if value else t("q-btn-no")
    if question.type == "date":
        return date.fromisoformat(str(value))
    return value


def _add(sheets: list[tuple[str, list[str], list[list[Any]]]], title: str, headers: Sequence[str],
         rows: Sequence[Sequence[Any]]) -> None:
    sheets.append((title, list(headers), [list(r) for r in rows]))


def _write(sheets: list[tuple[str, list[str], list[list[Any]]]]) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"constant_memory": True})  # rows go to temporary files as written
    formats = {"bold": book.add_format({"bold": True}), "date": book.add_format({"num_format": DATE_FORMAT})}
    for title, headers, rows in sheets:
        _sheet(book, formats, title, headers, rows)
    book.close()
    return out.getvalue()


def _sheet(book: Any, formats: dict[str, Any], title: str, headers: Sequence[str],
           rows: Sequence[Sequence[Any]]) -> None:
    """A sheet: bold frozen header with filters, widths from the content, dates as real date cells."""
    sheet = book.add_worksheet(title[:31])
    sheet.write_row(0, 0, list(headers), formats["bold"])
    widths = [len(h) for h in headers]
    write_string, write_number, write_datetime = sheet.write_string, sheet.write_number, sheet.write_datetime
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):  # type-specific writers: no per-cell type sniffing (50,000 rows)
            if value is None:
                continue
            if isinstance(value, str):
                write_string(number, column, value)
                size = len(value)
            elif isinstance(value, date):
                write_datetime(number, column, datetime(value.year, value.month, value.day), formats["date"])
                size = 10
            elif isinstance(value, int | float):
                write_number(number, column, value)
                size = len(str(value))
            else:
                write_string(number, column, str(value))
                size = len(str(value))
            if size > widths[column]:
                widths[column] = size
    for column, width in enumerate(widths):
        sheet.set_column(column, column, min(MAX_WIDTH, width + 2))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(rows)), len(headers) - 1)
