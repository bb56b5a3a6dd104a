"""Buttons of /report: a dashboard's downloads, and the super-admin's list of organisations."""

from __future__ import annotations

from collections.abc import Sequence

from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.callbacks import ReportCb
from bot.i18n import Raw, TextFn
from bot.keyboards.common import add_pager
from bot.services.records import Organisation
from bot.services.school_calendar import school_year_label


def dashboard(t: TextFn, org_id: int = 0, admin: bool = False, year: int = 0, years: Sequence[int] = ()
              ) -> InlineKeyboardMarkup:
    """Charts, Excel and the year-end report of one organisation (0: the coordinator's own) for school year ``year``
    (0: the current one); the totals form (the coordinator's own organisation); the year chooser (``years``, the
    current one last and marked)."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("report-btn-charts"), callback_data=ReportCb(a="charts", o=org_id, y=year))
    kb.button(text=t("report-btn-xlsx"), callback_data=ReportCb(a="xlsx", o=org_id, y=year))
    kb.button(text=t("report-btn-year"), callback_data=ReportCb(a="year", o=org_id, y=year))
    rows = [1, 1, 1]
    if not org_id:
        kb.button(text=t("report-btn-totals"), callback_data=ReportCb(a="tot", y=year))
        rows.append(1)
    if admin:
        kb.button(text=t("report-btn-all"), callback_data=ReportCb(a="all"))
        rows.append(1)
    if len(years) > 1:
        shown = year or years[-1]
        for y in years:
            kb.button(text=t("report-btn-school-year", year=school_year_label(y), chosen=str(y == shown)),
                      callback_data=ReportCb(a="dash", o=org_id, y=y))
        rows.append(len(years))
    kb.adjust(*rows)
    return kb.as_markup()


def totals_step(t: TextFn, year: int, known: bool) -> InlineKeyboardMarkup:
    """Under a question of the totals form: leave the value as it is (or unknown), or stop."""
    kb = InlineKeyboardBuilder()
    kb.button(text=t("report-totals-btn-keep" if known else "report-totals-btn-skip"),
              callback_data=ReportCb(a="skip", y=year))
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
