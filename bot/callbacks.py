"""Every CallbackData class: short versioned prefixes, ids only (Telegram caps callback data at 64 bytes).

A button from an older version (or a forged one) fails to unpack, matches nothing, and gets the polite
"out of date" answer from handlers/fallback.py.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData


class LangCb(CallbackData, prefix="l1"):
    code: str  # ru | en


class ConsentCb(CallbackData, prefix="c1"):
    agree: bool


class AgeCb(CallbackData, prefix="a1"):
    adult: bool


class OrgKindCb(CallbackData, prefix="ok1"):
    kind: str


class OrgTzCb(CallbackData, prefix="tz1"):
    index: int  # position in RUSSIAN_TIMEZONES; -1: type another IANA zone


class OrgCb(CallbackData, prefix="o1"):
    action: str  # create | cancel | coord | page
    org_id: int = 0
    page: int = 0


class InviteCb(CallbackData, prefix="i1"):
    action: str  # role | days | uses | revoke | page
    role: str = ""
    days: int = 0
    uses: int = 0
    invite_id: int = 0
    page: int = 0


class PrivacyCb(CallbackData, prefix="p1"):
    action: str  # export | withdraw | confirm | cancel
    person_id: int = 0  # 0: oneself; otherwise a child for whom the user is the parent


class ActionCb(CallbackData, prefix="n1"):
    """Buttons under notices sent outside any update (reminders): a command and the record it acts on."""

    command: str  # done | progress | postpone
    target_id: int


class RoadmapCb(CallbackData, prefix="rm1"):
    action: str  # template | link | pick | unlink | activate | discard | stage | dates | page
    roadmap_id: int = 0
    item: int = 0  # label index, activity id, stage id or page
    person_id: int = 0


class QCb(CallbackData, prefix="q1"):
    """Questionnaire buttons. a: o option, t toggle, d done (multi), y yes/no, s skip, b back, e edit,
    x submit, r reopen, n open. s: answer set id (0 with «n»), q: question index, v: option index or value."""

    a: str
    s: int = 0
    q: int = 0
    v: str = ""


class CampCb(CallbackData, prefix="cp1"):
    """Survey campaigns. a: new | q (questionnaire chosen) | forms | pick0 | pick | tog | aud | days | anon | res.
    Choices ride along; aud: an AUDIENCES key, «pairs», «f<form index>» or «list» (picked ids in the FSM data)."""

    a: str
    qi: int = 0  # questionnaire index in the shipped list
    aud: str = ""
    days: int = 0
    anon: int = 0
    id: int = 0  # campaign id (tog: person id)
    p: int = 0  # page of the people picker


class BankCb(CallbackData, prefix="b1"):
    """Banks of mentors (k=m) and mentees (k=e). a: list | card | filter (f: which filter to cycle) | subj | reset |
    appr | train | rej | sugg | flag (f: on | off, what it sets). Filters ride along: st status, fm form index,
    ex experience band, mt matched."""

    a: str
    k: str = "m"
    id: int = 0  # person id
    p: int = 0  # page
    f: str = ""
    st: str = ""
    fm: str = ""
    ex: str = ""
    mt: str = ""


class DraftCb(CallbackData, prefix="d1"):
    """Forming a pair/group (the draft lives in the FSM data). a: start (id mentee, v mentor) | form (v index) |
    term (v code) | more | add (id mentee) | send | cancel."""

    a: str
    id: int = 0
    v: str = ""


class PairCb(CallbackData, prefix="pr1"):
    """A pair (id = pair id) or a programme item (id = item id). a: open | yes | no | sig | sigok | end | endok |
    done | del | goal | task | share | doc | fin | stop | list | closed | order."""

    a: str
    id: int = 0
    v: int = 0


class MeetCb(CallbackData, prefix="m1"):
    """The meeting log. a: pair (id pair) | kind | day | min | fmt (v: the choice) | other (v: day | min) | skip |
    task (id item) | tasks | change (v: field) | save | cancel | hist (id pair) | edit | del | delok (id meeting).
    n: the draft's number — a button of an abandoned draft cannot change the current one."""

    a: str
    id: int = 0
    v: str = ""
    n: int = 0


class ReportCb(CallbackData, prefix="r2"):
    """Reports. a: charts | xlsx | year (of organisation o; 0: one's own) | all (page p of the super-admin's list) |
    org (organisation o's dashboard) | sum (the comparison table)."""

    a: str
    o: int = 0
    p: int = 0
