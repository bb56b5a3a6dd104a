from __future__ import annotations

from aiogram.types import InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import AgeCb, ConsentCb, ProfileCb, RelationCb
from bot.i18n import TextFn
from bot.services.records import ConsentKind


def consent(t: TextFn, kind: ConsentKind) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    student = kind is ConsentKind.STUDENT
    agree, decline = ("consent-btn-continue", "consent-btn-not-join") if student else (
        "consent-btn-agree", "consent-btn-decline")
    kb.button(text=t(agree), callback_data=ConsentCb(agree=True))
    kb.button(text=t(decline), callback_data=ConsentCb(agree=False))
    kb.adjust(1)
    return kb.as_markup()


def relation(t: TextFn, relations: tuple[str, ...]) -> InlineKeyboardMarkup:
    """The parent says how they are related to the child."""
    kb = InlineKeyboardBuilder()
    for code in relations:
        kb.button(text=t("parent-relation", relation=code), callback_data=RelationCb(relation=code))
    kb.adjust(1)
    return kb.as_markup()


def age(t: TextFn) -> InlineKeyboardMarkup:
    kb = InlineKeyboardBuilder()
    kb.button(text=t("join-age-adult"), callback_data=AgeCb(adult=True))
    kb.button(text=t("join-age-minor"), callback_data=AgeCb(adult=False))
    kb.adjust(1)
    return kb.as_markup()


def phone(t: TextFn) -> ReplyKeyboardMarkup:
    return ReplyKeyboardMarkup(
        keyboard=[
            [KeyboardButton(text=t("reg-btn-share-phone"), request_contact=True)],
            [KeyboardButton(text=t("reg-btn-skip-phone"))],
        ],
        resize_keyboard=True,
        one_time_keyboard=True,
        input_field_placeholder=t("reg-phone-placeholder"),
    )


def profile_edit(t: TextFn, fields: tuple[str, ...], external: bool = False) -> InlineKeyboardMarkup | None:
    """Under the profile: change one field (what registration asked this person)."""
    if not fields:
        return None
    kb = InlineKeyboardBuilder()
    for field in fields:
        kb.button(text=t("profile-btn-edit", field=field, external="yes" if external else "no"),
                  callback_data=ProfileCb(a="ask", f=field))
    kb.adjust(2)
    return kb.as_markup()


def phone_edit(t: TextFn, has_phone: bool) -> ReplyKeyboardMarkup:
    """A new phone only by Telegram's share-contact button (one's own number); or remove it; or keep it."""
    rows = [[KeyboardButton(text=t("reg-btn-share-phone"), request_contact=True)]]
    if has_phone:
        rows.append([KeyboardButton(text=t("profile-btn-remove-phone"))])
    rows.append([KeyboardButton(text=t("profile-btn-keep"))])
    return ReplyKeyboardMarkup(keyboard=rows, resize_keyboard=True, one_time_keyboard=True,
                               input_field_placeholder=t("reg-phone-placeholder"))
