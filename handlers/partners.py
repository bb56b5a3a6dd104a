"""Coordinator: partner organisations that provide mentors — the list with mentors per partner, a short form to add
one (name, kind, contact person), a card to take one off the list."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import PartnerCb
from bot.i18n import Raw, TextFn
from bot.keyboards import partners as kb
from bot.keyboards.common import PAGE_SIZE, page_of
from bot.services.access import Actor, require_coordinator
from bot.services.partners import PartnerDraft, PartnerLine, PartnerService, partner_contact, partner_kind, partner_name
from bot.states import PartnerForm
from handlers._util import NotCommand, callback_message, drop_buttons, fit_lines, replace_page, say


async def _list(t: TextFn, actor: Actor, partners: PartnerService, page: int,
                note: str | None = None) -> tuple[str, InlineKeyboardMarkup]:
    """A page of the list (``note``: what was just done, above it), within Telegram's length of a message."""
    lines = await partners.list(actor)
    lead = [note] if note else []
    if not lines:
        return "\n\n".join([*lead, t("partner-list-empty")]), kb.add_only(t)
    shown, page, pages = page_of(lines, page)
    first = page * PAGE_SIZE + 1
    text = fit_lines([*lead, t("partner-list-title", count=len(lines)), *(
        t("partner-list-item", number=number, name=line.partner.name, kind=line.partner.kind, mentors=line.mentors)
        for number, line in enumerate(shown, start=first))], sep="\n\n")
    return text, kb.listing(t, shown, first, page, pages)


def _card(t: TextFn, line: PartnerLine) -> str:
    partner = line.partner
    contact = partner.contact if partner.contact is not None else Raw(t("partner-no-contact"))
    return t("partner-card", name=partner.name, kind=partner.kind, contact=contact, mentors=line.mentors)


async def _save(state: FSMContext, t: TextFn, actor: Actor, partners: PartnerService, contact: str | None) -> str:
    """The form's last step: the partner is added (a double tap finds it listed already); the reply's text."""
    data = await state.get_data()
    partner, fresh = await partners.add(actor, PartnerDraft(data["name"], data["kind"], contact))
    await state.clear()
    return t("partner-added" if fresh else "partner-already-listed", name=partner.name, kind=partner.kind)


def create_router() -> Router:
    router = Router(name="partners")

    @router.message(Command("partners"))
    async def list_partners(message: Message, t: TextFn, actor: Actor, partners: PartnerService) -> None:
        text, markup = await _list(t, actor, partners, 0)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(PartnerCb.filter(F.a == "page"))
    async def list_page(query: CallbackQuery, callback_data: PartnerCb, t: TextFn, actor: Actor,
                        partners: PartnerService) -> None:
        text, markup = await _list(t, actor, partners, callback_data.p)
        await query.answer()
        await replace_page(query, text, markup)

    # ---- adding: name → kind → contact person (optional) ------------------------------------------------------

    @router.callback_query(PartnerCb.filter(F.a == "add"))
    async def start_adding(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_coordinator(actor)
        await state.set_state(PartnerForm.name)
        await state.set_data({})
        await query.answer()
        if (message := callback_message(query)) is not None:
            await message.answer(t("partner-ask-name"))

    @router.message(StateFilter(PartnerForm.name), NotCommand())
    async def got_name(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_coordinator(actor)
        name = partner_name(message.text)  # a sticker or a photo: a polite re-ask (the error router)
        await state.update_data(name=name)
        await state.set_state(PartnerForm.kind)
        await message.answer(t("partner-ask-kind", name=name), reply_markup=kb.kinds(t))

    @router.callback_query(PartnerCb.filter(F.a == "kind"), StateFilter(PartnerForm.kind))
    async def got_kind(query: CallbackQuery, callback_data: PartnerCb, state: FSMContext, t: TextFn,
                       actor: Actor) -> None:
        require_coordinator(actor)
        kind = partner_kind(callback_data.v)
        await state.update_data(kind=kind)
        await state.set_state(PartnerForm.contact)
        await query.answer()
        await drop_buttons(query)
        if (message := callback_message(query)) is not None:
            await message.answer(t("partner-ask-contact"), reply_markup=kb.skip_contact(t))

    @router.message(StateFilter(PartnerForm.kind), NotCommand())
    async def kind_by_buttons(message: Message, t: TextFn) -> None:
        await message.answer(t("partner-use-buttons"))

    @router.message(StateFilter(PartnerForm.contact), NotCommand())
    async def got_contact(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                          partners: PartnerService) -> None:
        contact = partner_contact(message.text)  # a sticker or a photo: a polite re-ask
        await message.answer(await _save(state, t, actor, partners, contact))

    @router.callback_query(PartnerCb.filter(F.a == "skip"), StateFilter(PartnerForm.contact))
    async def skip_contact(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                           partners: PartnerService) -> None:
        text = await _save(state, t, actor, partners, None)
        await query.answer()
        await drop_buttons(query)
        await say(query, text)

    # ---- a partner's card, taking it off the list ---------------------------------------------------------------

    @router.callback_query(PartnerCb.filter(F.a == "card"))
    async def open_card(query: CallbackQuery, callback_data: PartnerCb, t: TextFn, actor: Actor,
                        partners: PartnerService) -> None:
        line = await partners.get(actor, callback_data.id)
        await query.answer()
        await replace_page(query, _card(t, line), kb.card(t, line.partner.id, callback_data.p))

    @router.callback_query(PartnerCb.filter(F.a == "rm"))
    async def ask_remove(query: CallbackQuery, callback_data: PartnerCb, t: TextFn, actor: Actor,
                         partners: PartnerService) -> None:
        line = await partners.get(actor, callback_data.id)
        await query.answer()
        await replace_page(query, t("partner-remove-ask", name=line.partner.name),
                           kb.confirm_remove(t, line.partner.id, callback_data.p))

    @router.callback_query(PartnerCb.filter(F.a == "rmok"))
    async def remove(query: CallbackQuery, callback_data: PartnerCb, t: TextFn, actor: Actor,
                     partners: PartnerService) -> None:
        partner, removed = await partners.remove(actor, callback_data.id)
        await query.answer(t("partner-removed" if removed else "partner-already-removed"))
        note = t("partner-removed-note", name=partner.name) if removed else None
        text, markup = await _list(t, actor, partners, callback_data.p, note)
        await replace_page(query, text, markup)

    return router
