"""Buttons of /report: a dashboard's downloads, and the super-admin's list of organisations."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ReportCb
from bot.i18n import Raw, TextFn
from bot.keyboards.common import add_pager
from bot.services.records import Organisation


def dashboard(t: TextFn, org_id: int = 0, admin: bool = False) -> InlineKeyboardMarkup:
    """Charts, Excel and the year-end report of one organisation (0: the coordinator's own)."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("report-btn-charts"), callback_data=ReportCb(a="charts", o=org_id))
    kb.button(text=t("report-btn-xlsx"), callback_data=ReportCb(a="xlsx", o=org_id))
    kb.button(text=t("report-btn-year"), callback_data=ReportCb(a="year", o=org_id))
    if admin:
        kb.button(text=t("report-btn-all"), callback_data=ReportCb(a="all"))
    kb.adjust(1)
    return kb.as_markup()


def organisations(t: TextFn, orgs: Sequence[Organisation], page: int, pages: int) -> InlineKeyboardMarkup:
    """One button per organisation of the page (its own dashboard), the comparison table, the pager."""
    kb = InlineKeyboardBuilder()
    for org in orgs:
        kb.button(text=t("report-btn-org", org=Raw(org.name[:40])), callback_data=ReportCb(a="org", o=org.id))
    kb.button(text=t("report-btn-summary"), callback_data=ReportCb(a="sum"))
    kb.adjust(1)
    add_pager(kb, page, pages, lambda p: ReportCb(a="all", p=p))
    return kb.as_markup()
