"""/survey: the person's questionnaires — one question at a time, back, skip, review, submit, reopen."""

from __future__ import annotations

import html
from contextlib import suppress
from datetime import date, datetime

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.callbacks import ActionCb, QCb
from bot.i18n import Raw, TextFn
from bot.keyboards import questionnaires as kb
from bot.services.access import Actor
from bot.services.errors import DomainError
from bot.services.questionnaire_model import Question, localized
from bot.services.questionnaires import MENTOR_BANK, REVIEW, SUBMITTED, Progress, QuestionnaireService
from bot.services.records import Person, Role
from bot.states import Survey
from handlers._util import NotCommand, callback_message, drop_buttons, fit_lines, say

MAX_REVIEW_ANSWER = 120


class _Addressed:
    """Texts that speak to the person the way the programme does: a pupil or student with «ты», an adult with «вы»
    (the Russian texts choose by ``$you``; English has one «you»)."""

    __slots__ = ("locale", "t", "you")

    def __init__(self, t: TextFn, you: str) -> None:
        self.t, self.you, self.locale = t, you, t.locale

    def __call__(self, key: str, /, **args: object) -> str:
        return self.t(key, **{"you": self.you, **args})

    def has(self, key: str) -> bool:
        return self.t.has(key)


def addressed(t: TextFn, person: Person | None) -> TextFn:
    """``t`` speaking to ``person``: «ты» to a learner (Person.learner), «вы» to anyone else."""
    return _Addressed(t, "ty" if person is not None and person.learner else "vy")


def show_value(t: TextFn, q: Question, value: object) -> str:
    if value is None or value == []:
        return t("q-no-answer")
    if q.type == "single":
        option = q.option(str(value))
        return localized(option.text, t.locale) if option else str(value)
    if q.type == "multi" and isinstance(value, list):
        return ", ".join(localized(o.text, t.locale) for o in q.options if o.id in value)
    if q.type == "yesno":
        return t("q-btn-yes") if value else t("q-btn-no")
    if q.type == "date":
        return date.fromisoformat(str(value)).strftime("%d.%m.%Y")
    return str(value)


def question_text(t: TextFn, p: Progress) -> str:
    q = p.question
    assert q is not None
    lines = [f"<b>{html.escape(localized(p.questionnaire.title, t.locale))}</b>",
             t("q-progress", number=p.number, total=p.total),
             "", html.escape(localized(q.text, t.locale))]
    if q.type == "scale" and q.labels:
        lines.append(t("q-scale-ends", low=int(q.min or 1), high=int(q.max or 10),
                       low_label=localized(q.labels.get("min", {"ru": "", "en": ""}), t.locale),
                       high_label=localized(q.labels.get("max", {"ru": "", "en": ""}), t.locale)))
    if q.type == "multi":  # how multiple choice works says more than the file's own hint
        lines.append(t("q-multi-hint", max=int(q.max or len(q.options))))
    elif q.hint:
        lines.append(f"<i>{html.escape(localized(q.hint, t.locale))}</i>")
    elif q.type in ("text", "number", "date"):
        lines.append(t(f"q-type-{q.type}"))
    return "\n".join(lines)


def review_text(t: TextFn, p: Progress, kept: datetime | None = None) -> str:
    """The review screen; ``kept``: the date of the submitted answers a draft of changes would replace."""
    lines = [f"<b>{html.escape(localized(p.questionnaire.title, t.locale))}</b>", t("q-review-title"), ""]
    if p.answer_set.changes is not None:
        lines[1:1] = [t("q-editing-kept", date=kept or "—")]
    for number, q in enumerate(p.visible, start=1):
        answer = show_value(t, q, p.answers.get(q.id))
        if len(answer) > MAX_REVIEW_ANSWER:
            answer = answer[:MAX_REVIEW_ANSWER - 1] + "…"
        question = localized(q.text, t.locale)
        question = question if len(question) <= 90 else question[:89] + "…"
        lines.append(f"{number}. {html.escape(question)}\n   <i>{html.escape(answer)}</i>")
    if p.missing:
        lines += ["", t("q-error-missing", count=len(p.missing))]
    lines += ["", t("q-review-hint")]
    if p.answer_set.changes is not None:
        lines.append(t("q-editing-hint"))
    return fit_lines(lines)


async def show(bot: Bot, chat_id: int, t: TextFn, p: Progress, state: FSMContext,
               questionnaires: QuestionnaireService | None = None) -> None:
    """The screen for where the person is: the current question, the review, or «sent»."""
    if p.status == SUBMITTED:
        await state.clear()
        title = Raw(html.escape(localized(p.questionnaire.title, t.locale)))
        await bot.send_message(chat_id, t("q-submitted", title=title),
                               reply_markup=kb.submitted(t, p))
        return
    await state.set_state(Survey.answering)
    await state.set_data({"set_id": p.answer_set.id})
    if p.status == REVIEW:
        submitted = await questionnaires.submitted_of(p) if questionnaires is not None else None
        kept = submitted.submitted_at if submitted is not None else None
        await bot.send_message(chat_id, review_text(t, p, kept), reply_markup=kb.review(t, p))
        return
    await bot.send_message(chat_id, question_text(t, p), reply_markup=kb.question(t, p))


async def offer(bot: Bot, chat_id: int, t: TextFn, person: Person, questionnaires: QuestionnaireService) -> None:
    """Just registered as a mentor candidate: the questionnaire that puts him into the bank of mentors, one tap away
    (the button opens the same questionnaire as /survey)."""
    t = addressed(t, person)  # «ты» to a pupil
    if not person.has_role(Role.MENTOR_CANDIDATE):
        return
    available = questionnaires.for_person(person)
    index = next((i for i, q in enumerate(available) if q.id in MENTOR_BANK), None)
    if index is None:
        return
    title = Raw(html.escape(localized(available[index].title, t.locale)))
    await bot.send_message(chat_id, t("q-offer", title=title), reply_markup=kb.offer(t, index))


def create_router() -> Router:
    router = Router(name="questionnaires")

    async def begin(bot: Bot, chat_id: int, t: TextFn, actor: Actor, questionnaire_id: str, state: FSMContext,
                    questionnaires: QuestionnaireService) -> None:
        """Open a questionnaire: its intro the first time, «let us go on» when begun, or where the person is."""
        progress = await questionnaires.start(actor, questionnaire_id)
        if progress.number == 1 and not progress.answers and progress.status not in (REVIEW, SUBMITTED):
            await bot.send_message(chat_id, html.escape(localized(progress.questionnaire.intro, t.locale)))
        elif progress.answers and progress.status not in (REVIEW, SUBMITTED):
            await bot.send_message(chat_id, t("q-resume"))
        await show(bot, chat_id, t, progress, state, questionnaires)

    @router.message(Command("survey"))
    async def list_surveys(message: Message, state: FSMContext, t: TextFn, bot: Bot, actor: Actor,
                           questionnaires: QuestionnaireService) -> None:
        t = addressed(t, actor.active_person)  # «ты» to a pupil
        available = questionnaires.for_roles(actor)
        if not available:
            await message.answer(t("q-none"))
            return
        if len(available) == 1:  # nothing to choose: straight in
            await begin(bot, message.chat.id, t, actor, available[0].id, state, questionnaires)
            return
        items = [(i, localized(q.title, t.locale)) for i, q in enumerate(available)]
        await message.answer(t("q-choose"), reply_markup=kb.choose(t, items))

    @router.callback_query(QCb.filter(F.a == "n"))
    async def open_survey(query: CallbackQuery, callback_data: QCb, state: FSMContext, t: TextFn, bot: Bot,
                          actor: Actor, questionnaires: QuestionnaireService) -> None:
        t = addressed(t, actor.active_person)  # «ты» to a pupil
        available = questionnaires.for_roles(actor)
        if not 0 <= callback_data.q < len(available):
            raise DomainError("error-stale")
        await query.answer()
        await drop_buttons(query)
        await begin(bot, query.from_user.id, t, actor, available[callback_data.q].id, state, questionnaires)

    @router.callback_query(ActionCb.filter(F.command == "survey"))
    async def open_campaign(query: CallbackQuery, callback_data: ActionCb, state: FSMContext, t: TextFn, bot: Bot,
                            actor: Actor, questionnaires: QuestionnaireService) -> None:
        t = addressed(t, actor.active_person)  # «ты» to a pupil
        progress = await questionnaires.start_campaign(actor, callback_data.target_id)
        await query.answer()
        if not progress.answers:
            await say(query, html.escape(localized(progress.questionnaire.intro, t.locale)))
        await show(bot, query.from_user.id, t, progress, state, questionnaires)

    @router.callback_query(QCb.filter(F.a.in_({"o", "y", "t", "d", "s", "b", "e", "x", "r", "c"})))
    async def button(query: CallbackQuery, callback_data: QCb, state: FSMContext, t: TextFn, bot: Bot,
                     actor: Actor, questionnaires: QuestionnaireService) -> None:
        t = addressed(t, actor.active_person)  # «ты» to a pupil
        current = await questionnaires.progress(actor, callback_data.s)
        questions = current.questionnaire.questions
        question = questions[callback_data.q] if 0 <= callback_data.q < len(questions) else None
        qid = question.id if question else ""
        a, v = callback_data.a, callback_data.v
        if a == "o" and question is not None and question.type == "single":
            options = question.options
            choice = options[int(v)].id if v.isdigit() and int(v) < len(options) else ""
            progress = await questionnaires.choose(actor, callback_data.s, qid, choice)
        elif a in ("o", "y"):
            progress = await questionnaires.choose(actor, callback_data.s, qid, v)
        elif a == "t" and question is not None:
            options = question.options
            option = options[int(v)].id if v.isdigit() and int(v) < len(options) else ""
            progress = await questionnaires.toggle(actor, callback_data.s, qid, option)
            await query.answer()
            if (message := callback_message(query)) is not None:  # the ticks change in place
                with suppress(TelegramBadRequest):
                    await message.edit_reply_markup(reply_markup=kb.question(t, progress))
            return
        elif a == "d":
            progress = await questionnaires.done_multi(actor, callback_data.s, qid)
        elif a == "s":
            progress = await questionnaires.skip(actor, callback_data.s, qid)
        elif a == "b":
            progress = await questionnaires.back(actor, callback_data.s, qid)
        elif a == "e":
            progress = await questionnaires.edit(actor, callback_data.s, qid)
        elif a == "x":
            progress = await questionnaires.submit(actor, callback_data.s)
        elif a == "c":  # keep the submitted answers: the draft of changes is dropped
            progress = await questionnaires.keep_submitted(actor, callback_data.s)
        else:  # "r"
            progress = await questionnaires.reopen(actor, callback_data.s)
        await query.answer()
        await drop_buttons(query)
        await show(bot, query.from_user.id, t, progress, state, questionnaires)

    @router.message(StateFilter(Survey.answering), NotCommand())
    async def typed(message: Message, state: FSMContext, t: TextFn, bot: Bot, actor: Actor,
                    questionnaires: QuestionnaireService) -> None:
        t = addressed(t, actor.active_person)  # «ты» to a pupil
        set_id = (await state.get_data()).get("set_id", 0)
        progress = await questionnaires.progress(actor, set_id)
        if progress.question is None:
            await message.answer(t("q-use-buttons"))
            return
        progress = await questionnaires.answer_text(actor, set_id, progress.question.id, message.text)
        await show(bot, message.chat.id, t, progress, state, questionnaires)

    return router
