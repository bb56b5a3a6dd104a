"""/meeting: log a pair meeting in a few taps (or one line: «/meeting вчера 45 мин Анализ урока»), confirm or
dispute the other side's log, history and stats, edits within the service's EDIT_DAYS; /activity for the coordinator.

The form (``MeetingForm``) lives in the FSM data (SQLite): the next step shown is the first thing the form still
lacks, so a restart, a quick form or a «change» from the summary all continue from the right place."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import ActionCb, MeetCb
from bot.i18n import TextFn
from bot.keyboards import meetings as kb
from bot.services.access import Actor
from bot.services.errors import DomainError, InvalidInput
from bot.services.meeting_parser import KINDS, MAX_MINUTES, MIN_MINUTES
from bot.services.meetings import History, MeetingForm, MeetingService, Settle, Step
from bot.services.privacy import shown_name
from bot.states import MeetingInput
from handlers._util import NotCommand, drop_buttons, fit_lines, reply_target, say

QUESTIONS: dict[Step, str] = {"kind": "meeting-ask-kind", "held_on": "meeting-ask-day",
                              "minutes": "meeting-ask-minutes", "format": "meeting-ask-format",
                              "topic": "meeting-ask-topic", "notes": "meeting-ask-notes", "tasks": "meeting-ask-tasks"}
# steps that also take typed input; the date is typed only after «another day»
TYPED_STATES: dict[Step, State] = {"minutes": MeetingInput.minutes, "topic": MeetingInput.topic,
                                   "notes": MeetingInput.notes}
STATE_STEPS: dict[str | None, Step] = {MeetingInput.date.state: "held_on", MeetingInput.minutes.state: "minutes",
                                       MeetingInput.topic.state: "topic", MeetingInput.notes.state: "notes"}


def summary(t: TextFn, form: MeetingForm) -> str:
    return t("meeting-summary", kind=form.kind, date=form.held_on, minutes=form.minutes, format=form.format,
             topic=form.topic, notes=form.notes or "—", tasks=len(form.tasks),
             editing="yes" if form.editing else "no")


async def show_step(target: Message | CallbackQuery, t: TextFn, state: FSMContext, form: MeetingForm) -> None:
    """Keep the form and ask for what it still lacks, or show the summary to save."""
    await state.update_data(meeting=form.model_dump(mode="json"))
    current = form.missing()
    await state.set_state(TYPED_STATES.get(current) if current else None)
    text = t(QUESTIONS[current]) if current else summary(t, form)
    bot, chat = reply_target(target)
    await bot.send_message(chat, text, reply_markup=kb.step(t, form, current))


async def form_of(state: FSMContext, n: int | None = None) -> MeetingForm:
    """The form in progress; ``n``: the number on the pressed button (a button of an abandoned form is stale)."""
    return MeetingForm.load((await state.get_data()).get("meeting"), n)


async def forget_form(state: FSMContext) -> None:
    await state.update_data(meeting=None)
    await state.set_state(None)


def create_router() -> Router:
    router = Router(name="meetings")

    @router.message(Command("meeting"))
    async def meeting_command(message: Message, command: CommandObject, t: TextFn, actor: Actor,
                              meetings: MeetingService, state: FSMContext) -> None:
        views = await meetings.working_pairs(actor)
        if not views:
            await message.answer(t("meeting-no-pair"))
            return
        if len(views) > 1:
            await state.update_data(meeting_quick=command.args)
            await message.answer(t("meeting-ask-pair"), reply_markup=kb.pairs(views))
            return
        await show_step(message, t, state, await meetings.start(actor, views[0].pair.id, quick=command.args))

    @router.callback_query(MeetCb.filter(F.a == "pair"))
    async def chosen_pair(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor,
                          meetings: MeetingService, state: FSMContext) -> None:
        quick = (await state.get_data()).get("meeting_quick")
        form = await meetings.start(actor, callback_data.id, quick=quick)  # checks who asks first
        await show_step(query, t, state, form)
        await query.answer()
        await drop_buttons(query)

    @router.callback_query(ActionCb.filter(F.command == "mlog"))
    async def from_nudge(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                         meetings: MeetingService, state: FSMContext) -> None:
        await show_step(query, t, state, await meetings.start(actor, callback_data.target_id))
        await query.answer()

    @router.callback_query(MeetCb.filter(F.a == "other"))
    async def other(query: CallbackQuery, callback_data: MeetCb, t: TextFn, state: FSMContext) -> None:
        """«Another day» / «other duration»: the answer is typed."""
        await form_of(state, callback_data.n)
        if callback_data.v not in ("date", "min"):
            raise DomainError("error-stale")
        await query.answer()
        await drop_buttons(query)
        await state.set_state(MeetingInput.date if callback_data.v == "date" else MeetingInput.minutes)
        await say(query, t("meeting-ask-date" if callback_data.v == "date" else "meeting-ask-minutes-typed",
                           min=MIN_MINUTES, max=MAX_MINUTES))

    @router.callback_query(MeetCb.filter(F.a.in_({"kind", "day", "min", "fmt", "skip", "task", "tasks", "change"})))
    async def step(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor, meetings: MeetingService,
                   state: FSMContext) -> None:
        form = await form_of(state, callback_data.n)
        today = await meetings.today_of(actor, form.pair) if callback_data.a == "day" else None
        form = form.choose(callback_data.a, callback_data.v, callback_data.id, today)
        await query.answer()
        await drop_buttons(query)
        await show_step(query, t, state, form)

    @router.message(StateFilter(MeetingInput), NotCommand())
    async def typed(message: Message, t: TextFn, actor: Actor, meetings: MeetingService, state: FSMContext) -> None:
        form = await form_of(state)
        if message.text is None:
            raise InvalidInput("meeting-error-text")
        step = STATE_STEPS[await state.get_state()]
        today = await meetings.today_of(actor, form.pair)
        await show_step(message, t, state, form.typed(step, message.text, today))

    @router.callback_query(MeetCb.filter(F.a == "save"))
    async def save(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor, meetings: MeetingService,
                   state: FSMContext) -> None:
        meeting = await meetings.save(actor, await form_of(state, callback_data.n))
        await forget_form(state)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("meeting-saved", kind=meeting.kind, final="yes" if meeting.kind == "final" else "no"),
                  reply_markup=kb.saved(t, meeting.pair_id))

    @router.callback_query(MeetCb.filter(F.a == "cancel"))
    async def cancel(query: CallbackQuery, callback_data: MeetCb, t: TextFn, state: FSMContext) -> None:
        await form_of(state, callback_data.n)  # only the current form's own button cancels it
        await forget_form(state)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("meeting-cancelled"))

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
        await query.answer()
        await send_history(query, t, actor, meetings, callback_data.id)

    async def send_history(query: CallbackQuery, t: TextFn, actor: Actor, meetings: MeetingService,
                           pair_id: int) -> None:
        text, markup = history_screen(t, await meetings.history(actor, pair_id))
        await say(query, text, reply_markup=markup)

    def history_screen(t: TextFn, h: History) -> tuple[str, InlineKeyboardMarkup]:
        """A pair's meetings and stats, with «edit» and «delete» under the person's own recent logs."""
        stats = h.stats
        lines = [t("meeting-history-title", id=h.view.pair.id, count=stats.meetings,
                   hours=round(stats.minutes / 60, 1), last=stats.last or "—",
                   days=stats.days_since if stats.days_since is not None else -1, disputed=stats.disputed)]
        lines += [t("meeting-history-kind", kind=k, count=n) for k, n in sorted(stats.by_kind.items(),
                                                                                key=lambda kv: KINDS.index(kv[0]))]
        lines.append("")
        shown = list(reversed(h.meetings[-15:]))
        lines += [t("meeting-history-line", id=m.id, kind=m.kind, date=m.held_on, minutes=m.minutes,
                    topic=m.topic[:80] or t("privacy-withdrawn-participant"), status=m.status) for m in shown]
        return fit_lines(lines), kb.history(t, h, shown)

    @router.message(Command("meetings"))
    async def my_history(message: Message, t: TextFn, actor: Actor, meetings: MeetingService) -> None:
        pair_ids, only = await meetings.histories(actor)
        if not pair_ids:
            await message.answer(t("meeting-no-pair"))
        elif only is not None:  # one pair: nothing to choose
            text, markup = history_screen(t, only)
            await message.answer(text, reply_markup=markup)
        else:
            await message.answer(t("meeting-ask-history"), reply_markup=kb.histories(t, pair_ids))

    @router.callback_query(MeetCb.filter(F.a == "edit"))
    async def edit(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor, meetings: MeetingService,
                   state: FSMContext) -> None:
        form = await meetings.start_edit(actor, callback_data.id)
        await query.answer()
        await show_step(query, t, state, form)

    @router.callback_query(MeetCb.filter(F.a.in_({"del", "delok"})))
    async def delete(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor,
                     meetings: MeetingService) -> None:
        if callback_data.a == "del":
            _, meeting = await meetings.editable(actor, callback_data.id)
            await query.answer()
            await say(query, t("meeting-ask-delete", date=meeting.held_on, topic=meeting.topic),
                      reply_markup=kb.confirm_delete(t, callback_data.id))
            return
        meeting = await meetings.delete(actor, callback_data.id)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("meeting-deleted", date=meeting.held_on, topic=meeting.topic))
        await send_history(query, t, actor, meetings, meeting.pair_id)  # the history as it is now

    @router.callback_query(ActionCb.filter(F.command == "pfin"))
    async def finish(query: CallbackQuery, callback_data: ActionCb, t: TextFn, actor: Actor,
                     meetings: MeetingService) -> None:
        """After the final meeting: complete the pair and send the mentor's and the mentees' satisfaction surveys."""
        pair, deadline = await meetings.finish(actor, callback_data.target_id)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("meeting-finished", id=pair.id, deadline=deadline))

    @router.message(Command("activity"))
    async def activity(message: Message, t: TextFn, actor: Actor, meetings: MeetingService) -> None:
        a = await meetings.activity(actor)
        lines = [t("activity-title", count=a.this_month), ""]
        sections = [("activity-no-meetings", a.without_meetings),
                    ("activity-no-organisational", a.without_organisational)]
        for key, views in sections:
            lines.append(t(key, count=len(views)))
            lines += [t("activity-pair-line", id=v.pair.id, mentor=shown_name(t, v.mentor),
                        mentees=", ".join(shown_name(t, m) for m in v.mentees)) for v in views[:15]]
        lines.append(t("activity-disputed", count=len(a.disputed)))
        lines += [t("activity-disputed-line", id=v.pair.id, date=m.held_on,
                    topic=m.topic[:60] or t("privacy-withdrawn-participant"))
                  for v, m in a.disputed[:15]]
        lines.append(t("activity-quiet", count=len(a.quiet), days=a.quiet_days))
        lines += [t("activity-quiet-line", id=v.pair.id, mentor=shown_name(t, v.mentor), days=days)
                  for v, days in a.quiet[:15]]
        # each dispute has a button: its card offers the ways to settle it
        markup = kb.disputes(t, a.disputed[:15]) if a.disputed else None
        await message.answer(fit_lines(lines), reply_markup=markup)

    # ---- the coordinator settles a disputed meeting ---------------------------------------------------------

    @router.callback_query(MeetCb.filter(F.a == "disp"))
    async def dispute_card(query: CallbackQuery, callback_data: MeetCb, t: TextFn, actor: Actor,
                           meetings: MeetingService) -> None:
        d = await meetings.dispute(actor, callback_data.id)
        m = d.meeting
        await query.answer()
        await say(query, t("meeting-dispute-card", id=d.view.pair.id, mentor=shown_name(t, d.view.mentor),
                           mentees=", ".join(shown_name(t, p) for p in d.view.mentees) or "—", kind=m.kind,
                           date=m.held_on, minutes=m.minutes, topic=m.topic or t("privacy-withdrawn-participant"),
                           author=shown_name(t, d.author) if d.author else t("privacy-withdrawn-participant"),
                           disputed=", ".join(shown_name(t, p) for p in d.disputed_by) or "—"),
                  reply_markup=kb.settle(t, m.id))

    @router.callback_query(ActionCb.filter(F.command.in_({"mok", "mask", "mdel"})))
    @router.callback_query(MeetCb.filter(F.a == "sdelok"))
    async def settle(query: CallbackQuery, callback_data: ActionCb | MeetCb, t: TextFn, actor: Actor,
                     meetings: MeetingService) -> None:
        """«It took place» and «ask the pair» act at once; «delete» asks once, naming the meeting."""
        if isinstance(callback_data, ActionCb) and callback_data.command == "mdel":
            d = await meetings.dispute(actor, callback_data.target_id)
            await query.answer()
            await say(query, t("meeting-ask-settle-delete", id=d.view.pair.id, date=d.meeting.held_on,
                               topic=d.meeting.topic), reply_markup=kb.confirm_settle_delete(t, d.meeting.id))
            return
        if isinstance(callback_data, ActionCb):
            how: Settle = "confirm" if callback_data.command == "mok" else "ask"
            meeting_id = callback_data.target_id
        else:
            how, meeting_id = "delete", callback_data.id
        d = await meetings.settle(actor, meeting_id, how)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("meeting-settled", how=how, id=d.view.pair.id, date=d.meeting.held_on))

    return router
