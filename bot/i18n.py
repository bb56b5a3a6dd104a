"""Translator over Fluent files in ``locales/<lang>/*.ftl``. Every user-facing text lives there."""

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

logger = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SUPPORTED = ("ru", "en")

class TextFn(Protocol):
    """Texts in one language: ``t(key, **values)`` fills the placeholders by name; ``t.locale`` names the language."""

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


class Translator:
    def __init__(self, directory: Path = LOCALES_DIR, default: str = "ru", strict: bool = False) -> None:
        self.default = default
        self.strict = strict
        self.bundles: dict[str, FluentBundle] = {}
        self.keys: dict[str, set[str]] = {}
        for locale in SUPPORTED:
            bundle = FluentBundle([locale], use_isolating=False)
            keys: set[str] = set()
            for path in sorted((directory / locale).glob("*.ftl")):
                resource = FluentResource(path.read_text(encoding="utf-8"))
                bundle.add_resource(resource)
                keys.update(entry.id.name for entry in resource.body if isinstance(entry, ast.Message))
            self.bundles[locale] = bundle
            self.keys[locale] = keys

    def normalise(self, locale: str | None) -> str:
        if locale:
            short = locale.split("-")[0].lower()
            if short in self.bundles:
                return short
        return self.default

    def has(self, key: str, locale: str) -> bool:
        return self.bundles[self.normalise(locale)].has_message(key)

    def get(self, key: str, locale: str | None = None, args: TextArgs | None = None) -> str:
        """The text ``key`` in ``locale`` with its placeholders filled from ``args``."""
        locale = self.normalise(locale)
        bundle = self.bundles[locale]
        if not bundle.has_message(key):
            if self.strict:
                raise KeyError(f"missing text {key!r} for locale {locale!r}")
            logger.error("missing text %s for locale %s", key, locale)
            return key
        pattern = bundle.get_message(key).value
        if pattern is None:  # a message with attributes only: nothing to show
            return key
        text, errors = bundle.format_pattern(pattern, {k: _arg(v) for k, v in (args or {}).items()})
        if errors:
            if self.strict:
                raise KeyError(f"text {key!r} ({locale}): {errors}")
            logger.error("text %s (%s) formatting errors: %s", key, locale, errors)
        return str(text)

    def bind(self, locale: str | None) -> TextFn:
        return BoundText(self, self.normalise(locale))


class BoundText:
    """A Translator fixed to one language (see TextFn)."""

    __slots__ = ("locale", "translator")

    def __init__(self, translator: Translator, locale: str) -> None:
        self.translator = translator
        self.locale = locale

    def __call__(self, key: str, /, **args: object) -> str:
        return self.translator.get(key, self.locale, args)

    def has(self, key: str) -> bool:
        return self.translator.bundles[self.locale].has_message(key)
