"""Opening an invite: language → (students: age) → consent → profile steps; parent links; parents consent."""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot, F, Router
from aiogram.filters import CommandObject, CommandStart, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot import menu, render
from bot.callbacks import AgeCb, ConsentCb, LangCb, ProfileCb, RelationCb
from bot.channels import channel_of
from bot.filters import IsRegistering
from bot.i18n import TextFn, Translator
from bot.keyboards import common as common_kb
from bot.keyboards import registration as kb
from bot.services.access import Actor
from bot.services.consents import RELATIONS
from bot.services.errors import InvalidInput
from bot.services.organisations import OrganisationService
from bot.services.profile import ProfileService, editable_fields
from bot.services.questionnaires import QuestionnaireService
from bot.services.records import Account, Channel, Person, PersonStatus
from bot.services.registration import InviteOpening, Opening, RegistrationService, Step
from bot.states import Join, ParentJoin, ProfileEdit
from handlers._routing import Has
from handlers._util import NotCommand, drop_buttons, links_app, say, start_links
from handlers.questionnaires import offer as offer_questionnaire

logger = logging.getLogger(__name__)

STEP_PROMPTS = {
    Step.FULL_NAME: "reg-ask-full-name",
    Step.POSITION: "reg-ask-position",
    Step.SUBJECT: "reg-ask-subject",
    Step.EXPERIENCE: "reg-ask-experience",
    Step.PHONE: "reg-ask-phone",
}


def step_prompt(t: TextFn, person: Person) -> tuple[str, Any]:
    step = RegistrationService.next_step(person)
    assert step is not None
    student = person.learner
    outside = RegistrationService.outside(person)  # no experience step: his steps are numbered without it
    steps = [s for s in STEP_PROMPTS if not (outside and s is Step.EXPERIENCE)]
    total = 1 if student else len(steps)
    number = steps.index(step) + 1
    prompt = "reg-ask-student-name" if student else STEP_PROMPTS[step]
    if outside and step in (Step.POSITION, Step.SUBJECT):
        prompt = f"{prompt}-external"  # his organisation and position; his profession, not a school subject
    markup = kb.phone(t) if step is Step.PHONE else None
    return t("reg-step", number=number, total=total) + "\n" + t(prompt), markup


async def ask_step(bot: Bot, chat_id: int, t: TextFn, person: Person) -> None:
    if RegistrationService.next_step(person) is None:
        return
    text, markup = step_prompt(t, person)
    await bot.send_message(chat_id, text, reply_markup=markup)


async def show_profile(bot: Bot, chat_id: int, t: TextFn, person: Person, organisations: OrganisationService) -> None:
    org = await organisations.get(person.org_id)
    fields = editable_fields(person)
    hint = t("profile-hint") + ("\n" + t("profile-edit-hint") if fields else "")
    await bot.send_message(chat_id, render.profile(t, person, org) + "\n\n" + hint,
                           reply_markup=kb.profile_edit(t, fields, RegistrationService.outside(person)))


# what each field's new value is asked with: the registration's own prompt (an outside specialist's where his differs)
EDIT_PROMPTS = {"full_name": "reg-ask-full-name", "position": "reg-ask-position", "subject": "reg-ask-subject",
                "experience_years": "reg-ask-experience", "phone": "profile-ask-phone"}


async def parent_link_text(t: TextFn, bots: dict[Channel, Bot], token: str) -> str:
    return t("student-parent-link", link=await start_links(t, bots, token), channel=links_app(bots))


async def flow_t(state: FSMContext, translator: Translator, fallback: str) -> TextFn:
    """Texts of the join flow follow the language chosen in it (not the one of an existing profile)."""
    return translator.bind((await state.get_data()).get("locale") or fallback)


def create_router() -> Router:
    router = Router(name="registration")

    async def show_consent(bot: Bot, chat_id: int, t: TextFn, opening: InviteOpening,
                           registration: RegistrationService, state: FSMContext) -> None:
        data = await state.get_data()
        # the version for the messenger of the bot it is shown in (a version names the messenger)
        shown = registration.consent_text(opening, t.locale, adult=data.get("adult", False),
                                          parent=data.get("parent"), relation=data.get("relation"),
                                          channel=channel_of(bot))
        # what is logged on «agree» is exactly this: kind, version and language as shown
        await state.update_data(version=shown.version, consent_locale=shown.locale)
        await bot.send_message(chat_id, shown.text, reply_markup=kb.consent(t, shown.kind))

    async def resume(bot: Bot, chat_id: int, t: TextFn, person: Person, registration: RegistrationService,
                     account: Account,
                     channel_bots: dict[Channel, Bot]) -> None:
        if person.status is PersonStatus.AWAITING_PARENT:
            link = await registration.parent_link(account)
            await bot.send_message(chat_id, t("student-waiting-parent") + "\n\n"
                                   + await parent_link_text(t, channel_bots, link.token))
            return
        await bot.send_message(chat_id, t("reg-resume"))
        await ask_step(bot, chat_id, t, person)

    async def open_invite(state: FSMContext, registration: RegistrationService, account: Account) -> InviteOpening:
        """The invite behind the join flow (a link that died meanwhile ends the flow: see FlowEnded)."""
        return await registration.open_invite(account, (await state.get_data()).get("token", ""))

    # ---- /start ---------------------------------------------------------------------------------

    @router.message(CommandStart(deep_link=True))
    async def start_with_token(message: Message, command: CommandObject, state: FSMContext, t: TextFn,
                               locale: str, bot: Bot, registration: RegistrationService, translator: Translator,
                               organisations: OrganisationService, actor: Actor, account: Account,
                               channel_bots: dict[Channel, Bot]) -> None:
        token = (command.args or "").strip()
        user_id = message.chat.id
        opening = await registration.open_invite(account, token)
        if opening.outcome in (Opening.NEW, Opening.PARENT):
            parent = opening.outcome is Opening.PARENT
            await state.set_state(ParentJoin.language if parent else Join.language)
            await state.set_data({"token": token, "locale": locale})
            welcome = t("join-welcome-parent") if parent else t("join-welcome", org=opening.org.name)
            await message.answer(welcome + "\n\n" + t("join-choose-language"), reply_markup=common_kb.languages())
        elif opening.outcome is Opening.PARENT_RESUME:
            await state.set_state(ParentJoin.name)
            await message.answer(t("parent-ask-name"))
        elif opening.outcome is Opening.RESUME:
            assert opening.person is not None
            await resume(bot, user_id, t, opening.person, registration, account, channel_bots)
        elif opening.outcome is Opening.ALREADY:
            assert opening.person is not None
            await message.answer(t("join-already-registered"))
            await show_profile(bot, user_id, t, opening.person, organisations)
        else:  # ROLE_ADDED
            assert opening.person is not None
            await message.answer(t("join-role-added", role=opening.invite.role.value))
            await menu.refresh_menu(bot, translator, user_id, opening.person, actor.is_admin)
            await show_profile(bot, user_id, t, opening.person, organisations)

    @router.message(CommandStart())
    async def start_plain(message: Message, state: FSMContext, t: TextFn, actor: Actor, bot: Bot,
                          translator: Translator, registration: RegistrationService,
                          organisations: OrganisationService, account: Account,
                          channel_bots: dict[Channel, Bot]) -> None:
        current = await state.get_state()
        user_id = message.chat.id
        if current in (Join.language.state, ParentJoin.language.state):
            await message.answer(t("join-choose-language"), reply_markup=common_kb.languages())
            return
        if current == Join.age.state:
            await message.answer(t("join-ask-age"), reply_markup=kb.age(t))
            return
        if current == ParentJoin.who.state:
            await message.answer((await flow_t(state, translator, t.locale))("parent-ask-who"))
            return
        if current == ParentJoin.relation.state:
            flow = await flow_t(state, translator, t.locale)
            await message.answer(flow("parent-ask-relation"), reply_markup=kb.relation(flow, RELATIONS))
            return
        if current in (Join.consent.state, ParentJoin.consent.state):
            opening = await open_invite(state, registration, account)
            await show_consent(bot, user_id, await flow_t(state, translator, t.locale), opening,
                               registration, state)
            return
        person = actor.person
        if person is not None and person.status is not PersonStatus.ACTIVE:
            await resume(bot, user_id, t, person, registration, account, channel_bots)
            return
        if person is not None:
            await show_profile(bot, user_id, t, person, organisations)
            return
        if await registration.pending_child(account) is not None:
            await state.set_state(ParentJoin.name)
            await message.answer(t("parent-ask-name"))
            return
        await state.clear()
        await message.answer(t("start-admin") if actor.is_admin else t("start-guest"))

    # ---- language, age and consent --------------------------------------------------------------

    @router.callback_query(LangCb.filter(), StateFilter(Join.language, ParentJoin.language))
    async def join_language(query: CallbackQuery, callback_data: LangCb, state: FSMContext, bot: Bot,
                            translator: Translator, registration: RegistrationService, account: Account) -> None:
        opening = await open_invite(state, registration, account)
        t = translator.bind(opening.org.text_locale(callback_data.code))  # the words of the inviting organisation
        await state.update_data(locale=t.locale)
        await query.answer()
        await drop_buttons(query)
        if opening.asks_age:
            await state.set_state(Join.age)
            await say(query, t("join-ask-age"), reply_markup=kb.age(t))
            return
        if opening.outcome is Opening.PARENT:  # the parent says who they are first: the consent names them
            await state.set_state(ParentJoin.who)
            await say(query, t("parent-ask-who"))
            return
        await state.set_state(Join.consent)
        await show_consent(bot, query.from_user.id, t, opening, registration, state)

    @router.message(StateFilter(ParentJoin.who), NotCommand())
    async def parent_who(message: Message, state: FSMContext, translator: Translator, locale: str,
                         registration: RegistrationService) -> None:
        t = await flow_t(state, translator, locale)
        name, _ = await registration.parent_states((await state.get_data()).get("token", ""), message.text)
        await state.update_data(parent=name)
        await state.set_state(ParentJoin.relation)
        await message.answer(t("parent-ask-relation"), reply_markup=kb.relation(t, RELATIONS))

    @router.callback_query(RelationCb.filter(), StateFilter(ParentJoin.relation))
    async def parent_relation(query: CallbackQuery, callback_data: RelationCb, state: FSMContext, bot: Bot,
                              translator: Translator, registration: RegistrationService, locale: str,
                              account: Account) -> None:
        data = await state.get_data()
        _, relation = await registration.parent_states(data.get("token", ""), data.get("parent"),
                                                       callback_data.relation)
        opening = await open_invite(state, registration, account)
        t = await flow_t(state, translator, locale)
        await state.update_data(relation=relation)
        await state.set_state(ParentJoin.consent)
        await query.answer()
        await drop_buttons(query)
        await show_consent(bot, query.from_user.id, t, opening, registration, state)

    @router.callback_query(AgeCb.filter(), StateFilter(Join.age))
    async def join_age(query: CallbackQuery, callback_data: AgeCb, state: FSMContext, bot: Bot,
                       translator: Translator, registration: RegistrationService, locale: str,
                       account: Account) -> None:
        opening = await open_invite(state, registration, account)
        t = await flow_t(state, translator, locale)
        await state.update_data(adult=callback_data.adult)
        await state.set_state(Join.consent)
        await query.answer()
        await drop_buttons(query)
        await show_consent(bot, query.from_user.id, t, opening, registration, state)

    @router.callback_query(ConsentCb.filter(), StateFilter(Join.consent))
    async def join_consent(query: CallbackQuery, callback_data: ConsentCb, state: FSMContext, bot: Bot,
                           translator: Translator, registration: RegistrationService, locale: str,
                           account: Account) -> None:
        data = await state.get_data()
        t = await flow_t(state, translator, locale)
        token, version, adult = data.get("token", ""), data.get("version", ""), data.get("adult", False)
        shown_in = data.get("consent_locale") or t.locale
        if not callback_data.agree:
            try:
                await registration.decline_consent(token, shown_in, version, adult, account.channel)
            finally:
                await state.clear()
            await query.answer()
            await drop_buttons(query)
            await say(query, t("join-declined-student" if "adult" in data else "join-declined"))
            return
        person = await registration.give_consent(account, token, shown_in, version, adult)
        await state.clear()
        await query.answer(t("join-consent-recorded"))
        await drop_buttons(query)
        await ask_step(bot, query.from_user.id, t, person)

    @router.callback_query(ConsentCb.filter(), StateFilter(ParentJoin.consent))
    async def parent_consent(query: CallbackQuery, callback_data: ConsentCb, state: FSMContext, bot: Bot,
                             translator: Translator, registration: RegistrationService, locale: str, account: Account,
                             channel_bots: dict[Channel, Bot]) -> None:
        data = await state.get_data()
        t = await flow_t(state, translator, locale)
        token, version = data.get("token", ""), data.get("version", "")
        parent, relation = data.get("parent"), data.get("relation")
        shown_in = data.get("consent_locale") or t.locale
        await query.answer()
        await drop_buttons(query)
        if not callback_data.agree:
            try:
                await registration.parent_decline(account, token, shown_in, version, parent, relation)
            finally:
                await state.clear()
            await say(query, t("parent-declined"))
            return
        child = await registration.parent_agree(account, token, shown_in, version, parent, relation)
        if child.status is not PersonStatus.ACTIVE:  # a version 1 screen: the name is asked afterwards
            await state.set_state(ParentJoin.name)
            await say(query, t("parent-ask-name"))
            return
        await state.clear()
        await say(query, t("parent-done", child=child.full_name or ""))
        await menu.refresh_menus(channel_bots, translator, child.accounts, child)

    @router.message(StateFilter(Join.language, ParentJoin.language), NotCommand())
    async def join_expect_language(message: Message, t: TextFn) -> None:
        await message.answer(t("join-use-buttons"), reply_markup=common_kb.languages())

    @router.message(StateFilter(ParentJoin.relation), NotCommand())
    async def parent_expect_relation(message: Message, state: FSMContext, translator: Translator,
                                     locale: str) -> None:
        t = await flow_t(state, translator, locale)
        await message.answer(t("join-use-buttons"), reply_markup=kb.relation(t, RELATIONS))

    @router.message(StateFilter(Join.age), NotCommand())
    async def join_expect_age(message: Message, state: FSMContext, translator: Translator, locale: str) -> None:
        t = await flow_t(state, translator, locale)
        await message.answer(t("join-use-buttons"), reply_markup=kb.age(t))

    @router.message(StateFilter(Join.consent, ParentJoin.consent), NotCommand())
    async def join_expect_consent(message: Message, state: FSMContext, translator: Translator, locale: str) -> None:
        t = await flow_t(state, translator, locale)
        await message.answer(t("join-consent-use-buttons"))

    # ---- parent's own name ----------------------------------------------------------------------

    @router.message(StateFilter(ParentJoin.name), NotCommand())
    async def parent_name(message: Message, state: FSMContext, translator: Translator, bot: Bot, locale: str,
                          registration: RegistrationService, account: Account,
                          channel_bots: dict[Channel, Bot]) -> None:
        t = await flow_t(state, translator, locale)
        child = await registration.parent_submit_name(account, message.text)
        await state.clear()
        await message.answer(t("parent-done", child=child.full_name or ""))
        await menu.refresh_menus(channel_bots, translator, child.accounts, child)

    # ---- profile steps (the step comes from the database, so restarts cannot lose it) -----------

    @router.message(IsRegistering(), StateFilter(None), Has("contact"))
    async def step_contact(message: Message, t: TextFn, actor: Actor, bot: Bot, translator: Translator,
                           registration: RegistrationService, organisations: OrganisationService,
                           questionnaires: QuestionnaireService, account: Account) -> None:
        assert actor.person is not None and message.contact is not None
        if registration.next_step(actor.person) is not Step.PHONE:
            await message.answer(t("error-text-expected"))
            await ask_step(bot, message.chat.id, t, actor.person)
            return
        person = await registration.submit_phone(
            account, message.contact.phone_number, message.contact.user_id
        )
        await finish(message, t, bot, translator, actor, person, organisations, questionnaires)

    @router.message(IsRegistering(), StateFilter(None), NotCommand())
    async def step_input(message: Message, t: TextFn, actor: Actor, bot: Bot, translator: Translator,
                         registration: RegistrationService, organisations: OrganisationService,
                         questionnaires: QuestionnaireService, account: Account,
                         channel_bots: dict[Channel, Bot]) -> None:
        person = actor.person
        assert person is not None
        step = registration.next_step(person)
        text = message.text
        if step is None:
            return
        if text is None:
            key = "reg-error-phone-button" if step is Step.PHONE else "error-text-expected"
            await message.answer(t(key))
            return
        try:
            if step is Step.FULL_NAME:
                result = await registration.submit_name(account, text)
                if result.parent_invite is not None:
                    await message.answer(t("student-name-saved") + "\n\n"
                                         + await parent_link_text(t, channel_bots, result.parent_invite.token))
                    return
                person = result.person
                if person.status is PersonStatus.ACTIVE:  # an adult student: only the name is asked
                    await finish(message, t, bot, translator, actor, person, organisations, questionnaires)
                    return
            elif step is Step.POSITION:
                person = await registration.submit_position(account, text)
            elif step is Step.SUBJECT:
                person = await registration.submit_subject(account, text)
            elif step is Step.EXPERIENCE:
                person = await registration.submit_experience(account, text)
            elif step is Step.PHONE:
                if text not in {translator.get("reg-btn-skip-phone", loc) for loc in translator.bundles}:
                    await message.answer(t("reg-error-phone-button"), reply_markup=kb.phone(t))
                    return
                person = await registration.submit_phone(account, None)
                await finish(message, t, bot, translator, actor, person, organisations, questionnaires)
                return
        except InvalidInput as exc:  # not an error path: the answer is wrong, so the same question is asked again
            prompt, markup = step_prompt(t, person)
            await message.answer(t(exc.key, **exc.args_for_text) + "\n\n" + prompt, reply_markup=markup)
            return
        await ask_step(bot, message.chat.id, t, person)

    # ---- a participant changes their profile, one field at a time ----------------------------

    @router.callback_query(ProfileCb.filter(F.a == "ask"))
    async def profile_ask(query: CallbackQuery, callback_data: ProfileCb, state: FSMContext, t: TextFn,
                          profiles: ProfileService, account: Account) -> None:
        person = await profiles.can_edit(account, callback_data.f)
        await state.set_state(ProfileEdit.value)
        await state.update_data(field=callback_data.f)
        await query.answer()
        prompt = EDIT_PROMPTS[callback_data.f]
        if RegistrationService.outside(person) and callback_data.f in ("position", "subject"):
            prompt = f"{prompt}-external"
        markup = kb.phone_edit(t, person.phone is not None) if callback_data.f == "phone" else None
        await say(query, t(prompt) + "\n" + t("profile-ask-cancel"), reply_markup=markup)

    @router.message(StateFilter(ProfileEdit.value), Has("contact"))
    async def profile_contact(message: Message, state: FSMContext, t: TextFn, bot: Bot,
                              profiles: ProfileService, organisations: OrganisationService, account: Account) -> None:
        assert message.contact is not None
        if (await state.get_data()).get("field") != "phone":
            await message.answer(t("error-text-expected"))
            return
        person = await profiles.edit_phone(account, message.contact.phone_number, message.contact.user_id)
        await profile_saved(message, state, t, bot, person, organisations)

    @router.message(StateFilter(ProfileEdit.value), NotCommand())
    async def profile_typed(message: Message, state: FSMContext, t: TextFn, bot: Bot, translator: Translator,
                            profiles: ProfileService, organisations: OrganisationService, account: Account) -> None:
        field = str((await state.get_data()).get("field", ""))
        if field == "phone":
            text = message.text or ""
            if text in {translator.get("profile-btn-keep", loc) for loc in translator.bundles}:
                await state.clear()
                await message.answer(t("profile-kept"), reply_markup=ReplyKeyboardRemove())
                return
            if text not in {translator.get("profile-btn-remove-phone", loc) for loc in translator.bundles}:
                person = await profiles.can_edit(account, field)
                await message.answer(t("profile-error-phone-button"),
                                     reply_markup=kb.phone_edit(t, person.phone is not None))
                return
            person = await profiles.edit_phone(account, None)
        else:
            person = await profiles.edit(account, field, message.text)  # a wrong value: said, asked again
        await profile_saved(message, state, t, bot, person, organisations)

    async def profile_saved(message: Message, state: FSMContext, t: TextFn, bot: Bot, person: Person,
                            organisations: OrganisationService) -> None:
        await state.clear()
        await message.answer(t("profile-saved"), reply_markup=ReplyKeyboardRemove())
        await show_profile(bot, message.chat.id, t, person, organisations)

    async def finish(message: Message, t: TextFn, bot: Bot, translator: Translator, actor: Actor, person: Person,
                     organisations: OrganisationService, questionnaires: QuestionnaireService) -> None:
        await message.answer(t("reg-done"), reply_markup=ReplyKeyboardRemove())
        await show_profile(bot, message.chat.id, t, person, organisations)
        await menu.refresh_menu(bot, translator, message.chat.id, person, actor.is_admin)
        await offer_questionnaire(bot, message.chat.id, t, person, questionnaires)

    return router
