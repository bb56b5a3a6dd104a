"""Every CallbackData class: short versioned prefixes, ids only (Telegram caps callback data at 64 bytes).

A button from an older version (or a forged one) fails to unpack, matches nothing, and gets the polite
"out of date" answer from handlers/fallback.py. Numbers are bounded here (``Id``, ``Index``): a forged 2**70 or
-5 fails to unpack like any other forged data, instead of reaching SQLite (whose integers are 64-bit).
"""

from __future__ import annotations

from typing import Annotated

from aiogram.filters.callback_data import CallbackData
from pydantic import Field

SQL_INT_LIMIT = 2**63  # SQLite's INTEGER is signed 64-bit
Id = Annotated[int, Field(ge=0, lt=SQL_INT_LIMIT)]  # record ids (0: none), counts, pages, indexes
Index = Annotated[int, Field(ge=-1, lt=SQL_INT_LIMIT)]  # a position where -1 means «another»


def id_of(text: str) -> int:
    """An id carried in a text field of callback data; 0 when it is not a plain bounded number."""
    return int(text) if text.isascii() and text.isdigit() and int(text) < SQL_INT_LIMIT else 0


class LangCb(CallbackData, prefix="l1"):
    code: str  # ru | en


class ConsentCb(CallbackData, prefix="c1"):
    agree: bool


class AgeCb(CallbackData, prefix="a1"):
    adult: bool


class RelationCb(CallbackData, prefix="gr1"):
    relation: str  # how a parent is related to the child: mother | father | guardian


class OrgKindCb(CallbackData, prefix="ok1"):
    kind: str


class OrgTzCb(CallbackData, prefix="tz1"):
    index: Index  # position in RUSSIAN_TIMEZONES; -1: type another IANA zone


class OrgCb(CallbackData, prefix="o1"):
    action: str  # create | cancel | coord | page
    org_id: Id = 0
    page: Id = 0


class OrgEditCb(CallbackData, prefix="oe1"):
    """Editing an organisation (its coordinator's /org, the super-admin's /orgs, or the summary of /neworg when o
    is 0). a: show (its card) | name | kind | timezone | address (ask for the field) | k (v: the new kind) | z (v:
    index in RUSSIAN_TIMEZONES, -1: typed)."""

    a: str
    o: Id = 0
    v: str = ""


class PeopleCb(CallbackData, prefix="pp1"):
    """The coordinator's /people. a: home | list (r: role key, «all» or «q» the search; p page) | find | card (id) |
    roles (id) | add | rm (id, r: the role) | end (asks) | endok (id) | inv (asks: k the one-shot token) | invok."""

    a: str
    id: Id = 0
    r: str = ""
    p: Id = 0
    k: Id = 0


class ProfileCb(CallbackData, prefix="pf1"):
    """A participant edits their profile. f: the field (full_name | position | subject | experience_years | phone),
    empty for the list of fields; a: ask | nophone (remove the phone)."""

    a: str
    f: str = ""


class InviteCb(CallbackData, prefix="i1"):
    action: str  # role | partner | days | uses | revoke | page
    role: str = ""
    partner: Id = 0  # a mentor from this partner organisation (0: none)
    days: Id = 0
    uses: Id = 0
    invite_id: Id = 0  # revoke: the invite; uses: the one-shot token the creation uses up
    page: Id = 0


class PartnerCb(CallbackData, prefix="pt1"):
    """Partner organisations (/partners). a: page (p) | add | kind (v: the kind) | skip (no contact person) |
    card | rm (asks) | rmok (removes) — id: the partner; p: the list page to go back to."""

    a: str
    id: Id = 0
    p: Id = 0
    v: str = ""


class PrivacyCb(CallbackData, prefix="p1"):
    action: str  # export | withdraw | confirm | cancel
    person_id: Id = 0  # 0: oneself; otherwise a child for whom the user is the parent


class AccountCb(CallbackData, prefix="ak1"):
    """The /link screen: a new code, or unlinking the account in another messenger."""

    a: str  # code | unlink | ok (unlink confirmed)
    c: str = ""  # the channel: telegram | max


class ActionCb(CallbackData, prefix="n1"):
    """Buttons under notices sent outside any update (reminders): a command and the record it acts on."""

    command: str  # done | progress | postpone
    target_id: Id


class RoadmapCb(CallbackData, prefix="rm1"):
    action: str  # template | link | pick | unlink | activate | discard | stage | dates | page
    roadmap_id: Id = 0
    item: Id = 0  # label index, activity id, stage id or page
    person_id: Id = 0


class ShapeCb(CallbackData, prefix="rs1"):
    """Shaping a roadmap (the coordinator's, draft or active). a: map (id roadmap, v page of the stages and
    activities) | st (stage id, v page) | ac (activity id) | rs (rename stage) | ra (rename activity) | add (stage id) |
    who | dt (activity id) | mv (activity id, v page) | mvto (activity id, v stage) | mg (stage id, v page) |
    mgq | mgok (stage id into stage v) | del | delok (activity id) | set (activity id, v: 1 done, 2 in progress,
    3 skip, 0 reopen) | year (roadmap id) | warn (roadmap id, v page) | tasks (v 1: with the done ones)."""

    a: str
    id: Id = 0
    v: Id = 0


class QCb(CallbackData, prefix="q1"):
    """Questionnaire buttons. a: o option, t toggle, d done (multi), y yes/no, s skip, b back, e edit,
    x submit, r reopen (a draft of changes), c keep the submitted answers (drop the draft), n open.
    s: answer set id (0 with «n»), q: question index, v: option index or value."""

    a: str
    s: Id = 0
    q: Id = 0
    v: str = ""


class CampCb(CallbackData, prefix="cp1"):
    """Survey campaigns. a: new | q (questionnaire chosen) | forms | pick0 | pick | tog | aud | days | rev (the review
    screen) | anon (launch) | stop (cancel at the review) | res | again (send the failed invitations again).
    Choices ride along; aud: an AUDIENCES key, «pairs», «f<form index>» or «list» (picked ids in the FSM data)."""

    a: str
    qi: Id = 0  # questionnaire index in the shipped list
    aud: str = ""
    days: Id = 0
    anon: Id = 0
    id: Id = 0  # campaign id (tog: person id; anon: the launch's one-shot token)
    p: Id = 0  # page of the people picker


class AnnCb(CallbackData, prefix="an1"):
    """Announcements (/announce) and the programme info (/info). a: new | hist (p page) | nofile | auds | aud (v: all |
    mentors | mentees | staff | parents | p<pair id> | f<form index>) | pairs (p page) | forms | ok (id: the draft's
    token) | edit | stop | iset (v: body | contacts | file) | iclr (v: the field)."""

    a: str
    v: str = ""
    id: Id = 0
    p: Id = 0


class BankCb(CallbackData, prefix="b1"):
    """Banks of mentors (k=m) and mentees (k=e). a: list | card | filter (f: which filter to cycle) | subj | reset |
    appr | train | rej | sugg | flag (f: on | off, what it sets). Filters ride along: st status, fm form index,
    ex experience band, mt matched, wh who the mentor is (teacher | student | external)."""

    a: str
    k: str = "m"
    id: Id = 0  # person id
    p: Id = 0  # page
    f: str = ""
    st: str = ""
    fm: str = ""
    ex: str = ""
    mt: str = ""
    wh: str = ""


class DraftCb(CallbackData, prefix="d1"):
    """Forming a pair/group (the draft lives in the FSM data). a: start (id mentee, v mentor) | form (v index) |
    term (v code) | variant (v "index-1" sets, "index-0" clears) | more | add (id mentee) | send | cancel."""

    a: str
    id: Id = 0
    v: str = ""


class PairCb(CallbackData, prefix="pr1"):
    """A pair (id = pair id) or a programme item (id = item id). a: open | yes | no | sig | sigok | end | endok |
    done | del | goal | task | share | doc | fin | stop | list | closed | order | print (consents to sign) |
    gyes | gno (a minor's parent answers; v = the child) | items (the programme to edit, id pair) | item | ren |
    due | idel | idelok (id item) | nodate (v 1: for a task's new due date); done: v 1 marks done, 2 reopens."""

    a: str
    id: Id = 0
    v: Id = 0


class MeetCb(CallbackData, prefix="m1"):
    """The meeting log. a: pair (id pair) | kind | day | min | fmt (v: the choice) | other (v: day | min) | skip |
    task (id item) | tasks | change (v: field) | save | cancel | hist (id pair) | edit | del | delok (id meeting) |
    disp (a dispute's card) | sdelok (the coordinator deletes a disputed log; id meeting).
    n: the draft's number — a button of an abandoned draft cannot change the current one."""

    a: str
    id: Id = 0
    v: str = ""
    n: Id = 0


class ReportCb(CallbackData, prefix="r2"):
    """Reports. a: charts | xlsx | year (of organisation o; 0: one's own) | all (page p of the super-admin's list) |
    org (organisation o's dashboard) | sum (the comparison table) | dash (the dashboard of school year y) | tot (the
    totals form of school year y) | skip (the form's current question left as it is). y: a school year (0: the
    current one)."""

    a: str
    o: Id = 0
    p: Id = 0
    y: Id = 0


class AchCb(CallbackData, prefix="ac1"):
    """/achievements. Achievements: list | add | who (id: the person) | kind (v) | res (v: the result, "" none) |
    nofile | save (n: the one-shot token) | file (id: the achievement). Rewards: rw | rwadd | rwwho (id) | rwkind (v)
    | rwnote (no note) | rwsave (n). Best practices: pr | pradd | prnofile | prsave (n) | prcard (id) | prfile (id)."""

    a: str
    id: Id = 0
    v: str = ""
    n: Id = 0


class YearCb(CallbackData, prefix="yr1"):
    """Preparing the year-end report. a: prep | act (v: the act) | conc (write the conclusions) | keep (keep last
    year's) | make. o: the organisation (0: one's own), y: the school year (0: the current one)."""

    a: str
    o: Id = 0
    y: Id = 0
    v: str = ""
