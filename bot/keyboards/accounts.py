from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import AccountCb
from bot.i18n import TextFn
from bot.services.records import Account, Channel


def screen(t: TextFn, mine: Account, accounts: tuple[Account, ...],
           open_links: dict[Channel, str]) -> InlineKeyboardMarkup:
    """``open_links``: a deep link carrying the code, per messenger the person has no account in yet (a tap there
    links it at once); unlinking for each account but the one they write from."""
    kb = InlineKeyboardBuilder()
    for channel, url in open_links.items():
        kb.button(text=t("account-btn-open", app=t(f"account-app-{channel.value}")), url=url)
    kb.button(text=t("account-btn-new-code"), callback_data=AccountCb(a="code"))
    for account in accounts:
        if account.channel is not mine.channel:
            kb.button(text=t("account-btn-unlink", app=t(f"account-app-{account.channel.value}")),
                      callback_data=AccountCb(a="unlink", c=account.channel.value))
    kb.adjust(1)
    return kb.as_markup()


def confirm_unlink(t: TextFn, channel: Channel) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("account-btn-unlink-confirm", app=t(f"account-app-{channel.value}")),
              callback_data=AccountCb(a="ok", c=channel.value))
    kb.button(text=t("btn-cancel"), callback_data=AccountCb(a="code"))
    kb.adjust(1)
    return kb.as_markup()
