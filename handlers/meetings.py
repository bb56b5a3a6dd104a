"""/meeting: log a pair meeting in a few taps (or one line: «/meeting вчера 45 мин Анализ урока»), confirm or
dispute the other side's log, history and stats, edits within 7 days; /activity for the coordinator.

The draft lives in the FSM data (SQLite): the next step shown is the first thing the draft still lacks, so a
restart, a quick form or a «change» from the summary all continue from the right place."""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb, MeetCb
from bot.i18n import TextFn
from bot.services.access import Actor
from bot.services.campaigns import CampaignService
from bot.services.errors import DomainError, InvalidInput
from bot.services.meeting_parser import (
    FORMATS,
    KINDS,
    MAX_MINUTES,
    MIN_MINUTES,
    check_day,
    parse_minutes,
    parse_quick,
)
from bot.services.meetings import MeetingDraft, MeetingService, clean_notes, clean_topic
from bot.services.validation import day
from bot.states import MeetingInput
from handlers._util import NotCommand, drop_buttons, fit_lines

DURATIONS = (30, 45, 60, 90)
SURVEY_DAYS = 14
STEP_STATES = {"date": MeetingInput.date, "minutes": MeetingInput.minutes, "topic": MeetingInput.topic,
               "notes": MeetingInput.notes}


def _missing(draft: dict[str, Any]) -> str | None:
    for name in ("kind", "held_on", "minutes", "format", "topic"):
        if not draft.get(name):
            return name
    if not draft.get("notes_done"):
        return "notes"
    if draft.get("open_tasks") and not draft.get("tasks_done"):
        return "tasks"
    return None


def _to_draft(draft: dict[str, Any]) -> MeetingDraft:
    return MeetingDraft(draft["kind"], date.fromisoformat(draft["held_on"]), int(draft["minutes"]), draft["format"],
                        draft["topic"], draft.get("notes"), tuple(draft.get("tasks", [])))


def summary(t: TextFn, draft: dict[str, Any]) -> str:
    return t("meeting-summary", kind=draft["kind"], date=date.fromisoformat(draft["held_on"]),
             minutes=int(draft["minutes"]), format=draft["format"], topic=draft["topic"],
             notes=draft.get("notes") or "—", tasks=len(draft.get("tasks", [])),
             editing="yes" if draft.get("editing") else "no")


async def show_step(target: Message | CallbackQuery, t: TextFn, state: FSMContext, draft: dict[str, Any]) -> None:
    """Ask for what the draft still lacks, or show the summary to save."""
    await state.update_data(meeting=draft)
    n = int(draft["n"])
    step = _missing(draft)
    await state.set_state(STEP_STATES.get(step or ""))
    kb = InlineKeyboardBuilder()
    if step == "kind":
        expected = draft.get("expected", "regular")
        for kind in sorted(KINDS, key=lambda k: (k != expected, KINDS.index(k))):
            kb.button(text=t("meeting-kind-button", kind=kind, expected="yes" if kind == expected else "no"),
                      callback_data=MeetCb(n=n, a="kind", v=kind))
        kb.adjust(1)
        text = t("meeting-ask-kind")
    elif step == "held_on":
        kb.button(text=t("meeting-day", day="today"), callback_data=MeetCb(n=n, a="day", v="0"))
        kb.button(text=t("meeting-day", day="yesterday"), callback_data=MeetCb(n=n, a="day", v="1"))
        kb.button(text=t("meeting-day", day="other"), callback_data=MeetCb(n=n, a="other", v="date"))
        kb.adjust(3)
        text = t("meeting-ask-day")
    elif step == "date":
        text = t("meeting-ask-date")
    elif step == "minutes":
        for minutes in DURATIONS:
            kb.button(text=t("meeting-minutes", minutes=minutes), callback_data=MeetCb(n=n, a="min", v=str(minutes)))
        kb.button(text=t("meeting-minutes-other"), callback_data=MeetCb(n=n, a="other", v="min"))
        kb.adjust(5)
        text = t("meeting-ask-minutes")
    elif step == "format":
        for fmt in FORMATS:
            kb.button(text=t("meeting-format", format=fmt), callback_data=MeetCb(n=n, a="fmt", v=fmt))
        text = t("meeting-ask-format")
    elif step == "topic":
        text = t("meeting-ask-topic")
    elif step == "notes":
        kb.button(text=t("meeting-btn-skip"), callback_data=MeetCb(n=n, a="skip"))
        text = t("meeting-ask-notes")
    elif step == "tasks":
        chosen = set(draft.get("tasks", []))
        for item_id, title in draft["open_tasks"]:
            kb.button(text=f"{'☑️' if item_id in chosen else '⬜'} {title[:50]}", callback_data=MeetCb(n=n, a="task",
                                                                                                   id=item_id))
        kb.button(text=t("meeting-btn-tasks-done"), callback_data=MeetCb(n=n, a="tasks"))
        kb.adjust(1)
        text = t("meeting-ask-tasks")
    else:
        for field in ("kind", "held_on", "minutes", "format", "topic", "notes"):
            kb.button(text=t("meeting-change", field=field), callback_data=MeetCb(n=n, a="change", v=field))
        kb.button(text=t("meeting-btn-save"), callback_data=MeetCb(n=n, a="save"))
        kb.button(text=t("meeting-btn-cancel"), callback_data=MeetCb(n=n, a="cancel"))
        kb.adjust(3, 3, 1, 1)
        text = summary(t, draft)
    if step is not None:
        kb.row()
        kb.button(text=t("meeting-btn-cancel"), callback_data=MeetCb(n=n, a="cancel"))
    chat = target.from_user.id  # type: ignore[union-attr]
    await target.bot.send_message(chat, text, reply_markup=kb.as_markup())  # type: ignore[union-attr]


def create_router() -> Router:
    router = Router(name="meetings")

    async def start(target: Message | CallbackQuery, t: TextFn, actor: Actor, meetings: MeetingService,
                    state: FSMContext, pair_id: int, quick: str | None = None,
                    editing: int | None = None) -> None:
        view = await meetings.participant(actor, pair_id)
        history = await meetings.repo.for_pair(pair_id)
        open_tasks = [(i.id, i.title) for i in view.tasks if i.done_on is None][:10]
        draft: dict[str, Any] = {"pair": pair_id, "expected": await meetings.expected(actor, pair_id),
                                 "open_tasks": open_tasks, "tasks": [], "n": secrets.randbelow(10**9) + 1}
        if editing is not None:
            meeting = next((m for m in history if m.id == editing), None)
            if meeting is None:
                raise DomainError("meeting-stale")
            draft.update(kind=meeting.kind, held_on=meeting.held_on.isoformat(), minutes=meeting.minutes,
                         format=meeting.format, topic=meeting.topic, notes=meeting.notes, notes_done=True,
                         tasks_done=True, editing=meeting.id)
        if quick:
            parsed = parse_quick(quick, meetings.today(view))
            draft.update({k: v for k, v in (("held_on", parsed.held_on and parsed.held_on.isoformat()),
                                            ("minutes", parsed.minutes), ("format", parsed.format),
                                            ("topic", parsed.topic)) if v})
            draft["kind"] = parsed.kind or draft["expected"]
        await show_step(target, t, state, draft)

    @router.message(Command("meeting"))
    async def meeting_command(message: Message, command: CommandObject, t: TextFn, actor: Actor,
                              meetings: MeetingService, state: FSMContext) -> None:
        views = await meetings.working_pairs(actor)
        if not views:
            await message.answer(t("meeting-no-pair"))
            return
        if len(views) > 1:
            kb = InlineKeyboardBuilder()
            for view in views:
                names = ", ".join(m.full_name or "—" for m in view.mentees) if view.role == "mentor" else \
                    view.mentor.full_name or "—"
                kb.button(text=f"№ {view.pair.id}: {names[:50]}", callback_data=MeetCb(a="pair", id=view.pair.id))
            kb.adjust(1)
            await state.update_data(meeting_quick=command.args)
            await message.answer(t("meeting-ask-pair"), reply_markup=kb.as_markup())
            return
        await start(message, t, actor, meetings, state, views[0].pair.id, quick=command.args)

    @router.callback_query(MeetCb.filter(F.a == "pair"))
    async def chosen_pair(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor,
                          meetings: MeetingService, state: FSMContext) -> None:
        quick = (await state.get_data()).get("meeting_quick")
        await start(query, t, actor, meetings, state, callback_data.id, quick=quick)  # checks who asks first
        await query.answer()
        await drop_buttons(query)

    @router.callback_query(ActionCb.filter(F.command == "mlog"))
    async def from_nudge(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                         meetings: MeetingService, state: FSMContext) -> None:
        await start(query, t, actor, meetings, state, callback_data.target_id)
        await query.answer()

    async def draft_of(state: FSMContext, n: int) -> dict[str, Any]:
        draft = (await state.get_data()).get("meeting")
        if not draft or (n and int(draft.get("n", 0)) != n):
            raise DomainError("error-stale")  # a button of an abandoned or finished draft
        return dict(draft)

    @router.callback_query(MeetCb.filter(F.a.in_({"kind", "day", "min", "fmt", "other", "skip", "task", "tasks",
                                                  "change"})))
    async def step(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor, meetings: MeetingService,
                   state: FSMContext) -> None:
        draft = await draft_of(state, callback_data.n or -1)
        a, v = callback_data.a, callback_data.v
        if a == "kind" and v in KINDS:
            draft["kind"] = v
        elif a == "day" and v in ("0", "1"):
            today = await meetings.today_of(actor, int(draft["pair"]))
            draft["held_on"] = (today - timedelta(days=int(v))).isoformat()
        elif a == "min" and v.isdigit() and int(v) in DURATIONS:
            draft["minutes"] = int(v)
        elif a == "fmt" and v in FORMATS:
            draft["format"] = v
        elif a == "other" and v in ("date", "min"):
            await query.answer()
            await drop_buttons(query)
            await state.set_state(MeetingInput.date if v == "date" else MeetingInput.minutes)
            await query.bot.send_message(query.from_user.id, t("meeting-ask-date" if v == "date"  # type: ignore[union-attr]
                                                                 else "meeting-ask-minutes-typed",
                                                                 min=MIN_MINUTES, max=MAX_MINUTES))
            return
        elif a == "skip":
            draft["notes_done"] = True
        elif a == "task" and any(i == callback_data.id for i, _ in draft.get("open_tasks", [])):
            tasks = list(draft.get("tasks", []))
            draft["tasks"] = [i for i in tasks if i != callback_data.id] if callback_data.id in tasks else \
                [*tasks, callback_data.id]
        elif a == "tasks":
            draft["tasks_done"] = True
        elif a == "change" and v in ("kind", "held_on", "minutes", "format", "topic", "notes"):
            draft.pop(v, None)
            if v == "notes":
                draft["notes_done"] = False
        else:
            raise DomainError("error-stale")
        await query.answer()
        await drop_buttons(query)
        await show_step(query, t, state, draft)

    @router.message(StateFilter(MeetingInput), NotCommand())
    async def typed(message: Message, t: TextFn, actor: Actor, meetings: MeetingService, state: FSMContext) -> None:
        draft = await draft_of(state, 0)
        current = await state.get_state()
        text = message.text
        if text is None:
            raise InvalidInput("meeting-error-text")
        if current == MeetingInput.date.state:
            held_on = day(text)
            check_day(held_on, await meetings.today_of(actor, int(draft["pair"])))
            draft["held_on"] = held_on.isoformat()
        elif current == MeetingInput.minutes.state:
            draft["minutes"] = parse_minutes(text)
        elif current == MeetingInput.topic.state:
            draft["topic"] = clean_topic(text)
        else:
            draft["notes"], draft["notes_done"] = clean_notes(text), True
        await show_step(message, t, state, draft)

    @router.callback_query(MeetCb.filter(F.a == "save"))
    async def save(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor, meetings: MeetingService,
                   state: FSMContext) -> None:
        draft = await draft_of(state, callback_data.n or -1)
        if _missing(draft) is not None:
            raise DomainError("error-stale")
        if draft.get("editing"):
            meeting = await meetings.edit(actor, int(draft["editing"]), _to_draft(draft))
        else:
            meeting = await meetings.log(actor, int(draft["pair"]), _to_draft(draft))
        await state.update_data(meeting=None)
        await state.set_state(None)
        await query.answer()
        await drop_buttons(query)
        kb = InlineKeyboardBuilder()
        kb.button(text=t("meeting-btn-history"), callback_data=MeetCb(a="hist", id=meeting.pair_id))
        await query.bot.send_message(query.from_user.id, t("meeting-saved", kind=meeting.kind,  # type: ignore[union-attr]
                                                             final="yes" if meeting.kind == "final" else "no"),
                                     reply_markup=kb.as_markup())

    @router.callback_query(MeetCb.filter(F.a == "cancel"))
    async def cancel(query: CallbackQuery, callback_data: MeetCb, t: TextFn, state: FSMContext) -> None:
        await draft_of(state, callback_data.n or -1)  # only the current draft's own button cancels it
        await state.update_data(meeting=None)
        await state.set_state(None)
        await query.answer()
        await drop_buttons(query)
        await query.bot.send_message(query.from_user.id, t("meeting-cancelled"))  # type: ignore[union-attr]

    # ---- answers, history, edits --------------------------------------------------------------------------

    @router.callback_query(ActionCb.filter(F.command.in_({"mconf", "mdisp"})))
    async def answer(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                     meetings: MeetingService) -> None:
        happened = callback_data.command == "mconf"
        await meetings.answer(actor, callback_data.target_id, happened)
        await query.answer(t("meeting-answered", happened="yes" if happened else "no"), show_alert=not happened)
        await drop_buttons(query)

    @router.callback_query(MeetCb.filter(F.a == "hist"))
    async def history(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor,
                      meetings: MeetingService) -> None:
        view, items, stats = await meetings.history(actor, callback_data.id)
        lines = [t("meeting-history-title", id=view.pair.id, count=stats.meetings, hours=round(stats.minutes / 60, 1),
                   last=stats.last or "—", days=stats.days_since if stats.days_since is not None else -1,
                   disputed=stats.disputed)]
        lines += [t("meeting-history-kind", kind=k, count=n) for k, n in sorted(stats.by_kind.items(),
                                                                                key=lambda kv: KINDS.index(kv[0]))]
        lines.append("")
        kb = InlineKeyboardBuilder()
        person = actor.active_person
        for m in reversed(items[-15:]):
            lines.append(t("meeting-history-line", id=m.id, kind=m.kind, date=m.held_on, minutes=m.minutes,
                           topic=m.topic[:80], status=m.status))
            if person is not None and m.logged_by == person.id and \
                    meetings.clock.now() - m.created_at <= timedelta(days=7):
                kb.button(text=t("meeting-btn-edit", id=m.id), callback_data=MeetCb(a="edit", id=m.id))
                kb.button(text=t("meeting-btn-delete", id=m.id), callback_data=MeetCb(a="del", id=m.id))
        kb.adjust(2)
        await query.answer()
        await query.bot.send_message(query.from_user.id, fit_lines(lines), reply_markup=kb.as_markup())  # type: ignore[union-attr]

    @router.message(Command("meetings"))
    async def my_history(message: Message, t: TextFn, actor: Actor, meetings: MeetingService) -> None:
        views = await meetings.pairs.mine(actor)
        if not views:
            await message.answer(t("meeting-no-pair"))
            return
        kb = InlineKeyboardBuilder()
        for view in views:
            kb.button(text=t("meeting-btn-history-of", id=view.pair.id), callback_data=MeetCb(a="hist",
                                                                                             id=view.pair.id))
        kb.adjust(1)
        await message.answer(t("meeting-ask-history"), reply_markup=kb.as_markup())

    @router.callback_query(MeetCb.filter(F.a == "edit"))
    async def edit(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor, meetings: MeetingService,
                   state: FSMContext) -> None:
        view, meeting = await meetings.editable(actor, callback_data.id)
        await query.answer()
        await start(query, t, actor, meetings, state, view.pair.id, editing=meeting.id)

    @router.callback_query(MeetCb.filter(F.a.in_({"del", "delok"})))
    async def delete(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor,
                     meetings: MeetingService) -> None:
        await meetings.editable(actor, callback_data.id)
        await query.answer()
        if callback_data.a == "del":
            kb = InlineKeyboardBuilder()
            kb.button(text=t("meeting-btn-delete-sure"), callback_data=MeetCb(a="delok", id=callback_data.id))
            await query.bot.send_message(query.from_user.id, t("meeting-ask-delete"), reply_markup=kb.as_markup())  # type: ignore[union-attr]
            return
        await meetings.delete(actor, callback_data.id)
        await drop_buttons(query)
        await query.bot.send_message(query.from_user.id, t("meeting-deleted"))  # type: ignore[union-attr]

    @router.callback_query(ActionCb.filter(F.command == "pfin"))
    async def finish(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                     meetings: MeetingService, campaigns: CampaignService) -> None:
        """After the final meeting: complete the pair and send the mentor's and the mentees' satisfaction surveys."""
        view = await meetings.pairs.view(actor, callback_data.target_id)
        held = await meetings.repo.for_pair(view.pair.id)
        if view.role != "coordinator" or view.pair.status not in ("active", "ending") or not any(
                m.kind == "final" and m.status != "disputed" for m in held):
            raise DomainError("pair-stale")
        deadline = meetings.today(view) + timedelta(days=SURVEY_DAYS)
        reachable = [p for p in [view.mentor, *view.mentees] if p.tg_user_id is not None]
        for questionnaire, people in (("satisfaction_mentor", [p for p in reachable if p.id == view.mentor.id]),
                                      ("satisfaction_mentee", [p for p in reachable if p.id != view.mentor.id])):
            if people:  # the surveys first: if one cannot be sent, the pair is not closed without them
                await campaigns.create(actor, questionnaire, "list", deadline, anonymous=False,
                                       person_ids=[p.id for p in people])
        pair = await meetings.pairs.close(actor, view.pair.id, completed=True)
        await query.answer()
        await drop_buttons(query)
        await query.bot.send_message(query.from_user.id, t("meeting-finished", id=pair.id, deadline=deadline))  # type: ignore[union-attr]

    @router.message(Command("activity"))
    async def activity(message: Message, t: TextFn, actor: Actor, meetings: MeetingService) -> None:
        a = await meetings.activity(actor)
        lines = [t("activity-title", count=a.this_month), ""]
        sections = [("activity-no-meetings", a.without_meetings),
                    ("activity-no-organisational", a.without_organisational)]
        for key, views in sections:
            lines.append(t(key, count=len(views)))
            lines += [t("activity-pair-line", id=v.pair.id, mentor=v.mentor.full_name or "—",
                        mentees=", ".join(m.full_name or "—" for m in v.mentees)) for v in views[:15]]
        lines.append(t("activity-disputed", count=len(a.disputed)))
        lines += [t("activity-disputed-line", id=v.pair.id, date=m.held_on, topic=m.topic[:60])
                  for v, m in a.disputed[:15]]
        lines.append(t("activity-quiet", count=len(a.quiet), days=meetings.nudge_days))
        lines += [t("activity-quiet-line", id=v.pair.id, mentor=v.mentor.full_name or "—", days=days)
                  for v, days in a.quiet[:15]]
        await message.answer(fit_lines(lines))

    return router
