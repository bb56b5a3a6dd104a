"""/help for the asker's roles, /language, /cancel, and the blocked/unblocked bookkeeping."""

from __future__ import annotations

import logging
from contextlib import suppress

from aiogram import Bot, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message

from bot import menu
from bot.callbacks import LangCb
from bot.i18n import TextFn, Translator
from bot.keyboards import common as kb
from bot.services.access import Actor
from bot.services.mentoring_forms import role_key
from bot.services.privacy import PrivacyService
from bot.services.profile import ProfileService
from bot.services.records import Account, Channel, Person, PersonStatus, Role
from handlers._util import drop_buttons

logger = logging.getLogger(__name__)


def help_text(t: TextFn, actor: Actor, children: list[Person] | None = None, linkable: bool = False) -> str:
    """``children``: those the asker consented for as their parent (shown with what the parent can do);
    ``linkable``: the deployment runs both messengers (/link is listed)."""
    person = actor.active_person
    parts = [t("help-intro")]
    if children:
        parts.append(t("help-parent", children=", ".join(c.full_name or "—" for c in children)))
    if actor.person is not None and person is None:
        waiting = actor.person.status is PersonStatus.AWAITING_PARENT
        parts.append(t("help-awaiting-parent" if waiting else "help-registering"))
    elif person is None:
        if not children:  # a parent only is not «not registered»
            parts.append(t("help-guest"))
    else:
        parts.append(t("help-participant") + ("\n" + t("help-link") if linkable else ""))
        for role in (Role.COORDINATOR, Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER, Role.MENTEE_STUDENT, Role.STAFF):
            if role in person.roles:
                parts.append(t("help-role", role=role_key(person, role)))
    if actor.is_admin:
        parts.append(t("help-admin"))
    parts.append(t("help-cancel"))
    return "\n\n".join(parts)


def create_router() -> Router:
    router = Router(name="common")

    @router.message(Command("help"))
    async def help_cmd(message: Message, t: TextFn, actor: Actor, privacy: PrivacyService, account: Account,
                       channel_bots: dict[Channel, Bot]) -> None:
        await message.answer(help_text(t, actor, await privacy.children(account), len(channel_bots) > 1))

    @router.message(Command("cancel"))
    async def cancel(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        if await state.get_state() is None:
            registering = actor.person is not None and actor.person.status is PersonStatus.REGISTERING
            await message.answer(t("cancel-registration" if registering else "cancel-nothing"))
            return
        await state.clear()
        await message.answer(t("cancelled"))

    @router.message(Command("language"))
    async def language(message: Message, t: TextFn) -> None:
        await message.answer(t("language-choose"), reply_markup=kb.languages())

    @router.callback_query(LangCb.filter())
    async def set_language(query: CallbackQuery, callback_data: LangCb, state: FSMContext, actor: Actor, bot: Bot,
                           translator: Translator, profiles: ProfileService, account: Account) -> None:
        locale = translator.normalise(callback_data.code)
        person = await profiles.set_locale(account, locale)
        if person is None:
            await state.update_data(locale=locale)
        t = translator.bind(person.text_locale if person is not None else locale)
        await query.answer()
        await drop_buttons(query)
        if query.message is not None:
            await bot.send_message(query.from_user.id, t("language-set"))
        if (person is not None and person.status is PersonStatus.ACTIVE) or actor.is_admin:
            await menu.refresh_menu(bot, translator, query.from_user.id, person, actor.is_admin)

    @router.my_chat_member()
    async def membership(event: ChatMemberUpdated, bot: Bot, profiles: ProfileService,
                         account: Account | None) -> None:
        if event.chat.type != "private":
            # added to a group or channel: leave, the bot only talks in private chats
            if event.new_chat_member.status in ("member", "administrator", "restricted"):
                logger.info("added to chat %s; leaving", event.chat.id)
                with suppress(TelegramAPIError):
                    await bot.leave_chat(event.chat.id)
            return
        if account is None:
            return
        if event.new_chat_member.status == "kicked":
            await profiles.mark_blocked(account)
        elif event.new_chat_member.status == "member":
            await profiles.mark_unblocked(account)

    return router
