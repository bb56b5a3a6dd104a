from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import InviteCb
from bot.i18n import TextFn
from bot.keyboards.common import add_pager
from bot.services.invites import EXPIRY_CHOICES_DAYS, USES_CHOICES
from bot.services.records import Invite, InviteRole, Partner


def roles(t: TextFn, offered: Sequence[InviteRole]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for role in offered:
        kb.button(text=t("invite-role", role=role.value), callback_data=InviteCb(action="role", role=role.value))
    kb.adjust(1)
    return kb.as_markup()


def partners(t: TextFn, role: str, choices: Sequence[Partner], own: bool) -> InlineKeyboardMarkup:
    """Which partner organisation the mentors come from; ``own``: or the organisation's own pupils/students."""
    kb = InlineKeyboardBuilder()
    for partner in choices[:30]:
        kb.button(text=partner.name[:60], callback_data=InviteCb(action="partner", role=role, partner=partner.id))
    if own:
        kb.button(text=t("invite-btn-own"), callback_data=InviteCb(action="partner", role=role))
    kb.adjust(1)
    return kb.as_markup()


def days(t: TextFn, role: str, partner: int = 0) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for n in EXPIRY_CHOICES_DAYS:
        kb.button(text=t("invite-days", days=n),
                  callback_data=InviteCb(action="days", role=role, days=n, partner=partner))
    kb.adjust(2)
    return kb.as_markup()


def uses(t: TextFn, role: str, n_days: int, token: int, partner: int = 0) -> InlineKeyboardMarkup:
    """The last step: a tap creates the invite; ``token`` is the one-shot token it uses up (a second tap of any of
    these buttons creates nothing more)."""
    kb = InlineKeyboardBuilder()
    for n in USES_CHOICES:
        kb.button(text=t("invite-uses", uses=n),
                  callback_data=InviteCb(action="uses", role=role, days=n_days, uses=n, invite_id=token,
                                         partner=partner))
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
