"""Pairs in chat: /mypair for mentors and mentees (the proposal to confirm, the other side's contact, the
programme with tasks to tick, «not working», ending early), /pairs for the coordinator (progress, closing, the
draft order as .docx). Every button is checked by PairService against who presses it."""

from __future__ import annotations

import html

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ActionCb, PairCb
from bot.i18n import TextFn
from bot.services import documents
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError
from bot.services.matching import form_name
from bot.services.pairs import PairService, PairView
from bot.services.validation import day
from bot.states import ProgrammeInput
from handlers._util import NotCommand, drop_buttons, fit_lines, say
from storage.models import Person

MAX_TASK_BUTTONS = 40  # = PairService's MAX_ITEMS: every task can be ticked


def _who(person: Person) -> str:
    return f"{person.full_name or '—'}" + (f" ({person.position})" if person.position else "")


def pair_text(t: TextFn, view: PairView) -> str:
    p = view.pair
    lines = [t("pair-card-title", id=p.id, group="yes" if len(p.mentee_ids) > 1 else "no", status=p.status),
             t("pair-card-form", form=form_name(t, p.form)),
             t("pair-card-term", starts=p.starts_on, ends=p.ends_on or "—"),
             t("pair-card-mentor", who=_who(view.mentor)),
             t("pair-card-mentees", count=len(view.mentees), who=", ".join(_who(m) for m in view.mentees) or "—")]
    if p.status == "ending" and p.end_on:
        lines.append(t("pair-card-ending", date=p.end_on))
    tasks = view.tasks
    if p.status in ("active", "ending", "ended", "completed"):
        lines.append("")
        if tasks:
            lines.append(t("programme-progress", done=sum(1 for i in tasks if i.done_on), total=len(tasks)))
        number = 0
        for item in view.items:
            if item.kind == "goal":
                lines.append(f"🎯 <b>{html.escape(item.title[:200])}</b>")
                continue
            number += 1
            mark = "✅" if item.done_on else "◻️"
            due = t("programme-due", date=item.due_on) if item.due_on else ""
            indent = "   " if item.goal_id else ""
            lines.append(f"{indent}{mark} {number}. {html.escape(item.title[:200])}{due}")
        following = view.next_task
        if following is not None:
            lines.append(t("programme-next", title=following.title[:200],
                           due=following.due_on.strftime("%d.%m.%Y") if following.due_on else "—"))
        elif not tasks and view.role == "mentor":
            lines.append(t("programme-empty-mentor"))
    return fit_lines(lines)


def pair_keyboard(t: TextFn, view: PairView, contacts: bool = True) -> InlineKeyboardBuilder:
    p, kb = view.pair, InlineKeyboardBuilder()
    working = p.status in ("active", "ending")
    sizes: list[int] = []
    if view.role != "coordinator" and working and contacts:  # contacts only once everyone has agreed
        contacts = [view.mentor] if view.role == "mentee" else view.mentees
        for person in contacts:
            if person.tg_user_id is not None:
                kb.button(text=t("pair-btn-contact", name=(person.full_name or "—")[:30]),
                          url=f"tg://user?id={person.tg_user_id}")
                sizes.append(1)
    if working and view.role != "coordinator":
        tasks = view.tasks[:MAX_TASK_BUTTONS]
        for number, item in enumerate(tasks, start=1):
            kb.button(text=f"{'✅' if item.done_on else '◻️'} {number}", callback_data=PairCb(a="done", id=item.id))
        sizes += [5] * (len(tasks) // 5) + ([len(tasks) % 5] if len(tasks) % 5 else [])
    buttons: list[tuple[str, PairCb]] = []
    if working and view.role == "mentor":
        buttons += [(t("programme-btn-goal"), PairCb(a="goal", id=p.id)),
                    (t("programme-btn-task"), PairCb(a="task", id=p.id)),
                    (t("programme-btn-share"), PairCb(a="share", id=p.id))]
    if working or p.status in ("ended", "completed"):
        buttons.append((t("programme-btn-doc"), PairCb(a="doc", id=p.id)))
    if view.role != "coordinator" and p.is_open:
        buttons.append((t("pair-btn-signal"), PairCb(a="sig", id=p.id)))
    if view.role != "coordinator" and p.status == "active":
        buttons.append((t("pair-btn-end"), PairCb(a="end", id=p.id)))
    if view.role == "coordinator" and working:
        buttons.append((t("pair-btn-complete"), PairCb(a="fin", id=p.id)))
    if view.role == "coordinator" and p.is_open:
        buttons.append((t("pair-btn-stop"), PairCb(a="stop", id=p.id)))
    for text, data in buttons:
        kb.button(text=text, callback_data=data)
    sizes += [1] * len(buttons)
    if sizes:
        kb.adjust(*sizes)
    return kb


def create_router() -> Router:
    router = Router(name="pairs")

    async def show(target: Message | CallbackQuery, t: TextFn, actor: Actor, pairs: PairService,
                   view: PairView) -> None:
        """The pair card; a participant who has not answered a proposal gets the confirmation text under it."""
        chat = target.from_user.id  # type: ignore[union-attr]
        bot = target.bot
        assert bot is not None
        try:
            await bot.send_message(chat, pair_text(t, view), reply_markup=pair_keyboard(t, view).as_markup())
        except TelegramBadRequest as exc:  # BUTTON_USER_PRIVACY_RESTRICTED: the other side hides their account
            if "PRIVACY" not in exc.message.upper():
                raise
            await bot.send_message(chat, pair_text(t, view),
                                   reply_markup=pair_keyboard(t, view, contacts=False).as_markup())
        person = actor.active_person
        assert person is not None
        member = view.pair.member(person.id)
        unanswered = view.pair.mentor_answer is None if view.role == "mentor" else (
            member is not None and member.answer is None)
        if view.pair.status == "proposed" and view.role != "coordinator" and unanswered:
            consent = pairs.consent_text(view, t.locale)  # type: ignore[attr-defined]
            kb = InlineKeyboardBuilder()
            kb.button(text=t("pair-btn-confirm"), callback_data=PairCb(a="yes", id=view.pair.id))
            kb.button(text=t("pair-btn-decline"), callback_data=PairCb(a="no", id=view.pair.id))
            kb.adjust(1)
            await bot.send_message(chat, consent.text, reply_markup=kb.as_markup())

    @router.message(Command("mypair"))
    async def my_pairs(message: Message, t: TextFn, actor: Actor, pairs: PairService) -> None:
        views = await pairs.mine(actor)
        if not views:
            await message.answer(t("pair-none"))
        for view in views[:5]:
            await show(message, t, actor, pairs, view)

    @router.callback_query(ActionCb.filter(F.command == "pair"))
    @router.callback_query(PairCb.filter(F.a == "open"))
    async def open_card(query: CallbackQuery, callback_data: ActionCb | PairCb, t: TextFn, actor: Actor,
                        pairs: PairService) -> None:
        """The card, from a notice's button or from a list."""
        pair_id = callback_data.target_id if isinstance(callback_data, ActionCb) else callback_data.id
        view = await pairs.view(actor, pair_id)
        await query.answer()
        await show(query, t, actor, pairs, view)

    @router.callback_query(PairCb.filter(F.a.in_({"yes", "no"})))
    async def respond(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                      pairs: PairService) -> None:
        accept = callback_data.a == "yes"
        pair = await pairs.respond(actor, callback_data.id, accept, t.locale)  # type: ignore[attr-defined]
        await query.answer()
        await drop_buttons(query)
        key = "pair-confirmed" if accept else "pair-declined"
        await say(query, t(key, active="yes" if pair.status == "active" else "no"))

    @router.callback_query(PairCb.filter(F.a.in_({"sig", "end", "stop"})))
    async def ask_sure(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                       pairs: PairService) -> None:
        view = await pairs.view(actor, callback_data.id)
        kb = InlineKeyboardBuilder()
        kb.button(text=t("pair-btn-sure", what=callback_data.a), callback_data=PairCb(a=f"{callback_data.a}ok",
                                                                                     id=view.pair.id))
        kb.button(text=t("pair-btn-cancel"), callback_data=PairCb(a="open", id=view.pair.id))
        kb.adjust(1)
        await query.answer()
        await say(query, t("pair-ask-sure", what=callback_data.a), reply_markup=kb.as_markup())

    @router.callback_query(PairCb.filter(F.a.in_({"sigok", "endok", "stopok", "fin"})))
    async def act(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, pairs: PairService) -> None:
        a = callback_data.a
        if a == "sigok":
            await pairs.signal(actor, callback_data.id)
            text = t("pair-signal-sent")
        elif a == "endok":
            text = t("pair-end-requested", date=await pairs.request_end(actor, callback_data.id))
        else:
            await pairs.close(actor, callback_data.id, completed=a == "fin")
            text = t("pair-closed", completed="yes" if a == "fin" else "no")
        await query.answer()
        await drop_buttons(query)
        await say(query, text)

    # ---- the programme -----------------------------------------------------------------------------------

    @router.callback_query(PairCb.filter(F.a == "done"))
    async def toggle(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                     pairs: PairService) -> None:
        item = await pairs.toggle_done(actor, callback_data.id)
        view = await pairs.view(actor, item.pair_id)
        await query.answer(t("programme-toggled", done="yes" if item.done_on else "no"))
        await drop_buttons(query)
        await show(query, t, actor, pairs, view)

    @router.callback_query(PairCb.filter(F.a.in_({"goal", "task"})))
    async def ask_title(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, pairs: PairService,
                        state: FSMContext) -> None:
        view = await pairs.view(actor, callback_data.id)
        if view.role != "mentor":
            raise DomainError("pair-stale")
        goal_id = next((i.id for i in reversed(view.items) if i.kind == "goal"), None)
        await state.set_state(ProgrammeInput.title)
        await state.update_data(pair_id=view.pair.id, kind=callback_data.a, goal_id=goal_id)
        await query.answer()
        await say(query, t("programme-ask-title", kind=callback_data.a))

    @router.message(StateFilter(ProgrammeInput.title), NotCommand())
    async def got_title(message: Message, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        data = await state.get_data()
        if data.get("kind") == "task":
            title = " ".join((message.text or "").split())
            if not title or len(title) > 300:
                await message.answer(t("programme-error-title", limit=300))
                return
            await state.update_data(title=title)
            await state.set_state(ProgrammeInput.due)
            kb = InlineKeyboardBuilder()
            kb.button(text=t("programme-btn-no-date"), callback_data=PairCb(a="nodate", id=int(data["pair_id"])))
            await message.answer(t("programme-ask-due"), reply_markup=kb.as_markup())
            return
        await pairs.add_item(actor, int(data["pair_id"]), "goal", message.text or "")
        await state.set_state(None)
        await message.answer(t("programme-goal-added"))
        await show(message, t, actor, pairs, await pairs.view(actor, int(data["pair_id"])))

    async def add_task(target: Message | CallbackQuery, t: TextFn, actor: Actor, pairs: PairService,
                       state: FSMContext, due: object) -> None:
        data = await state.get_data()
        if "title" not in data or "pair_id" not in data:
            raise DomainError("pair-stale")
        await pairs.add_item(actor, int(data["pair_id"]), "task", str(data["title"]), due_on=due,  # type: ignore[arg-type]
                             goal_id=data.get("goal_id"))
        await state.set_state(None)
        await state.update_data(title=None)
        bot = target.bot
        assert bot is not None
        await bot.send_message(target.from_user.id, t("programme-task-added"))  # type: ignore[union-attr]
        await show(target, t, actor, pairs, await pairs.view(actor, int(data["pair_id"])))

    @router.message(StateFilter(ProgrammeInput.due), NotCommand())
    async def got_due(message: Message, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        await add_task(message, t, actor, pairs, state, day(message.text))

    @router.callback_query(PairCb.filter(F.a == "nodate"), StateFilter(ProgrammeInput.due))
    async def no_due(query: CallbackQuery, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        await query.answer()
        await drop_buttons(query)
        await add_task(query, t, actor, pairs, state, None)

    @router.callback_query(PairCb.filter(F.a == "share"))
    async def share(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                    pairs: PairService) -> None:
        count = await pairs.share_programme(actor, callback_data.id)
        await query.answer()
        await say(query, t("programme-shared", count=count))

    @router.callback_query(PairCb.filter(F.a == "doc"))
    async def programme_doc(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, bot: Bot,
                            pairs: PairService) -> None:
        view = await pairs.view(actor, callback_data.id)
        goals, loose = [], []
        for item in view.items:
            if item.kind == "goal":
                tasks = tuple(documents.ProgrammeTask(i.title, i.due_on, i.done_on) for i in view.items
                              if i.kind == "task" and i.goal_id == item.id)
                goals.append(documents.ProgrammeGoal(item.title, tasks))
            elif item.goal_id is None:
                loose.append(documents.ProgrammeTask(item.title, item.due_on, item.done_on))
        data = documents.programme_docx(
            t, view.org.name, _doc_person(view.mentor), [_doc_person(m) for m in view.mentees], view.pair.form,
            view.pair.starts_on, view.pair.ends_on, goals, loose)
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, f"programme_{view.pair.id}.docx"),
                                caption=t("programme-doc-caption", id=view.pair.id))

    # ---- the coordinator's view ---------------------------------------------------------------------------

    @router.message(Command("pairs"))
    async def overview(message: Message, t: TextFn, actor: Actor, pairs: PairService) -> None:
        await send_overview(message.bot, message.chat.id, t, actor, pairs, closed=False)  # type: ignore[arg-type]

    @router.callback_query(PairCb.filter(F.a.in_({"list", "closed"})))
    async def overview_button(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, bot: Bot,
                              pairs: PairService) -> None:
        await send_overview(bot, query.from_user.id, t, actor, pairs, closed=callback_data.a == "closed")
        await query.answer()

    async def send_overview(bot: Bot, chat_id: int, t: TextFn, actor: Actor, pairs: PairService,
                            closed: bool) -> None:
        items = await pairs.overview(actor, closed=closed)
        lines = [t("pairs-title", closed="yes" if closed else "no", count=len(items)), ""]
        kb = InlineKeyboardBuilder()
        for view, (done, total), signals in items[:40]:
            p = view.pair
            lines.append(t("pairs-line", id=p.id, mentor=view.mentor.full_name or "—",
                           mentees=", ".join(m.full_name or "—" for m in view.mentees) or "—",
                           form=form_name(t, p.form), status=p.status, done=done, total=total, signals=signals))
            kb.button(text=f"№ {p.id}", callback_data=PairCb(a="open", id=p.id))
        if not items:
            lines.append(t("pairs-empty"))
        kb.adjust(5)
        kb.row()
        kb.button(text=t("pairs-btn-order"), callback_data=PairCb(a="order"))
        kb.button(text=t("pairs-btn-other", closed="no" if closed else "yes"),
                  callback_data=PairCb(a="list" if closed else "closed"))
        await bot.send_message(chat_id, fit_lines(lines), reply_markup=kb.as_markup())

    @router.callback_query(PairCb.filter(F.a == "order"))
    async def order(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot, pairs: PairService) -> None:
        require_coordinator(actor)
        rows = []
        for view, _, _ in await pairs.overview(actor):
            if view.pair.status in ("active", "ending"):
                rows.append(documents.OrderRow(_doc_person(view.mentor), tuple(_doc_person(m) for m in view.mentees),
                                               view.pair.form, view.pair.starts_on, view.pair.ends_on))
        org = await pairs.orgs.get(require_coordinator(actor))
        assert org is not None
        curator = actor.person.full_name if actor.person else None
        data = documents.pairs_order_docx(t, org.name, rows, curator=curator)
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, "order_pairs.docx"),
                                caption=t("pairs-order-caption", count=len(rows)))

    return router


def _doc_person(person: Person) -> documents.DocPerson:
    return documents.DocPerson(person.full_name or "—", person.position)
