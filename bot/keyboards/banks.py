"""Keyboards of the banks of mentors and mentees: the paged list with its filters, a person's card, the waiting list,
suggestions, and the steps of forming a pair or group."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import BankCb, DraftCb, PairCb
from bot.i18n import TextFn
from bot.services.banks import MenteeEntry, MentorEntry
from bot.services.matching import FORMS, Suggestion, form_name
from bot.services.mentoring_forms import VARIANTS
from bot.services.pairs import TERMS, term_end

PAGE = 8


def form_of(cb: BankCb) -> str:
    """The form-of-mentorship filter carried by a bank button («» for any)."""
    return FORMS[int(cb.fm)] if cb.fm.isdigit() and int(cb.fm) < len(FORMS) else ""


def _with(cb: BankCb, **changes: object) -> BankCb:
    return BankCb(**{**cb.model_dump(), **changes})


def bank(t: TextFn, cb: BankCb, page: Sequence[MentorEntry | MenteeEntry], first_number: int, total: int,
         subject: str) -> InlineKeyboardMarkup:
    """The people on this page (two per row), paging, the filters and «reset»."""
    kb = InlineKeyboardBuilder()
    for number, e in enumerate(page, start=first_number):
        kb.button(text=f"{number}. {(e.person.full_name or '—')[:40]}",
                  callback_data=BankCb(a="card", k=cb.k, id=e.person.id, p=cb.p, st=cb.st, fm=cb.fm, ex=cb.ex,
                                       mt=cb.mt, wh=cb.wh))
    kb.adjust(2)
    filters = InlineKeyboardBuilder()
    pages = max(1, -(-total // PAGE))
    base = {"k": cb.k, "st": cb.st, "fm": cb.fm, "ex": cb.ex, "mt": cb.mt, "wh": cb.wh}
    nav = []
    if cb.p > 0:
        nav.append(("◀️", BankCb(a="list", p=cb.p - 1, **base)))
    if cb.p + 1 < pages:
        nav.append(("▶️", BankCb(a="list", p=cb.p + 1, **base)))
    for text, data in nav:
        filters.button(text=text, callback_data=data)
    form = form_of(cb)
    filters.button(text=t("bank-filter-status", kind=cb.k, value=cb.st or "any"),
                   callback_data=BankCb(a="filter", f="st", **base))
    filters.button(text=t("bank-filter-form", value=form_name(t, form) if form else t("bank-any")),
                   callback_data=BankCb(a="filter", f="fm", **base))
    filters.button(text=t("bank-filter-exp", value=cb.ex or "any"), callback_data=BankCb(a="filter", f="ex", **base))
    filters.button(text=t("bank-filter-matched", value=cb.mt or "any"),
                   callback_data=BankCb(a="filter", f="mt", **base))
    filters.button(text=t("bank-filter-subject", value=subject or t("bank-any")),
                   callback_data=BankCb(a="subj", **base))
    if cb.k == "m":  # who the mentors are: teachers, pupils and students, partners' specialists
        filters.button(text=t("bank-filter-who", value=cb.wh or "any"),
                       callback_data=BankCb(a="filter", f="wh", **base))
    filters.button(text=t("bank-filter-reset"), callback_data=BankCb(a="reset", k=cb.k))
    filters.adjust(*([len(nav)] if nav else []), 2, 2, 2, 2)
    kb.attach(filters)
    return kb.as_markup()


_MENTOR_BUTTONS = {"approve": ("bank-btn-approve", "appr"), "train": ("bank-btn-trained", "train"),
                   "reject": ("bank-btn-reject", "rej")}


def mentor_card(t: TextFn, cb: BankCb, entry: MentorEntry) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    back = BankCb(a="list", k=cb.k, p=cb.p, st=cb.st, fm=cb.fm, ex=cb.ex, mt=cb.mt)
    for action in entry.actions:
        key, code = _MENTOR_BUTTONS[action]
        kb.button(text=t(key), callback_data=_with(back, a=code, id=entry.person.id))
    kb.button(text=t("pair-btn-print-person"), callback_data=PairCb(a="pcon", id=entry.person.id))
    kb.button(text=t("bank-btn-back"), callback_data=back)
    kb.adjust(1)
    return kb.as_markup()


def mentee_card(t: TextFn, cb: BankCb, entry: MenteeEntry) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    back = BankCb(a="list", k=cb.k, p=cb.p, st=cb.st, fm=cb.fm, ex=cb.ex, mt=cb.mt)
    if "suggest" in entry.actions:
        kb.button(text=t("bank-btn-suggest"), callback_data=_with(back, a="sugg", id=entry.person.id))
    # the button says what it sets, so a double tap sets it twice instead of switching it back
    kb.button(text=t("bank-btn-support", on="yes" if entry.support else "no"),
              callback_data=_with(back, a="flag", id=entry.person.id, f="off" if entry.support else "on"))
    kb.button(text=t("pair-btn-print-person"), callback_data=PairCb(a="pcon", id=entry.person.id))
    kb.button(text=t("bank-btn-back"), callback_data=back)
    kb.adjust(1)
    return kb.as_markup()


def waiting(entries: Sequence[MenteeEntry]) -> InlineKeyboardMarkup:
    """The mentees waiting for a pair, numbered as in the text above."""
    kb = InlineKeyboardBuilder()
    for number, e in enumerate(entries, start=1):
        kb.button(text=f"{number}. {(e.person.full_name or '—')[:40]}",
                  callback_data=BankCb(a="card", k="e", id=e.person.id))
    kb.adjust(2)
    return kb.as_markup()


def suggestions(t: TextFn, mentee_id: int, found: Sequence[tuple[Suggestion, MentorEntry]]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for number, (s, mentor) in enumerate(found, start=1):
        kb.button(text=t("match-btn-choose", number=number, name=(mentor.person.full_name or "—")[:30]),
                  callback_data=DraftCb(a="start", id=mentee_id, v=str(s.mentor.person_id)))
    kb.adjust(1)
    return kb.as_markup()


def draft_forms(t: TextFn, forms: Sequence[str]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for f in forms:
        kb.button(text=form_name(t, f), callback_data=DraftCb(a="form", v=str(FORMS.index(f))))
    kb.button(text=t("draft-btn-cancel"), callback_data=DraftCb(a="cancel"))
    kb.adjust(1)
    return kb.as_markup()


def draft_terms(t: TextFn, today: date) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for term in TERMS:
        kb.button(text=t("draft-term", term=int(term) if term.isdigit() else term, date=term_end(term, today)),
                  callback_data=DraftCb(a="term", v=term))
    kb.button(text=t("draft-btn-cancel"), callback_data=DraftCb(a="cancel"))
    kb.adjust(1)
    return kb.as_markup()


def draft_ready(t: TextFn, can_add: bool, chosen: Sequence[str] = ()) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, variant in enumerate(VARIANTS):  # each button says what it sets: a double tap cannot undo it
        on = variant in chosen
        kb.button(text=t("draft-btn-variant", variant=variant, on="yes" if on else "no"),
                  callback_data=DraftCb(a="variant", v=f"{index}-{0 if on else 1}"))
    if can_add:
        kb.button(text=t("draft-btn-more"), callback_data=DraftCb(a="more"))
    kb.button(text=t("draft-btn-send"), callback_data=DraftCb(a="send"))
    kb.button(text=t("draft-btn-cancel"), callback_data=DraftCb(a="cancel"))
    kb.adjust(1)
    return kb.as_markup()


def more_mentees(t: TextFn, scored: Sequence[tuple[float, MenteeEntry]]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for points, e in scored:
        kb.button(text=f"{(e.person.full_name or '—')[:40]} · {points}", callback_data=DraftCb(a="add",
                                                                                          id=e.person.id))
    kb.button(text=t("draft-btn-back"), callback_data=DraftCb(a="show"))
    kb.adjust(1)
    return kb.as_markup()
