"""/mentors, /mentees, /unmatched (coordinator): the banks with filters, profile cards, selection and training,
ranked suggestions, and forming a pair or a group from them (the draft lives in the FSM data, in SQLite)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from aiogram import F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import BankCb, DraftCb, id_of
from bot.i18n import TextFn
from bot.keyboards import banks as kb
from bot.render import local_date
from bot.services.access import Actor, require_coordinator
from bot.services.banks import (
    EXPERIENCE_BANDS,
    MENTEE_STATES,
    MENTOR_STATUSES,
    BankFilter,
    BankService,
    MenteeEntry,
    MentorEntry,
)
from bot.services.errors import DomainError
from bot.services.grammar import gender_of, parent_gender
from bot.services.matching import FORMS, reason_text
from bot.services.pairs import PairForm, PairService
from bot.services.questionnaire_model import Questionnaire, localized
from bot.services.questionnaires import QuestionnaireService
from bot.services.records import MentorKind, Role
from bot.services.validation import clean_text
from bot.states import BankInput
from handlers._util import NotCommand, drop_buttons, fit_lines, say
from handlers.questionnaires import show_value

# what each filter button cycles through («» is «any»)
MENTOR_STATUS_FILTER = ("", *MENTOR_STATUSES)
MENTEE_STATE_FILTER = ("", *MENTEE_STATES)
BANDS = ("", *EXPERIENCE_BANDS)
MATCHED = ("", "yes", "no")
WHO = ("", *(kind.value for kind in MentorKind))


def _cycle(values: tuple[str, ...], current: str) -> str:
    return values[(values.index(current) + 1) % len(values)] if current in values else values[0]


def _filter(cb: BankCb, subject: str) -> BankFilter:
    return BankFilter(status=cb.st, form=kb.form_of(cb), subject=subject, exp=cb.ex, matched=cb.mt, who=cb.wh)


def _experience(t: TextFn, years: int | None) -> str:
    return t("bank-years", years=years) if years is not None else "—"


def _mentor_line(t: TextFn, e: MentorEntry) -> str:
    return t("bank-mentor-line", name=e.person.full_name or "—", subject=e.profile.subjects[:60] or "—",
             experience=_experience(t, e.profile.experience_years), status=e.status, load=e.profile.load,
             capacity=e.profile.capacity, who=e.profile.kind.value, gender=gender_of(e.person.full_name))


def _mentee_line(t: TextFn, e: MenteeEntry) -> str:
    return t("bank-mentee-line", name=e.person.full_name or "—", subject=e.profile.subjects[:60] or "—",
             kind=e.profile.kind, state=e.shown_state, support="yes" if e.support else "no")


def _answers_text(t: TextFn, questionnaire: Questionnaire, answers: dict[str, Any] | None) -> list[str]:
    if answers is None:
        return [t("bank-no-form")]
    lines = []
    for q in questionnaire.visible(answers):
        if q.id in answers and answers[q.id] not in (None, []):
            question = _short(localized(q.text, t.locale), 90)
            lines.append(f"• <i>{html.escape(question)}</i> {html.escape(show_value(t, q, answers[q.id])[:200])}")
    return lines


def _short(text: str, limit: int) -> str:
    """Cut at a word boundary with «…» (a phone screen needs the gist of a long question, not all of it)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",:;(") + "…"


async def show_bank(target: Message | CallbackQuery, t: TextFn, actor: Actor, banks: BankService, cb: BankCb,
                    subject: str) -> None:
    flt = _filter(cb, subject)
    entries: Sequence[MentorEntry | MenteeEntry] = await (
        banks.mentors(actor, flt) if cb.k == "m" else banks.mentees(actor, flt))
    page = entries[cb.p * kb.PAGE:(cb.p + 1) * kb.PAGE]
    lines = [t("bank-title", kind=cb.k, count=len(entries)), ""]
    for number, e in enumerate(page, start=cb.p * kb.PAGE + 1):
        line = _mentor_line(t, e) if isinstance(e, MentorEntry) else _mentee_line(t, e)
        lines.append(f"{number}. {line}")
    if not entries:
        lines.append(t("bank-empty", kind=cb.k))
    await _send(target, fit_lines(lines), kb.bank(t, cb, page, cb.p * kb.PAGE + 1, len(entries), subject))


async def _send(target: Message | CallbackQuery, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    if isinstance(target, CallbackQuery):
        await target.answer()
        await say(target, text, reply_markup=markup)
    else:
        await target.answer(text, reply_markup=markup)


def mentor_card(t: TextFn, e: MentorEntry, questionnaire: Questionnaire) -> str:
    p = e.person
    # a teacher's card names position, subject and experience; a pupil's only who he is; an outside
    # specialist's his organisation and profession (bank-card-mentor-student / -external)
    key = "bank-card-mentor" if e.profile.kind is MentorKind.TEACHER else f"bank-card-mentor-{e.profile.kind.value}"
    lines = [t(key, name=p.full_name or "—", position=p.position or "—", subject=p.subject or "—",
               experience=_experience(t, e.profile.experience_years), status=e.status, load=e.profile.load,
               capacity=e.profile.capacity, gender=gender_of(p.full_name))]
    if p.guardian_name:  # a minor mentor: who consented for him, as they stated it before consenting
        lines.append(t("bank-card-guardian", name=p.guardian_name, relation=p.guardian_relation or "guardian",
                       gender=parent_gender(p.guardian_relation, p.guardian_name)))
    if e.selection and e.selection.trained_on:
        lines.append(t("bank-card-trained", date=e.selection.trained_on))
    if e.selection and e.selection.reason:
        lines.append(t("bank-card-reason", reason=e.selection.reason))
    lines += ["", *_answers_text(t, questionnaire, e.answers)]
    return fit_lines(lines)


def mentee_card(t: TextFn, e: MenteeEntry, questionnaire: Questionnaire, timezone: str) -> str:
    p = e.person
    lines = [t("bank-card-mentee", name=p.full_name or "—", position=p.position or "—", subject=p.subject or "—",
               kind=e.profile.kind, state=e.shown_state, since=local_date(e.waiting_since, timezone))]
    if e.declined:
        lines.append(t("bank-card-declined"))
    if p.guardian_name:  # a minor: who consented for them, as they stated it before consenting
        lines.append(t("bank-card-guardian", name=p.guardian_name, relation=p.guardian_relation or "guardian",
                       gender=parent_gender(p.guardian_relation, p.guardian_name)))
    if e.support:
        lines.append(t("bank-card-support", gender=gender_of(p.full_name)))
    lines += ["", *_answers_text(t, questionnaire, e.answers)]
    return fit_lines(lines)


def create_router() -> Router:
    router = Router(name="banks")

    async def subject_of(state: FSMContext, kind: str) -> str:
        return str((await state.get_data()).get(f"bank_subject_{kind}", ""))

    @router.message(Command("mentors", "mentees"))
    async def open_bank(message: Message, t: TextFn, actor: Actor, banks: BankService, state: FSMContext) -> None:
        await state.set_state(None)  # a half-typed reason or subject is dropped, never applied later
        kind = "m" if (message.text or "").lstrip("/").startswith("mentors") else "e"
        await show_bank(message, t, actor, banks, BankCb(a="list", k=kind), await subject_of(state, kind))

    @router.callback_query(BankCb.filter(F.a.in_({"list", "filter", "reset"})))
    async def bank_page(query: CallbackQuery, callback_data: BankCb, t: TextFn, actor: Actor, banks: BankService,
                        state: FSMContext) -> None:
        cb = callback_data
        await state.set_state(None)
        if cb.a == "reset":
            await state.update_data({f"bank_subject_{cb.k}": ""})
            cb = BankCb(a="list", k=cb.k)
        elif cb.a == "filter":
            statuses = MENTOR_STATUS_FILTER if cb.k == "m" else MENTEE_STATE_FILTER
            forms = ("", *[str(i) for i in range(len(FORMS))])
            changes = {"st": lambda: _cycle(statuses, cb.st), "fm": lambda: _cycle(forms, cb.fm),
                       "ex": lambda: _cycle(BANDS, cb.ex), "mt": lambda: _cycle(MATCHED, cb.mt),
                       "wh": lambda: _cycle(WHO, cb.wh)}
            if cb.f not in changes:
                raise DomainError("error-stale")
            cb = BankCb(**{**cb.model_dump(), "a": "list", "p": 0, cb.f: changes[cb.f]()})
        await drop_buttons(query)
        await show_bank(query, t, actor, banks, cb, await subject_of(state, cb.k))

    @router.callback_query(BankCb.filter(F.a == "subj"))
    async def ask_subject(query: CallbackQuery, callback_data: BankCb, t: TextFn, actor: Actor,
                          state: FSMContext) -> None:
        require_coordinator(actor)
        await state.set_state(BankInput.subject)
        await state.update_data(bank_filter=callback_data.model_dump())
        await query.answer()
        await say(query, t("bank-ask-subject"))

    @router.message(StateFilter(BankInput.subject), NotCommand())
    async def got_subject(message: Message, t: TextFn, actor: Actor, banks: BankService, state: FSMContext) -> None:
        subject = clean_text(message.text, max_len=60)
        data = await state.get_data()
        cb = BankCb(**{**data.get("bank_filter", {"a": "list"}), "a": "list", "p": 0})
        await state.set_state(None)
        await state.update_data({f"bank_subject_{cb.k}": subject})
        await show_bank(message, t, actor, banks, cb, subject)

    @router.callback_query(BankCb.filter(F.a == "card"))
    async def card(query: CallbackQuery, callback_data: BankCb, t: TextFn, actor: Actor, banks: BankService,
                   questionnaires: QuestionnaireService, state: FSMContext) -> None:
        await state.set_state(None)
        await show_card(query, t, actor, banks, questionnaires, callback_data)

    async def show_card(query: CallbackQuery, t: TextFn, actor: Actor, banks: BankService,
                        questionnaires: QuestionnaireService, cb: BankCb) -> None:
        if cb.k == "m":
            entry = await banks.mentor(actor, cb.id)
            text = mentor_card(t, entry, questionnaires.for_role(Role.MENTOR_CANDIDATE, entry.person))
            markup = kb.mentor_card(t, cb, entry)
        else:
            mentee = await banks.mentee(actor, cb.id)
            role = Role.MENTEE_TEACHER if mentee.profile.kind == "teacher" else Role.MENTEE_STUDENT
            org = await banks.org(actor)
            text = mentee_card(t, mentee, questionnaires.for_role(role), org.timezone)
            markup = kb.mentee_card(t, cb, mentee)
        await query.answer()
        await say(query, text, reply_markup=markup)

    @router.callback_query(BankCb.filter(F.a.in_({"appr", "train", "flag"})))
    async def act(query: CallbackQuery, callback_data: BankCb, t: TextFn, actor: Actor, banks: BankService,
                  questionnaires: QuestionnaireService) -> None:
        cb = callback_data
        if cb.a == "appr":
            approved = await banks.approve(actor, cb.id)
            name = approved.person.full_name or "—"
            note = t("bank-approved", name=name, gender=gender_of(approved.person.full_name))
        elif cb.a == "train":
            await banks.trained(actor, cb.id)
            note = t("bank-trained")
        else:
            if cb.f not in ("on", "off"):
                raise DomainError("error-stale")
            entry = await banks.flag_support(actor, cb.id, cb.f == "on")
            note = t("bank-support-set", on="yes" if entry.support else "no",
                     gender=gender_of(entry.person.full_name))
        await drop_buttons(query)
        await say(query, note)
        await show_card(query, t, actor, banks, questionnaires, BankCb(**{**cb.model_dump(), "a": "card"}))

    @router.callback_query(BankCb.filter(F.a == "rej"))
    async def ask_reason(query: CallbackQuery, callback_data: BankCb, t: TextFn, actor: Actor, banks: BankService,
                         state: FSMContext) -> None:
        entry = await banks.mentor(actor, callback_data.id)
        await state.set_state(BankInput.reject_reason)
        await state.update_data(person_id=entry.person.id)
        await query.answer()
        await say(query, t("bank-ask-reason", name=entry.person.full_name or "—",
                           gender=gender_of(entry.person.full_name)))

    @router.message(StateFilter(BankInput.reject_reason), NotCommand())
    async def got_reason(message: Message, t: TextFn, actor: Actor, banks: BankService, state: FSMContext) -> None:
        person_id = int((await state.get_data()).get("person_id", 0))
        entry = await banks.reject(actor, person_id, message.text or "")
        await state.set_state(None)
        await message.answer(t("bank-rejected", name=entry.person.full_name or "—",
                               gender=gender_of(entry.person.full_name)))

    @router.message(Command("unmatched"))
    async def unmatched(message: Message, t: TextFn, actor: Actor, banks: BankService) -> None:
        waiting = await banks.unmatched(actor)
        org = await banks.org(actor)
        lines = [t("bank-unmatched-title", count=len(waiting.entries), no_form=waiting.no_questionnaire,
                   waiting=waiting.overdue, days=banks.unmatched_days), ""]
        shown = waiting.entries[:30]
        for number, e in enumerate(shown, start=1):
            w = waiting.found[e.person.id]
            lines.append(t("bank-unmatched-line", number=number, name=e.person.full_name or "—",
                           since=local_date(e.waiting_since, org.timezone), declined="yes" if e.declined else "no",
                           support="yes" if e.support else "no", form="yes" if w.questionnaire else "no",
                           long="yes" if w.overdue and not (w.declined or w.support) else "no"))
        if not waiting.entries:
            lines.append(t("bank-unmatched-none"))
        await message.answer(fit_lines(lines), reply_markup=kb.waiting(shown))

    # ---- suggestions and the draft of a pair/group -------------------------------------------------------

    @router.callback_query(BankCb.filter(F.a == "sugg"))
    async def suggestions(query: CallbackQuery, callback_data: BankCb, t: TextFn, actor: Actor,
                          banks: BankService) -> None:
        mentee, found = await banks.suggestions(actor, callback_data.id)
        lines = [t("match-title", name=mentee.person.full_name or "—"), ""]
        for number, (s, mentor) in enumerate(found, start=1):
            lines.append(t("match-line", number=number, name=mentor.person.full_name or "—", score=s.score,
                           free=s.mentor.free, capacity=s.mentor.capacity))
            lines += [reason_text(t, r) for r in s.reasons]
            lines.append("")
        if not found:
            lines.append(t("match-none"))
        await query.answer()
        await say(query, fit_lines(lines), reply_markup=kb.suggestions(t, mentee.person.id, found))

    async def show_draft(query: CallbackQuery, t: TextFn, actor: Actor, banks: BankService, draft: PairForm) -> None:
        mentor = await banks.mentor(actor, draft.mentor)
        mentees = [await banks.mentee(actor, m) for m in draft.mentees]
        if not draft.form:
            forms = banks.draft_forms(await banks.org(actor), mentor, mentees[0])
            text, markup = (t("draft-ask-form"), kb.draft_forms(t, forms)) if forms else (t("draft-no-form"), None)
        elif not draft.complete:
            text, markup = t("draft-ask-term"), kb.draft_terms(t, await banks.today(actor))
        else:
            variants = ", ".join(t("pair-variant", variant=v) for v in draft.variants) or t("pair-variant-none")
            text = t("draft-summary", mentor=mentor.person.full_name or "—",
                     mentees=", ".join(m.person.full_name or "—" for m in mentees), form=draft.form,
                     starts=draft.starts, ends=draft.ends, free=mentor.profile.free, variants=variants)
            markup = kb.draft_ready(t, can_add=len(mentees) < mentor.profile.free, chosen=draft.variants)
        await query.answer()
        await say(query, text, reply_markup=markup)

    async def draft_of(state: FSMContext) -> PairForm:
        return PairForm.load((await state.get_data()).get("pair_draft"))

    @router.callback_query(DraftCb.filter(F.a == "start"))
    async def start_draft(query: CallbackQuery, callback_data: DraftCb, t: TextFn, actor: Actor, banks: BankService,
                          state: FSMContext) -> None:
        mentee = await banks.mentee(actor, callback_data.id)
        mentor = await banks.mentor(actor, id_of(callback_data.v))
        if not mentor.eligible or mentee.state != "unmatched":
            raise DomainError("error-stale")
        draft = PairForm(mentor=mentor.person.id, mentees=[mentee.person.id])
        await state.update_data(pair_draft=draft.model_dump(mode="json"))
        await drop_buttons(query)
        await show_draft(query, t, actor, banks, draft)

    @router.callback_query(DraftCb.filter(F.a.in_({"form", "term", "add", "show", "variant"})))
    async def fill_draft(query: CallbackQuery, callback_data: DraftCb, t: TextFn, actor: Actor, banks: BankService,
                         state: FSMContext) -> None:
        draft = await draft_of(state)
        cb = callback_data
        if cb.a == "form":
            draft = draft.with_form(cb.v)
        elif cb.a == "term":
            draft = draft.with_term(cb.v, await banks.today(actor))
        elif cb.a == "variant":
            draft = draft.with_variant(cb.v)
        elif cb.a == "add":
            mentee = await banks.mentee(actor, cb.id)
            if mentee.state != "unmatched":
                raise DomainError("error-stale")
            draft = draft.with_mentee(mentee.person.id)
        await state.update_data(pair_draft=draft.model_dump(mode="json"))
        await drop_buttons(query)
        await show_draft(query, t, actor, banks, draft)

    @router.callback_query(DraftCb.filter(F.a == "more"))
    async def more_mentees(query: CallbackQuery, t: TextFn, actor: Actor, banks: BankService,
                           state: FSMContext) -> None:
        """A group: other unmatched mentees who fit the chosen form, best fits for this mentor first."""
        draft = await draft_of(state)
        count, scored = await banks.group_candidates(actor, draft.mentor, draft.form, draft.mentees)
        await query.answer()
        await say(query, t("draft-ask-more", count=count) if scored else t("draft-no-more"),
                  reply_markup=kb.more_mentees(t, scored))

    @router.callback_query(DraftCb.filter(F.a == "send"))
    async def send(query: CallbackQuery, t: TextFn, actor: Actor, pairs: PairService, state: FSMContext) -> None:
        pair = await pairs.propose_form(actor, await draft_of(state))
        await state.update_data(pair_draft=None)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("draft-sent", id=pair.id, count=len(pair.mentee_ids) + 1))

    @router.callback_query(DraftCb.filter(F.a == "cancel"))
    async def cancel(query: CallbackQuery, t: TextFn, state: FSMContext) -> None:
        await state.update_data(pair_draft=None)
        await query.answer()
        await drop_buttons(query)
        await say(query, t("draft-cancelled"))

    return router

