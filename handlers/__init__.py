"""Handlers: one module per feature, each exposing create_router(). Order matters and is set here."""

from aiogram import Router

from handlers import (
    accounts,
    achievements,
    announcements,
    banks,
    campaigns,
    common,
    errors,
    fallback,
    invites,
    meetings,
    organisations,
    pairs,
    partners,
    people,
    privacy,
    questionnaires,
    registration,
    reports,
    roadmap,
    year_report,
)
from handlers._routing import PrivateChat, gate


def create_root_router() -> Router:
    root = Router(name="root")
    # Personal data and invite links never go to a group: the bot works in private chats only.
    # (a coroutine filter, not ``F.chat.type == "private"``: aiogram runs a magic filter in a worker thread)
    root.message.filter(PrivateChat())
    root.callback_query.filter(PrivateChat())
    # each feature router is gated by what its own handlers can take (handlers/_routing.py): a button or a command
    # goes straight past the routers that have no handler for it
    root.include_routers(
        errors.create_router(),
        gate(accounts.create_router()),  # before registration: /start link-<code> is not an invite
        gate(registration.create_router()),
        gate(organisations.create_router()),
        gate(invites.create_router()),
        gate(partners.create_router()),
        gate(people.create_router()),
        gate(privacy.create_router()),
        gate(announcements.create_router()),  # before roadmap: a file sent to an announcement's step is not a roadmap
        gate(roadmap.create_router()),
        gate(questionnaires.create_router()),
        gate(campaigns.create_router()),
        gate(banks.create_router()),
        gate(pairs.create_router()),
        gate(meetings.create_router()),
        gate(achievements.create_router()),
        gate(year_report.create_router()),  # before reports: it answers /report's «year-end report» button
        gate(reports.create_router()),
        gate(common.create_router()),
        fallback.create_router(),  # last: whatever nobody else understood
    )
    return root
