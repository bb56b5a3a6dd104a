"""The data map: every column of every table, what it is, and what withdrawal and retention do to it.

One place drives the erasure (``erase_statements``): a new column a migration adds must be classified here, or
``tests/storage/test_data_map.py`` fails naming it. To add a column: put a ``Col`` in its table's ``columns``;
if it holds a person's data, say which rows are theirs (``Table.about``) or who wrote it (``Col.written_by``).

Kinds
    PERSONAL      about an identifiable person (name, phone, Telegram id, answers, a support flag)
    WRITTEN       free text a person typed (meeting topics, programme goals, reasons)
    NOT_PERSONAL  ids, timestamps, counts, statuses, the organisation's own data

Actions (on withdrawal and when the retention term has passed; the same erasure runs for both)
    ERASE       the value is blanked (NULL, or ``blank`` where the column is NOT NULL)
    DELETE_ROW  the person's rows (``Table.about``) are deleted
    ANONYMISE   the link to the person is cut (set to NULL) so the row cannot be tied back to them
    KEEP        kept: ids, timestamps, counts, or the organisation's own data

SQL conditions take the named parameters ``:pid`` (persons.id) and ``:accounts`` (their accounts in the messengers,
a JSON list of ``[channel, id]``; ``IN MINE`` below reads it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from storage.models import Account


class Kind(StrEnum):
    PERSONAL = "personal"
    WRITTEN = "written_by_person"
    NOT_PERSONAL = "not_personal"


class Action(StrEnum):
    ERASE = "erase"
    DELETE_ROW = "delete_row"
    ANONYMISE = "anonymise"
    KEEP = "keep"


@dataclass(frozen=True)
class Col:
    kind: Kind
    withdrawal: Action = Action.KEEP
    note: str = ""
    # ERASE: the rows whose value this person wrote (default: the table's ``about`` rows)
    written_by: str | None = None
    blank: object = None                     # ERASE of a NOT NULL column writes this instead of NULL

    @property
    def retention(self) -> Action:
        """The retention term ending erases a person exactly as withdrawal does."""
        return self.withdrawal


@dataclass(frozen=True)
class Table:
    columns: dict[str, Col]
    about: str | None = None                 # the rows that are this person's own
    delete_rows: bool = False                # DELETE_ROW: the ``about`` rows go (columns say why)
    # ANONYMISE: rows of ``about`` that stay, cut loose (a condition narrowing ``about``), the rest are deleted
    keep_unlinked: str | None = None
    note: str = ""


def _keep(note: str = "") -> Col:
    return Col(Kind.NOT_PERSONAL, Action.KEEP, note)


_ID = _keep("id")
_TS = _keep("timestamp")
_STATUS = _keep("status / kind / count")
_LINK = Col(Kind.NOT_PERSONAL, Action.KEEP, "id of a person: points to the anonymised persons row")

# the person's accounts, as rows (channel, external id), for ``(channel, id) IN (MINE)``
MINE = "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(:accounts)"
MEETING_BY = "logged_by = :pid"
PROGRAMME_BY = ("pair_id IN (SELECT id FROM pairs WHERE mentor_id = :pid) OR pair_id IN (SELECT pair_id FROM"
                " pair_members GROUP BY pair_id HAVING COUNT(*) = 1 AND MAX(mentee_id) = :pid)")
ACHIEVEMENT_BY = "created_by = :pid"
ANNOUNCED_BY = "created_by = :pid"
# the person's MAX user ids (their accounts in MAX), for the MAX transport's tables (keyed by MAX user id)
MY_MAX = "SELECT json_extract(value, '$[1]') FROM json_each(:accounts) WHERE json_extract(value, '$[0]') = 'max'"
# the bot's texts in MAX sent to the person or to their parent (a minor's, when in MAX), or naming either of them
MAX_TEXT_OF = (f"user_id IN ({MY_MAX})"
               " OR user_id = (SELECT guardian_id FROM persons WHERE id = :pid AND guardian_channel = 'max')"
               " OR instr(text, (SELECT full_name FROM persons WHERE id = :pid)) > 0"
               " OR instr(text, (SELECT guardian_name FROM persons WHERE id = :pid)) > 0")
ANONYMOUS_SUBMITTED = ("status = 'submitted' AND campaign_id IN (SELECT id FROM campaigns WHERE anonymous = 1)")

DATA_MAP: dict[str, Table] = {
    "organisations": Table({
        "id": _ID, "name": _keep("the school's name"), "kind": _STATUS, "timezone": _keep(),
        "address": _keep("the operator's legal address"),
        "created_by": Col(Kind.PERSONAL, Action.KEEP, "Telegram id of the super-admin who runs the bot (operator's "
                          "side, not a participant)"),
        "created_at": _TS,
    }),
    # the MAX transport's memory (migration 0018). Before ``persons``: the erasure of its texts looks up the person's
    # name, which ``persons`` then blanks (updates run in this order)
    "max_messages": Table({
        "bot_id": _ID, "number": _ID, "mid": _keep("MAX's id of a message"),
        "user_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "MAX user id of the dialog the bot wrote in"),
        "text": Col(Kind.PERSONAL, Action.ERASE, "the bot's text as sent (names, answers shown back); blanked after "
                    "7 days, and at once where it was sent to the person or their parent or names them",
                    written_by=MAX_TEXT_OF),
        "format": _STATUS, "used_at": _TS,
    }, about=f"user_id IN ({MY_MAX})", delete_rows=True, note="message ids map kept 30 days after last use; the "
              "rows of a minor's parent stay (the parent's dialog), their texts blanked"),
    "max_dialogs": Table({
        "bot_id": _ID,
        "user_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "MAX user id"),
        "chat_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "the id of their dialog with the bot"),
        "used_at": _TS,
    }, about=f"user_id IN ({MY_MAX})", delete_rows=True, note="kept 180 days after last use"),
    "max_files": Table({
        "bot_id": _ID, "file_id": _keep("MAX's token of a file someone sent"),
        "url": _keep("its download URL at MAX; no person named, kept two days (the bot reads a file at once)"),
        "used_at": _TS,
    }),
    "max_counters": Table({"bot_id": _ID, "last_number": _STATUS}),
    "accounts": Table({
        "id": _ID, "person_id": _LINK, "channel": _STATUS,
        "external_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "the person's user id in a messenger"),
        "created_at": _TS, "last_seen_at": _TS, "blocked_at": _TS,
    }, about="person_id = :pid", delete_rows=True,
        note="already detached when the person's record is emptied: nobody is recognised as them any more"),
    "link_codes": Table({
        "id": _ID, "person_id": _LINK, "code_sha256": _keep("hash of a one-time code"),
        "created_at": _TS, "expires_at": _TS, "used_at": _TS,
    }, about="person_id = :pid", delete_rows=True, note="one-time codes that link a second messenger's account"),
    "link_failures": Table({
        "channel": _STATUS,
        "external_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "an account that typed a wrong linking code"),
        "failed_at": _TS,
    }, about=f"(channel, external_id) IN ({MINE})", delete_rows=True,
        note="wrong linking codes, counted to lock out guessing; kept a day"),
    "persons": Table({
        "id": _ID, "org_id": _ID,
        "locale": _keep("ru / en"),
        "status": _keep("set to 'withdrawn'"),
        "is_minor": Col(Kind.PERSONAL, Action.ERASE, blank=0),
        "full_name": Col(Kind.PERSONAL, Action.ERASE),
        "position": Col(Kind.PERSONAL, Action.ERASE),
        "subject": Col(Kind.PERSONAL, Action.ERASE),
        "experience_years": Col(Kind.PERSONAL, Action.ERASE),
        "phone": Col(Kind.PERSONAL, Action.ERASE),
        "guardian_id": Col(Kind.PERSONAL, Action.ERASE, "the parent's user id in a messenger"),
        "guardian_channel": Col(Kind.PERSONAL, Action.ERASE, "the parent's messenger"),
        "guardian_name": Col(Kind.PERSONAL, Action.ERASE, "the parent's name"),
        "guardian_relation": Col(Kind.PERSONAL, Action.ERASE, "the parent's stated relation to the child"),
        "blocked_at": Col(Kind.PERSONAL, Action.ERASE, "when they blocked the bot"),
        "mentor_kind": Col(Kind.PERSONAL, Action.ERASE, "a mentor who is a student or an outside specialist"),
        "partner_id": Col(Kind.PERSONAL, Action.ERASE, "the partner organisation an outside mentor comes from"),
        "created_at": _TS, "updated_at": _TS, "withdrawn_at": _TS,
    }, about="id = :pid", note="the row stays (ids in the consent log and pairs point to it), emptied"),
    "erasures": Table({
        "person_id": _LINK,
        "accounts": Col(Kind.PERSONAL, Action.ERASE, "kept only until the erasure it queues is done", blank="[]"),
        "queued_at": _TS,
    }, about="person_id = :pid", delete_rows=True,
        note="a queued erasure: the row goes in the erasure's own transaction"),
    "person_roles": Table({
        "person_id": _LINK, "role": Col(Kind.PERSONAL, Action.DELETE_ROW), "invite_id": _ID, "granted_at": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "invites": Table({
        "id": _ID, "org_id": _ID, "token": _keep("secret of the link, revoked"), "role": _STATUS,
        "for_person_id": _LINK,
        "created_by_id": Col(Kind.PERSONAL, Action.ERASE, "the account of whoever made the invite",
                             written_by=f"(created_by_channel, created_by_id) IN ({MINE})"),
        "created_by_channel": _keep("which messenger (telegram / max): says nothing about anyone once the id is gone"),
        "created_at": _TS, "expires_at": _TS, "max_uses": _STATUS, "uses": _STATUS, "revoked_at": _TS,
        "partner_id": _ID,
    }),
    "org_totals": Table({
        "org_id": _ID, "school_year": _STATUS, "key": _STATUS,
        "value": _keep("the organisation's own head count for a school year (no person in it)"), "entered_at": _TS,
    }),
    "partners": Table({
        "id": _ID, "org_id": _ID, "name": _keep("an organisation's name"), "kind": _STATUS,
        "contact": Col(Kind.PERSONAL, Action.KEEP, "the partner's contact person, typed by a coordinator (not a "
                       "participant): erased when the partner is removed from the list (PartnerRepo.remove)"),
        "created_at": _TS, "removed_at": _TS,
    }),
    "consent_events": Table({
        "id": _ID, "person_id": _LINK, "invite_id": _ID, "org_id": _ID, "kind": _STATUS, "version": _STATUS,
        "locale": _STATUS, "text_sha256": _keep("hash of the text shown"), "action": _STATUS,
        "actor_id": Col(Kind.PERSONAL, Action.ERASE, "the account that pressed the button (a parent's for a child)",
                        written_by=f"person_id = :pid OR (actor_channel, actor_id) IN ({MINE})"),
        "actor_channel": _keep("which messenger (telegram / max): says nothing about anyone once the id is gone"),
        "created_at": _TS, "pair_id": _ID,
    }, note="append-only log: ids, versions and times stay as proof of consent and of its withdrawal"),
    "fsm_state": Table({
        "bot_id": _ID, "chat_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "Telegram chat id"),
        "user_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "Telegram id"),
        "thread_id": _ID, "business": _ID, "destiny": _ID, "state": _STATUS,
        "data": Col(Kind.WRITTEN, Action.DELETE_ROW, "half-filled forms (drafts)"),
        "updated_at": _TS,
        "channel": _STATUS,
    }, about=f"(channel, user_id) IN ({MINE}) OR (channel, chat_id) IN ({MINE})", delete_rows=True),
    "one_shot": Table({
        "id": _ID, "kind": _STATUS,
        "channel": _STATUS,
        "external_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "the account of whoever was shown a creating button"),
        "created_at": _TS, "used_at": _TS, "result_id": _ID,
    }, about=f"(channel, external_id) IN ({MINE})", delete_rows=True,
        note="one-shot tokens of creating buttons; kept two days"),
    "roadmaps": Table({
        "id": _ID, "org_id": _ID, "academic_year": _STATUS, "status": _STATUS,
        "source": _keep("file name of the school's document"), "warnings": _keep("what the parser did not read"),
        "created_by": _LINK, "created_at": _TS, "activated_at": _TS,
        "document_year": _STATUS, "document_year_kind": _STATUS,
    }),
    "roadmap_offers": Table({
        "org_id": _ID, "event": _STATUS, "activity_id": _ID, "offered_at": _TS,
    }, note="the bot's own events offered once as roadmap activities done"),
    "roadmap_stages": Table({
        "id": _ID, "roadmap_id": _ID, "number": _STATUS, "title": _keep("from the school's document"),
        "position": _STATUS,
    }),
    "roadmap_activities": Table({
        "id": _ID, "roadmap_id": _ID, "stage_id": _ID, "position": _STATUS,
        "title": _keep("from the school's document"), "deadline_text": _keep("from the school's document"),
        "starts_on": _TS, "due_on": _TS, "recurrence": _STATUS, "status": _STATUS,
        "skip_reason": Col(Kind.WRITTEN, Action.ERASE, "why it was skipped", written_by="status_changed_by = :pid"),
        "status_changed_at": _TS, "status_changed_by": _LINK,
    }),
    "activity_labels": Table({
        "activity_id": _ID,
        "label": Col(Kind.PERSONAL, Action.KEEP, "responsible as written in the school's document: a role is kept; "
                     "a person's name linked to the withdrawn person is replaced by WITHDRAWN_LABEL when the roadmap "
                     "lets go of them (RoadmapRepo.unlink_person, run first in every erasure)"),
        "kind": _STATUS,
    }),
    "roadmap_links": Table({
        "roadmap_id": _ID, "label": _keep("see activity_labels"),
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "who is responsible"),
    }, about="person_id = :pid", delete_rows=True),
    "reminders": Table({
        "id": _ID, "org_id": _ID, "activity_id": _ID,
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "queued notices to the person (texts rendered at send)"),
        "kind": _STATUS, "fire_on": _TS, "send_after": _TS, "status": _STATUS, "planned_at": _TS,
        "attempts": _STATUS, "claimed_at": _TS, "sent_at": _TS, "late": _STATUS,
    }, about="person_id = :pid", delete_rows=True),
    "answer_sets": Table({
        "id": _ID, "questionnaire_id": _STATUS, "version": _STATUS,
        "person_id": Col(Kind.PERSONAL, Action.ANONYMISE, "named sets are deleted; a submitted anonymous campaign "
                         "answer stays, unlinked (NULL)"),
        "org_id": _ID, "campaign_id": _ID, "status": _STATUS, "current_question": _STATUS,
        "started_at": _TS, "updated_at": _TS, "submitted_at": _TS,
        "counted": _keep("whether an anonymous answer counts in the results (not the author's or a coordinator's)"),
    }, about="person_id = :pid", delete_rows=True, keep_unlinked=ANONYMOUS_SUBMITTED),
    "answers": Table({
        "answer_set_id": _ID, "question_id": _STATUS,
        "value": Col(Kind.PERSONAL, Action.DELETE_ROW, "answers and free texts; go with their answer set"),
        "answered_at": _TS,
    }, about="answer_set_id IN (SELECT id FROM answer_sets WHERE person_id = :pid AND NOT ("
             + ANONYMOUS_SUBMITTED + "))", delete_rows=True),
    "campaigns": Table({
        "id": _ID, "org_id": _ID, "questionnaire_id": _STATUS, "audience": _STATUS, "deadline": _TS,
        "anonymous": _STATUS, "status": _STATUS, "created_by": _LINK, "created_at": _TS,
    }),
    "campaign_recipients": Table({
        "campaign_id": _ID, "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "who was invited"),
        "status": _STATUS, "attempts": _STATUS, "not_before": _TS, "delivered_at": _TS, "reminded_at": _TS,
        "failure": _STATUS, "remind_attempts": _STATUS, "remind_after": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "mentor_selection": Table({
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW),
        "status": Col(Kind.PERSONAL, Action.DELETE_ROW, "approved / rejected"),
        "reason": Col(Kind.WRITTEN, Action.DELETE_ROW, "the coordinator's reason, about the person"),
        "trained_on": _TS, "decided_by": _LINK, "updated_at": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "pairs": Table({
        "id": _ID, "org_id": _ID, "mentor_id": _LINK, "form": _STATUS, "status": _STATUS, "starts_on": _TS,
        "ends_on": _TS, "mentor_answer": _STATUS, "end_requested_by": _LINK, "end_on": _TS,
        "end_reason": _keep("a code: coordinator | notice | withdrawn (no text a person typed)"),
        "created_by": _LINK, "created_at": _TS, "activated_at": _TS, "closed_at": _TS,
        "variants": _STATUS,
    }, note="the pair stays for the other side's history; the withdrawn side is shown as «участник отозвал согласие»"),
    "pair_members": Table({
        "pair_id": _ID, "mentee_id": _LINK, "answer": _STATUS, "answered_at": _TS, "leaves_on": _TS,
    }),
    "programme_items": Table({
        "id": _ID, "pair_id": _ID, "goal_id": _ID, "kind": _STATUS,
        "title": Col(Kind.WRITTEN, Action.ERASE, "goals and tasks: written by the mentor for the mentee, erased when "
                     "either of a one-to-one pair withdraws (or the mentor of a group)",
                     written_by=PROGRAMME_BY, blank=""),
        "due_on": _TS, "done_on": _TS, "done_by": _LINK, "created_at": _TS,
    }),
    "pair_signals": Table({
        "id": _ID, "pair_id": _ID,
        "person_id": Col(Kind.PERSONAL, Action.ANONYMISE, "who said «the pair is not working»; the count stays"),
        "created_at": _TS,
    }, about="person_id = :pid"),
    "mentee_support": Table({
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "flagged for psychological support (health hint)"),
        "flagged_by": _LINK, "flagged_at": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "org_notices": Table({
        "org_id": _ID, "kind": _STATUS, "period": _STATUS, "person_id": _LINK, "sent_at": _TS,
    }),
    "meetings": Table({
        "id": _ID, "pair_id": _ID, "kind": _STATUS, "held_on": _TS, "minutes": _STATUS, "format": _STATUS,
        "topic": Col(Kind.WRITTEN, Action.ERASE, "erased where the person logged it", written_by=MEETING_BY,
                     blank=""),
        "notes": Col(Kind.WRITTEN, Action.ERASE, "notes and next steps", written_by=MEETING_BY),
        "logged_by": _LINK, "logged_role": _STATUS, "status": _STATUS, "created_at": _TS, "updated_at": _TS,
    }, note="the other side's own logs stay whole: only the texts the withdrawn person wrote go"),
    "meeting_answers": Table({
        "meeting_id": _ID, "person_id": _LINK, "answer": _STATUS, "answered_at": _TS,
    }),
    "meeting_tasks": Table({"meeting_id": _ID, "item_id": _ID}),
    "meeting_nudges": Table({"pair_id": _ID, "kind": _STATUS, "since": _TS, "sent_at": _TS}),
    # outcomes and the year-end report (issue 16)
    "achievements": Table({
        "id": _ID, "org_id": _ID,
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "whose achievement: their rows go"),
        "kind": _STATUS, "result": _STATUS, "achieved_on": _TS,
        "title": Col(Kind.WRITTEN, Action.ERASE, "as typed; erased where the withdrawn person typed it (a mentor "
                     "or coordinator recording someone else's)", written_by=ACHIEVEMENT_BY, blank=""),
        "file_id": Col(Kind.WRITTEN, Action.ERASE, "a file the person sent (Telegram file_id)",
                       written_by=ACHIEVEMENT_BY),
        "file_kind": Col(Kind.WRITTEN, Action.ERASE, "goes with the file", written_by=ACHIEVEMENT_BY),
        "created_by": _LINK, "created_at": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "rewards": Table({
        "id": _ID, "org_id": _ID,
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "the rewarded mentor: their rows go"),
        "kind": _STATUS, "given_on": _TS,
        "note": Col(Kind.WRITTEN, Action.ERASE, "the coordinator's note (an order number), erased where they "
                    "typed it", written_by="created_by = :pid"),
        "created_by": _LINK, "created_at": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "practices": Table({
        "id": _ID, "org_id": _ID,
        "author_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "who shared the practice: their rows go"),
        "title": Col(Kind.WRITTEN, Action.DELETE_ROW, "as typed"),
        "description": Col(Kind.WRITTEN, Action.DELETE_ROW, "as typed"),
        "file_id": Col(Kind.WRITTEN, Action.DELETE_ROW, "a file the author sent (Telegram file_id)"),
        "file_kind": _STATUS, "created_at": _TS,
    }, about="author_id = :pid", delete_rows=True),
    "local_acts": Table({
        "org_id": _ID, "kind": _STATUS,
        "number": _keep("the number of the organisation's own act"), "signed_on": _TS,
        "updated_by": _LINK, "updated_at": _TS,
    }),
    "year_conclusions": Table({
        "org_id": _ID, "school_year": _STATUS,
        "conclusions": Col(Kind.WRITTEN, Action.ERASE, "the coordinator's conclusions for the year-end report",
                           written_by="updated_by = :pid", blank=""),
        "tasks": Col(Kind.WRITTEN, Action.ERASE, "the coordinator's tasks for next year",
                     written_by="updated_by = :pid", blank=""),
        "updated_by": _LINK, "updated_at": _TS,
    }),
    "announcements": Table({
        "id": _ID, "org_id": _ID, "audience": _STATUS,
        "body": Col(Kind.WRITTEN, Action.ERASE, "the coordinator's text as typed (the history then says it was "
                    "erased; what recipients got stays in their chats)", written_by=ANNOUNCED_BY, blank=""),
        "file_id": Col(Kind.WRITTEN, Action.ERASE, "the file the coordinator sent (Telegram's reference)",
                       written_by=ANNOUNCED_BY),
        "file_kind": _STATUS,
        "file_name": Col(Kind.WRITTEN, Action.ERASE, "the name of the file the coordinator sent",
                         written_by=ANNOUNCED_BY),
        "token": _keep("the draft's confirmation (a double tap sends nothing twice)"),
        "created_by": _LINK, "created_at": _TS,
    }),
    "announcement_recipients": Table({
        "announcement_id": _ID,
        "person_id": Col(Kind.PERSONAL, Action.DELETE_ROW, "who got an announcement (or whose parent did)"),
        "as_parent": _STATUS, "status": _STATUS, "attempts": _STATUS, "not_before": _TS, "failure": _STATUS,
        "delivered_at": _TS,
    }, about="person_id = :pid", delete_rows=True),
    "programme_info": Table({
        "org_id": _ID,
        "body": Col(Kind.WRITTEN, Action.ERASE, "the text about the programme a coordinator typed",
                    written_by="body_by = :pid"),
        "body_by": _LINK,
        "contacts": Col(Kind.PERSONAL, Action.ERASE, "the contacts a coordinator typed (usually their own)",
                        written_by="contacts_by = :pid"),
        "contacts_by": _LINK,
        "file_id": _keep("the organisation's положение о наставничестве (Telegram's reference to the document)"),
        "file_name": _keep("the name of the organisation's document"),
        "file_by": _LINK, "updated_at": _TS,
    }, note="what /info shows every participant of the organisation"),
}


@dataclass(frozen=True)
class Statement:
    table: str
    sql: str


def erase_statements() -> list[Statement]:
    """The SQL that erases one person (``:pid``, ``:accounts``) everywhere, derived from the map.

    Order: unlink what stays, erase written texts in others' records, blank the person's own columns, then
    delete the person's rows (child tables first: ``answers`` before ``answer_sets``)."""
    updates: list[Statement] = []
    deletes: list[Statement] = []
    for name, table in DATA_MAP.items():
        for column, col in table.columns.items():
            if col.withdrawal is Action.ERASE:
                where = col.written_by or table.about
                if where is None:
                    raise ValueError(f"{name}.{column}: ERASE needs Table.about or Col.written_by")
                updates.append(Statement(name, f"UPDATE {name} SET {column} = :blank_{name}_{column}"
                                                       f" WHERE {where}"))
            elif col.withdrawal is Action.ANONYMISE:
                where = table.about if table.keep_unlinked is None else f"({table.about}) AND ({table.keep_unlinked})"
                if where is None:
                    raise ValueError(f"{name}.{column}: ANONYMISE needs Table.about")
                updates.append(Statement(name, f"UPDATE {name} SET {column} = NULL WHERE {where}"))
        if table.delete_rows:
            if table.about is None:
                raise ValueError(f"{name}: delete_rows needs Table.about")
            deletes.append(Statement(name, f"DELETE FROM {name} WHERE {table.about}"))
    # a table whose rows others reference goes last (answers reference answer_sets)
    deletes.sort(key=lambda s: s.table == "answer_sets")
    return updates + deletes


def accounts_json(accounts: Iterable[Account]) -> str:
    """The ``:accounts`` parameter (and ``erasures.accounts``): ``[["telegram", 1], ["max", 2]]``."""
    return json.dumps([[a.channel.value, a.external_id] for a in accounts])


def erase_params(person_id: int, accounts: Iterable[Account]) -> dict[str, object]:
    params: dict[str, object] = {"pid": person_id, "accounts": accounts_json(accounts)}
    for name, table in DATA_MAP.items():
        for column, col in table.columns.items():
            if col.withdrawal is Action.ERASE:
                params[f"blank_{name}_{column}"] = col.blank
    return params
