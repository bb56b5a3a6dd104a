"""Handlers: one module per feature, each exposing create_router(). Order matters and is set here."""

from aiogram import Router

from handlers import common, errors, fallback, invites, organisations, privacy, registration


def create_root_router() -> Router:
    root = Router(name="root")
    root.include_routers(
        errors.create_router(),
        registration.create_router(),
        organisations.create_router(),
        invites.create_router(),
        privacy.create_router(),
        common.create_router(),
        fallback.create_router(),  # last: whatever nobody else understood
    )
    return root
