"""Opening an invite: language → consent → profile steps; students get a parent link; parents consent."""

from __future__ import annotations

import logging

from aiogram import Bot, F, Router
from aiogram.filters import CommandObject, CommandStart, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message, ReplyKeyboardRemove

from bot import menu, render
from bot.callbacks import ConsentCb, LangCb
from bot.filters import IsRegistering
from bot.i18n import Raw, TextFn, Translator
from bot.keyboards import common as common_kb
from bot.keyboards import registration as kb
from bot.services.access import Actor
from bot.services.errors import DomainError
from bot.services.invites import deep_link
from bot.services.registration import InviteOpening, Opening, RegistrationService, Step
from bot.states import Join, ParentJoin
from handlers._util import NotCommand, callback_message, drop_buttons
from storage.models import Person, PersonStatus

logger = logging.getLogger(__name__)

STEP_PROMPTS = {
    Step.FULL_NAME: "reg-ask-full-name",
    Step.POSITION: "reg-ask-position",
    Step.SUBJECT: "reg-ask-subject",
    Step.EXPERIENCE: "reg-ask-experience",
    Step.PHONE: "reg-ask-phone",
}


async def ask_step(message: Message, t: TextFn, person: Person) -> None:
    step = RegistrationService.next_step(person)
    if step is None:
        return
    total = 1 if person.is_minor else len(STEP_PROMPTS)
    number = list(STEP_PROMPTS).index(step) + 1
    text = t("reg-step", number=number, total=total) + "\n" + t(STEP_PROMPTS[step])
    markup = kb.phone(t) if step is Step.PHONE else None
    await message.answer(text, reply_markup=markup)


async def show_profile(message: Message, t: TextFn, person: Person, registration: RegistrationService) -> None:
    org = await registration.organisation(person.org_id)
    await message.answer(render.profile(t, person, org) + "\n\n" + t("profile-hint"))


async def show_consent(message: Message, t: TextFn, opening: InviteOpening, registration: RegistrationService,
                       state: FSMContext) -> None:
    shown = registration.consent_text(opening, t.locale)  # type: ignore[attr-defined]
    await state.update_data(version=shown.version)
    await message.answer(shown.text, reply_markup=kb.consent(t, shown.kind))


async def parent_link_text(t: TextFn, bot: Bot, token: str) -> str:
    me = await bot.me()
    return t("student-parent-link", link=Raw(deep_link(me.username or "", token)))


def create_router() -> Router:
    router = Router(name="registration")

    # ---- /start ---------------------------------------------------------------------------------

    @router.message(CommandStart(deep_link=True))
    async def start_with_token(message: Message, command: CommandObject, state: FSMContext, t: TextFn,
                               locale: str, registration: RegistrationService, translator: Translator,
                               actor: Actor) -> None:
        token = (command.args or "").strip()
        opening = await registration.open_invite(message.chat.id, token)
        if opening.outcome in (Opening.NEW, Opening.PARENT):
            group = ParentJoin if opening.outcome is Opening.PARENT else Join
            await state.set_state(group.language)
            await state.set_data({"token": token, "locale": locale})
            await message.answer(t("join-welcome", org=opening.org.name) + "\n\n" + t("join-choose-language"),
                                 reply_markup=common_kb.languages())
        elif opening.outcome is Opening.PARENT_RESUME:
            await state.set_state(ParentJoin.name)
            await message.answer(t("parent-ask-name"))
        elif opening.outcome is Opening.RESUME:
            assert opening.person is not None
            await resume(message, t, opening.person, registration)
        elif opening.outcome is Opening.ALREADY:
            assert opening.person is not None
            await message.answer(t("join-already-registered"))
            await show_profile(message, t, opening.person, registration)
        else:  # ROLE_ADDED
            assert opening.person is not None
            await message.answer(t("join-role-added", role=opening.invite.role.value))
            await menu.refresh_menu(message.bot, translator, message.chat.id, opening.person,  # type: ignore[arg-type]
                                    actor.is_admin)
            await show_profile(message, t, opening.person, registration)

    async def resume(message: Message, t: TextFn, person: Person, registration: RegistrationService) -> None:
        if person.status is PersonStatus.AWAITING_PARENT:
            link = await registration.parent_link(person.tg_user_id or 0)
            await message.answer(t("student-waiting-parent") + "\n\n"
                                 + await parent_link_text(t, message.bot, link.token))  # type: ignore[arg-type]
            return
        await message.answer(t("reg-resume"))
        await ask_step(message, t, person)

    @router.message(CommandStart())
    async def start_plain(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                          registration: RegistrationService) -> None:
        current = await state.get_state()
        data = await state.get_data()
        if current in (Join.language.state, ParentJoin.language.state):
            await message.answer(t("join-choose-language"), reply_markup=common_kb.languages())
            return
        if current in (Join.consent.state, ParentJoin.consent.state) and data.get("token"):
            opening = await registration.open_invite(message.chat.id, data["token"])
            await show_consent(message, t, opening, registration, state)
            return
        person = actor.person
        if person is not None and person.status is not PersonStatus.ACTIVE:
            await resume(message, t, person, registration)
            return
        if person is not None:
            await show_profile(message, t, person, registration)
            return
        if await registration.pending_child(message.chat.id) is not None:
            await state.set_state(ParentJoin.name)
            await message.answer(t("parent-ask-name"))
            return
        if actor.is_admin:
            await message.answer(t("start-admin"))
            return
        await message.answer(t("start-guest"))

    # ---- language and consent -------------------------------------------------------------------

    @router.callback_query(LangCb.filter(), StateFilter(Join.language, ParentJoin.language))
    async def join_language(query: CallbackQuery, callback_data: LangCb, state: FSMContext,
                            translator: Translator, registration: RegistrationService) -> None:
        message = callback_message(query)
        data = await state.get_data()
        opening = await registration.open_invite(query.from_user.id, data.get("token", ""))
        locale = translator.normalise(callback_data.code)
        t = translator.bind(locale)
        await state.update_data(locale=locale)
        group = ParentJoin if opening.outcome is Opening.PARENT else Join
        await state.set_state(group.consent)
        await query.answer()
        await drop_buttons(query)
        if message is not None:
            await show_consent(message, t, opening, registration, state)

    @router.callback_query(ConsentCb.filter(), StateFilter(Join.consent))
    async def join_consent(query: CallbackQuery, callback_data: ConsentCb, state: FSMContext, t: TextFn,
                           registration: RegistrationService, locale: str) -> None:
        data = await state.get_data()
        token, version = data.get("token", ""), data.get("version", "")
        message = callback_message(query)
        if not callback_data.agree:
            await registration.decline_consent(token, locale, version)
            await state.clear()
            await query.answer()
            await drop_buttons(query)
            if message is not None:
                await message.answer(t("join-declined"))
            return
        person = await registration.give_consent(query.from_user.id, token, locale, version)
        await state.clear()
        await query.answer(t("join-consent-recorded"))
        await drop_buttons(query)
        if message is not None:
            await ask_step(message, t, person)

    @router.callback_query(ConsentCb.filter(), StateFilter(ParentJoin.consent))
    async def parent_consent(query: CallbackQuery, callback_data: ConsentCb, state: FSMContext, t: TextFn,
                             registration: RegistrationService, locale: str) -> None:
        data = await state.get_data()
        token, version = data.get("token", ""), data.get("version", "")
        message = callback_message(query)
        await query.answer()
        await drop_buttons(query)
        if not callback_data.agree:
            await registration.parent_decline(query.from_user.id, token, locale, version)
            await state.clear()
            if message is not None:
                await message.answer(t("parent-declined"))
            return
        await registration.parent_agree(query.from_user.id, token, locale, version)
        await state.set_state(ParentJoin.name)
        if message is not None:
            await message.answer(t("parent-ask-name"))

    @router.message(StateFilter(Join.language, ParentJoin.language), NotCommand())
    async def join_expect_language(message: Message, t: TextFn) -> None:
        await message.answer(t("join-use-buttons"), reply_markup=common_kb.languages())

    @router.message(StateFilter(Join.consent, ParentJoin.consent), NotCommand())
    async def join_expect_consent(message: Message, t: TextFn) -> None:
        await message.answer(t("join-consent-use-buttons"))

    # ---- parent's own name ----------------------------------------------------------------------

    @router.message(StateFilter(ParentJoin.name), NotCommand())
    async def parent_name(message: Message, state: FSMContext, t: TextFn, translator: Translator,
                          registration: RegistrationService) -> None:
        child = await registration.parent_submit_name(message.chat.id, message.text)
        await state.clear()
        await message.answer(t("parent-done", child=child.full_name or ""))
        if child.tg_user_id is not None:
            await menu.refresh_menu(message.bot, translator, child.tg_user_id, child, False)  # type: ignore[arg-type]

    # ---- profile steps (the step comes from the database, so restarts cannot lose it) -----------

    @router.message(IsRegistering(), F.contact)
    async def step_contact(message: Message, t: TextFn, actor: Actor, translator: Translator,
                           registration: RegistrationService) -> None:
        assert actor.person is not None and message.contact is not None
        if registration.next_step(actor.person) is not Step.PHONE:
            await message.answer(t("error-text-expected"))
            await ask_step(message, t, actor.person)
            return
        person = await registration.submit_phone(
            message.chat.id, message.contact.phone_number, message.contact.user_id
        )
        await finish(message, t, translator, actor, person, registration)

    @router.message(IsRegistering(), NotCommand())
    async def step_input(message: Message, t: TextFn, actor: Actor, translator: Translator,
                         registration: RegistrationService) -> None:
        person = actor.person
        assert person is not None
        step = registration.next_step(person)
        text = message.text
        if text is None:
            key = "reg-error-phone-button" if step is Step.PHONE else "error-text-expected"
            await message.answer(t(key))
            return
        try:
            if step is Step.FULL_NAME:
                result = await registration.submit_name(message.chat.id, text)
                if result.parent_invite is not None:
                    await message.answer(
                        t("student-name-saved") + "\n\n"
                        + await parent_link_text(t, message.bot, result.parent_invite.token)  # type: ignore[arg-type]
                    )
                    return
                person = result.person
            elif step is Step.POSITION:
                person = await registration.submit_position(message.chat.id, text)
            elif step is Step.SUBJECT:
                person = await registration.submit_subject(message.chat.id, text)
            elif step is Step.EXPERIENCE:
                person = await registration.submit_experience(message.chat.id, text)
            elif step is Step.PHONE:
                if text not in {translator.get("reg-btn-skip-phone", loc) for loc in translator.bundles}:
                    await message.answer(t("reg-error-phone-button"), reply_markup=kb.phone(t))
                    return
                person = await registration.submit_phone(message.chat.id, None)
                await finish(message, t, translator, actor, person, registration)
                return
        except DomainError as exc:
            if exc.key == "error-stale":
                raise
            await message.answer(t(exc.key, **exc.args_for_text) + "\n\n" + t(STEP_PROMPTS[step]))  # type: ignore[index]
            return
        await ask_step(message, t, person)

    async def finish(message: Message, t: TextFn, translator: Translator, actor: Actor, person: Person,
                     registration: RegistrationService) -> None:
        await message.answer(t("reg-done"), reply_markup=ReplyKeyboardRemove())
        await show_profile(message, t, person, registration)
        await menu.refresh_menu(message.bot, translator, message.chat.id, person, actor.is_admin)  # type: ignore[arg-type]

    return router

