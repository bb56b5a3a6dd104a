"""Translator over Fluent files in ``locales/<lang>/*.ftl``. Every user-facing text lives there."""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_number

logger = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SUPPORTED = ("ru", "en")

TextFn = Callable[..., str]


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
                keys.update(
                    entry.id.name for entry in resource.body if type(entry).__name__ == "Message"
                )
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

    def get(self, key: str, locale: str | None = None, **args: Any) -> str:
        locale = self.normalise(locale)
        bundle = self.bundles[locale]
        if not bundle.has_message(key):
            if self.strict:
                raise KeyError(f"missing text {key!r} for locale {locale!r}")
            logger.error("missing text %s for locale %s", key, locale)
            return key
        message = bundle.get_message(key)
        text, errors = bundle.format_pattern(message.value, {k: _arg(v) for k, v in args.items()})
        if errors:
            if self.strict:
                raise KeyError(f"text {key!r} ({locale}): {errors}")
            logger.error("text %s (%s) formatting errors: %s", key, locale, errors)
        return text

    def bind(self, locale: str | None) -> TextFn:
        locale = self.normalise(locale)

        def t(key: str, **args: Any) -> str:
            return self.get(key, locale, **args)

        t.locale = locale  # type: ignore[attr-defined]
        t.has = lambda key: self.bundles[locale].has_message(key)  # type: ignore[attr-defined]
        return t
