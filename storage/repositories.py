"""Every repository, built once over one database and handed to the services by name.

Services reach SQL only through ``self.repos.<name>`` (a repository), never ``self.<name>`` (that is a service),
so the two cannot be confused."""

from __future__ import annotations

from dataclasses import dataclass

from storage.accounts import LinkRepo
from storage.achievements import AchievementRepo
from storage.banks import BankRepo
from storage.campaigns import CampaignRepo
from storage.consents import ConsentRepo
from storage.db import Database
from storage.growth import GrowthRepo
from storage.indicators import IndicatorRepo
from storage.invites import InviteRepo
from storage.meetings import MeetingRepo
from storage.one_shot import OneShotRepo
from storage.organisations import OrganisationRepo
from storage.pairs import PairRepo
from storage.partners import PartnerRepo
from storage.persons import PersonRepo
from storage.privacy import PrivacyRepo
from storage.questionnaires import AnswerRepo
from storage.reminders import ReminderRepo
from storage.roadmap import RoadmapRepo
from storage.year_report import YearReportRepo


@dataclass(frozen=True)
class Repositories:
    achievements: AchievementRepo
    answers: AnswerRepo
    banks: BankRepo
    campaigns: CampaignRepo
    consents: ConsentRepo
    growth: GrowthRepo
    indicators: IndicatorRepo
    invites: InviteRepo
    links: LinkRepo
    meetings: MeetingRepo
    one_shot: OneShotRepo
    organisations: OrganisationRepo
    pairs: PairRepo
    partners: PartnerRepo
    persons: PersonRepo
    privacy: PrivacyRepo
    reminders: ReminderRepo
    roadmaps: RoadmapRepo
    year_reports: YearReportRepo

    @classmethod
    def on(cls, db: Database) -> Repositories:
        return cls(
            achievements=AchievementRepo(db),
            answers=AnswerRepo(db),
            banks=BankRepo(db),
            campaigns=CampaignRepo(db),
            consents=ConsentRepo(db),
            growth=GrowthRepo(db),
            indicators=IndicatorRepo(db),
            invites=InviteRepo(db),
            links=LinkRepo(db),
            meetings=MeetingRepo(db),
            one_shot=OneShotRepo(db),
            organisations=OrganisationRepo(db),
            pairs=PairRepo(db),
            partners=PartnerRepo(db),
            persons=PersonRepo(db),
            privacy=PrivacyRepo(db),
            reminders=ReminderRepo(db),
            roadmaps=RoadmapRepo(db),
            year_reports=YearReportRepo(db),
        )
