"""The records and enums the services hand out: the vocabulary handlers, keyboards and renderers speak.

They are defined next to the SQL that fills them (``storage/models.py``) and published here, so the Telegram-facing
code (``handlers/``, ``bot/keyboards/``, ``bot/render.py``, ``bot/menu.py``, ``bot/filters.py``) needs nothing from
``storage`` and reaches the database only through a service. The import-linter contracts in ``pyproject.toml``
keep it that way. A record a service starts to return to a handler is added here.
"""

from __future__ import annotations

from storage.models import (
    Account,
    Activity,
    ActivityStatus,
    Channel,
    ConsentKind,
    Invite,
    InviteRole,
    MentorKind,
    Organisation,
    OrgKind,
    Partner,
    Person,
    PersonStatus,
    Roadmap,
    RoadmapStage,
    RoadmapStatus,
    Role,
)

__all__ = [
    "Account",
    "Activity",
    "ActivityStatus",
    "Channel",
    "ConsentKind",
    "Invite",
    "InviteRole",
    "MentorKind",
    "OrgKind",
    "Organisation",
    "Partner",
    "Person",
    "PersonStatus",
    "Roadmap",
    "RoadmapStage",
    "RoadmapStatus",
    "Role",
]
