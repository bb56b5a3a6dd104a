"""Keyboards of survey campaigns: the list, and the steps of launching one (questionnaire, audience, people picked
by hand, deadline, anonymity)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import CampCb
from bot.i18n import TextFn
from bot.services.campaigns import AUDIENCES, DEADLINE_DAYS, Campaign, Person
from bot.services.matching import FORMS, form_name

PICK_PAGE = 10


def overview(t: TextFn, campaigns: Sequence[Campaign], resendable: Mapping[int, int] | None = None
             ) -> InlineKeyboardMarkup:
    """Results of each campaign; «send again» under those with failed invitations (campaign id → how many)."""
    kb = InlineKeyboardBuilder()
    for campaign in campaigns:
        kb.button(text=t("campaign-btn-results", id=campaign.id), callback_data=CampCb(a="res", id=campaign.id))
    kb.adjust(3)
    for campaign_id, count in (resendable or {}).items():
        if count:
            kb.row()
            kb.button(text=t("campaign-btn-resend", id=campaign_id, count=count),
                      callback_data=CampCb(a="again", id=campaign_id))
    kb.row()
    kb.button(text=t("campaign-btn-new"), callback_data=CampCb(a="new"))
    return kb.as_markup()


def questionnaires(titles: Sequence[str]) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, title in enumerate(titles):
        kb.button(text=title[:60], callback_data=CampCb(a="q", qi=index))
    kb.adjust(1)
    return kb.as_markup()


def audiences(t: TextFn, qi: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for audience in (*AUDIENCES, "pairs"):
        kb.button(text=t("campaign-audience", audience=audience), callback_data=CampCb(a="aud", qi=qi, aud=audience))
    kb.button(text=t("campaign-audience", audience="form"), callback_data=CampCb(a="forms", qi=qi))
    kb.button(text=t("campaign-audience", audience="list"), callback_data=CampCb(a="pick0", qi=qi))
    kb.adjust(1)
    return kb.as_markup()


def forms(t: TextFn, qi: int) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for index, form in enumerate(FORMS):
        kb.button(text=form_name(t, form), callback_data=CampCb(a="aud", qi=qi, aud=f"f{index}"))
    kb.adjust(1)
    return kb.as_markup()


def deadlines(t: TextFn, qi: int, audience: str) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    for days in DEADLINE_DAYS:
        kb.button(text=t("invite-days", days=days), callback_data=CampCb(a="days", qi=qi, aud=audience, days=days))
    return kb.as_markup()


def anonymity(t: TextFn, qi: int, audience: str, days: int) -> InlineKeyboardMarkup:
    """Anonymous or with names: either leads to the review screen (nothing is sent yet)."""
    kb = InlineKeyboardBuilder()
    for anon, key in ((1, "campaign-anonymous-yes"), (0, "campaign-anonymous-no")):
        kb.button(text=t(key), callback_data=CampCb(a="rev", qi=qi, aud=audience, days=days, anon=anon))
    kb.adjust(1)
    return kb.as_markup()


def confirm(t: TextFn, qi: int, audience: str, days: int, anon: int, token: int) -> InlineKeyboardMarkup:
    """The review screen's launch button; ``token``: the one-shot token the launch uses up (a second tap launches
    nothing), and «cancel»."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("campaign-btn-launch"),
              callback_data=CampCb(a="anon", qi=qi, aud=audience, days=days, anon=anon, id=token))
    kb.button(text=t("campaign-btn-cancel"), callback_data=CampCb(a="stop"))
    kb.adjust(1)
    return kb.as_markup()


def pick(t: TextFn, qi: int, people: Sequence[Person], picked: Sequence[int], page: int,
         pages: int) -> InlineKeyboardMarkup:
    """People on this page with ticks, paging, and «send to the N picked» once someone is ticked."""
    kb = InlineKeyboardBuilder()
    for person in people:
        mark = "☑️" if person.id in picked else "⬜"
        kb.button(text=f"{mark} {(person.full_name or '—')[:40]}", callback_data=CampCb(a="tog", qi=qi, id=person.id,
                                                                                         p=page))
    sizes = [1] * len(people)
    nav = [("◀️", page - 1)] * (page > 0) + [("▶️", page + 1)] * (page + 1 < pages)
    for label, target in nav:
        kb.button(text=label, callback_data=CampCb(a="pick", qi=qi, p=target))
    if nav:
        sizes.append(len(nav))
    if picked:
        kb.button(text=t("campaign-btn-picked", count=len(picked)), callback_data=CampCb(a="aud", qi=qi, aud="list"))
        sizes.append(1)
    kb.adjust(*sizes)
    return kb.as_markup()
