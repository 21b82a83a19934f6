"""The one door to the platform: runs generated request functions and turns failures into errors.

Components never touch httpx for API calls. They call a method of `Transport.api` (the generated
`SyncApi`), which hands its generated function and the authenticated client to
`Transport.call`; that runs it and either returns the parsed success model or raises an
error from `ikigai.errors`. Retries happen below, in the `RetryingTransport` (`ikigai._retry`)
under every httpx client here, presigned URLs included.
"""

from __future__ import annotations

import logging
import re
import ssl as _ssl
import threading
from collections.abc import Callable, Mapping
from http import HTTPStatus
from typing import Any, ParamSpec, TypeVar

import httpx

from ikigai._retry import DEFAULT_MAX_RETRIES, RetryingTransport, RetryPolicy
from ikigai.errors import (
    APIConnectionError,
    APITimeoutError,
    BaseURLError,
    InvalidArgumentError,
    UnexpectedResponseError,
    error_for_status,
)
from ikigai_wire import AuthenticatedClient
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.error_message import ErrorMessage
from ikigai_wire.types import Response

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "SSLOption", "Transport", "normalize_base_url"]

logger = logging.getLogger("ikigai")

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""10 s to connect, 60 s for each other phase of a request (the platform answers in far less)."""

SSLOption = bool | str | tuple[str, str]
"""`True` verifies certificates, `False` does not, a path or a (certificate, key) pair is a
client certificate presented to the platform (with verification on)."""

_MESSAGE_LIMIT = 2000
# Arguments of httpx.Client that belong to its transport once we give it our own.
_TRANSPORT_ARGUMENTS = ("http1", "http2", "limits", "proxy", "retries", "local_address", "uds")


def normalize_base_url(base_url: str) -> str:
    """The base URL without trailing slashes; a BaseURLError when it cannot be one."""
    url = base_url.strip()
    if not url or any(ch.isspace() for ch in url):
        raise BaseURLError(f"base_url {base_url!r} is not a URL")
    if not re.match(r"^https?://[^/?#]+", url):
        raise BaseURLError(
            f"base_url {base_url!r} must start with http:// or https:// followed by a host"
        )
    return url.rstrip("/")


def _verify(option: SSLOption) -> bool | _ssl.SSLContext:
    if isinstance(option, bool):
        return option
    context = _ssl.create_default_context()
    if isinstance(option, str):
        context.load_cert_chain(option)
    else:
        certificate, key = option
        context.load_cert_chain(certificate, key)
    return context


class Transport:
    """The generated client, the API bound to it, and error mapping."""

    def __init__(
        self,
        base_url: str,
        user_email: str,
        api_key: str,
        *,
        ssl: SSLOption = True,
        timeout: httpx.Timeout | None = DEFAULT_TIMEOUT,
        httpx_args: Mapping[str, Any] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.user_email = user_email
        self._api_key = api_key
        self._last = threading.local()
        arguments = dict(httpx_args or {})
        hooks: dict[str, list[Callable[..., Any]]] = {
            kind: list(functions) for kind, functions in arguments.pop("event_hooks", {}).items()
        }
        hooks.setdefault("response", []).insert(0, self._remember)
        arguments["event_hooks"] = hooks
        verify = _verify(ssl)
        self.retry_policy = RetryPolicy(max_retries=max_retries)
        given: httpx.BaseTransport | None = arguments.pop("transport", None)
        own = {name: arguments.pop(name) for name in _TRANSPORT_ARGUMENTS if name in arguments}

        def retrying() -> RetryingTransport:
            inner = given if given is not None else httpx.HTTPTransport(verify=verify, **own)
            return RetryingTransport(inner, self.retry_policy)

        self.client = AuthenticatedClient(
            base_url=self.base_url,
            user_email=user_email,
            api_key=api_key,
            timeout=timeout,
            verify_ssl=verify,
            httpx_args={**arguments, "transport": retrying()},
        )
        self.api = SyncApi(self.client, self.call)
        """Every operation as a method (`api.create_pipeline(body=...)`), through `call`."""
        # Presigned upload/download URLs are outside the API: no base URL, no credentials.
        # Their client is made with the first transfer (its TLS setup alone takes ~30 ms).

        def presigned() -> httpx.Client:
            return httpx.Client(timeout=timeout, transport=retrying(), **arguments)

        self._make_presigned = presigned
        self._presigned: httpx.Client | None = None
        self._presigned_lock = threading.Lock()

    @property
    def presigned(self) -> httpx.Client:
        """The client of presigned URLs (shared by every transfer's threads)."""
        with self._presigned_lock:
            if self._presigned is None:
                self._presigned = self._make_presigned()
            return self._presigned

    def __repr__(self) -> str:
        return f"Transport(base_url={self.base_url!r}, user_email={self.user_email!r})"

    def close(self) -> None:
        self.client.get_httpx_client().close()
        with self._presigned_lock:
            if self._presigned is not None:
                self._presigned.close()

    # ---- calling --------------------------------------------------------------------------

    def call(
        self,
        operation: str,
        fn: Callable[P, Response[T]],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Run `fn` (a generated `sync_detailed` or mode) for `operation`: the model it parsed,
        or an error from `ikigai.errors`. An `ErrorMessage` answer is raised, never returned."""
        return self._result(operation, self._attempt(operation, fn, *args, **kwargs))

    def _result(self, operation: str, response: Response[T]) -> T:
        parsed = response.parsed
        request_id = response.headers.get("x-request-id")
        if isinstance(parsed, ErrorMessage):
            raise error_for_status(
                operation, int(response.status_code), self._clean(parsed.message), request_id
            )
        if parsed is None:
            raise self._status_error(
                operation, int(response.status_code), response.content, request_id
            )
        return parsed

    def _attempt(
        self,
        operation: str,
        fn: Callable[P, Response[T]],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Response[T]:
        """One call (the transport underneath retries what may be retried)."""
        self._last.response = None
        logger.debug("calling %s", operation)
        try:
            return fn(*args, **kwargs)
        except httpx.TimeoutException as error:
            raise APITimeoutError(
                operation,
                f"no answer from {self.base_url} in time ({type(error).__name__}); the platform"
                " may be busy: try again later, or pass a longer timeout= to Ikigai(...)",
            ) from error
        except httpx.TransportError as error:
            raise APIConnectionError(
                operation,
                f"could not reach {self.base_url} ({type(error).__name__}: "
                f"{self._clean(str(error))}); check the network and base_url, then try again",
            ) from error
        except UnicodeEncodeError as error:
            if getattr(self._last, "response", None) is not None:
                raise
            # Text with a lone surrogate (such as "\ud800") cannot be sent as UTF-8.
            around = error.object[max(0, error.start - 20) : error.end + 20]
            raise InvalidArgumentError(
                f"{operation}: an argument holds text that is not valid Unicode (a lone surrogate"
                f" at position {error.start} of {around!r}); UTF-8 cannot carry it"
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            # The body did not decode, or lacks what the spec promises.
            answered: httpx.Response | None = getattr(self._last, "response", None)
            if answered is None:
                raise
            status = answered.status_code
            if status >= 400:
                request_id = answered.headers.get("x-request-id")
                raise self._status_error(operation, status, answered.content, request_id) from error
            raise UnexpectedResponseError(
                operation,
                f"HTTP {status} with a body the client cannot read ({type(error).__name__}: "
                f"{self._clean(str(error))}): {self._clean(_text(answered.content))}",
            ) from error

    def _remember(self, response: httpx.Response) -> None:
        self._last.response = response

    def _status_error(
        self, operation: str, status: int, content: bytes, request_id: str | None
    ) -> Exception:
        if status < 400:
            return UnexpectedResponseError(operation, f"unexpected HTTP status {status}")
        text = self._clean(_text(content)) or _phrase(status)
        return error_for_status(operation, status, text, request_id)

    def _clean(self, text: str) -> str:
        """Server text as safe to show: without the API key, and not endless."""
        if self._api_key:
            text = text.replace(self._api_key, "***")
        if len(text) > _MESSAGE_LIMIT:
            text = text[:_MESSAGE_LIMIT] + " …"
        return text


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


def _text(content: bytes) -> str:
    return content.decode("utf-8", errors="replace").strip()
