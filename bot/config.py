"""Settings from the environment and `.env` (pydantic-settings)."""

from __future__ import annotations

import re
from datetime import time
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.services.matching import MatchWeights
from bot.services.reminders import ReminderSettings
from storage.models import Account, Channel

LOCALES = ("ru", "en")
_TOKEN = re.compile(r"^\d{5,20}:[A-Za-z0-9_-]{20,80}$")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = Field(default=None, description="token from @BotFather")
    database_path: Path = Path("data/mentorship.sqlite3")
    # super-admins by user id: Telegram ids — or MAX ids in a deployment with MAX_TOKEN alone; with both tokens,
    # MAX_ADMIN_IDS names the super-admins' MAX accounts (the same number in the other messenger is someone else)
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    max_admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    default_locale: Literal["ru", "en"] = "ru"
    timezone: str = "Europe/Moscow"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    telegram_api_url: str | None = None
    # MAX, instead of Telegram or beside it (both tokens: one process runs both): the token from the MAX business
    # platform (business.max.ru → Чат-боты → Интеграция) and, for tests or a proxy, the API's address
    max_token: SecretStr | None = Field(default=None, description="token of a MAX bot")
    max_api_url: str | None = None
    parent_link_days: int = Field(default=14, ge=1, le=90)
    reminder_days_before: Annotated[tuple[int, ...], NoDecode] = (7, 1)
    overdue_repeat_days: int = Field(default=3, ge=1, le=30)
    work_hours: str = "09:00-20:00"
    sweep_interval_seconds: int = Field(default=60, ge=5, le=3600)
    # Matching: points each factor gives at a full match, e.g. subject=25,requests=30 (others keep defaults)
    match_weights: Annotated[dict[str, int], NoDecode] = Field(default_factory=dict)
    unmatched_days: int = Field(default=14, ge=1, le=180)  # a mentee without a pair this long is listed
    meeting_nudge_days: int = Field(default=14, ge=1, le=90)  # no meeting this long: nudge; twice as long: coordinator
    # Who hosts the bot and its database for the organisations (name and address): the consents name them as
    # processing data on the organisations' behalf (152-ФЗ ст. 6 ч. 3, ст. 9 ч. 4 п. 6). Empty: «on request».
    processor: str = Field(default="", max_length=300)
    # Webhook mode (instead of long polling): Telegram posts updates to WEBHOOK_URL (https, behind a reverse proxy);
    # the bot listens on WEBHOOK_HOST:WEBHOOK_PORT at the URL's path and checks WEBHOOK_SECRET on every request
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = Field(default=8080, ge=0, le=65535)
    # /healthz in polling mode too (on 127.0.0.1, for a container's health check); in webhook mode it is served
    # by the webhook server
    health_port: int | None = Field(default=None, ge=0, le=65535)
    log_format: Literal["text", "json"] = "text"

    @field_validator("match_weights", mode="before")
    @classmethod
    def _weights(cls, value: object) -> object:
        if isinstance(value, str):
            weights: dict[str, int] = {}
            for part in re.split(r"[,;\s]+", value.strip()):
                if not part:
                    continue
                name, _, number = part.partition("=")
                if not number.strip().isdigit():
                    raise ValueError("MATCH_WEIGHTS must look like subject=25,requests=30")
                weights[name.strip()] = int(number)
            value = weights
        if isinstance(value, dict):
            MatchWeights.from_mapping(value)  # unknown factor names are an error, not silently ignored
        return value

    @field_validator("reminder_days_before", mode="before")
    @classmethod
    def _days(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                days = tuple(sorted({int(p) for p in re.split(r"[,\s;]+", value.strip()) if p}, reverse=True))
            except ValueError:
                raise ValueError("REMINDER_DAYS_BEFORE must be whole numbers of days, e.g. 7,1") from None
            if any(d < 1 or d > 90 for d in days):
                raise ValueError("REMINDER_DAYS_BEFORE: each value from 1 to 90")
            return days
        return value

    @field_validator("work_hours")
    @classmethod
    def _hours(cls, value: str) -> str:
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", value)
        numbers = [int(g) for g in match.groups()] if match else []
        if not numbers or numbers[0] > 23 or numbers[2] > 24 or numbers[1] > 59 or numbers[3] > 59 \
                or (numbers[0], numbers[1]) >= (numbers[2], numbers[3]):
            raise ValueError("WORK_HOURS must look like 09:00-20:00 (start before end)")
        return f"{numbers[0]:02d}:{numbers[1]:02d}-{numbers[2]:02d}:{numbers[3]:02d}"

    @property
    def reminder_settings(self) -> ReminderSettings:
        start, end = self.work_hours.split("-")
        end_time = time(23, 59, 59) if end == "24:00" else time.fromisoformat(end)
        return ReminderSettings(days_before=self.reminder_days_before, overdue_every_days=self.overdue_repeat_days,
                                work_start=time.fromisoformat(start), work_end=end_time)

    @property
    def weights(self) -> MatchWeights:
        return MatchWeights.from_mapping(self.match_weights)

    @property
    def channels(self) -> tuple[Channel, ...]:
        """The messengers this deployment runs (none: the sandbox)."""
        return ((Channel.TELEGRAM,) if self.bot_token is not None else ()) + (
            (Channel.MAX,) if self.max_token is not None else ())

    @property
    def admins(self) -> frozenset[Account]:
        """The super-admins' accounts: ADMIN_IDS in Telegram (in MAX when MAX is the only channel), MAX_ADMIN_IDS
        in MAX."""
        home = Channel.MAX if self.channels == (Channel.MAX,) else Channel.TELEGRAM
        return frozenset({Account(home, i) for i in self.admin_ids}
                         | {Account(Channel.MAX, i) for i in self.max_admin_ids})

    @field_validator("admin_ids", "max_admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [p for p in re.split(r"[,\s;]+", value.strip()) if p]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("ADMIN_IDS and MAX_ADMIN_IDS must be user ids separated by commas") from None
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("timezone")
    @classmethod
    def _tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown IANA timezone {value!r} (example: Europe/Moscow)") from None
        return value

    @field_validator("bot_token")
    @classmethod
    def _token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            return None  # `BOT_TOKEN=` as in .env.example: not set (make run starts the sandbox)
        if value is not None and not _TOKEN.match(value.get_secret_value()):
            raise ValueError("does not look like a bot token (expected 123456789:AA…, from @BotFather)")
        return value

    @field_validator("max_token")
    @classmethod
    def _max_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().strip():
            return None  # `MAX_TOKEN=`: not set
        if value is not None and not re.fullmatch(r"[\x21-\x7e]{16,512}", value.get_secret_value()):
            raise ValueError("does not look like a MAX bot token (printable characters, no spaces)")
        return value

    @model_validator(mode="after")
    def _channels(self) -> Settings:
        if self.max_token is not None and self.bot_token is None and self.webhook_url:
            raise ValueError("MAX_TOKEN with WEBHOOK_URL: in MAX the bot polls for now (unset WEBHOOK_URL, or set "
                             "BOT_TOKEN too: Telegram then comes by the webhook and MAX is polled)")
        return self

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be the public https URL Telegram posts updates to, e.g. https://bot.example.org/tg")
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram's secret_token: 1-256 characters A-Z, a-z, 0-9, _ and -
        if value is not None and not value.get_secret_value().strip():
            return None  # `WEBHOOK_SECRET=`: not set
        if value is not None and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", value.get_secret_value()):
            raise ValueError("16-256 characters of A-Z, a-z, 0-9, _ and - (e.g. from `openssl rand -hex 32`)")
        return value

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.webhook_url and self.webhook_secret is None:
            raise ValueError("WEBHOOK_URL needs WEBHOOK_SECRET: every request to the webhook must carry it")
        return self

    @property
    def webhook_path(self) -> str:
        from urllib.parse import urlsplit

        return urlsplit(self.webhook_url or "").path or "/"

    @field_validator("telegram_api_url", "max_api_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL, e.g. http://127.0.0.1:8081")
        return value.rstrip("/")


class SettingsError(Exception):
    """Settings are missing or invalid; the message is meant for the person starting the bot."""


def load_settings(**overrides: Any) -> Settings:  # values are validated by pydantic
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            name = ".".join(str(p) for p in error["loc"]).upper() or "settings"
            lines.append(f"  {name}: {error['msg']}")
        raise SettingsError("Invalid settings (environment or .env):\n" + "\n".join(lines)) from None
