"""Retries: an httpx transport that repeats requests that failed transiently and are safe to repeat.

Installed under every httpx client of `Transport` (API calls and presigned URLs), so every caller
gets it without doing anything. The scheme is openai's (see sdk-anchors §0):

* retried: connection errors and timeouts, 408, 429 and 5xx answers;
* only when safe to repeat: GET, HEAD, PUT, DELETE and OPTIONS always; a POST only when it
  provably never reached the server (it failed while connecting, or waiting for a pooled
  connection), or when the server says so with `x-should-retry: true`. `x-should-retry: false`
  forbids a retry;
* backoff `min(0.5 s * 2**n, 8 s)` minus up to 25 % jitter, unless the answer says when to come
  back (`retry-after-ms`, then `Retry-After` in seconds or as an HTTP date, up to 60 s);
* a request body that cannot be sent twice (a stream) is never retried.

A successful answer's body is read inside the transport, so a connection dropped in the middle
of a body is retried too, except for requests marked `STREAMED` (downloads), whose readers
resume the body themselves (`ikigai.transfer._download`). `request_options()` changes the
timeout and the number of retries for the calls made inside a `with` block.
"""

from __future__ import annotations

import contextlib
import email.utils
import logging
import random
import time
from collections.abc import Callable, Generator
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from ikigai.errors import InvalidArgumentError

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "STREAMED",
    "RetryPolicy",
    "RetryingTransport",
    "request_options",
]

logger = logging.getLogger("ikigai.retry")

DEFAULT_MAX_RETRIES = 2

STREAMED = "ikigai_streamed"
"""A request extension: the caller reads the body as it arrives (and resumes it itself), so the
transport must not read it ahead."""

_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
_RETRY_STATUSES = frozenset({408, 429})
# Errors that happen before any byte of the request left: a repeat cannot apply it twice.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently to retry."""

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or self.max_retries < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ValueError(f"max_retries must be an int >= 0, not {self.max_retries!r}")

    def delay(self, retry: int, headers: httpx.Headers | None = None) -> float:
        """Seconds to wait before retry number `retry` (0 for the first)."""
        asked = _retry_after(headers) if headers is not None else None
        if asked is not None and 0 <= asked <= self.max_retry_after:
            return asked
        backoff = min(self.initial_delay * 2.0**retry, self.max_delay)
        return backoff * (1 - 0.25 * random.random())


@dataclass(frozen=True)
class _Options:
    timeout: httpx.Timeout | None
    max_retries: int | None


_OPTIONS: ContextVar[_Options | None] = ContextVar("ikigai_request_options", default=None)


@contextlib.contextmanager
def request_options(
    *, timeout: httpx.Timeout | float | None = None, max_retries: int | None = None
) -> Generator[None]:
    """Inside the block, each request has this timeout and at most `max_retries` retries.

    `with request_options(timeout=5, max_retries=0): app.datasets()` fails fast.
    """
    if max_retries is not None and (not isinstance(max_retries, int) or max_retries < 0):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise InvalidArgumentError(f"max_retries must be an int >= 0, not {max_retries!r}")
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        if not isinstance(timeout, int | float) or timeout <= 0:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise InvalidArgumentError(
                f"timeout must be a positive number of seconds, not {timeout!r}"
            )
        timeout = httpx.Timeout(timeout)
    token = _OPTIONS.set(_Options(timeout, max_retries))
    try:
        yield
    finally:
        _OPTIONS.reset(token)


def _retry_after(headers: httpx.Headers) -> float | None:
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return float(milliseconds) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    parsed = email.utils.parsedate_to_datetime(value) if value.strip() else None
    if parsed is None or parsed.tzinfo is None:
        return None
    return parsed.timestamp() - time.time()


def _server_says(response: httpx.Response) -> bool | None:
    value = response.headers.get("x-should-retry", "").strip().lower()
    return {"true": True, "false": False}.get(value)


class RetryingTransport(httpx.BaseTransport):
    """Wraps another transport; repeats what failed transiently and may be repeated."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.inner = inner
        self.policy = policy or RetryPolicy()
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        options = _OPTIONS.get()
        limit = self.policy.max_retries
        if options is not None:
            if options.timeout is not None:
                request.extensions["timeout"] = options.timeout.as_dict()
            if options.max_retries is not None:
                limit = options.max_retries
        if not isinstance(request.stream, httpx.ByteStream):
            limit = 0  # a streamed body cannot be sent again
        retry = 0
        while True:
            try:
                response = self.inner.handle_request(request)
            except httpx.TransportError as error:
                if retry >= limit or not _may_repeat_after(request, error):
                    raise
                self._wait(request, retry, None, type(error).__name__)
                retry += 1
                continue
            verdict = _server_says(response)
            transient = response.status_code in _RETRY_STATUSES or response.status_code >= 500
            repeatable = verdict or (transient and request.method in _IDEMPOTENT)
            if retry < limit and verdict is not False and repeatable:
                response.close()
                self._wait(request, retry, response.headers, f"HTTP {response.status_code}")
                retry += 1
                continue
            if request.method not in _IDEMPOTENT or request.extensions.get(STREAMED):
                return response
            try:
                response.read()
            except httpx.TransportError as error:
                response.close()
                if retry >= limit:
                    raise
                self._wait(request, retry, None, f"{type(error).__name__} in the body")
                retry += 1
                continue
            return response

    def _wait(
        self, request: httpx.Request, retry: int, headers: httpx.Headers | None, why: str
    ) -> None:
        seconds = self.policy.delay(retry, headers)
        # The path only: no query (presigned signatures), no headers (the API key).
        logger.info(
            "retrying %s %s in %.2f s (retry %d): %s",
            request.method,
            request.url.path,
            seconds,
            retry + 1,
            why,
            extra={"ikigai_retry": True},
        )
        self._sleep(seconds)

    def close(self) -> None:
        self.inner.close()


def _may_repeat_after(request: httpx.Request, error: httpx.TransportError) -> bool:
    return request.method in _IDEMPOTENT or isinstance(error, _NEVER_SENT)
