"""The HTTP side of the MAX transport, built on the ``maxapi`` library's connection.

``maxapi.Bot`` (pinned in pyproject.toml) carries what a MAX client must get right and we would otherwise copy:
the token in the ``Authorization`` header (the query parameter is no longer accepted), the API host, the Минцифры
root certificate the host's chain needs (bundled with the library), one aiohttp session, retries with exponential
backoff on 502/503/504 and connection errors. Requests go through its generic ``request`` with bodies shaped by
``outgoing.py`` from the OpenAPI schema, so the translation stays ours and testable against the fake server.

Uploads and downloads go to other hosts (the upload URL ``POST /uploads`` returns, a file's URL): they use their own
session with the same trusted certificates and **without** the token.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from typing import Any

import aiohttp
from maxapi import Bot as MaxApiBot
from maxapi.client.default import DefaultConnectionProperties
from maxapi.client.ssl import create_default_ssl_context
from maxapi.enums.http_method import HTTPMethod
from maxapi.exceptions.max import InvalidToken, MaxApiError, MaxConnection

logger = logging.getLogger(__name__)

DEFAULT_API_URL = "https://platform-api2.max.ru"

Json = dict[str, Any]


class MaxError(Exception):
    """An answer of the MAX Bot API that is not a success: HTTP ``status`` and the schema's ``Error`` fields."""

    def __init__(self, status: int, code: str = "", message: str = "") -> None:
        super().__init__(f"{status} {code}: {message}".strip())
        self.status = status
        self.code = code
        self.message = message


class MaxNetworkError(Exception):
    """MAX could not be reached (after maxapi's retries), or did not answer in time."""


def _query(params: Json | None) -> dict[str, str | int]:
    """Query parameters as aiohttp takes them: booleans spelled out, None left out."""
    result: dict[str, str | int] = {}
    for key, value in (params or {}).items():
        if value is None:
            continue
        result[key] = ("true" if value else "false") if isinstance(value, bool) else value
    return result


class MaxClient:
    def __init__(self, token: str, api_url: str | None = None, *, timeout: float = 60.0, retries: int = 3,
                 backoff_factor: float = 1.0) -> None:
        self.api_url = (api_url or DEFAULT_API_URL).rstrip("/")
        self._api = MaxApiBot(
            token, auto_requests=False, auto_check_subscriptions=False,
            default_connection=DefaultConnectionProperties(
                timeout=timeout, max_retries=retries, retry_backoff_factor=backoff_factor),
        )
        self._api.set_api_url(self.api_url)
        self._files: aiohttp.ClientSession | None = None
        self.timeout = timeout

    async def request(self, http_method: str, path: str, *, query: Json | None = None,
                      body: Json | None = None) -> Json:
        """One API call; the parsed JSON object of a 2xx answer. Raises :class:`MaxError` or
        :class:`MaxNetworkError`."""
        kwargs: Json = {"params": _query(query)}
        if body is not None:
            kwargs["json"] = body
        try:
            result = await self._api.request(HTTPMethod(http_method), path, is_return_raw=True, **kwargs)
        except InvalidToken as exc:
            raise MaxError(401, "verify.token", str(exc)) from None
        except MaxApiError as exc:
            raw = exc.raw if isinstance(exc.raw, dict) else {"message": str(exc.raw)[:300]}
            raise MaxError(exc.code, str(raw.get("code") or ""), str(raw.get("message") or raw.get("error") or ""))\
                from None
        except (MaxConnection, aiohttp.ClientError, TimeoutError) as exc:
            raise MaxNetworkError(f"{type(exc).__name__}: {exc}") from None
        return result if isinstance(result, dict) else {}

    def _file_session(self) -> aiohttp.ClientSession:
        if self._files is None or self._files.closed:
            connector = aiohttp.TCPConnector(ssl=create_default_ssl_context())
            self._files = aiohttp.ClientSession(connector=connector,
                                                timeout=aiohttp.ClientTimeout(total=self.timeout))
        return self._files

    async def upload(self, kind: str, filename: str, content: bytes) -> Json:
        """``POST /uploads?type=`` for an upload URL, then the file to it as multipart ``data``; returns what the
        upload answered (``{"token": …}`` for a file, ``{"photos": {…}}`` for an image) with the endpoint's own
        token when it gave one."""
        endpoint = await self.request("POST", "/uploads", query={"type": kind})
        url = endpoint.get("url")
        if not isinstance(url, str) or not url:
            raise MaxError(500, "upload.url", "no upload URL in the answer")
        form = aiohttp.FormData(quote_fields=False)
        form.add_field("data", content, filename=filename, content_type="application/octet-stream")
        try:
            async with self._file_session().post(url, data=form) as response:
                text = await response.text()
                if not 200 <= response.status < 300:
                    raise MaxError(response.status, "upload.failed", text[:300])
                try:
                    answer = await response.json(content_type=None)
                except ValueError:
                    answer = None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise MaxNetworkError(f"upload: {type(exc).__name__}: {exc}") from None
        result: Json = answer if isinstance(answer, dict) else {}
        if endpoint.get("token") and "token" not in result:
            result["token"] = endpoint["token"]
        return result

    async def stream(self, url: str, chunk_size: int = 65536) -> AsyncGenerator[bytes, None]:
        """A file's content from its attachment URL (no token sent)."""
        try:
            async with self._file_session().get(url) as response:
                if response.status >= 400:
                    raise MaxError(response.status, "download.failed", f"HTTP {response.status}")
                async for chunk in response.content.iter_chunked(chunk_size):
                    yield chunk
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise MaxNetworkError(f"download: {type(exc).__name__}: {exc}") from None

    async def close(self) -> None:
        await self._api.close_session()
        if self._files is not None:
            await self._files.close()
            self._files = None
