"""Consent texts are versioned documents in ``locales/``; the log records the exact version and its hash."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from bot.i18n import Translator
from storage.models import ConsentKind, Organisation

# The version shown now for each consent. A new wording gets a new ``-vN`` key in both locales and a
# new entry here; old keys stay so the log can always show what someone agreed to.
# Version 2 (02.12.2026) says what really happens: who processes on the Operator's behalf (whoever hosts the bot),
# that messages pass through Telegram (a foreign service), the burnout / psychological-support data, that the
# consent is electronic; ТК РФ ст. 351.8 only for an employee mentoring another employee (``labour``).
# Version 3 (the same day, issue 15): a pupil or student can be a mentor — the pupil's screen and the parent's consent
# say which side the child is on (``role``: mentor | mentee), and a parent confirms a minor mentor's pair (``by``);
# an outside specialist gives his own consent (PD_EXTERNAL): not an employee, no labour law.
# Version 4 of MENTORING and 3 of MENTEE_PAIR (the same day, issue 18): the English text quotes the English way
# (“✅ I agree”, not «✅ I agree»). A version is per kind, for both languages, so the Russian text of the new version
# is the previous one word for word under the new number; the old versions stay as they were, so whoever agreed to
# one of them sees and prints exactly that text (its hash in the log), and nobody is asked to agree again.
# Versions 4–6 (the same day, issue 18): the Russian texts say «куратор», the term of Р-145 used on every other screen,
# where the earlier versions said «координатор»; everything else is the previous version word for word (the English
# words too).
CURRENT: dict[ConsentKind, tuple[str, date]] = {
    ConsentKind.PD: ("4", date(2026, 12, 2)),
    ConsentKind.PD_EXTERNAL: ("3", date(2026, 12, 2)),
    ConsentKind.STUDENT: ("5", date(2026, 12, 2)),
    ConsentKind.PARENT: ("5", date(2026, 12, 2)),
    ConsentKind.MENTORING: ("5", date(2026, 12, 2)),
    ConsentKind.MENTEE_PAIR: ("5", date(2026, 12, 2)),
}
# In MAX (issue 20) the texts that named Telegram — the app, the account, the link to it — name MAX: a text of its own
# is a version of its own (the log's version tells which text was shown). The mentor's consent names no messenger.
CURRENT_MAX: dict[ConsentKind, tuple[str, date]] = {
    ConsentKind.PD: ("5", date(2026, 12, 2)),
    ConsentKind.PD_EXTERNAL: ("4", date(2026, 12, 2)),
    ConsentKind.STUDENT: ("6", date(2026, 12, 2)),
    ConsentKind.PARENT: ("6", date(2026, 12, 2)),
    ConsentKind.MENTORING: CURRENT[ConsentKind.MENTORING],
    ConsentKind.MENTEE_PAIR: ("6", date(2026, 12, 2)),
}
# Every version ever shown, for the version line and the print-out: the first ones of 23.11.2026, all later ones of
# 02.12.2026 (the highest version of each kind is a current one).
ISSUED: dict[tuple[ConsentKind, str], date] = {
    **{(kind, "1"): date(2026, 11, 23) for kind in ConsentKind},
    **{(kind, str(number)): date(2026, 12, 2) for kind in ConsentKind
       for number in range(2, 1 + max(int(CURRENT[kind][0]), int(CURRENT_MAX[kind][0])))},
}


def current(kind: ConsentKind, channel: str = "telegram") -> str:
    """The version shown now for ``kind`` in ``channel`` (``telegram`` or ``max``): the messenger of the account it is
    shown to (the bot the update came in on), never a deployment-wide setting — one process runs both."""
    return (CURRENT_MAX if channel == "max" else CURRENT)[kind][0]
RELATIONS = ("mother", "father", "guardian")  # who a parent says they are to the child (consent-parent-v2)


@dataclass(frozen=True)
class ConsentText:
    """A consent exactly as shown. ``locale`` is the language (logged with the consent); ``text_locale`` adds the
    words of the organisation's kind it was rendered with. The organisation's kind never changes, so the text
    rendered again from the log (its kind, version, language and organisation) is the one shown: same sha256."""

    kind: ConsentKind
    version: str
    locale: str
    text: str
    text_locale: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def render(
    translator: Translator,
    kind: ConsentKind,
    locale: str,
    org: Organisation,
    child_name: str | None = None,
    version: str | None = None,
    processor: str = "",
    channel: str = "telegram",
    **extra: object,
) -> ConsentText:
    """The full consent screen exactly as shown: heading, body, version line — in ``locale``'s language, with the
    words of the organisation's kind (whatever overlay ``locale`` names: shown and logged text are rendered alike)."""
    version = version or current(kind, channel)
    language = translator.language(locale)
    locale = translator.normalise(org.text_locale(language))
    address = org.address or translator.get("consent-address-unknown", locale)
    # who processes on the Operator's behalf (PROCESSOR); «none» selects «named on request» in the texts
    args: dict[str, object] = {"org": org.name, "address": address, "processor": processor.strip() or "none"}
    if kind is ConsentKind.PARENT:
        args["child"] = child_name or ""
    args.update(extra)  # mentoring consents: the pair's mentor, mentees, form and term
    # a variant that leaves a paragraph out (a parent's confirmation has no labour-law paragraph) leaves no gap
    body = re.sub(r"\n{3,}", "\n\n", translator.get(f"consent-{kind.value}-v{version}", locale, args))
    heading = translator.get(f"consent-heading-{kind.value}", locale)
    issued = ISSUED.get((kind, version))
    line = translator.get(
        "consent-version-line", locale, {"version": version, "date": issued.strftime("%d.%m.%Y") if issued else "—"}
    )
    text = f"<b>{heading}</b>\n\n{body}\n\n<i>{line}</i>"
    return ConsentText(kind, version, language, text, locale)
