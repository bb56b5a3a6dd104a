"""Coordinator: invite links per role (expiry, use limit), list and revoke them."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot import render
from bot.callbacks import InviteCb
from bot.i18n import TextFn
from bot.keyboards import invites as kb
from bot.keyboards.common import PAGE_SIZE, page_of
from bot.services.access import Actor, require_coordinator
from bot.services.errors import InvalidInput
from bot.services.invites import INVITABLE_ROLES, PARTNER_ROLES, InviteService
from bot.services.organisations import OrganisationService
from bot.services.records import Channel, InviteRole
from handlers._util import callback_message, drop_buttons, replace_page, start_links


def _role(value: str) -> InviteRole:
    try:
        role = InviteRole(value)
    except ValueError:
        raise InvalidInput("error-stale") from None
    if role not in INVITABLE_ROLES:
        raise InvalidInput("error-stale")
    return role


async def _list(t: TextFn, actor: Actor, invites: InviteService, organisations: OrganisationService,
                channel_bots: dict[Channel, Bot], page: int) -> tuple[str, InlineKeyboardMarkup | None]:
    active = await invites.list_active(actor)
    if not active:
        return t("invite-list-empty"), None
    org = await organisations.get(require_coordinator(actor))
    shown, page, pages = page_of(active, page)
    first = page * PAGE_SIZE + 1
    lines = [t("invite-list-title")]
    for number, invite in enumerate(shown, start=first):
        lines.append(t(
            "invite-list-item", number=number, role=invite.role.value, uses=invite.uses, max=invite.max_uses,
            expires=render.local_date(invite.expires_at, org.timezone),
            link=await start_links(t, channel_bots, invite.token),
        ))
    return "\n\n".join(lines), kb.revoke_list(t, shown, first, page, pages)


def create_router() -> Router:
    router = Router(name="invites")

    @router.message(Command("invite"))
    async def new_invite(message: Message, t: TextFn, actor: Actor, invites: InviteService) -> None:
        await message.answer(t("invite-ask-role"), reply_markup=kb.roles(t, await invites.roles(actor)))

    @router.callback_query(InviteCb.filter(F.action == "role"))
    async def pick_role(query: CallbackQuery, callback_data: InviteCb, t: TextFn, actor: Actor,
                        invites: InviteService) -> None:
        role = _role(callback_data.role)
        if role not in await invites.roles(actor):
            raise InvalidInput("error-stale")
        await query.answer()
        if (message := callback_message(query)) is None:
            return
        if role in PARTNER_ROLES:  # an outside mentor: from which partner organisation
            choices = await invites.partners(actor)
            own = role is InviteRole.MENTOR_STUDENT
            if not choices and not own:
                await message.edit_text(t("invite-no-partners"))
                return
            await message.edit_text(t("invite-ask-partner", role=role.value),
                                    reply_markup=kb.partners(t, role.value, choices, own))
            return
        await message.edit_text(t("invite-ask-days", role=role.value), reply_markup=kb.days(t, role.value))

    @router.callback_query(InviteCb.filter(F.action == "partner"))
    async def pick_partner(query: CallbackQuery, callback_data: InviteCb, t: TextFn, actor: Actor,
                           invites: InviteService) -> None:
        role = _role(callback_data.role)
        if role not in PARTNER_ROLES or (callback_data.partner and callback_data.partner not in {
                p.id for p in await invites.partners(actor)}):
            raise InvalidInput("error-stale")
        await query.answer()
        if (message := callback_message(query)) is not None:
            await message.edit_text(t("invite-ask-days", role=role.value),
                                    reply_markup=kb.days(t, role.value, callback_data.partner))

    @router.callback_query(InviteCb.filter(F.action == "days"))
    async def pick_days(query: CallbackQuery, callback_data: InviteCb, t: TextFn, actor: Actor,
                        invites: InviteService) -> None:
        role = _role(callback_data.role)
        token = await invites.token(actor)
        await query.answer()
        if (message := callback_message(query)) is not None:
            await message.edit_text(t("invite-ask-uses", role=role.value, days=callback_data.days),
                                    reply_markup=kb.uses(t, role.value, callback_data.days, token,
                                                         callback_data.partner))

    @router.callback_query(InviteCb.filter(F.action == "uses"))
    async def create(query: CallbackQuery, callback_data: InviteCb, t: TextFn, actor: Actor, bot: Bot,
                     invites: InviteService, organisations: OrganisationService,
                     channel_bots: dict[Channel, Bot]) -> None:
        role = _role(callback_data.role)
        invite, fresh = await invites.create_once(actor, role, callback_data.days, callback_data.uses,
                                                  callback_data.invite_id, partner_id=callback_data.partner or None)
        org = await organisations.get(invite.org_id)
        await query.answer()
        await drop_buttons(query)
        if (message := callback_message(query)) is not None:
            await message.answer(t(
                "invite-created" if fresh else "invite-already-created", role=invite.role.value, uses=invite.max_uses,
                expires=render.local_date(invite.expires_at, org.timezone),
                link=await start_links(t, channel_bots, invite.token),
            ))

    @router.message(Command("invites"))
    async def list_invites(message: Message, t: TextFn, actor: Actor, bot: Bot, invites: InviteService,
                           organisations: OrganisationService,
                           channel_bots: dict[Channel, Bot]) -> None:
        text, markup = await _list(t, actor, invites, organisations, channel_bots, 0)
        await message.answer(text, reply_markup=markup, disable_web_page_preview=True)

    @router.callback_query(InviteCb.filter(F.action.in_({"revoke", "page"})))
    async def revoke_or_page(query: CallbackQuery, callback_data: InviteCb, t: TextFn, actor: Actor, bot: Bot,
                             invites: InviteService, organisations: OrganisationService,
                             channel_bots: dict[Channel, Bot]) -> None:
        if callback_data.action == "revoke":
            await invites.revoke(actor, callback_data.invite_id)
            await query.answer(t("invite-revoked"))
        else:
            await query.answer()
        text, markup = await _list(t, actor, invites, organisations, channel_bots, callback_data.page)
        await replace_page(query, text, markup, disable_web_page_preview=True)

    return router
