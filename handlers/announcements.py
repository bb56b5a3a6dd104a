"""/announce (coordinator): an announcement — text, optionally a file — to an audience, with a preview and one
confirmation; the history with delivered / blocked counts. /info: the programme's pinned information for everyone
(the coordinator sets it there too). The announcement's file is sent when a recipient taps its button."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.callbacks import ActionCb, AnnCb
from bot.i18n import Raw, TextFn, Translator
from bot.keyboards import announcements as kb
from bot.keyboards.common import page_of
from bot.services.access import Actor, require_coordinator
from bot.services.announcements import (
    TEXT_LIMIT,
    Announcement,
    AnnouncementService,
    Draft,
    InfoView,
    plain_text,
)
from bot.services.errors import DomainError, InvalidInput
from bot.services.matching import FORMS, form_name
from bot.states import AnnounceInput, InfoInput
from handlers._routing import Has
from handlers._util import NotCommand, drop_buttons, fit_lines, replace_page, reply_target, say

PREVIEW_CHARS = 80  # of an announcement's text in the history


def audience_name(t: TextFn, audience: str) -> str:
    kind, _, value = audience.partition(":")
    if kind == "pair":
        return t("announce-audience-pair", pair=int(value) if value.isdigit() else 0)
    if kind == "form":
        return t("announce-audience-form", form=form_name(t, value))
    return t("announce-audience-to", audience=kind)


def _file_of(message: Message) -> tuple[str, str, str | None] | None:
    """The document or photo a message carries: (file_id, kind, file name)."""
    if message.document is not None:
        return message.document.file_id, "document", message.document.file_name
    if message.photo:
        return message.photo[-1].file_id, "photo", None
    return None


def _audience_code(value: str) -> str:
    """A button's audience (``AnnCb.v``) as stored: «p5» → «pair:5», «f0» → «form:<first form>»."""
    if value[:1] == "p" and value[1:].isdigit():
        return f"pair:{int(value[1:])}"
    if value[:1] == "f" and value[1:].isdigit() and int(value[1:]) < len(FORMS):
        return f"form:{FORMS[int(value[1:])]}"
    return value


def history_text(t: TextFn, items: list[tuple[Announcement, dict[str, int]]], page: int, pages: int) -> str:
    lines = [t("announce-history-title", page=page + 1, pages=pages)]
    for a, counts in items:
        preview = plain_text(a.body).replace("\n", " ")
        if len(preview) > PREVIEW_CHARS:
            preview = preview[:PREVIEW_CHARS].rstrip() + "…"
        lines.append(t("announce-history-item", id=a.id, date=a.created_at, audience=audience_name(t, a.audience),
                       text=preview or t("announce-erased"), file="yes" if a.file_id else "no", **counts))
    if not items:
        lines.append(t("announce-history-empty"))
    return fit_lines(lines, sep="\n\n")


def info_text(t: TextFn, view: InfoView) -> str:
    info = view.info
    parts = [t("info-title", org=view.org_name)]
    if info is None or info.empty:
        parts.append(t("info-empty-coordinator" if view.can_edit else "info-empty"))
    else:
        if info.body:
            parts.append(Raw(info.body))
        if info.contacts:
            parts.append(t("info-contacts", contact=Raw(info.contacts)))
        if info.file_id:
            parts.append(t("info-file", name=info.file_name or "—"))
    return "\n\n".join(parts)


def create_router() -> Router:
    router = Router(name="announcements")

    async def show_history(target: Message | CallbackQuery, t: TextFn, actor: Actor,
                           announcements: AnnouncementService, page: int) -> None:
        items, page, pages = await announcements.history(actor, page)
        text, markup = history_text(t, items, page, pages), kb.history(t, page, pages)
        if isinstance(target, CallbackQuery):
            await target.answer()
            await replace_page(target, text, markup)
        else:
            await target.answer(text, reply_markup=markup)

    @router.message(Command("announce"))
    async def announce(message: Message, t: TextFn, actor: Actor, announcements: AnnouncementService) -> None:
        await show_history(message, t, actor, announcements, 0)

    @router.callback_query(AnnCb.filter(F.a == "hist"))
    async def history(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor,
                      announcements: AnnouncementService) -> None:
        await show_history(query, t, actor, announcements, callback_data.p)

    @router.callback_query(AnnCb.filter(F.a.in_({"new", "edit"})))
    async def new(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor, state: FSMContext) -> None:
        require_coordinator(actor)
        draft: dict[str, Any] = dict((await state.get_data()).get("ann") or {}) if callback_data.a == "edit" else {}
        draft.pop("body", None)
        draft.pop("token", None)  # the old preview's button sends nothing now
        await state.update_data(ann=draft)
        await state.set_state(AnnounceInput.text)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("announce-ask-text", limit=TEXT_LIMIT, file="yes" if draft.get("file") else "no"),
                  reply_markup=kb.cancel(t))

    async def ask_audience(target: Message | CallbackQuery, t: TextFn, state: FSMContext) -> None:
        await state.set_state(None)  # the draft stays in the data; the rest is buttons
        if isinstance(target, CallbackQuery):
            await say(target, t("announce-ask-audience"), reply_markup=kb.audiences(t))
        else:
            await target.answer(t("announce-ask-audience"), reply_markup=kb.audiences(t))

    async def draft_of(state: FSMContext) -> dict[str, Any]:
        draft = (await state.get_data()).get("ann")
        if not isinstance(draft, dict):
            raise DomainError("error-stale")
        return dict(draft)

    @router.message(StateFilter(AnnounceInput.text), NotCommand())
    async def got_text(message: Message, t: TextFn, actor: Actor, state: FSMContext,
                       announcements: AnnouncementService) -> None:
        draft = await draft_of(state)
        file = _file_of(message)
        if file is not None:
            draft["file"] = list(file)
            if not message.caption:  # the file first, the text next
                await state.update_data(ann=draft)
                await message.answer(t("announce-file-got-ask-text", limit=TEXT_LIMIT))
                return
            announcements.check_body(actor, message.caption)
        else:
            announcements.check_body(actor, message.text)
        draft["body"] = message.html_text
        await state.update_data(ann=draft)
        if draft.get("file"):
            await ask_audience(message, t, state)
            return
        await state.set_state(AnnounceInput.file)
        await message.answer(t("announce-ask-file"), reply_markup=kb.no_file(t))

    @router.message(StateFilter(AnnounceInput.file), NotCommand())
    async def got_file(message: Message, t: TextFn, actor: Actor, state: FSMContext) -> None:
        require_coordinator(actor)
        draft = await draft_of(state)
        file = _file_of(message)
        if file is None:
            await message.answer(t("announce-error-file-expected"), reply_markup=kb.no_file(t))
            return
        draft["file"] = list(file)
        await state.update_data(ann=draft)
        await ask_audience(message, t, state)

    @router.callback_query(AnnCb.filter(F.a.in_({"nofile", "auds"})))
    async def audiences(query: CallbackQuery, t: TextFn, actor: Actor, state: FSMContext) -> None:
        require_coordinator(actor)
        if not (await draft_of(state)).get("body"):
            raise DomainError("error-stale")
        await query.answer()
        await drop_buttons(query)
        await ask_audience(query, t, state)

    @router.callback_query(AnnCb.filter(F.a == "pairs"))
    async def pick_pair(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor,
                        announcements: AnnouncementService) -> None:
        choices = await announcements.pairs(actor)
        await query.answer()
        if not choices:
            await say(query, t("announce-no-pairs"), reply_markup=kb.audiences(t))
            return
        shown, page, pages = page_of(choices, callback_data.p, kb.PAIRS_PAGE)
        text, markup = t("announce-ask-pair", count=len(choices)), kb.pairs(t, shown, page, pages)
        if callback_data.v == "pg":  # a page of the list: in place
            await replace_page(query, text, markup)
        else:
            await drop_buttons(query)
            await say(query, text, reply_markup=markup)

    @router.callback_query(AnnCb.filter(F.a == "forms"))
    async def pick_form(query: CallbackQuery, t: TextFn, actor: Actor) -> None:
        require_coordinator(actor)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("announce-ask-form"), reply_markup=kb.forms(t))

    @router.callback_query(AnnCb.filter(F.a == "aud"))
    async def preview(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor, state: FSMContext,
                      translator: Translator, announcements: AnnouncementService) -> None:
        draft = await draft_of(state)
        if not draft.get("body"):
            raise DomainError("error-stale")
        audience = _audience_code(callback_data.v)
        count, org_name = await announcements.preview(actor, audience)
        await query.answer()
        if not count:
            await say(query, t("announce-error-nobody"), reply_markup=kb.audiences(t))
            return
        draft["audience"] = audience
        draft["token"] = announcements.new_token(actor)
        await state.update_data(ann=draft)
        await drop_buttons(query)
        await say(query, t("announce-preview-title"))
        # exactly what a participant reading this language gets
        await say(query, translator.get("announce-message", t.locale,
                                        {"org": org_name, "text": Raw(draft["body"]), "parent": "no"}))
        file = draft.get("file")
        await say(query, t("announce-preview-summary", audience=audience_name(t, audience), count=count,
                           file=(file[2] or t("announce-photo")) if file else "none"),
                  reply_markup=kb.preview(t, draft["token"], count))

    @router.callback_query(AnnCb.filter(F.a == "ok"))
    async def send(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor, state: FSMContext,
                   announcements: AnnouncementService) -> None:
        saved = (await state.get_data()).get("ann")
        draft = None
        if isinstance(saved, dict) and saved.get("token") == callback_data.id and saved.get("body"):
            file = saved.get("file")
            draft = Draft(saved["body"], saved["audience"], (file[0], file[1], file[2]) if file else None)
        announcement, count, fresh = await announcements.confirm(actor, callback_data.id, draft)
        await query.answer()
        if not fresh:  # the same button again (a double tap): what the first tap queued
            await say(query, t("announce-already", id=announcement.id, count=count))
            return
        await state.update_data(ann=None)
        await drop_buttons(query)
        await say(query, t("announce-queued", id=announcement.id, count=count,
                           audience=audience_name(t, announcement.audience)))

    @router.callback_query(AnnCb.filter(F.a == "stop"))
    async def stop(query: CallbackQuery, t: TextFn, state: FSMContext) -> None:
        await state.set_state(None)
        await state.update_data(ann=None, info_field=None)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("cancelled"))

    @router.callback_query(ActionCb.filter(F.command == "annfile"))
    async def open_file(query: CallbackQuery, callback_data: ActionCb, actor: Actor,
                        announcements: AnnouncementService) -> None:
        announcement = await announcements.file_for(actor, callback_data.target_id)
        await query.answer()
        bot, chat = reply_target(query)
        assert announcement.file_id is not None
        if announcement.file_kind == "photo":
            await bot.send_photo(chat, announcement.file_id)
        else:
            await bot.send_document(chat, announcement.file_id)

    # ---- the programme's information -----------------------------------------------------------------------

    async def show_info(target: Message | CallbackQuery, t: TextFn, actor: Actor,
                        announcements: AnnouncementService) -> None:
        view = await announcements.info(actor)
        bot, chat = reply_target(target)
        markup = kb.info(t, bool(view.info and view.info.file_id)) if view.can_edit else None
        await bot.send_message(chat, info_text(t, view), reply_markup=markup)
        if view.info is not None and view.info.file_id:
            await bot.send_document(chat, view.info.file_id)

    @router.message(Command("info"))
    async def info(message: Message, t: TextFn, actor: Actor, announcements: AnnouncementService) -> None:
        await show_info(message, t, actor, announcements)

    @router.callback_query(AnnCb.filter(F.a == "iset"))
    async def ask_info(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor,
                       state: FSMContext) -> None:
        require_coordinator(actor)
        if callback_data.v not in ("body", "contacts", "file"):
            raise DomainError("error-stale")
        await state.update_data(info_field=callback_data.v)
        await state.set_state(InfoInput.value)
        await query.answer()
        await say(query, t("info-ask", field=callback_data.v), reply_markup=kb.info_input(t, callback_data.v))

    @router.message(StateFilter(InfoInput.value), Has("document"))
    async def got_info_file(message: Message, t: TextFn, actor: Actor, state: FSMContext,
                            announcements: AnnouncementService) -> None:
        if (await state.get_data()).get("info_field") != "file":
            raise InvalidInput("info-error-text")
        assert message.document is not None
        await announcements.set_info(actor, "file", (message.document.file_id, message.document.file_name))
        await state.set_state(None)
        await message.answer(t("info-saved"))
        await show_info(message, t, actor, announcements)

    @router.message(StateFilter(InfoInput.value), NotCommand())
    async def got_info(message: Message, t: TextFn, actor: Actor, state: FSMContext,
                       announcements: AnnouncementService) -> None:
        field = (await state.get_data()).get("info_field")
        if field == "file":
            raise InvalidInput("info-error-document")
        if field not in ("body", "contacts"):
            raise DomainError("error-stale")
        if message.text is None:
            raise InvalidInput("info-error-text")
        await announcements.set_info(actor, field, message.html_text, plain=message.text)
        await state.set_state(None)
        await message.answer(t("info-saved"))
        await show_info(message, t, actor, announcements)

    @router.callback_query(AnnCb.filter(F.a == "iclr"))
    async def clear_info(query: CallbackQuery, callback_data: AnnCb, t: TextFn, actor: Actor, state: FSMContext,
                         announcements: AnnouncementService) -> None:
        if callback_data.v not in ("body", "contacts", "file"):
            raise DomainError("error-stale")
        await announcements.set_info(actor, callback_data.v, None)
        if await state.get_state() == InfoInput.value.state:
            await state.set_state(None)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("info-cleared", field=callback_data.v))
        await show_info(query, t, actor, announcements)

    return router

