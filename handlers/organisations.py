"""Super-admin: create an organisation in chat, appoint its coordinators by invite link."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot import render
from bot.callbacks import OrgCb, OrgKindCb, OrgTzCb
from bot.i18n import Raw, TextFn
from bot.keyboards import organisations as kb
from bot.keyboards.common import page_of
from bot.services import validation
from bot.services.access import Actor, require_admin
from bot.services.errors import InvalidInput
from bot.services.invites import InviteService, deep_link
from bot.services.organisations import RUSSIAN_TIMEZONES, OrganisationService, OrgDraft, parse_timezone
from bot.services.records import InviteRole, OrgKind
from bot.states import NewOrg
from handlers._util import NotCommand, callback_message, drop_buttons, replace_page


async def _summary(t: TextFn, state: FSMContext) -> str:
    data = await state.get_data()
    return t(
        "org-confirm",
        name=data["name"],
        kind=t("org-kind", kind=data["kind"]),
        timezone=render.tz_label(t, data["timezone"]),
        address=data["address"],
    )


def create_router() -> Router:
    router = Router(name="organisations")

    @router.message(Command("neworg"))
    async def new_org(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_admin(actor)
        await state.set_state(NewOrg.name)
        await state.set_data({})
        await message.answer(t("org-ask-name"))

    @router.message(StateFilter(NewOrg.name), NotCommand())
    async def org_name(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_admin(actor)
        name = validation.org_name(message.text)
        await state.update_data(name=name)
        await state.set_state(NewOrg.kind)
        await message.answer(t("org-ask-kind"), reply_markup=kb.kinds(t))

    @router.callback_query(OrgKindCb.filter(), StateFilter(NewOrg.kind))
    async def org_kind(query: CallbackQuery, callback_data: OrgKindCb, state: FSMContext, t: TextFn,
                       actor: Actor) -> None:
        require_admin(actor)
        try:
            kind = OrgKind(callback_data.kind)
        except ValueError:
            raise InvalidInput("error-stale") from None
        await state.update_data(kind=kind.value)
        await state.set_state(NewOrg.timezone)
        await query.answer()
        await drop_buttons(query)
        if (message := callback_message(query)) is not None:
            await message.answer(t("org-ask-timezone"), reply_markup=kb.timezones(t))

    @router.callback_query(OrgTzCb.filter(), StateFilter(NewOrg.timezone))
    async def org_timezone(query: CallbackQuery, callback_data: OrgTzCb, state: FSMContext, t: TextFn,
                           actor: Actor) -> None:
        require_admin(actor)
        message = callback_message(query)
        await query.answer()
        await drop_buttons(query)
        if callback_data.index == -1:
            await state.set_state(NewOrg.timezone_custom)
            if message is not None:
                await message.answer(t("org-ask-timezone-custom"))
            return
        if not 0 <= callback_data.index < len(RUSSIAN_TIMEZONES):
            raise InvalidInput("error-stale")
        await state.update_data(timezone=RUSSIAN_TIMEZONES[callback_data.index])
        await state.set_state(NewOrg.address)
        if message is not None:
            await message.answer(t("org-ask-address"))

    @router.message(StateFilter(NewOrg.timezone_custom), NotCommand())
    async def org_timezone_custom(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_admin(actor)
        zone = parse_timezone(message.text)
        await state.update_data(timezone=zone)
        await state.set_state(NewOrg.address)
        await message.answer(t("org-ask-address"))

    @router.message(StateFilter(NewOrg.address), NotCommand())
    async def org_address(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_admin(actor)
        address = validation.org_address(message.text)
        await state.update_data(address=address)
        await state.set_state(NewOrg.confirm)
        await message.answer(await _summary(t, state), reply_markup=kb.confirm(t))

    @router.callback_query(OrgCb.filter(F.action.in_({"create", "cancel"})), StateFilter(NewOrg.confirm))
    async def org_create(query: CallbackQuery, callback_data: OrgCb, state: FSMContext, t: TextFn,
                         actor: Actor, organisations: OrganisationService) -> None:
        require_admin(actor)
        message = callback_message(query)
        await drop_buttons(query)
        if callback_data.action == "cancel":
            await state.clear()
            await query.answer()
            if message is not None:
                await message.answer(t("cancelled"))
            return
        data = await state.get_data()
        org = await organisations.create(
            actor, OrgDraft(data["name"], OrgKind(data["kind"]), data["timezone"], data["address"])
        )
        await state.clear()
        await query.answer()
        if message is not None:
            await message.answer(t("org-created", name=org.name), reply_markup=kb.coordinator_invite(t, [org]))

    @router.message(StateFilter(NewOrg.kind, NewOrg.timezone, NewOrg.confirm), NotCommand())
    async def org_use_buttons(message: Message, t: TextFn) -> None:
        await message.answer(t("join-use-buttons"))

    async def orgs_page(t: TextFn, actor: Actor, organisations: OrganisationService,
                        page: int) -> tuple[str, InlineKeyboardMarkup | None]:
        orgs = await organisations.list_all(actor)
        if not orgs:
            return t("org-list-empty"), None
        shown, page, pages = page_of(orgs, page)
        lines = [t("org-list-title")]
        for org in shown:
            lines.append(t("org-list-item", id=org.id, name=org.name, kind=t("org-kind", kind=org.kind.value),
                           timezone=render.tz_label(t, org.timezone)))
        return "\n".join(lines), kb.coordinator_invite(t, shown, page, pages)

    @router.message(Command("orgs"))
    async def list_orgs(message: Message, t: TextFn, actor: Actor, organisations: OrganisationService) -> None:
        text, markup = await orgs_page(t, actor, organisations, 0)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(OrgCb.filter(F.action == "page"))
    async def list_orgs_page(query: CallbackQuery, callback_data: OrgCb, t: TextFn, actor: Actor,
                             organisations: OrganisationService) -> None:
        text, markup = await orgs_page(t, actor, organisations, callback_data.page)
        await query.answer()
        await replace_page(query, text, markup)

    @router.callback_query(OrgCb.filter(F.action == "coord"))
    async def invite_coordinator(query: CallbackQuery, callback_data: OrgCb, t: TextFn, actor: Actor,
                                 bot: Bot, invites: InviteService, organisations: OrganisationService) -> None:
        require_admin(actor)
        org = await organisations.get(callback_data.org_id)
        invite = await invites.create(actor, InviteRole.COORDINATOR, 7, 1, org_id=org.id)
        me = await bot.me()
        await query.answer()
        if (message := callback_message(query)) is not None:
            await message.answer(t(
                "org-coordinator-link", org=org.name, link=Raw(deep_link(me.username or "", invite.token)),
                expires=render.local_date(invite.expires_at, org.timezone),
            ))

    return router
