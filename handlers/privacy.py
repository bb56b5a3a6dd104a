"""/privacy: what is stored and the consents given; /mydata: export; withdrawal erases data at once."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot import menu, render
from bot.callbacks import PrivacyCb
from bot.i18n import TextFn, Translator
from bot.keyboards import privacy as kb
from bot.services.access import Actor
from bot.services.privacy import DataExport, PrivacyOverview, PrivacyService, reporting_done_text
from bot.services.records import Account, Channel, PersonStatus
from handlers._util import callback_message, drop_buttons, fit_lines


def overview_text(t: TextFn, view: PrivacyOverview, as_parent: bool) -> str:
    p, org = view.person, view.org
    tz = org.timezone
    stored = [
        t("privacy-field-name", value=p.full_name or "—"),
        t("privacy-field-roles", value=render.roles_text(t, p) or "—"),
    ]
    if not p.is_minor:
        stored += [
            t("privacy-field-position", value=p.position or "—"),
            t("privacy-field-subject", value=p.subject or "—"),
            t("privacy-field-experience", value=p.experience_years if p.experience_years is not None else "—"),
            t("privacy-field-phone", value=p.phone or "—"),
        ]
    else:
        stored.append(t("privacy-field-parent", value=p.guardian_name or "—"))
    stored += [
        *(t("privacy-field-account", app=a.channel.value, value=a.external_id) for a in p.accounts),
        t("privacy-field-language", value=p.locale),
    ]
    consents = [
        t("privacy-consent-item", kind=e.kind.value, version=e.version, pair=e.pair_id or 0,
          date=render.local_datetime(e.created_at, tz))
        for e in view.active_consents
    ] or [t("privacy-consent-none")]
    title = t("privacy-title-child", name=p.full_name or "—") if as_parent else t("privacy-title")
    return fit_lines([
        title, "", t("privacy-operator", org=org.name), "", t("privacy-stored"), *stored, "",
        t("privacy-consents"), *consents, "", t("privacy-retention", deadline=reporting_done_text()), "",
        t("privacy-how-to-withdraw"),
    ])


def create_router() -> Router:
    router = Router(name="privacy")

    @router.message(Command("privacy"))
    async def show(message: Message, t: TextFn, actor: Actor, privacy: PrivacyService, account: Account) -> None:
        shown = False
        if actor.person is not None and actor.person.status is not PersonStatus.WITHDRAWN:
            view = await privacy.overview(account)
            await message.answer(overview_text(t, view, as_parent=False), reply_markup=kb.overview(t))
            shown = True
        for child in await privacy.children(account):
            view = await privacy.overview(account, child.id)
            await message.answer(overview_text(t, view, as_parent=True), reply_markup=kb.overview(t, child.id))
            shown = True
        if not shown:
            await message.answer(t("privacy-nothing-stored"))

    async def send_export(message: Message, t: TextFn, privacy: PrivacyService, export: DataExport) -> None:
        """The readable document in the reader's language, then the same as JSON."""
        await message.answer_document(BufferedInputFile(privacy.document(t, export),
                                                        filename=t("privacy-file-export", ext="txt")),
                                      caption=t("privacy-export-doc"))
        await message.answer_document(BufferedInputFile(export.json(), filename=t("privacy-file-export", ext="json")),
                                      caption=t("privacy-export"))

    @router.message(Command("mydata"))
    async def export_cmd(message: Message, t: TextFn, privacy: PrivacyService, account: Account) -> None:
        await send_export(message, t, privacy, await privacy.export(account))

    @router.callback_query(PrivacyCb.filter(F.action == "export"))
    async def export_btn(query: CallbackQuery, callback_data: PrivacyCb, t: TextFn, privacy: PrivacyService,
                         account: Account) -> None:
        export = await privacy.export(account, callback_data.person_id or None)
        await query.answer()
        if (message := callback_message(query)) is not None:
            await send_export(message, t, privacy, export)

    @router.callback_query(PrivacyCb.filter(F.action == "withdraw"))
    async def ask_withdraw(query: CallbackQuery, callback_data: PrivacyCb, t: TextFn,
                           privacy: PrivacyService, account: Account) -> None:
        await privacy.overview(account, callback_data.person_id or None)  # access check
        await query.answer()
        if (message := callback_message(query)) is not None:
            key = "privacy-withdraw-confirm-child" if callback_data.person_id else "privacy-withdraw-confirm"
            await message.answer(t(key), reply_markup=kb.confirm_withdraw(t, callback_data.person_id))

    @router.callback_query(PrivacyCb.filter(F.action == "cancel"))
    async def cancel_withdraw(query: CallbackQuery, t: TextFn) -> None:
        await query.answer(t("cancelled"))
        await drop_buttons(query)

    @router.callback_query(PrivacyCb.filter(F.action == "confirm"))
    async def withdraw(query: CallbackQuery, callback_data: PrivacyCb, state: FSMContext, t: TextFn,
                       actor: Actor, bot: Bot, translator: Translator, privacy: PrivacyService, account: Account,
                       channel_bots: dict[Channel, Bot]) -> None:
        person = await privacy.withdraw(account, callback_data.person_id or None)
        await query.answer()
        await drop_buttons(query)
        message = callback_message(query)
        if callback_data.person_id:
            if message is not None:
                await message.answer(t("privacy-withdrawn-child"))
            await menu.refresh_menus(channel_bots, translator, person.accounts, None)
            return
        await state.clear()
        if message is not None:
            await message.answer(t("privacy-withdrawn"))
        await menu.refresh_menu(bot, translator, query.from_user.id, None, actor.is_admin)

    return router
