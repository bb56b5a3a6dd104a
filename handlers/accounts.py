"""/link: a person's accounts in the messengers — a one-time code to link the other one, the code typed there
(``/link 123456``, or the deep link ``/start link-123456``), and unlinking."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot import menu
from bot.callbacks import AccountCb
from bot.i18n import Raw, TextFn, Translator
from bot.keyboards import accounts as kb
from bot.services.access import Actor
from bot.services.accounts import CODE_LIFETIME, START_PREFIX, AccountService
from bot.services.errors import DomainError
from bot.services.invites import deep_link
from bot.services.records import Account, Channel
from handlers._util import replace_page, say


async def _screen(t: TextFn, actor: Actor, accounts: AccountService,
                  channel_bots: dict[Channel, Bot]) -> tuple[str, InlineKeyboardMarkup]:
    person = actor.active_person
    issued = await accounts.issue(actor)
    assert person is not None
    mine = person.accounts
    listed = "\n".join(t("account-line-here" if a == actor.account else "account-line", app=_app(t, a.channel),
                         value=a.external_id) for a in mine)
    # a deep link with the code in each messenger this deployment runs where the person has no account yet
    open_links = {channel: deep_link((await bot.me()).username or "", START_PREFIX + issued.code, channel)
                  for channel, bot in channel_bots.items() if all(a.channel is not channel for a in mine)}
    text = t("account-screen", accounts=Raw(listed), code=issued.code, minutes=CODE_MINUTES)
    return text, kb.screen(t, actor.account, mine, open_links)


CODE_MINUTES = int(CODE_LIFETIME.total_seconds() // 60)


def create_router() -> Router:
    router = Router(name="accounts")

    async def redeem(message: Message, t: TextFn, code: str, account: Account, accounts: AccountService,
                     state: FSMContext, bot: Bot, translator: Translator, actor: Actor) -> None:
        linked = await accounts.redeem(account, code)
        await state.clear()
        if linked.already:
            await message.answer(t("account-already-linked"))
            return
        person = linked.person
        theirs = translator.bind(person.text_locale)  # their language (this account may not have chosen one yet)
        await message.answer(theirs("account-linked", app=_app(theirs, account.channel), name=person.full_name or ""))
        await menu.refresh_menu(bot, translator, account.external_id, person, actor.is_admin)

    @router.message(CommandStart(deep_link=True, magic=F.args.startswith(START_PREFIX)))
    async def start_link(message: Message, command: CommandObject, t: TextFn, account: Account,
                         accounts: AccountService, state: FSMContext, bot: Bot, translator: Translator,
                         actor: Actor) -> None:
        await redeem(message, t, command.args or "", account, accounts, state, bot, translator, actor)

    @router.message(Command("link"))
    async def link(message: Message, command: CommandObject, t: TextFn, actor: Actor, account: Account,
                   accounts: AccountService, state: FSMContext, bot: Bot, translator: Translator,
                   channel_bots: dict[Channel, Bot]) -> None:
        if len(channel_bots) < 2:  # nothing to link: the deployment runs one messenger
            await message.answer(t("account-one-messenger"))
            return
        if command.args:
            await redeem(message, t, command.args, account, accounts, state, bot, translator, actor)
            return
        if actor.active_person is None:
            await message.answer(t("account-how"))
            return
        text, markup = await _screen(t, actor, accounts, channel_bots)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(AccountCb.filter(F.a == "code"))
    async def new_code(query: CallbackQuery, t: TextFn, actor: Actor, accounts: AccountService,
                       channel_bots: dict[Channel, Bot]) -> None:
        text, markup = await _screen(t, actor, accounts, channel_bots)
        await query.answer()
        await replace_page(query, text, markup)

    @router.callback_query(AccountCb.filter(F.a == "unlink"))
    async def unlink_ask(query: CallbackQuery, callback_data: AccountCb, t: TextFn) -> None:
        channel = _channel(callback_data.c)
        await query.answer()
        await replace_page(query, t("account-unlink-ask", app=_app(t, channel)), kb.confirm_unlink(t, channel))

    @router.callback_query(AccountCb.filter(F.a == "ok"))
    async def unlink(query: CallbackQuery, callback_data: AccountCb, t: TextFn, actor: Actor,
                     accounts: AccountService, channel_bots: dict[Channel, Bot], translator: Translator) -> None:
        channel = _channel(callback_data.c)
        gone = [a for a in (actor.person.accounts if actor.person else ()) if a.channel is channel]
        await accounts.unlink(actor, channel)
        await query.answer()
        await say(query, t("account-unlinked", app=_app(t, channel)))
        await menu.refresh_menus(channel_bots, translator, gone, None)  # that account sees a guest's menu

    return router


def _app(t: TextFn, channel: Channel) -> str:
    """The messenger's name, as the texts show it."""
    return t(f"account-app-{channel.value}")


def _channel(value: str) -> Channel:
    try:
        return Channel(value)
    except ValueError:
        raise DomainError("error-stale") from None
