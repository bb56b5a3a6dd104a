"""Pairs in chat: /mypair for mentors and mentees (the proposal to confirm, the other side's contact, the
programme with tasks to tick, «not working», ending early), /pairs for the coordinator (progress, closing, the
draft order as .docx). Every button is checked by PairService against who presses it."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.callbacks import ActionCb, PairCb
from bot.i18n import TextFn
from bot.keyboards import pairs as kb
from bot.render import local_datetime
from bot.services.access import Actor
from bot.services.errors import DomainError
from bot.services.matching import form_name
from bot.services.pairs import PairService, PairView, ProgrammeItem, clean_title
from bot.services.privacy import shown_name
from bot.services.records import Account, Person
from bot.services.year_report import YearReportService
from bot.states import ProgrammeInput
from handlers._util import NotCommand, drop_buttons, fit_lines, reply_target, say, split_lines

if TYPE_CHECKING:  # python-docx is imported with the first document: the bot starts without it
    from bot.services import documents


def _who(person: Person) -> str:
    return f"{person.full_name or '—'}" + (f" ({person.position})" if person.position else "")


def pair_text(t: TextFn, view: PairView) -> list[str]:
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
        elif not view.items and view.role == "mentor":
            lines.append(t("programme-empty-mentor"))
        elif not tasks and view.role == "mentor":  # goals written, no task yet
            lines.append(t("programme-goals-no-tasks"))
    return split_lines(lines)


def create_router() -> Router:
    router = Router(name="pairs")

    async def show(target: Message | CallbackQuery, t: TextFn, actor: Actor, pairs: PairService,
                   view: PairView) -> None:
        """The pair card; a participant who has not answered a proposal gets the confirmation text under it."""
        bot, chat = reply_target(target)
        *first, last = pair_text(t, view)  # a long programme comes in several messages, the buttons under the last
        for part in first:
            await bot.send_message(chat, part)
        try:
            await bot.send_message(chat, last, reply_markup=kb.card(t, view, channel=actor.account.channel))
        except TelegramBadRequest as exc:  # BUTTON_USER_PRIVACY_RESTRICTED: the other side hides their account
            if "PRIVACY" not in exc.message.upper():
                raise
            await bot.send_message(chat, last, reply_markup=kb.card(t, view, contacts=False))
        person = actor.active_person
        assert person is not None
        member = view.pair.member(person.id)
        unanswered = view.pair.mentor_answer is None if view.role == "mentor" else (
            member is not None and member.answer is None)
        if view.pair.status == "proposed" and view.role == "mentee" and unanswered and pairs.parent_confirms(person):
            await bot.send_message(chat, t("pair-card-parent"))  # a minor: the parent answers for them
        elif view.pair.status == "proposed" and view.role != "coordinator" and unanswered:
            consent = pairs.consent_text(view, t.locale, channel=actor.account.channel)
            await bot.send_message(chat, consent.text, reply_markup=kb.proposal(t, view.pair.id))

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

    # ---- a minor's parent confirms the child's place ---------------------------------------------------

    @router.callback_query(ActionCb.filter(F.command == "gpair"))
    async def parent_opens(query: CallbackQuery, callback_data: ActionCb, t: TextFn, bot: Bot,
                           pairs: PairService, account: Account) -> None:
        view, waiting = await pairs.for_parent(account, callback_data.target_id)
        await query.answer()
        if not waiting:
            await say(query, t("pair-parent-none"))
        for child in waiting:
            consent = pairs.consent_text(view, t.locale, child=child, channel=account.channel)
            await bot.send_message(query.from_user.id, consent.text,
                                   reply_markup=kb.parent_proposal(t, view.pair.id, child.id))

    @router.callback_query(PairCb.filter(F.a.in_({"gyes", "gno"})))
    async def parent_answers(query: CallbackQuery, callback_data: PairCb, t: TextFn, pairs: PairService,
                             account: Account) -> None:
        accept = callback_data.a == "gyes"
        await pairs.parent_respond(account, callback_data.id, callback_data.v, accept, t.locale)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("pair-parent-answered", accept="yes" if accept else "no"))

    @router.callback_query(PairCb.filter(F.a.in_({"print", "pcon"})))
    async def print_consents(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, bot: Bot,
                             pairs: PairService) -> None:
        """The coordinator gets consents as .docx to print and sign (written form, if needed): one per person of a
        pair (print, id = pair), or one person's from their bank card (pcon, id = person)."""
        from bot.services import documents
        if callback_data.a == "print":
            _, prints = await pairs.consent_prints(actor, callback_data.id)
        else:
            prints = [await pairs.consent_print(actor, callback_data.id)]
        await query.answer()
        for item in prints:
            pages = [documents.ConsentPage(t(f"consent-heading-{text.kind.value}"), text.text, text.version,
                                           local_datetime(event.created_at, item.org.timezone), event.text_sha256)
                     for text, event in item.texts]
            name = item.person.full_name or "—"
            data = documents.consent_docx(t, item.org.name, item.org.address or t("consent-address-unknown"), name,
                                          item.representative, pages)
            await bot.send_document(query.from_user.id, BufferedInputFile(data, t("doc-file-consent", name=name)),
                                    caption=t("pair-print-caption", name=name))

    @router.callback_query(PairCb.filter(F.a.in_({"yes", "no"})))
    async def respond(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                      pairs: PairService) -> None:
        accept = callback_data.a == "yes"
        pair = await pairs.respond(actor, callback_data.id, accept, t.locale)
        await query.answer()
        await drop_buttons(query)
        key = "pair-confirmed" if accept else "pair-declined"
        await say(query, t(key, active="yes" if pair.status == "active" else "no"))

    @router.callback_query(PairCb.filter(F.a.in_({"sig", "end", "stop"})))
    async def ask_sure(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                       pairs: PairService) -> None:
        view = await pairs.view(actor, callback_data.id)
        await query.answer()
        await say(query, t("pair-ask-sure", what=callback_data.a, id=view.pair.id, mentor=shown_name(t, view.mentor),
                           mentees=", ".join(shown_name(t, m) for m in view.mentees) or "—"),
                  reply_markup=kb.sure(t, callback_data.a, view.pair.id))

    @router.callback_query(PairCb.filter(F.a.in_({"sigok", "endok", "stopok", "fin"})))
    async def act(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, pairs: PairService) -> None:
        a = callback_data.a
        if a == "sigok":
            await pairs.signal(actor, callback_data.id)
            text = t("pair-signal-sent")
        elif a == "endok":
            text = t("pair-end-requested", date=await pairs.request_end(actor, callback_data.id))
        else:
            pair = await pairs.close(actor, callback_data.id, completed=a == "fin")
            text = t("pair-closed", completed="yes" if a == "fin" else "no") if pair.status != "ending" else t(
                "pair-stop-notice", date=pair.end_on or "—")
        await query.answer()
        await drop_buttons(query)
        await say(query, text)

    # ---- the programme -----------------------------------------------------------------------------------

    @router.callback_query(PairCb.filter(F.a == "done"))
    async def toggle(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                     pairs: PairService) -> None:
        # v: 1 marks done, 2 reopens (0: an older button, which flips)
        item = await pairs.toggle_done(actor, callback_data.id, {1: True, 2: False}.get(callback_data.v))
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
        if data.get("kind") == "task":  # the title now, the due date next
            await state.update_data(title=clean_title(message.text))
            await state.set_state(ProgrammeInput.due)
            await message.answer(t("programme-ask-due"), reply_markup=kb.no_due(t, int(data["pair_id"])))
            return
        await pairs.add_item(actor, int(data["pair_id"]), "goal", message.text or "")
        await state.set_state(None)
        await message.answer(t("programme-goal-added"))
        await show(message, t, actor, pairs, await pairs.view(actor, int(data["pair_id"])))

    async def add_task(target: Message | CallbackQuery, t: TextFn, actor: Actor, pairs: PairService,
                       state: FSMContext, due: str | None) -> None:
        """``due``: the typed due date (None: no date)."""
        data = await state.get_data()
        if "title" not in data or "pair_id" not in data:
            raise DomainError("pair-stale")
        await pairs.add_task(actor, int(data["pair_id"]), str(data["title"]), due, goal_id=data.get("goal_id"))
        await state.set_state(None)
        await state.update_data(title=None)
        bot, chat = reply_target(target)
        await bot.send_message(chat, t("programme-task-added"))
        await show(target, t, actor, pairs, await pairs.view(actor, int(data["pair_id"])))

    @router.message(StateFilter(ProgrammeInput.due), NotCommand())
    async def got_due(message: Message, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        await add_task(message, t, actor, pairs, state, message.text or "")  # a sticker is not a date either

    @router.callback_query(PairCb.filter(F.a == "nodate"), StateFilter(ProgrammeInput.due))
    async def no_due(query: CallbackQuery, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        await query.answer()
        await drop_buttons(query)
        await add_task(query, t, actor, pairs, state, None)

    # ---- the mentor edits the programme: reword, re-date, delete (asking once) ---------------------------------

    async def item_card(target: Message | CallbackQuery, t: TextFn, view: PairView, item: ProgrammeItem) -> None:
        if item.kind == "goal":
            text = t("programme-item-goal", title=item.title[:300])
        else:
            text = t("programme-item-task", number=kb.task_numbers(view).get(item.id, 0), title=item.title[:300],
                     due=item.due_on or "—", done="yes" if item.done_on else "no")
        bot, chat = reply_target(target)
        await bot.send_message(chat, text, reply_markup=kb.programme_item(t, item))

    @router.callback_query(PairCb.filter(F.a == "items"))
    async def edit_programme(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                             pairs: PairService) -> None:
        view = await pairs.view(actor, callback_data.id)
        if view.role != "mentor" or view.pair.status not in ("active", "ending") or not view.items:
            raise DomainError("pair-stale")
        await query.answer()
        await say(query, t("programme-edit-title"), reply_markup=kb.programme_items(t, view))

    @router.callback_query(PairCb.filter(F.a == "item"))
    async def open_item(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                        pairs: PairService, state: FSMContext) -> None:
        view, item = await pairs.editable_item(actor, callback_data.id)
        await state.set_state(None)  # «Отмена» under a question leaves any typing step
        await query.answer()
        await item_card(query, t, view, item)

    @router.callback_query(PairCb.filter(F.a.in_({"ren", "due"})))
    async def ask_change(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, pairs: PairService,
                         state: FSMContext) -> None:
        view, item = await pairs.editable_item(actor, callback_data.id)
        await query.answer()
        await state.update_data(item_id=item.id)
        if callback_data.a == "ren":
            await state.set_state(ProgrammeInput.new_title)
            await say(query, t("programme-ask-new-title", title=item.title))
            return
        if item.kind != "task":
            raise DomainError("pair-stale")
        await state.set_state(ProgrammeInput.new_due)
        await say(query, t("programme-ask-new-due", due=item.due_on or "—"),
                  reply_markup=kb.no_due(t, view.pair.id, item.id))

    async def changed(target: Message | CallbackQuery, t: TextFn, actor: Actor, pairs: PairService,
                      state: FSMContext, item: ProgrammeItem, text: str) -> None:
        """After a change: say what changed, then the pair card as it is now."""
        await state.set_state(None)
        await state.update_data(item_id=None)
        bot, chat = reply_target(target)
        await bot.send_message(chat, text)
        await show(target, t, actor, pairs, await pairs.view(actor, item.pair_id))

    @router.message(StateFilter(ProgrammeInput.new_title), NotCommand())
    async def got_new_title(message: Message, t: TextFn, actor: Actor, pairs: PairService,
                            state: FSMContext) -> None:
        item = await pairs.rename_item(actor, int((await state.get_data()).get("item_id") or 0), message.text)
        await changed(message, t, actor, pairs, state, item, t("programme-renamed", title=item.title))

    @router.message(StateFilter(ProgrammeInput.new_due), NotCommand())
    async def got_new_due(message: Message, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        item = await pairs.redate_task(actor, int((await state.get_data()).get("item_id") or 0), message.text or "")
        await changed(message, t, actor, pairs, state, item,
                      t("programme-redated", title=item.title, due=item.due_on or "—"))

    @router.callback_query(PairCb.filter(F.a == "nodate"), StateFilter(ProgrammeInput.new_due))
    async def new_due_none(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, pairs: PairService,
                           state: FSMContext) -> None:
        item = await pairs.redate_task(actor, callback_data.id, None)
        await query.answer()
        await drop_buttons(query)
        await changed(query, t, actor, pairs, state, item, t("programme-redated", title=item.title, due="—"))

    @router.callback_query(PairCb.filter(F.a.in_({"idel", "idelok"})))
    async def delete_item(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                          pairs: PairService, state: FSMContext) -> None:
        if callback_data.a == "idel":
            view, item = await pairs.editable_item(actor, callback_data.id)
            under = sum(1 for i in view.tasks if i.goal_id == item.id)
            await query.answer()
            await say(query, t("programme-ask-delete", item=item.kind, title=item.title, goal_tasks=under),
                      reply_markup=kb.confirm_item_delete(t, item))
            return
        item = await pairs.delete_item(actor, callback_data.id)
        await query.answer()
        await drop_buttons(query)
        await changed(query, t, actor, pairs, state, item, t("programme-deleted", item=item.kind, title=item.title))

    @router.callback_query(PairCb.filter(F.a == "share"))
    async def share(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor,
                    pairs: PairService) -> None:
        count = await pairs.share_programme(actor, callback_data.id)
        await query.answer()
        await say(query, t("programme-shared", count=count))

    @router.callback_query(PairCb.filter(F.a == "doc"))
    async def programme_doc(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, bot: Bot,
                            pairs: PairService) -> None:
        from bot.services import documents

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
        await bot.send_document(query.from_user.id, BufferedInputFile(data, t("doc-file-programme", id=view.pair.id)),
                                caption=t("programme-doc-caption", id=view.pair.id))

    # ---- the coordinator's view ---------------------------------------------------------------------------

    @router.message(Command("pairs"))
    async def overview(message: Message, t: TextFn, actor: Actor, bot: Bot, pairs: PairService) -> None:
        await send_overview(bot, message.chat.id, t, actor, pairs, closed=False)

    @router.callback_query(PairCb.filter(F.a.in_({"list", "closed"})))
    async def overview_button(query: CallbackQuery, callback_data: PairCb, t: TextFn, actor: Actor, bot: Bot,
                              pairs: PairService) -> None:
        await send_overview(bot, query.from_user.id, t, actor, pairs, closed=callback_data.a == "closed")
        await query.answer()

    async def send_overview(bot: Bot, chat_id: int, t: TextFn, actor: Actor, pairs: PairService,
                            closed: bool) -> None:
        items = await pairs.overview(actor, closed=closed)
        lines = [t("pairs-title", closed="yes" if closed else "no", count=len(items)), ""]
        for view, (done, total), signals in items[:kb.OVERVIEW_SHOWN]:
            p = view.pair
            lines.append(t("pairs-line", id=p.id, mentor=shown_name(t, view.mentor),
                           mentees=", ".join(shown_name(t, m) for m in view.mentees) or "—",
                           form=form_name(t, p.form), status=p.status, done=done, total=total, signals=signals))
        if not items:
            lines.append(t("pairs-empty"))
        await bot.send_message(chat_id, fit_lines(lines),
                               reply_markup=kb.overview(t, [v.pair.id for v, _, _ in items], closed))

    @router.callback_query(PairCb.filter(F.a == "order"))
    async def order(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot, pairs: PairService,
                    year_reports: YearReportService) -> None:
        from bot.services import documents

        org, working = await pairs.order(actor)
        act = await year_reports.pairs_order(actor)  # its number and date, once the coordinator recorded them
        rows = [documents.OrderRow(_doc_person(view.mentor), tuple(_doc_person(m) for m in view.mentees),
                                   view.pair.form, view.pair.starts_on, view.pair.ends_on) for view in working]
        curator = actor.person.full_name if actor.person else None
        data = documents.pairs_order_docx(t, org.name, rows, on=act.signed_on if act else None, curator=curator,
                                          number=act.number if act else None)
        await query.answer()
        await bot.send_document(query.from_user.id, BufferedInputFile(data, t("doc-file-order")),
                                caption=t("pairs-order-caption", count=len(rows)))

    return router


def _doc_person(person: Person) -> documents.DocPerson:
    from bot.services import documents

    return documents.DocPerson(person.full_name or "—", person.position)
