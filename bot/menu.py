"""The command menu (set_my_commands): per role and per language in Telegram; in MAX one list for everyone.

MAX has one global command list per bot (no per-chat or per-language scopes): it shows the guest commands in the
default language, and /help lists each person's own commands for their roles (``handlers/common.py``)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable, Mapping

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault

from bot.channels import channel_of, links_messengers
from bot.i18n import SUPPORTED, Translator
from bot.services.records import Account, Channel, Person, PersonStatus, Role

logger = logging.getLogger(__name__)

GUEST = ("start", "help", "language", "privacy")
PARTICIPANT = ("start", "help", "language", "privacy", "mydata", "link", "info")
COORDINATOR = ("people", "org", "invite", "invites", "partners", "roadmap", "campaigns", "mentors", "mentees", "pairs",
               "unmatched", "activity", "report", "announce", "achievements", "acts")
STAFF = ("tasks", "roadmap")
ADMIN = ("neworg", "orgs", "report")


def command_names(person: Person | None, is_admin: bool, linkable: bool = False) -> list[str]:
    """``linkable``: the deployment runs both messengers (only then /link has a second account to link)."""
    active = person is not None and person.status is PersonStatus.ACTIVE
    names = [n for n in (PARTICIPANT if active else GUEST) if linkable or n != "link"]
    if active and person is not None and Role.COORDINATOR in person.roles:
        names += COORDINATOR
    if active and person is not None and person.has_role(Role.MENTOR_CANDIDATE, Role.MENTEE_TEACHER,
                                                         Role.MENTEE_STUDENT):
        names += ["survey", "mypair", "meeting", "meetings"]
        names += [] if "achievements" in names else ["achievements"]
    if active and person is not None and person.has_role(Role.STAFF, Role.COORDINATOR):
        names += [n for n in STAFF if n not in names]
    if is_admin:
        names += [n for n in ADMIN if n not in names]
    names.append("cancel")
    return names


def commands(translator: Translator, locale: str, names: list[str]) -> list[BotCommand]:
    return [BotCommand(command=n, description=translator.get(f"cmd-{n}", locale)) for n in names]


async def set_if_changed(bot: Bot, wanted: list[BotCommand], scope: BotCommandScopeDefault | BotCommandScopeChat,
                         language_code: str | None = None) -> bool:
    """Set a menu only when Telegram shows another one there (a restart usually changes nothing); True: it was set."""
    try:
        shown = await bot.get_my_commands(scope=scope, language_code=language_code)
    except TelegramAPIError:
        shown = None  # cannot tell: set it
    if shown is not None and [(c.command, c.description) for c in shown] == [(c.command, c.description)
                                                                             for c in wanted]:
        return False
    await bot.set_my_commands(wanted, scope, language_code=language_code)
    return True


async def set_default_menus(bot: Bot, translator: Translator) -> None:
    """What people who are not registered yet see, in each language Telegram tells us (all at once, each only
    when it changed: start-up waits for one round trip, not one per menu). In MAX: the one global list."""
    if channel_of(bot) == "max":
        await set_if_changed(bot, commands(translator, translator.default, list(GUEST)), BotCommandScopeDefault())
        return
    await asyncio.gather(
        *(set_if_changed(bot, commands(translator, locale, list(GUEST)), BotCommandScopeDefault(), locale)
          for locale in SUPPORTED),
        set_if_changed(bot, commands(translator, translator.default, list(GUEST)), BotCommandScopeDefault()))


async def refresh_menus(bots: Mapping[Channel, Bot], translator: Translator, accounts: Iterable[Account],
                        person: Person | None, is_admin: bool = False) -> None:
    """The menus of someone else (a coordinator changed their roles, ended their participation): in each of their
    accounts' channels this deployment runs."""
    for account in accounts:
        bot = bots.get(account.channel)
        if bot is not None:
            await refresh_menu(bot, translator, account.external_id, person, is_admin)


async def refresh_menu(bot: Bot, translator: Translator, chat_id: int, person: Person | None,
                       is_admin: bool, *, changed_only: bool = False) -> None:
    """This user's menu, in their language, for their roles. Never fails the caller. ``changed_only`` (start-up):
    ask Telegram first and set it only when it differs. In MAX nothing: its one menu is everyone's (/help lists
    the person's commands)."""
    if channel_of(bot) == "max":
        return
    try:
        if person is None and not is_admin:
            await bot.delete_my_commands(BotCommandScopeChat(chat_id=chat_id))
            return
        locale = person.text_locale if person else translator.default
        wanted = commands(translator, locale, command_names(person, is_admin, links_messengers(bot)))
        if changed_only:
            await set_if_changed(bot, wanted, BotCommandScopeChat(chat_id=chat_id))
        else:
            await bot.set_my_commands(wanted, BotCommandScopeChat(chat_id=chat_id))
    except TelegramAPIError as exc:
        logger.warning("could not set commands for chat %s: %s", chat_id, exc)
