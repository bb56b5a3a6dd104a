"""Handlers: one module per feature, each exposing create_router(). Order matters and is set here."""

from aiogram import F, Router

from handlers import (
    banks,
    campaigns,
    common,
    errors,
    fallback,
    invites,
    meetings,
    organisations,
    pairs,
    privacy,
    questionnaires,
    registration,
    reports,
    roadmap,
)


def create_root_router() -> Router:
    root = Router(name="root")
    # Personal data and invite links never go to a group: the bot works in private chats only.
    root.message.filter(F.chat.type == "private")
    root.callback_query.filter(F.message.chat.type == "private")
    root.include_routers(
        errors.create_router(),
        registration.create_router(),
        organisations.create_router(),
        invites.create_router(),
        privacy.create_router(),
        roadmap.create_router(),
        questionnaires.create_router(),
        campaigns.create_router(),
        banks.create_router(),
        pairs.create_router(),
        meetings.create_router(),
        reports.create_router(),
        common.create_router(),
        fallback.create_router(),  # last: whatever nobody else understood
    )
    return root
