"""FSM states (persisted in SQLite). Profile steps are derived from the database, not from states."""

from aiogram.fsm.state import State, StatesGroup


class Join(StatesGroup):
    """Someone opened an invite: language, then consent. Data: token, locale, version."""

    language = State()
    age = State()  # students only: 18 or older?
    consent = State()


class ParentJoin(StatesGroup):
    language = State()
    who = State()  # the parent's full name, before consenting (shown in the consent, kept for the coordinator)
    relation = State()  # mother | father | guardian
    consent = State()
    name = State()  # a version 1 consent: the name after agreeing


class NewOrg(StatesGroup):
    name = State()
    kind = State()
    timezone = State()
    timezone_custom = State()
    address = State()
    confirm = State()


class OrgEdit(StatesGroup):
    """A coordinator types a new value for the organisation. Data: org_id, field (name | address | timezone)."""

    value = State()


class PeopleInput(StatesGroup):
    """The coordinator types a name to search for in /people (the query stays in the data: people_query)."""

    search = State()


class ProfileEdit(StatesGroup):
    """A participant types a new value for one field of their profile. Data: field."""

    value = State()


class PartnerForm(StatesGroup):
    """A new partner organisation. Data: name, kind; the contact person is the last step."""

    name = State()
    kind = State()
    contact = State()


class RoadmapEdit(StatesGroup):
    """Data: activity_id (stage_id for a stage's title and a new activity)."""

    date = State()  # the coordinator types new dates of an activity
    postpone = State()  # a responsible person types the new deadline
    skip_reason = State()  # why the activity is skipped
    stage_title = State()  # the coordinator types a stage's new title
    activity_title = State()  # … an activity's new title
    new_activity = State()  # … the title of an activity added to a stage
    responsible = State()  # … an activity's responsible people and roles


class Survey(StatesGroup):
    """Data: set_id. Typed answers go to the current question of that answer set."""

    answering = State()


class BankInput(StatesGroup):
    """Data: bank filter (subject) or person_id (reject reason)."""

    subject = State()
    reject_reason = State()


class ProgrammeInput(StatesGroup):
    """Data: pair_id, kind (goal | task), goal_id; title, then (tasks) the due date."""

    title = State()
    due = State()
    new_title = State()  # an item's new wording (data: item_id)
    new_due = State()  # a task's new due date (data: item_id)


class MeetingInput(StatesGroup):
    """The meeting draft lives in the FSM data («meeting»); these are the typed steps."""

    date = State()
    minutes = State()
    topic = State()
    notes = State()


class AchievementForm(StatesGroup):
    """An achievement. Data: person_id, kind, result, title, day (ISO), file_id, file_kind."""

    who = State()  # a coordinator types part of a name
    kind = State()
    title = State()
    day = State()
    file = State()
    confirm = State()


class RewardForm(StatesGroup):
    """A reward for a mentor. Data: person_id, kind, day (ISO), note."""

    who = State()
    kind = State()
    day = State()
    note = State()
    confirm = State()


class PracticeForm(StatesGroup):
    """A best practice. Data: title, description, file_id, file_kind."""

    title = State()
    description = State()
    file = State()
    confirm = State()


class TotalsForm(StatesGroup):
    """The organisation's totals of a school year for the indicators, one number at a time. Data: year, step (the
    index in bot.services.indicators.TOTALS), stored (what was entered before), values (entered now)."""

    value = State()


class YearForm(StatesGroup):
    """Preparing the year-end report. Data: o (organisation, 0: own), y (school year), kind (the act), conclusions."""

    act = State()
    conclusions = State()
    tasks = State()


class AnnounceInput(StatesGroup):
    """The announcement draft lives in the FSM data («ann»); these are the typed steps."""

    text = State()  # the text (or a document/photo with a caption)
    file = State()  # an optional document or photo


class InfoInput(StatesGroup):
    """Data: info_field (body | contacts | file): what the coordinator is setting in the programme info."""

    value = State()
