"""/campaigns (coordinator): launch a survey to a group with a deadline, follow progress, read the results."""

from __future__ import annotations

import asyncio
import html

from aiogram import Bot, F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message

from bot.callbacks import CampCb
from bot.i18n import TextFn
from bot.keyboards import campaigns as kb
from bot.keyboards.common import page_of
from bot.services.access import Actor, require_coordinator
from bot.services.anonymity import THRESHOLD
from bot.services.campaigns import CampaignService
from bot.services.charts import campaign_chart
from bot.services.errors import DomainError
from bot.services.matching import FORMS, form_name
from bot.services.questionnaire_model import localized
from bot.services.questionnaires import QuestionnaireService
from bot.services.survey_results import CampaignResults
from handlers._util import drop_buttons, fit_lines, say


def results_text(t: TextFn, r: CampaignResults) -> str:
    title = html.escape(localized(r.questionnaire.title, t.locale))
    if r.hidden:
        return t("campaign-results-hidden", title=title, count=r.respondents)
    lines = [t("campaign-results-title", title=title, count=r.respondents)]
    for n, q in enumerate(r.questions, start=1):
        if not q.answered:
            continue
        lines.append(f"\n<b>{n}. {html.escape(localized(q.question.text, t.locale)[:150])}</b>")
        if q.mean is not None:
            lines.append(t("campaign-results-mean", mean=f"{q.mean:.1f}", median=f"{q.median:g}"))
        if q.satisfied_share is not None:
            lines.append(t("campaign-results-satisfied", share=round(q.satisfied_share * 100)))
        if q.question.type in ("single", "multi", "yesno"):
            for key, count in q.counts.items():
                option = q.question.option(key)
                label = localized(option.text, t.locale) if option else t("q-btn-yes" if key == "true" else "q-btn-no")
                lines.append(f"• {html.escape(label)} — {count} ({round(100 * count / q.answered)} %)")
        for text in q.texts[:10]:
            lines.append(f"• <i>{html.escape(text[:200])}</i>")
        if len(q.texts) > 10:
            lines.append(t("campaign-results-more", count=len(q.texts) - 10))
    return fit_lines(lines)


def create_router() -> Router:
    router = Router(name="campaigns")

    @router.message(Command("campaigns"))
    async def overview(message: Message, t: TextFn, actor: Actor, campaigns: CampaignService,
                       questionnaires: QuestionnaireService) -> None:
        items = await campaigns.overview(actor)
        lines = [t("campaign-list-title")]
        for campaign, progress in items:
            title = localized(questionnaires.questionnaires[campaign.questionnaire_id].title, t.locale)
            item = [t("campaign-list-item", id=campaign.id, title=title, deadline=campaign.deadline,
                      anonymous="yes" if campaign.anonymous else "no", **progress)]
            if progress["waiting"]:
                item.append(t("campaign-list-waiting", count=progress["waiting"]))
            undelivered = progress["blocked"] + progress["gone"] + progress["failed"]
            if undelivered:
                item.append(t("campaign-list-failed", count=undelivered, blocked=progress["blocked"],
                              gone=progress["gone"], other=progress["failed"]))
            lines.append("\n".join(item))
        if not items:
            lines.append(t("campaign-list-empty"))
        await message.answer(fit_lines(lines, sep="\n\n"), reply_markup=kb.overview(
            t, [c for c, _ in items], {c.id: progress["resendable"] for c, progress in items}))

    @router.callback_query(CampCb.filter(F.a == "again"))
    async def resend(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                     campaigns: CampaignService) -> None:
        """«Send again»: the failed invitations go back to the queue (a second tap finds none to resend)."""
        count = await campaigns.resend_failed(actor, callback_data.id)
        await query.answer()
        await say(query, t("campaign-resent", id=callback_data.id, count=count))

    @router.callback_query(CampCb.filter(F.a == "new"))
    async def pick_questionnaire(query: CallbackQuery, t: TextFn, actor: Actor,
                                 questionnaires: QuestionnaireService) -> None:
        require_coordinator(actor)
        titles = [localized(q.title, t.locale) for q in questionnaires.questionnaires.values()]
        await query.answer()
        await say(query, t("campaign-ask-questionnaire"), reply_markup=kb.questionnaires(titles))

    @router.callback_query(CampCb.filter(F.a.in_({"pick0", "pick", "tog"})))
    async def pick_people(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                          campaigns: CampaignService, state: FSMContext) -> None:
        """A hand-picked audience: tick people page by page; the ticks live in the FSM data."""
        c = callback_data
        people = await campaigns.candidates(actor)
        picked: list[int] = [] if c.a == "pick0" else list((await state.get_data()).get("camp_list") or [])
        if c.a == "tog":
            if not any(p.id == c.id for p in people):
                raise DomainError("error-stale")
            picked = [i for i in picked if i != c.id] if c.id in picked else [*picked, c.id]
        await state.update_data(camp_list=picked)
        shown, page, pages = page_of(people, c.p, kb.PICK_PAGE)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("campaign-pick-title", count=len(picked), page=page + 1, pages=pages),
                  reply_markup=kb.pick(t, c.qi, shown, picked, page, pages))

    @router.callback_query(CampCb.filter(F.a.in_({"q", "forms", "aud", "days"})))
    async def next_step(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                        campaigns: CampaignService) -> None:
        require_coordinator(actor)
        c = callback_data
        if c.a == "q":
            text, markup = t("campaign-ask-audience"), kb.audiences(t, c.qi)
        elif c.a == "forms":
            text, markup = t("campaign-ask-form"), kb.forms(t, c.qi)
        elif c.a == "aud":
            text, markup = t("campaign-ask-deadline"), kb.deadlines(t, c.qi, c.aud)
        else:
            text = t("campaign-ask-anonymous", min=THRESHOLD)
            markup = kb.anonymity(t, c.qi, c.aud, c.days)
        await query.answer()
        await drop_buttons(query)
        await say(query, text, reply_markup=markup)

    async def choices(callback_data: CampCb, questionnaires: QuestionnaireService, state: FSMContext
                      ) -> tuple[str, str, list[int] | None]:
        """The questionnaire id, the audience and the people picked by hand that the buttons carry."""
        shipped = list(questionnaires.questionnaires.values())
        if not 0 <= callback_data.qi < len(shipped):
            raise DomainError("error-stale")
        audience, picked = callback_data.aud, None
        if audience == "list":
            picked = [int(i) for i in (await state.get_data()).get("camp_list") or []]
        elif audience[:1] == "f" and audience[1:].isdigit() and int(audience[1:]) < len(FORMS):
            audience = f"form:{FORMS[int(audience[1:])]}"
        return shipped[callback_data.qi].id, audience, picked

    @router.callback_query(CampCb.filter(F.a == "rev"))
    async def review(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                     campaigns: CampaignService, questionnaires: QuestionnaireService, state: FSMContext) -> None:
        """Everything the launch will do, on one screen, and one button that does it."""
        c = callback_data
        questionnaire_id, audience, picked = await choices(c, questionnaires, state)
        preview = await campaigns.preview(actor, questionnaire_id, audience, c.days, bool(c.anon), person_ids=picked)
        shipped = questionnaires.questionnaires
        form = audience.partition(":")[2] if audience.startswith("form:") else ""
        who = t("campaign-review-form", form=form_name(t, form)) if form else t("campaign-review-who",
                                                                                 audience=audience)
        lines = [t("campaign-review", title=localized(shipped[questionnaire_id].title, t.locale), who=who,
                   count=preview.count, deadline=preview.deadline, anonymous="yes" if preview.anonymous else "no")]
        if set(preview.versions) != {questionnaire_id}:  # each side its own version: say who gets which
            lines.append(t("campaign-review-sides"))
            lines += [t("campaign-review-version", title=localized(shipped[version].title, t.locale), count=count)
                      for version, count in preview.versions.items()]
        lines.append(t("campaign-review-confirm"))
        await query.answer()
        await drop_buttons(query)
        await say(query, "\n".join(lines), reply_markup=kb.confirm(t, c.qi, c.aud, c.days, c.anon,
                                                                  await campaigns.launch_token(actor)))

    @router.callback_query(CampCb.filter(F.a == "stop"))
    async def stop(query: CallbackQuery, t: TextFn, state: FSMContext) -> None:
        await state.update_data(camp_list=None)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("campaign-cancelled"))

    @router.callback_query(CampCb.filter(F.a == "anon"))
    async def launch(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                     campaigns: CampaignService, questionnaires: QuestionnaireService, state: FSMContext) -> None:
        questionnaire_id, audience, picked = await choices(callback_data, questionnaires, state)
        shipped = list(questionnaires.questionnaires.values())
        campaign, invited, fresh = await campaigns.launch(
            actor, questionnaire_id, audience, callback_data.days, bool(callback_data.anon),
            person_ids=picked, token=callback_data.id)
        await query.answer()
        if not fresh:  # the same button again (a double tap): the campaign the first tap launched
            await say(query, t("campaign-already-launched", id=campaign.id, count=invited, deadline=campaign.deadline))
            return
        await state.update_data(camp_list=None)
        await drop_buttons(query)
        title = localized(shipped[callback_data.qi].title, t.locale)
        await say(query, t("campaign-launched", title=title, count=invited,
                           deadline=campaign.deadline, anonymous="yes" if campaign.anonymous else "no"))

    @router.callback_query(CampCb.filter(F.a == "res"))
    async def results(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor, bot: Bot,
                      campaigns: CampaignService, questionnaires: QuestionnaireService) -> None:
        campaign = await campaigns.get(actor, callback_data.id)
        found = await campaigns.results_by_version(actor, campaign.id, questionnaires.questionnaires)
        await query.answer()
        for results in found:  # each side of a pair answered its own version: each summed up on its own
            await say(query, results_text(t, results))
            title = localized(results.questionnaire.title, t.locale)
            png = await asyncio.to_thread(campaign_chart, results, t.locale, title, t("campaign-chart-axis"))
            if png is not None:
                await bot.send_photo(query.from_user.id, BufferedInputFile(png, "results.png"),
                                     caption=t("campaign-chart-caption", title=title))

    return router
