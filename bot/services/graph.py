"""The one service graph: every repository built once, every service built once with exactly what it needs.

``build_services`` is used by ``build_dispatcher`` (production and the handler tests), the benches and the service
tests, so nothing wires services by hand twice. Handlers receive the services by name (aiogram workflow data)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

from bot.clock import Clock
from bot.config import Settings
from bot.i18n import Translator
from bot.services.accounts import AccountService
from bot.services.achievements import AchievementService
from bot.services.announcements import AnnouncementService
from bot.services.banks import BankService
from bot.services.campaigns import CampaignService
from bot.services.exports import ExportService
from bot.services.growth import GrowthService
from bot.services.invites import InviteService
from bot.services.meetings import MeetingService
from bot.services.organisations import OrganisationService
from bot.services.pairs import PairService
from bot.services.partners import PartnerService
from bot.services.people import PeopleService
from bot.services.ports import Notifier, StateEraser
from bot.services.privacy import PrivacyService
from bot.services.profile import ProfileService
from bot.services.questionnaire_model import Questionnaire, load_all
from bot.services.questionnaires import QuestionnaireService
from bot.services.registration import RegistrationService
from bot.services.reminders import ReminderService
from bot.services.reports import ReportService
from bot.services.roadmap import RoadmapService
from bot.services.year_report import YearReportService
from storage.announcements import AnnouncementRepo
from storage.db import Database
from storage.models import Account
from storage.repositories import Repositories


@dataclass(frozen=True)
class Services:
    """Every service, named as handlers receive them."""

    profiles: ProfileService
    invites: InviteService
    partners: PartnerService
    organisations: OrganisationService
    registration: RegistrationService
    privacy: PrivacyService
    reminders: ReminderService
    roadmaps: RoadmapService
    questionnaires: QuestionnaireService
    campaigns: CampaignService
    announcements: AnnouncementService
    banks: BankService
    pairs: PairService
    growth: GrowthService
    meetings: MeetingService
    reports: ReportService
    exports: ExportService
    achievements: AchievementService
    year_reports: YearReportService
    people: PeopleService
    accounts: AccountService

    def by_name(self) -> dict[str, Any]:
        """name → service, for ``Dispatcher(**services.by_name())``."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


class NoForms:
    """Where no chat keeps half-filled forms (benches, service tests): nothing to forget."""

    async def forget_account(self, account: Account) -> None:
        return None


def build_services(
    db: Database,
    clock: Clock,
    notifier: Notifier | Callable[[ProfileService], Notifier],
    settings: Settings,
    translator: Translator,
    forms: StateEraser | None = None,
    *,
    repos: Repositories | None = None,
    questionnaires: dict[str, Questionnaire] | None = None,
) -> Services:
    """``notifier``: the notifier, or a function that makes it from the profile service (the Telegram notifier marks
    people who blocked the bot through it). ``forms``: where half-filled forms live (withdrawal and registration
    forget them; none for a graph without a chat)."""
    repos = repos or Repositories.on(db)
    forms = forms or NoForms()
    questionnaires = questionnaires if questionnaires is not None else load_all()
    profiles = ProfileService(db, repos, clock)
    if not isinstance(notifier, Notifier):
        notifier = notifier(profiles)
    invites = InviteService(db, repos, clock)
    reminders = ReminderService(db, repos, clock, notifier, settings.reminder_settings)
    roadmaps = RoadmapService(db, repos, clock, reminders, notifier)
    campaigns = CampaignService(db, repos, clock, notifier, {q.id: q.title for q in questionnaires.values()})
    banks = BankService(db, repos, clock, notifier, settings.weights, settings.unmatched_days,
                        roadmap_event=roadmaps.happened)
    growth = GrowthService(repos, questionnaires, clock, campaigns)
    pairs = PairService(db, repos, clock, notifier, translator, banks, settings.processor,
                        roadmap_event=roadmaps.happened, started=growth.entry)
    privacy = PrivacyService(db, repos, clock, notifier, forms, reminders, pairs, questionnaires)
    return Services(
        profiles=profiles,
        invites=invites,
        partners=PartnerService(db, repos, clock),
        organisations=OrganisationService(db, repos, clock, reminders),
        registration=RegistrationService(db, repos, clock, translator, notifier, invites, forms, reminders,
                                         parent_link_days=settings.parent_link_days, processor=settings.processor),
        privacy=privacy,
        reminders=reminders,
        roadmaps=roadmaps,
        questionnaires=QuestionnaireService(db, repos, clock, questionnaires),
        campaigns=campaigns,
        announcements=AnnouncementService(db, repos, AnnouncementRepo(db), clock, notifier),
        banks=banks,
        pairs=pairs,
        growth=growth,
        meetings=MeetingService(db, repos, clock, notifier, pairs, campaigns, settings.meeting_nudge_days),
        reports=ReportService(repos, clock, banks, questionnaires, roadmap_event=roadmaps.happened),
        exports=ExportService(repos, banks, questionnaires, clock),
        achievements=AchievementService(db, repos, clock),
        year_reports=YearReportService(db, repos, clock),
        people=PeopleService(db, repos, clock, notifier, privacy, invites, settings.admins),
        accounts=AccountService(db, repos, clock),
    )
