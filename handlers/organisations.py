"""Super-admin: create an organisation in chat (any answer can be changed on the summary), appoint its coordinators
by invite link. Coordinator: /org — the organisation's name, kind, time zone and legal address, each changed on its
own and validated as at creation."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot import render
from bot.callbacks import OrgCb, OrgEditCb, OrgKindCb, OrgTzCb
from bot.i18n import TextFn
from bot.keyboards import organisations as kb
from bot.keyboards.common import page_of
from bot.services import validation
from bot.services.access import Actor, require_admin
from bot.services.errors import InvalidInput
from bot.services.invites import InviteService
from bot.services.matching import form_name
from bot.services.organisations import RUSSIAN_TIMEZONES, OrganisationService, OrgDraft, parse_timezone
from bot.services.records import Channel, InviteRole, Organisation, OrgKind
from bot.states import NewOrg, OrgEdit
from handlers._util import NotCommand, callback_message, drop_buttons, links_app, replace_page, say, start_links


async def _summary(t: TextFn, state: FSMContext) -> str:
    data = await state.get_data()
    return t(
        "org-confirm",
        name=data["name"],
        kind=t("org-kind", kind=data["kind"]),
        timezone=render.tz_label(t, data["timezone"]),
        address=data["address"],
    )


def org_card(t: TextFn, org: Organisation) -> str:
    return t("org-card", name=org.name, kind=t("org-kind", kind=org.kind.value),
             timezone=render.tz_label(t, org.timezone), address=org.address or "—")


async def _then(state: FSMContext, t: TextFn, step: State, prompt: str,
                markup: InlineKeyboardMarkup | None = None) -> tuple[str, InlineKeyboardMarkup | None]:
    """After an answer of /neworg: the next step — or, when the answer was changed from the summary, the summary."""
    if (await state.get_data()).get("editing"):
        await state.set_state(NewOrg.confirm)
        return await _summary(t, state), kb.confirm(t)
    await state.set_state(step)
    return prompt, markup


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
        text, markup = await _then(state, t, NewOrg.kind, t("org-ask-kind"), kb.kinds(t))
        await message.answer(text, reply_markup=markup)

    @router.callback_query(OrgKindCb.filter(), StateFilter(NewOrg.kind))
    async def org_kind(query: CallbackQuery, callback_data: OrgKindCb, state: FSMContext, t: TextFn,
                       actor: Actor) -> None:
        require_admin(actor)
        try:
            kind = OrgKind(callback_data.kind)
        except ValueError:
            raise InvalidInput("error-stale") from None
        await state.update_data(kind=kind.value)
        text, markup = await _then(state, t, NewOrg.timezone, t("org-ask-timezone"), kb.timezones(t))
        await query.answer()
        await drop_buttons(query)
        if (message := callback_message(query)) is not None:
            await message.answer(text, reply_markup=markup)

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
        text, markup = await _then(state, t, NewOrg.address, t("org-ask-address"))
        if message is not None:
            await message.answer(text, reply_markup=markup)

    @router.message(StateFilter(NewOrg.timezone_custom), NotCommand())
    async def org_timezone_custom(message: Message, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_admin(actor)
        zone = parse_timezone(message.text)
        await state.update_data(timezone=zone)
        text, markup = await _then(state, t, NewOrg.address, t("org-ask-address"))
        await message.answer(text, reply_markup=markup)

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

    @router.callback_query(OrgEditCb.filter(F.o == 0), StateFilter(NewOrg.confirm))
    async def org_draft_change(query: CallbackQuery, callback_data: OrgEditCb, state: FSMContext, t: TextFn,
                               actor: Actor) -> None:
        """«Изменить …» on the summary of /neworg: that one question again, then back to the summary."""
        require_admin(actor)
        asks: dict[str, tuple[State, str, InlineKeyboardMarkup | None]] = {
            "name": (NewOrg.name, "org-ask-name", None), "kind": (NewOrg.kind, "org-ask-kind", kb.kinds(t)),
            "timezone": (NewOrg.timezone, "org-ask-timezone", kb.timezones(t)),
            "address": (NewOrg.address, "org-ask-address", None)}
        if callback_data.a not in asks:
            raise InvalidInput("error-stale")
        step, prompt, markup = asks[callback_data.a]
        await state.update_data(editing=True)
        await state.set_state(step)
        await query.answer()
        await drop_buttons(query)
        await say(query, t(prompt), reply_markup=markup)

    # ---- /org: the coordinator's organisation ---------------------------------------------------

    @router.message(Command("org"))
    async def org_show(message: Message, t: TextFn, actor: Actor, organisations: OrganisationService) -> None:
        org = await organisations.own(actor)
        await message.answer(org_card(t, org) + "\n\n" + t("org-edit-hint"), reply_markup=kb.edit(t, org.id))

    @router.callback_query(OrgEditCb.filter(F.o > 0))
    async def org_change(query: CallbackQuery, callback_data: OrgEditCb, state: FSMContext, t: TextFn,
                         actor: Actor, organisations: OrganisationService) -> None:
        org = await organisations.own(actor, callback_data.o)
        action = callback_data.a
        await query.answer()
        if action == "show":  # the super-admin's /orgs: the organisation's card to change it
            await say(query, org_card(t, org) + "\n\n" + t("org-edit-hint"), reply_markup=kb.edit(t, org.id))
        elif action in ("name", "address") or (action == "z" and callback_data.v == "-1"):
            field = "timezone" if action == "z" else action
            await state.set_state(OrgEdit.value)
            await state.update_data(org_id=org.id, field=field)
            prompt = {"name": "org-ask-name", "address": "org-ask-address", "timezone": "org-ask-timezone-custom"}
            await say(query, t(prompt[field]))
        elif action == "kind":
            await say(query, t("org-ask-kind-new", kind=t("org-kind", kind=org.kind.value)),
                      reply_markup=kb.edit_kinds(t, org.id, org.kind))
        elif action == "timezone":
            await say(query, t("org-ask-timezone"), reply_markup=kb.edit_timezones(t, org.id))
        elif action == "k":
            try:
                kind = OrgKind(callback_data.v)
            except ValueError:
                raise InvalidInput("error-stale") from None
            blocked = await organisations.stranded(org, kind)
            if blocked:  # say why, and what is in the way
                lines = [t("org-kind-blocked", kind=t("org-kind", kind=kind.value))]
                lines += [t("org-kind-blocked-role", role=role, count=n) for role, n in sorted(blocked.roles.items())]
                lines += [t("org-kind-blocked-form", form=form_name(t, form), count=n)
                          for form, n in sorted(blocked.forms.items())]
                lines += [t("org-kind-blocked-invite", role=role, count=n)
                          for role, n in sorted(blocked.invites.items())]
                await drop_buttons(query)
                await say(query, "\n".join(lines))
                return
            await finish_edit(query, t, await organisations.edit(actor, org.id, "kind", kind.value))
        elif action == "z":
            index = int(callback_data.v) if callback_data.v.isdigit() else -1
            if not 0 <= index < len(RUSSIAN_TIMEZONES):
                raise InvalidInput("error-stale")
            await finish_edit(query, t, await organisations.edit(actor, org.id, "timezone", RUSSIAN_TIMEZONES[index]))
        else:
            raise InvalidInput("error-stale")

    async def finish_edit(event: CallbackQuery | Message, t: TextFn, org: Organisation) -> None:
        text = t("org-updated") + "\n\n" + org_card(t, org)
        if isinstance(event, CallbackQuery):
            await drop_buttons(event)
            await say(event, text, reply_markup=kb.edit(t, org.id))
        else:
            await event.answer(text, reply_markup=kb.edit(t, org.id))

    @router.message(StateFilter(OrgEdit.value), NotCommand())
    async def org_typed(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                        organisations: OrganisationService) -> None:
        data = await state.get_data()
        org = await organisations.edit(actor, int(data.get("org_id", 0)), str(data.get("field", "")),
                                       message.text or "")
        await state.clear()
        await finish_edit(message, t, org)

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
        return "\n".join(lines), kb.coordinator_invite(t, shown, page, pages, editable=True)

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
                                 bot: Bot, invites: InviteService, organisations: OrganisationService,
                                 channel_bots: dict[Channel, Bot]) -> None:
        require_admin(actor)
        org = await organisations.get(callback_data.org_id)
        invite = await invites.create(actor, InviteRole.COORDINATOR, 7, 1, org_id=org.id)
        await query.answer()
        if (message := callback_message(query)) is not None:
            await message.answer(t(
                "org-coordinator-link", org=org.name, link=await start_links(t, channel_bots, invite.token),
                expires=render.local_date(invite.expires_at, org.timezone), channel=links_app(channel_bots),
            ))

    return router
