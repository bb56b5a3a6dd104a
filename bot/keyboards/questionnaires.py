from __future__ import annotations

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import QCb
from bot.i18n import TextFn
from bot.services.questionnaire_model import Question, localized
from bot.services.questionnaires import Progress

NUMBER_BUTTONS = 6  # a number question with this many values or fewer (capacity 1–5) is answered by buttons


def number_buttons(q: Question) -> range | None:
    """The values of a number question small enough to be buttons (typing one still works), or None."""
    if q.type != "number" or q.min is None or q.max is None or q.min != int(q.min) or q.max != int(q.max):
        return None
    values = range(int(q.min), int(q.max) + 1)
    return values if 0 < len(values) <= NUMBER_BUTTONS else None


def question(t: TextFn, progress: Progress) -> InlineKeyboardMarkup:
    q = progress.question
    assert q is not None
    locale = t.locale
    index = progress.questionnaire.index(q.id)
    set_id = progress.answer_set.id
    kb = InlineKeyboardBuilder()
    if q.type == "single":
        for n, option in enumerate(q.options):
            kb.row(InlineKeyboardButton(text=localized(option.text, locale),
                                        callback_data=QCb(a="o", s=set_id, q=index, v=str(n)).pack()))
    elif q.type == "multi":
        chosen = progress.answers.get(q.id) or []
        for n, option in enumerate(q.options):
            mark = "☑️" if option.id in chosen else "⬜️"
            kb.row(InlineKeyboardButton(text=f"{mark} {localized(option.text, locale)}",
                                        callback_data=QCb(a="t", s=set_id, q=index, v=str(n)).pack()))
        kb.row(InlineKeyboardButton(text=t("q-btn-done"), callback_data=QCb(a="d", s=set_id, q=index).pack()))
    elif q.type == "scale":
        low, high = int(q.min or 1), int(q.max or 10)
        buttons = [InlineKeyboardButton(text=str(v), callback_data=QCb(a="o", s=set_id, q=index, v=str(v)).pack())
                   for v in range(low, high + 1)]
        for start in range(0, len(buttons), 5):
            kb.row(*buttons[start:start + 5])
    elif (values := number_buttons(q)) is not None:
        kb.row(*(InlineKeyboardButton(text=str(v), callback_data=QCb(a="o", s=set_id, q=index, v=str(v)).pack())
                 for v in values))
    elif q.type == "yesno":
        kb.row(InlineKeyboardButton(text=t("q-btn-yes"), callback_data=QCb(a="y", s=set_id, q=index, v="yes").pack()),
               InlineKeyboardButton(text=t("q-btn-no"), callback_data=QCb(a="y", s=set_id, q=index, v="no").pack()))
    nav = []
    if progress.number > 1:
        nav.append(InlineKeyboardButton(text=t("q-btn-back"), callback_data=QCb(a="b", s=set_id, q=index).pack()))
    if not q.required:
        nav.append(InlineKeyboardButton(text=t("q-btn-skip"), callback_data=QCb(a="s", s=set_id, q=index).pack()))
    if nav:
        kb.row(*nav)
    return kb.as_markup()


def review(t: TextFn, progress: Progress) -> InlineKeyboardMarkup:
    set_id = progress.answer_set.id
    kb = InlineKeyboardBuilder()
    for number, q in enumerate(progress.visible, start=1):
        kb.button(text=f"✏️ {number}", callback_data=QCb(a="e", s=set_id, q=progress.questionnaire.index(q.id)))
    kb.adjust(6)
    kb.row(InlineKeyboardButton(text=t("q-btn-submit"), callback_data=QCb(a="x", s=set_id).pack()))
    if progress.answer_set.changes is not None:  # changes to submitted answers: leaving them keeps those
        kb.row(InlineKeyboardButton(text=t("q-btn-keep"), callback_data=QCb(a="c", s=set_id).pack()))
    return kb.as_markup()


def submitted(t: TextFn, progress: Progress) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("q-btn-reopen"), callback_data=QCb(a="r", s=progress.answer_set.id))
    return kb.as_markup()


def offer(t: TextFn, index: int) -> InlineKeyboardMarkup:
    """«Fill in the questionnaire» under the offer made after registration (index: as /survey lists them)."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("q-btn-fill"), callback_data=QCb(a="n", q=index))
    return kb.as_markup()


def choose(t: TextFn, items: list[tuple[int, str]]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, label in items:
        kb.button(text=label, callback_data=QCb(a="n", q=index))
    kb.adjust(1)
    return kb.as_markup()
