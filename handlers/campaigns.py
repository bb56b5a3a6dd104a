"""/campaigns (coordinator): launch a survey to a group with a deadline, follow progress, read the results."""

from __future__ import annotations

import asyncio
import html
from datetime import timedelta

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import CampCb
from bot.i18n import TextFn
from bot.services.access import Actor, require_coordinator
from bot.services.campaigns import AUDIENCES, CampaignService
from bot.services.charts import campaign_chart
from bot.services.errors import DomainError
from bot.services.matching import FORMS, form_name
from bot.services.questionnaires import QuestionnaireService
from bot.services.reminders import local_today
from bot.services.survey_results import CampaignResults
from handlers._util import drop_buttons, fit_lines, say

DEADLINE_DAYS = (7, 14, 30)
PICK_PAGE = 10


def _loc(text: dict[str, str], t: TextFn) -> str:
    return text.get(t.locale) or text["ru"]  # type: ignore[attr-defined]


def results_text(t: TextFn, r: CampaignResults) -> str:
    title = html.escape(_loc(r.questionnaire.title, t))
    if r.hidden:
        return t("campaign-results-hidden", title=title, count=r.respondents)
    lines = [t("campaign-results-title", title=title, count=r.respondents)]
    for n, q in enumerate(r.questions, start=1):
        if not q.answered:
            continue
        lines.append(f"\n<b>{n}. {html.escape(_loc(q.question.text, t)[:150])}</b>")
        if q.mean is not None:
            lines.append(t("campaign-results-mean", mean=f"{q.mean:.1f}", median=f"{q.median:g}"))
        if q.satisfied_share is not None:
            lines.append(t("campaign-results-satisfied", share=round(q.satisfied_share * 100)))
        if q.question.type in ("single", "multi", "yesno"):
            for key, count in q.counts.items():
                option = q.question.option(key)
                label = _loc(option.text, t) if option else (t("q-btn-yes") if key == "true" else t("q-btn-no"))
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
        kb = InlineKeyboardBuilder()
        lines = [t("campaign-list-title")]
        for campaign, progress in items:
            title = _loc(questionnaires.questionnaires[campaign.questionnaire_id].title, t)
            lines.append(t("campaign-list-item", id=campaign.id, title=title, deadline=campaign.deadline,
                           anonymous="yes" if campaign.anonymous else "no", **progress))
            kb.button(text=t("campaign-btn-results", id=campaign.id), callback_data=CampCb(a="res", id=campaign.id))
        if not items:
            lines.append(t("campaign-list-empty"))
        kb.adjust(3)
        kb.row()
        kb.button(text=t("campaign-btn-new"), callback_data=CampCb(a="new"))
        await message.answer("\n\n".join(lines), reply_markup=kb.as_markup())

    @router.callback_query(CampCb.filter(F.a == "new"))
    async def pick_questionnaire(query: CallbackQuery, t: TextFn, actor: Actor,
                                 questionnaires: QuestionnaireService) -> None:
        require_coordinator(actor)
        kb = InlineKeyboardBuilder()
        for index, q in enumerate(questionnaires.questionnaires.values()):
            kb.button(text=_loc(q.title, t)[:60], callback_data=CampCb(a="q", qi=index))
        kb.adjust(1)
        await query.answer()
        await say(query, t("campaign-ask-questionnaire"), reply_markup=kb.as_markup())

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
        pages = max(1, -(-len(people) // PICK_PAGE))
        page = min(max(c.p, 0), pages - 1)
        kb = InlineKeyboardBuilder()
        for person in people[page * PICK_PAGE:(page + 1) * PICK_PAGE]:
            mark = "☑️" if person.id in picked else "⬜"
            kb.button(text=f"{mark} {(person.full_name or '—')[:40]}",
                      callback_data=CampCb(a="tog", qi=c.qi, id=person.id, p=page))
        sizes = [1] * len(people[page * PICK_PAGE:(page + 1) * PICK_PAGE])
        nav = [("◀️", page - 1)] * (page > 0) + [("▶️", page + 1)] * (page + 1 < pages)
        for label, target in nav:
            kb.button(text=label, callback_data=CampCb(a="pick", qi=c.qi, p=target))
        if nav:
            sizes.append(len(nav))
        if picked:
            kb.button(text=t("campaign-btn-picked", count=len(picked)),
                      callback_data=CampCb(a="aud", qi=c.qi, aud="list"))
            sizes.append(1)
        kb.adjust(*sizes)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("campaign-pick-title", count=len(picked), page=page + 1, pages=pages),
                  reply_markup=kb.as_markup())

    @router.callback_query(CampCb.filter(F.a.in_({"q", "forms", "aud", "days"})))
    async def next_step(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor) -> None:
        require_coordinator(actor)
        c = callback_data
        kb = InlineKeyboardBuilder()
        if c.a == "q":
            for audience in (*AUDIENCES, "pairs"):
                kb.button(text=t("campaign-audience", audience=audience), callback_data=CampCb(a="aud", qi=c.qi,
                                                                                               aud=audience))
            kb.button(text=t("campaign-audience", audience="form"), callback_data=CampCb(a="forms", qi=c.qi))
            kb.button(text=t("campaign-audience", audience="list"), callback_data=CampCb(a="pick0", qi=c.qi))
            kb.adjust(1)
            text = t("campaign-ask-audience")
        elif c.a == "forms":
            for index, form in enumerate(FORMS):
                kb.button(text=form_name(t, form), callback_data=CampCb(a="aud", qi=c.qi, aud=f"f{index}"))
            kb.adjust(1)
            text = t("campaign-ask-form")
        elif c.a == "aud":
            for days in DEADLINE_DAYS:
                kb.button(text=t("invite-days", days=days), callback_data=CampCb(a="days", qi=c.qi, aud=c.aud,
                                                                                 days=days))
            text = t("campaign-ask-deadline")
        else:
            kb.button(text=t("campaign-anonymous-yes"), callback_data=CampCb(a="anon", qi=c.qi, aud=c.aud,
                                                                             days=c.days, anon=1))
            kb.button(text=t("campaign-anonymous-no"), callback_data=CampCb(a="anon", qi=c.qi, aud=c.aud,
                                                                            days=c.days, anon=0))
            kb.adjust(1)
            text = t("campaign-ask-anonymous")
        await query.answer()
        await drop_buttons(query)
        await say(query, text, reply_markup=kb.as_markup())

    @router.callback_query(CampCb.filter(F.a == "anon"))
    async def launch(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                     campaigns: CampaignService, questionnaires: QuestionnaireService, state: FSMContext) -> None:
        require_coordinator(actor)
        shipped = list(questionnaires.questionnaires.values())
        if not 0 <= callback_data.qi < len(shipped) or callback_data.days not in DEADLINE_DAYS:
            raise DomainError("error-stale")
        org = await campaigns.orgs.get(require_coordinator(actor))
        assert org is not None
        deadline = local_today(campaigns.clock.now(), org.timezone) + timedelta(days=callback_data.days)
        audience, picked = callback_data.aud, None
        if audience == "list":
            picked = [int(i) for i in (await state.get_data()).get("camp_list") or []]
        elif audience[:1] == "f" and audience[1:].isdigit() and int(audience[1:]) < len(FORMS):
            audience = f"form:{FORMS[int(audience[1:])]}"
        campaign = await campaigns.create(actor, shipped[callback_data.qi].id, audience, deadline,
                                          bool(callback_data.anon), person_ids=picked)
        await state.update_data(camp_list=None)
        progress = await campaigns.repo.progress(campaign.id)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("campaign-launched", title=_loc(shipped[callback_data.qi].title, t),
                           count=progress["invited"], deadline=deadline))

    @router.callback_query(CampCb.filter(F.a == "res"))
    async def results(query: CallbackQuery, callback_data: CampCb, t: TextFn, actor: Actor,
                      campaigns: CampaignService, questionnaires: QuestionnaireService) -> None:
        campaign = await campaigns.get(actor, callback_data.id)
        questionnaire = questionnaires.questionnaires[campaign.questionnaire_id]
        results = await campaigns.results(actor, campaign.id, questionnaire)
        await query.answer()
        await say(query, results_text(t, results))
        title = _loc(questionnaire.title, t)
        png = await asyncio.to_thread(campaign_chart, results, t.locale, title,  # type: ignore[attr-defined]
                                      t("campaign-chart-axis"))
        if png is not None:
            await query.bot.send_photo(query.from_user.id, BufferedInputFile(png, "results.png"),  # type: ignore[union-attr]
                                       caption=t("campaign-chart-caption", title=title))

    return router


