"""HTTP with retries and backoff for remote stores, failing with one line that says what the store did."""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

from findings.store.base import StoreError

RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


@dataclass(frozen=True)
class Auth:
    user: str
    password: str

    def header(self) -> str:
        return "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode("ascii")


class HttpStatusError(StoreError):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def request(
    method: str,
    url: str,
    *,
    body: Callable[[], bytes | IO[bytes]] | None = None,
    headers: dict[str, str] | None = None,
    auth: Auth | None = None,
    timeout: float = 60.0,
    retries: int = 3,
    backoff: float = 0.5,
) -> tuple[int, str, bytes]:
    """(status, content type, body) of the first answer that is not a transient failure; StoreError after the last try."""
    headers = dict(headers or {})
    if auth is not None:
        headers["Authorization"] = auth.header()
    failure = ""
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(backoff * 2 ** (attempt - 1))
        data = body() if body is not None else None
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as answer:
                return answer.status, answer.headers.get("Content-Type", ""), answer.read()
        except urllib.error.HTTPError as err:
            detail = _first_line(err.read())
            failure = f"{url} answered {err.code} {err.reason}" + (f": {detail}" if detail else "")
            if err.code not in RETRY_STATUSES:
                raise HttpStatusError(failure, err.code) from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            failure = f"could not reach {url}: {reason}"
        finally:
            if hasattr(data, "close"):
                data.close()
    tries = f" (after {retries + 1} tries)" if retries else ""
    raise StoreError(failure + tries)


def _first_line(data: bytes) -> str:
    text = data.decode("utf-8", "replace").strip()
    return text.splitlines()[0][:300] if text else ""
