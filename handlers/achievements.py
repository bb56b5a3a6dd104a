"""/achievements: participants' achievements, rewards for mentors, best practices («методическая копилка») — the
lists and three short chat forms. The rules (who may record and see what) are bot/services/achievements.py's."""

from __future__ import annotations

from datetime import date

from aiogram import Bot, F, Router
from aiogram.filters import Command, StateFilter
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, InlineKeyboardMarkup, Message

from bot.callbacks import AchCb
from bot.i18n import TextFn
from bot.keyboards import achievements as kb
from bot.services.access import Actor, require_coordinator
from bot.services.achievements import (
    WITH_RESULT,
    AchievementDraft,
    AchievementLine,
    AchievementService,
    PracticeDraft,
    RewardDraft,
    achievement_kind,
    achievement_result,
    day,
    description,
    note,
    reward_kind,
    title,
)
from bot.services.errors import AccessDenied, FlowEnded
from bot.services.privacy import shown_name
from bot.services.records import Role
from bot.states import AchievementForm, PracticeForm, RewardForm
from handlers._util import NotCommand, drop_buttons, fit_lines, reply_target

DESCRIPTION_IN_LIST = 160  # characters of a practice's description in the list


def _line(t: TextFn, number: int, line: AchievementLine) -> str:
    a = line.achievement
    return t("ach-list-item", number=number, name=shown_name(t, line.person), kind=a.kind, title=a.title,
             result=a.result or "none", date=a.achieved_on, file=str(a.file_id is not None).lower())


async def _list(t: TextFn, actor: Actor, achievements: AchievementService) -> tuple[str, InlineKeyboardMarkup]:
    lines = await achievements.list(actor)
    coordinator = actor.has_role(Role.COORDINATOR)
    head = t("ach-list-title", scope="org" if coordinator else "mine", count=len(lines))
    body = [_line(t, n, line) for n, line in enumerate(lines, 1)] or [t("ach-list-empty")]
    return fit_lines([head, "", *body]), kb.menu(t, lines, coordinator=coordinator,
                                                   shares=achievements.may_share(actor))


def create_router() -> Router:
    router = Router(name="achievements")

    @router.message(Command("achievements"))
    async def show(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                   achievements: AchievementService) -> None:
        await state.clear()
        text, markup = await _list(t, actor, achievements)
        await message.answer(text, reply_markup=markup)

    @router.callback_query(AchCb.filter(F.a == "list"))
    async def show_again(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot,
                         achievements: AchievementService) -> None:
        text, markup = await _list(t, actor, achievements)
        await query.answer()
        await bot.send_message(query.from_user.id, text, reply_markup=markup)

    @router.callback_query(AchCb.filter(F.a == "file"))
    async def send_file(query: CallbackQuery, callback_data: AchCb, t: TextFn, actor: Actor, bot: Bot,
                        achievements: AchievementService) -> None:
        line = await achievements.get(actor, callback_data.id)
        await query.answer()
        await _send_file(bot, query.from_user.id, line.achievement.file_id, line.achievement.file_kind)

    # ---- an achievement: whom → kind → (result) → title → date → file → save ----------------------------------

    @router.callback_query(AchCb.filter(F.a == "add"))
    async def start(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                    achievements: AchievementService) -> None:
        await query.answer()
        bot, chat = reply_target(query)
        await state.set_data({})
        if actor.has_role(Role.COORDINATOR):
            await state.set_state(AchievementForm.who)
            me = actor.active_person
            await bot.send_message(chat, t("ach-ask-who-search"),
                                   reply_markup=kb.people(t, [me] if me else [], "who", me.id if me else None))
            return
        people = await achievements.recordable(actor)
        if len(people) == 1:
            await _ask_kind(state, t, bot, chat, people[0].id)
            return
        await state.set_state(AchievementForm.who)
        await bot.send_message(chat, t("ach-ask-who"), reply_markup=kb.people(t, people, "who", people[0].id))

    @router.message(StateFilter(AchievementForm.who), NotCommand())
    async def search(message: Message, t: TextFn, actor: Actor, achievements: AchievementService) -> None:
        if not actor.has_role(Role.COORDINATOR):
            await message.answer(t("ach-use-buttons"))
            return
        found = await achievements.find(actor, message.text)
        await message.answer(t("ach-found", count=len(found)) if found else t("ach-found-none"),
                             reply_markup=kb.people(t, found, "who") if found else None)

    @router.callback_query(AchCb.filter(F.a == "who"), StateFilter(AchievementForm.who))
    async def got_who(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn, actor: Actor,
                      achievements: AchievementService) -> None:
        person = await achievements.may_record_for(actor, callback_data.id)  # a forged id: refused
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await _ask_kind(state, t, bot, chat, person.id)

    @router.callback_query(AchCb.filter(F.a == "kind"), StateFilter(AchievementForm.kind))
    async def got_kind(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn) -> None:
        kind = achievement_kind(callback_data.v)
        await state.update_data(kind=kind, result=None)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        if kind in WITH_RESULT:
            await bot.send_message(chat, t("ach-ask-result", kind=kind), reply_markup=kb.results(t))
            return
        await state.set_state(AchievementForm.title)
        await bot.send_message(chat, t("ach-ask-title", kind=kind))

    @router.callback_query(AchCb.filter(F.a == "res"), StateFilter(AchievementForm.kind))
    async def got_result(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn) -> None:
        data = await state.get_data()
        if data.get("kind") not in WITH_RESULT:
            raise FlowEnded()
        await state.update_data(result=achievement_result(callback_data.v))
        await state.set_state(AchievementForm.title)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-ask-title", kind=data["kind"]))

    @router.message(StateFilter(AchievementForm.kind), NotCommand())
    async def kind_by_buttons(message: Message, t: TextFn) -> None:
        await message.answer(t("ach-use-buttons"))

    @router.message(StateFilter(AchievementForm.title), NotCommand())
    async def got_title(message: Message, state: FSMContext, t: TextFn) -> None:
        await state.update_data(title=title(message.text))  # a sticker, empty or huge: a polite re-ask
        await state.set_state(AchievementForm.day)
        await message.answer(t("ach-ask-day"))

    @router.message(StateFilter(AchievementForm.day), NotCommand())
    async def got_day(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                      achievements: AchievementService) -> None:
        when = day(message.text, await achievements.today(actor))
        await state.update_data(day=when.isoformat())
        await state.set_state(AchievementForm.file)
        await message.answer(t("ach-ask-file"), reply_markup=kb.skip(t, "nofile"))

    @router.message(StateFilter(AchievementForm.file), F.document | F.photo)
    async def got_file(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                       achievements: AchievementService) -> None:
        await state.update_data(_file_of(message))
        await _confirm_achievement(state, t, actor, achievements, *reply_target(message))

    @router.callback_query(AchCb.filter(F.a == "nofile"), StateFilter(AchievementForm.file))
    async def no_file(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                      achievements: AchievementService) -> None:
        await state.update_data(file_id=None, file_kind=None)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await _confirm_achievement(state, t, actor, achievements, bot, chat)

    @router.message(StateFilter(AchievementForm.file, PracticeForm.file), NotCommand())
    async def not_a_file(message: Message, t: TextFn) -> None:
        await message.answer(t("ach-error-file"))

    @router.callback_query(AchCb.filter(F.a == "save"))
    async def save(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn, actor: Actor,
                   achievements: AchievementService) -> None:
        if await state.get_state() != AchievementForm.confirm.state:  # a second tap of «Save», or an old button
            await query.answer(t("ach-already-saved"))
            await drop_buttons(query)
            return
        data = await state.get_data()
        _, fresh = await achievements.add(actor, AchievementDraft(
            data["person_id"], data["kind"], data.get("result"), data["title"], date.fromisoformat(data["day"]),
            data.get("file_id"), data.get("file_kind")), callback_data.n)
        await state.clear()
        await query.answer(t("ach-saved") if fresh else t("ach-already-saved"))
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-saved-note") if fresh else t("ach-already-saved"))

    # ---- rewards: a coordinator finds a mentor → kind → date → note → save -------------------------------------

    @router.callback_query(AchCb.filter(F.a == "rw"))
    async def rewards(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot,
                      achievements: AchievementService) -> None:
        lines = await achievements.rewards(actor)
        await query.answer()
        body = [t("ach-reward-item", number=n, name=shown_name(t, line.person), kind=line.reward.kind,
                  date=line.reward.given_on, note=line.reward.note or "none")
                for n, line in enumerate(lines, 1)] or [t("ach-rewards-empty")]
        await bot.send_message(query.from_user.id, fit_lines([t("ach-rewards-title", count=len(lines)), "", *body]))

    @router.callback_query(AchCb.filter(F.a == "rwadd"))
    async def reward_start(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor) -> None:
        require_coordinator(actor)
        await state.set_state(RewardForm.who)
        await state.set_data({})
        await query.answer()
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-reward-ask-who"))

    @router.message(StateFilter(RewardForm.who), NotCommand())
    async def reward_search(message: Message, t: TextFn, actor: Actor, achievements: AchievementService) -> None:
        found = await achievements.find(actor, message.text, mentors_only=True)
        await message.answer(t("ach-found", count=len(found)) if found else t("ach-found-none"),
                             reply_markup=kb.people(t, found, "rwwho") if found else None)

    @router.callback_query(AchCb.filter(F.a == "rwwho"), StateFilter(RewardForm.who))
    async def reward_who(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn, actor: Actor,
                         achievements: AchievementService) -> None:
        mentor = await achievements.mentor_to_reward(actor, callback_data.id)
        await state.update_data(person_id=mentor.id)
        await state.set_state(RewardForm.kind)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-reward-ask-kind", name=mentor.full_name or "—"),
                               reply_markup=kb.reward_kinds(t))

    @router.callback_query(AchCb.filter(F.a == "rwkind"), StateFilter(RewardForm.kind))
    async def reward_kind_chosen(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn) -> None:
        await state.update_data(kind=reward_kind(callback_data.v))
        await state.set_state(RewardForm.day)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-reward-ask-day"))

    @router.message(StateFilter(RewardForm.kind), NotCommand())
    async def reward_kind_by_buttons(message: Message, t: TextFn) -> None:
        await message.answer(t("ach-use-buttons"))

    @router.message(StateFilter(RewardForm.day), NotCommand())
    async def reward_day(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                         achievements: AchievementService) -> None:
        when = day(message.text, await achievements.today(actor))
        await state.update_data(day=when.isoformat())
        await state.set_state(RewardForm.note)
        await message.answer(t("ach-reward-ask-note"), reply_markup=kb.skip(t, "rwnote"))

    @router.message(StateFilter(RewardForm.note), NotCommand())
    async def reward_note(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                          achievements: AchievementService) -> None:
        await state.update_data(note=note(message.text))
        await _confirm_reward(state, t, actor, achievements, *reply_target(message))

    @router.callback_query(AchCb.filter(F.a == "rwnote"), StateFilter(RewardForm.note))
    async def reward_no_note(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                             achievements: AchievementService) -> None:
        await state.update_data(note=None)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await _confirm_reward(state, t, actor, achievements, bot, chat)

    @router.callback_query(AchCb.filter(F.a == "rwsave"))
    async def reward_save(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn, actor: Actor,
                          achievements: AchievementService) -> None:
        require_coordinator(actor)
        if await state.get_state() != RewardForm.confirm.state:
            await query.answer(t("ach-already-saved"))
            await drop_buttons(query)
            return
        data = await state.get_data()
        _, fresh = await achievements.give(actor, RewardDraft(data["person_id"], data["kind"],
                                                              date.fromisoformat(data["day"]), data.get("note")),
                                           callback_data.n)
        await state.clear()
        await query.answer(t("ach-saved") if fresh else t("ach-already-saved"))
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-reward-saved") if fresh else t("ach-already-saved"))

    # ---- best practices: title → description → file → save; the list and a card -------------------------------

    @router.callback_query(AchCb.filter(F.a == "pr"))
    async def practices(query: CallbackQuery, t: TextFn, actor: Actor, bot: Bot,
                        achievements: AchievementService) -> None:
        lines = await achievements.practices(actor)
        await query.answer()
        body = [t("ach-practice-item", number=n, title=line.practice.title, date=line.practice.created_at.date(),
                  about=_cut(line.practice.description, DESCRIPTION_IN_LIST))
                for n, line in enumerate(lines, 1)] or [t("ach-practices-empty")]
        await bot.send_message(query.from_user.id, fit_lines([t("ach-practices-title", count=len(lines)), "", *body],
                                                             sep="\n"),
                               reply_markup=kb.practices(t, lines, achievements.may_share(actor)))

    @router.callback_query(AchCb.filter(F.a == "prcard"))
    async def practice_card(query: CallbackQuery, callback_data: AchCb, t: TextFn, actor: Actor, bot: Bot,
                            achievements: AchievementService) -> None:
        line = await achievements.practice(actor, callback_data.id)
        await query.answer()
        author = shown_name(t, line.author) if actor.has_role(Role.COORDINATOR) else "none"
        await bot.send_message(query.from_user.id, t(
            "ach-practice-card", title=line.practice.title, about=line.practice.description,
            date=line.practice.created_at.date(), author=author), reply_markup=kb.practice_card(t, line))

    @router.callback_query(AchCb.filter(F.a == "prfile"))
    async def practice_file(query: CallbackQuery, callback_data: AchCb, actor: Actor, bot: Bot,
                            achievements: AchievementService) -> None:
        line = await achievements.practice(actor, callback_data.id)
        await query.answer()
        await _send_file(bot, query.from_user.id, line.practice.file_id, line.practice.file_kind)

    @router.callback_query(AchCb.filter(F.a == "pradd"))
    async def practice_start(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                             achievements: AchievementService) -> None:
        if not achievements.may_share(actor):
            raise AccessDenied()
        await state.set_state(PracticeForm.title)
        await state.set_data({})
        await query.answer()
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-practice-ask-title"))

    @router.message(StateFilter(PracticeForm.title), NotCommand())
    async def practice_title(message: Message, state: FSMContext, t: TextFn) -> None:
        await state.update_data(title=title(message.text))
        await state.set_state(PracticeForm.description)
        await message.answer(t("ach-practice-ask-description"))

    @router.message(StateFilter(PracticeForm.description), NotCommand())
    async def practice_description(message: Message, state: FSMContext, t: TextFn) -> None:
        await state.update_data(description=description(message.text))
        await state.set_state(PracticeForm.file)
        await message.answer(t("ach-practice-ask-file"), reply_markup=kb.skip(t, "prnofile"))

    @router.message(StateFilter(PracticeForm.file), F.document | F.photo)
    async def practice_file_got(message: Message, state: FSMContext, t: TextFn, actor: Actor,
                                achievements: AchievementService) -> None:
        await state.update_data(_file_of(message))
        await _confirm_practice(state, t, actor, achievements, *reply_target(message))

    @router.callback_query(AchCb.filter(F.a == "prnofile"), StateFilter(PracticeForm.file))
    async def practice_no_file(query: CallbackQuery, state: FSMContext, t: TextFn, actor: Actor,
                               achievements: AchievementService) -> None:
        await state.update_data(file_id=None, file_kind=None)
        await query.answer()
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await _confirm_practice(state, t, actor, achievements, bot, chat)

    @router.callback_query(AchCb.filter(F.a == "prsave"))
    async def practice_save(query: CallbackQuery, callback_data: AchCb, state: FSMContext, t: TextFn, actor: Actor,
                            achievements: AchievementService) -> None:
        if await state.get_state() != PracticeForm.confirm.state:
            await query.answer(t("ach-already-saved"))
            await drop_buttons(query)
            return
        data = await state.get_data()
        _, fresh = await achievements.share(actor, PracticeDraft(data["title"], data["description"],
                                                                 data.get("file_id"), data.get("file_kind")),
                                            callback_data.n)
        await state.clear()
        await query.answer(t("ach-saved") if fresh else t("ach-already-saved"))
        await drop_buttons(query)
        bot, chat = reply_target(query)
        await bot.send_message(chat, t("ach-practice-saved") if fresh else t("ach-already-saved"))

    return router


# ---- helpers -------------------------------------------------------------------------------------------------------

async def _ask_kind(state: FSMContext, t: TextFn, bot: Bot, chat: int, person_id: int) -> None:
    await state.update_data(person_id=person_id)
    await state.set_state(AchievementForm.kind)
    await bot.send_message(chat, t("ach-ask-kind"), reply_markup=kb.kinds(t))


def _file_of(message: Message) -> dict[str, str]:
    if message.document is not None:
        return {"file_id": message.document.file_id, "file_kind": "document"}
    assert message.photo
    return {"file_id": message.photo[-1].file_id, "file_kind": "photo"}  # the largest size


async def _send_file(bot: Bot, chat: int, file_id: str | None, file_kind: str | None) -> None:
    if file_id is None:
        return
    if file_kind == "photo":
        await bot.send_photo(chat, file_id)
    else:
        await bot.send_document(chat, file_id)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


async def _confirm_achievement(state: FSMContext, t: TextFn, actor: Actor, achievements: AchievementService,
                               bot: Bot, chat: int) -> None:
    data = await state.get_data()
    person = await achievements.may_record_for(actor, data["person_id"])
    token = await achievements.token(actor, "achievement")
    await state.set_state(AchievementForm.confirm)
    await bot.send_message(chat, t(
        "ach-confirm", name=shown_name(t, person), kind=data["kind"], result=data.get("result") or "none",
        title=data["title"], date=date.fromisoformat(data["day"]), file=str(bool(data.get("file_id"))).lower()),
        reply_markup=kb.save(t, "save", token))


async def _confirm_reward(state: FSMContext, t: TextFn, actor: Actor, achievements: AchievementService,
                          bot: Bot, chat: int) -> None:
    data = await state.get_data()
    mentor = await achievements.mentor_to_reward(actor, data["person_id"])
    token = await achievements.token(actor, "reward")
    await state.set_state(RewardForm.confirm)
    await bot.send_message(chat, t("ach-reward-confirm", name=shown_name(t, mentor), kind=data["kind"],
                                   date=date.fromisoformat(data["day"]), note=data.get("note") or ""),
                           reply_markup=kb.save(t, "rwsave", token))


async def _confirm_practice(state: FSMContext, t: TextFn, actor: Actor, achievements: AchievementService,
                            bot: Bot, chat: int) -> None:
    data = await state.get_data()
    token = await achievements.token(actor, "practice")
    await state.set_state(PracticeForm.confirm)
    await bot.send_message(chat, t("ach-practice-confirm", title=data["title"],
                                   about=_cut(data["description"], 1000),
                                   file=str(bool(data.get("file_id"))).lower()),
                           reply_markup=kb.save(t, "prsave", token))
