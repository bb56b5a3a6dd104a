from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import InviteCb
from bot.i18n import TextFn
from bot.keyboards.common import add_pager
from bot.services.invites import EXPIRY_CHOICES_DAYS, INVITABLE_ROLES, USES_CHOICES
from bot.services.records import Invite


def roles(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for role in INVITABLE_ROLES:
        kb.button(text=t("invite-role", role=role.value), callback_data=InviteCb(action="role", role=role.value))
    kb.adjust(1)
    return kb.as_markup()


def days(t: TextFn, role: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for n in EXPIRY_CHOICES_DAYS:
        kb.button(text=t("invite-days", days=n), callback_data=InviteCb(action="days", role=role, days=n))
    kb.adjust(2)
    return kb.as_markup()


def uses(t: TextFn, role: str, n_days: int, token: int) -> InlineKeyboardMarkup:
    """The last step: a tap creates the invite; ``token`` is the one-shot token it uses up (a second tap of any of
    these buttons creates nothing more)."""
    kb = InlineKeyboardBuilder()
    for n in USES_CHOICES:
        kb.button(text=t("invite-uses", uses=n),
                  callback_data=InviteCb(action="uses", role=role, days=n_days, uses=n, invite_id=token))
    kb.adjust(2)
    return kb.as_markup()


def revoke_list(t: TextFn, invites: Sequence[Invite], first_number: int, page: int, pages: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, invite in enumerate(invites, start=first_number):
        kb.button(text=t("invite-btn-revoke", number=number),
                  callback_data=InviteCb(action="revoke", invite_id=invite.id, page=page))
    kb.adjust(3)
    add_pager(kb, page, pages, lambda p: InviteCb(action="page", page=p))
    return kb.as_markup()
