"""The coordinator's /people: participants by role, search by name, a card per person, roles, ending participation,
a fresh invite link."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot import menu, render
from bot.callbacks import PeopleCb
from bot.i18n import Raw, TextFn, Translator
from bot.keyboards import people as kb
from bot.keyboards.common import page_of
from bot.services.access import Actor, require_coordinator
from bot.services.errors import DomainError
from bot.services.matching import form_name
from bot.services.mentoring_forms import role_key
from bot.services.people import ALL, ROLE_KEYS, SEARCH, PeopleService, PersonCard
from bot.services.questionnaire_model import localized
from bot.services.questionnaires import QuestionnaireService
from bot.services.records import Channel, Person, Role
from bot.services.registration import ROLE_ORDER
from bot.states import PeopleInput
from handlers._util import NotCommand, drop_buttons, fit_lines, links_app, replace_page, say, start_links

PAGE = 10


def _name(t: TextFn, person: Person) -> str:
    return person.full_name or t("people-no-name")


async def home_screen(t: TextFn, actor: Actor, people: PeopleService) -> tuple[str, InlineKeyboardMarkup | None]:
    roster = await people.roster(actor)
    if not roster.people:
        return t("people-empty"), None
    text = t("people-title", org=roster.org.name, count=len(roster.people)) + "\n" + t("people-pick")
    return text, kb.home(t, roster.counts, len(roster.people))


async def list_screen(t: TextFn, actor: Actor, people: PeopleService, role: str, page: int,
                      query: str | None) -> tuple[str, InlineKeyboardMarkup]:
    if role not in (*ROLE_KEYS, ALL, SEARCH):
        raise DomainError("error-stale")
    found = await people.listed(actor, role, query)
    shown, page, pages = page_of(found, page, PAGE)
    first = page * PAGE + 1
    lines = [t("people-list-title", role=role, query=query or "", count=len(found))]
    lines += [t("people-list-item", number=n, name=_name(t, p), status=p.status.value, roles=render.roles_text(t, p))
              for n, p in enumerate(shown, start=first)] or [t("people-list-none")]
    return fit_lines(lines), kb.listing(t, shown, first, role, page, pages)


def card_text(t: TextFn, card: PersonCard, questionnaires: QuestionnaireService) -> str:
    p, tz = card.person, card.org.timezone
    lines = [t("people-card-title", name=_name(t, p), id=p.id),
             t("people-card-roles", roles=render.roles_text(t, p) or "—"),
             t("people-card-status", status=p.status.value)]
    if p.position:
        lines.append(t("people-card-position", value=p.position))
    if p.subject:
        lines.append(t("people-card-subject", value=p.subject))
    if p.experience_years is not None:
        lines.append(t("people-card-experience", years=p.experience_years))
    if p.phone:
        lines.append(t("people-card-phone", value=p.phone))
    if p.guardian_name:
        lines.append(t("people-card-parent", value=p.guardian_name))
    lines += ["", t("people-card-pairs")]
    lines += [t("people-card-pair", id=pair.id, form=form_name(t, pair.form),
                status=t("xlsx-pair-status", status=pair.status), is_mentor="yes" if pair.as_mentor else "no",
                others=", ".join(pair.others) or "—") for pair in card.pairs] or [t("people-card-none")]
    lines += ["", t("people-card-consents")]
    lines += [t("people-card-consent", kind=e.kind.value, pair=e.pair_id or 0, action=e.action.value,
                date=render.local_date(e.created_at, tz), version=e.version)
              for e in card.consents] or [t("people-card-none")]
    lines += ["", t("people-card-questionnaires")]
    known = questionnaires.questionnaires
    lines += [t("people-card-questionnaire",
                title=localized(known[s.questionnaire_id].title, t.locale) if s.questionnaire_id in known
                else s.questionnaire_id, status=s.status,
                date=s.submitted_at[8:10] + "." + s.submitted_at[5:7] + "." + s.submitted_at[:4]
                if s.submitted_at else "")
              for s in card.questionnaires] or [t("people-card-none")]
    return fit_lines(lines)


def roles_screen(t: TextFn, card: PersonCard, back_role: str, page: int) -> tuple[str, InlineKeyboardMarkup]:
    p = card.person
    text = t("people-roles-title", name=_name(t, p), roles=render.roles_text(t, p) or "—") + "\n\n" + (
        t("people-roles-fixed") if card.roles_fixed else t("people-roles-hint"))
    keys = {r: role_key(p, r) for r in (*card.addable, *card.removable)}
    return text, kb.roles(t, p, card.addable, card.removable, keys, back_role, page)


def create_router() -> Router:
    router = Router(name="people")

    @router.message(Command("people"))
    async def people_home(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                          people: PeopleService) -> None:
        require_coordinator(actor)
        if await state.get_state() == PeopleInput.search.state:
            await state.set_state(None)
        text, markup = await home_screen(t, actor, people)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(PeopleCb.filter(F.a == "home"))
    async def people_home_again(query: CallbackQuery, t: TextFn, actor: Actor, people: PeopleService) -> None:
        text, markup = await home_screen(t, actor, people)
        await query.answer()
        await replace_page(query, text, markup)

    @router.callback_query(PeopleCb.filter(F.a == "list"))
    async def people_list(query: CallbackQuery, callback_data: PeopleCb, state: FSMContext, t: TextFn,
                          actor: Actor, people: PeopleService) -> None:
        search = (await state.get_data()).get("people_query") if callback_data.r == SEARCH else None
        text, markup = await list_screen(t, actor, people, callback_data.r, callback_data.p, search)
        await query.answer()
        await replace_page(query, text, markup)

    @router.callback_query(PeopleCb.filter(F.a == "find"))
    async def people_find(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_coordinator(actor)
        await state.set_state(PeopleInput.search)
        await query.answer()
        await say(query, t("people-ask-query"))

    @router.message(StateFilter(PeopleInput.search), NotCommand())
    async def people_search(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                            people: PeopleService, questionnaires: QuestionnaireService) -> None:
        require_coordinator(actor)
        query = people.clean_query(message.text)
        found = await people.listed(actor, SEARCH, query)
        if not found:
            await message.answer(t("people-found-none", query=query))  # the state stays: type another
            return
        await state.set_state(None)
        await state.update_data(people_query=query)
        if len(found) == 1:  # one match: straight to the card
            card = await people.card(actor, found[0].id)
            await message.answer(card_text(t, card, questionnaires),
                                 reply_markup=kb.card(t, card.person.id, SEARCH, 0, can_end=not card.is_self))
            return
        text, markup = await list_screen(t, actor, people, SEARCH, 0, query)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(PeopleCb.filter(F.a == "card"))
    async def people_card(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                          people: PeopleService, questionnaires: QuestionnaireService) -> None:
        card = await people.card(actor, callback_data.id)
        await query.answer()
        await replace_page(query, card_text(t, card, questionnaires),
                           kb.card(t, card.person.id, callback_data.r, callback_data.p, can_end=not card.is_self))

    @router.callback_query(PeopleCb.filter(F.a == "roles"))
    async def people_roles(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                           people: PeopleService) -> None:
        card = await people.card(actor, callback_data.id)
        text, markup = roles_screen(t, card, callback_data.r, callback_data.p)
        await query.answer()
        await replace_page(query, text, markup)

    @router.callback_query(PeopleCb.filter(F.a.in_({"add", "rm"})))
    async def people_role_change(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                                 people: PeopleService, bot: Bot, translator: Translator,
                                 channel_bots: dict[Channel, Bot]) -> None:
        try:
            role = Role(callback_data.r)
        except ValueError:
            raise DomainError("error-stale") from None
        if callback_data.a == "add":
            person = await people.add_role(actor, callback_data.id, role)
        else:
            person = await people.remove_role(actor, callback_data.id, role)
        key = "people-role-added" if callback_data.a == "add" else "people-role-removed"
        await query.answer(t(key, role=role_key(person, role), name=Raw(_name(t, person))))
        # their command menu follows their roles
        await menu.refresh_menus(channel_bots, translator, person.accounts, person,
                                 any(people.is_admin(a) for a in person.accounts))
        card = await people.card(actor, person.id)
        text, markup = roles_screen(t, card, ALL, 0)
        await replace_page(query, text, markup)

    @router.callback_query(PeopleCb.filter(F.a == "end"))
    async def people_end_ask(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                             people: PeopleService) -> None:
        card = await people.card(actor, callback_data.id)
        back = PeopleCb(a="card", id=card.person.id, r=callback_data.r, p=callback_data.p)
        await query.answer()
        await replace_page(query, t("people-end-ask", name=_name(t, card.person)),
                           kb.confirm(t, "people-btn-end-confirm", PeopleCb(a="endok", id=card.person.id), back))

    @router.callback_query(PeopleCb.filter(F.a == "endok"))
    async def people_end(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                         people: PeopleService, bot: Bot, translator: Translator,
                         channel_bots: dict[Channel, Bot]) -> None:
        person = await people.end(actor, callback_data.id)
        await query.answer()
        await replace_page(query, t("people-ended", name=_name(t, person)), kb.back_to_list(t))
        # no menu of a participant any more
        await menu.refresh_menus(channel_bots, translator, person.accounts, None,
                                 any(people.is_admin(a) for a in person.accounts))

    @router.callback_query(PeopleCb.filter(F.a == "inv"))
    async def people_invite_ask(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                                people: PeopleService) -> None:
        card = await people.card(actor, callback_data.id)
        token = await people.invite_token(actor)
        role = next((role_key(card.person, r) for r in ROLE_ORDER if r in card.person.roles), "")
        back = PeopleCb(a="card", id=card.person.id, r=callback_data.r, p=callback_data.p)
        await query.answer()
        await replace_page(query, t("people-invite-ask", name=_name(t, card.person), role=role),
                           kb.confirm(t, "people-btn-invite-confirm",
                                      PeopleCb(a="invok", id=card.person.id, k=token), back))

    @router.callback_query(PeopleCb.filter(F.a == "invok"))
    async def people_invite(query: CallbackQuery, callback_data: PeopleCb, t: TextFn, actor: Actor,
                            people: PeopleService, bot: Bot,
                            channel_bots: dict[Channel, Bot]) -> None:
        invite, person, _ = await people.fresh_invite(actor, callback_data.id, callback_data.k)
        card = await people.card(actor, person.id)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("people-invite-made", name=_name(t, person), role=invite.role.value,
                           link=await start_links(t, channel_bots, invite.token), channel=links_app(channel_bots),
                           expires=render.local_date(invite.expires_at, card.org.timezone)))

    return router
