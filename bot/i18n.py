"""Translator over Fluent files in ``locales/<lang>/*.ftl``. Every user-facing text lives there.

The base texts speak the school's words. An organisation of another kind reads them through an overlay,
``locales/<lang>/kinds/<kind>.ftl``, which overrides only the messages whose wording differs (a kindergarten says
«воспитатели» and «ДОО», a college «студенты» and «преподаватели»). A text locale names the language and the overlay:
"ru", "ru+kindergarten" (``storage.models.text_locale``; the person record carries it as ``Person.text_locale``).

A text locale also names the register: a pupil or student reads "ru+ty" / "ru+college+ty", and every text is given
``$you`` = "ty" (anyone else: "vy"), so a Russian text that addresses the reader selects «ты» or «вы» by it
(``{ $you -> [ty] … *[vy] … }``); English has one «you». A caller's own ``you`` wins.
"""

from __future__ import annotations

import html
import logging
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number
from fluent.syntax import ast

from bot.services.ports import TextArgs
from storage.models import INFORMAL, OVERLAY_MARK, is_informal, language_of

logger = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SUPPORTED = ("ru", "en")
KINDS_DIR = "kinds"  # locales/<lang>/kinds/<kind>.ftl: the words of a kind of organisation

class TextFn(Protocol):
    """Texts in one language: ``t(key, **values)`` fills the placeholders by name; ``t.locale`` names the text locale
    — the language, with the words of the reader's kind of organisation ("ru", "ru+kindergarten"). Data kept per
    language (questionnaires) is chosen by its language: ``questionnaire_model.localized`` does that."""

    locale: str

    def __call__(self, key: str, /, **args: object) -> str: ...

    def has(self, key: str) -> bool: ...


class Raw(str):
    """A value already safe for HTML (a link we built, a rendered fragment): not escaped again."""

    __slots__ = ()


def _arg(value: Any) -> Any:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        # no digit grouping: ids and years read "3000", not "3 000"; plural rules still apply
        return fluent_number(value, useGrouping=False)
    if isinstance(value, datetime | date):
        return value.strftime("%d.%m.%Y")
    return html.escape(str(value), quote=False)


def overlays(directory: Path, language: str) -> dict[str, Path]:
    """The kinds of organisation with words of their own in ``language``, and their files."""
    return {path.stem: path for path in sorted((directory / language / KINDS_DIR).glob("*.ftl"))}


class Translator:
    """One bundle per language, and one per language and kind of organisation (the base texts with the kind's
    overlay laid over them), all built at start."""

    def __init__(self, directory: Path = LOCALES_DIR, default: str = "ru", strict: bool = False) -> None:
        self.default = default
        self.strict = strict
        self.bundles: dict[str, FluentBundle] = {}
        self.keys: dict[str, set[str]] = {}  # the base languages' keys (an overlay has the same ones)
        for language in SUPPORTED:
            base = [FluentResource(path.read_text(encoding="utf-8"))
                    for path in sorted((directory / language).glob("*.ftl"))]
            self.bundles[language] = self._bundle(language, base)
            self.keys[language] = {entry.id.name for resource in base for entry in resource.body
                                   if isinstance(entry, ast.Message)}
            for kind, path in overlays(directory, language).items():
                overlay = FluentResource(path.read_text(encoding="utf-8"))
                self.bundles[f"{language}{OVERLAY_MARK}{kind}"] = self._bundle(language, base, overlay)

    @staticmethod
    def _bundle(language: str, resources: list[ast.Resource], overlay: ast.Resource | None = None
                ) -> FluentBundle:
        bundle = FluentBundle([language], use_isolating=False)
        for resource in resources:
            bundle.add_resource(resource)
        if overlay is not None:
            bundle.add_resource(overlay, allow_overrides=True)
        return bundle

    def normalise(self, locale: str | None) -> str:
        """The text locale to render in: a supported language ("en-GB" → "en"), with the overlay of the
        organisation's kind when there is one ("ru+kindergarten"); a kind without words of its own (the school,
        or a kind whose words are the school's) reads the base texts. The register stays ("ru+college+ty")."""
        if locale:
            language, *rest = locale.split(OVERLAY_MARK)
            short = language.split("-")[0].lower()
            if short in SUPPORTED:
                kind = next((part for part in rest if part != INFORMAL), "")
                overlaid = f"{short}{OVERLAY_MARK}{kind}"
                base = overlaid if kind and overlaid in self.bundles else short
                return f"{base}{OVERLAY_MARK}{INFORMAL}" if INFORMAL in rest else base
        return self.default

    def _bundle_of(self, locale: str) -> FluentBundle:
        """The bundle of a normalised text locale (the register is not a bundle: it is the ``$you`` argument)."""
        if is_informal(locale):
            locale = locale.rsplit(OVERLAY_MARK, 1)[0]
        return self.bundles[locale]

    def language(self, locale: str | None) -> str:
        """The language of a text locale: "en+college" → "en"."""
        return language_of(self.normalise(locale))

    def has(self, key: str, locale: str) -> bool:
        return self._bundle_of(self.normalise(locale)).has_message(key)

    def get(self, key: str, locale: str | None = None, args: TextArgs | None = None) -> str:
        """The text ``key`` in ``locale`` with its placeholders filled from ``args``."""
        locale = self.normalise(locale)
        bundle = self._bundle_of(locale)
        if not bundle.has_message(key):
            if self.strict:
                raise KeyError(f"missing text {key!r} for locale {locale!r}")
            logger.error("missing text %s for locale %s", key, locale)
            return key
        pattern = bundle.get_message(key).value
        if pattern is None:  # a message with attributes only: nothing to show
            return key
        # ``channel``: the messenger the text is read in («откроет её в { app-name }»); Telegram unless told.
        # ``you``: «ты» for a pupil's text locale, «вы» for everyone else
        values = {"channel": "telegram", "you": "ty" if is_informal(locale) else "vy",
                  **{k: _arg(v) for k, v in (args or {}).items()}}
        text, errors = bundle.format_pattern(pattern, values)
        if errors:
            if self.strict:
                raise KeyError(f"text {key!r} ({locale}): {errors}")
            logger.error("text %s (%s) formatting errors: %s", key, locale, errors)
        return str(text)

    def bind(self, locale: str | None, channel: str = "telegram") -> TextFn:
        """Texts in ``locale`` for someone in ``channel`` (``telegram`` or ``max``: texts that name the app)."""
        return BoundText(self, self.normalise(locale), channel)


class BoundText:
    """A Translator fixed to one language and messenger (see TextFn)."""

    __slots__ = ("channel", "locale", "translator")

    def __init__(self, translator: Translator, locale: str, channel: str = "telegram") -> None:
        self.translator = translator
        self.locale = locale
        self.channel = channel

    def __call__(self, key: str, /, **args: object) -> str:
        return self.translator.get(key, self.locale, {"channel": self.channel, **args})

    def has(self, key: str) -> bool:
        return self.translator.has(key, self.locale)
