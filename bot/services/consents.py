"""Consent texts are versioned documents in ``locales/``; the log records the exact version and its hash."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from bot.i18n import Translator
from storage.models import ConsentKind, Organisation

# The version shown now for each consent. A new wording gets a new ``-vN`` key in both locales and a
# new entry here; old keys stay so the log can always show what someone agreed to.
CURRENT: dict[ConsentKind, tuple[str, date]] = {
    ConsentKind.PD: ("1", date(2026, 11, 23)),
    ConsentKind.STUDENT: ("1", date(2026, 11, 23)),
    ConsentKind.PARENT: ("1", date(2026, 11, 23)),
    ConsentKind.MENTORING: ("1", date(2026, 11, 23)),
    ConsentKind.MENTEE_PAIR: ("1", date(2026, 11, 23)),
}


@dataclass(frozen=True)
class ConsentText:
    kind: ConsentKind
    version: str
    locale: str
    text: str

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
    **extra: object,
) -> ConsentText:
    """The full consent screen exactly as shown: heading, body, version line."""
    version = version or CURRENT[kind][0]
    locale = translator.normalise(locale)
    address = org.address or translator.get("consent-address-unknown", locale)
    args: dict[str, object] = {"org": org.name, "address": address}
    if kind is ConsentKind.PARENT:
        args["child"] = child_name or ""
    args.update(extra)  # mentoring consents: the pair's mentor, mentees, form and term
    body = translator.get(f"consent-{kind.value}-v{version}", locale, args)
    heading = translator.get(f"consent-heading-{kind.value}", locale)
    issued = CURRENT[kind][1] if version == CURRENT[kind][0] else None
    line = translator.get(
        "consent-version-line", locale, {"version": version, "date": issued.strftime("%d.%m.%Y") if issued else "—"}
    )
    text = f"<b>{heading}</b>\n\n{body}\n\n<i>{line}</i>"
    return ConsentText(kind, version, locale, text)
