"""Clients that hold the connection settings for the Ikigai platform API.

Generated from codegen/templates/client.py.jinja: edit that template, not this file.
"""

import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
"""The timeout used when none is given: 10 s to connect, 60 s for every other phase."""


@define
class Client:
    """Connection settings for calls that need no authentication (such as the heartbeats).

    The following keyword arguments are used to construct the httpx clients internally:

        ``base_url``: the URL the endpoint paths are appended to.

        ``cookies``: cookies to send with every request.

        ``headers``: headers to send with every request.

        ``timeout``: an ``httpx.Timeout``; API functions raise ``httpx.TimeoutException`` when
        it is exceeded. Defaults to ``DEFAULT_TIMEOUT``; ``None`` waits forever.

        ``verify_ssl``: whether to verify the server's TLS certificate (or a CA bundle path, or
        an ``ssl.SSLContext``).

        ``follow_redirects``: whether to follow redirects. Defaults to False.

        ``httpx_args``: further keyword arguments for the ``httpx.Client`` and
        ``httpx.AsyncClient`` constructors (for example ``transport``).

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` when the API answers
            with a status code the OpenAPI document does not list, instead of returning None.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _request_headers(self) -> dict[str, str]:
        """The headers every request made through this client carries."""
        return dict(self._headers)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._request_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This overrides every other setting of this object, including cookies, headers
        (the authentication headers too) and timeout.
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter a context manager for the underlying httpx.Client (you cannot enter twice)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for the underlying httpx.Client"""
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This overrides every other setting of this object, including cookies, headers
        (the authentication headers too) and timeout.
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for the underlying httpx.AsyncClient (you cannot enter twice)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Exit a context manager for the underlying httpx.AsyncClient"""
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


@define
class AuthenticatedClient(Client):
    """A Client for the secured endpoints: every request carries the ``user`` and ``api-key``
    headers. Takes the same keyword arguments as Client.

    Attributes:
        raise_on_unexpected_status: see Client.
        user_email: the e-mail address of the account, sent as the ``user`` header.
        api_key: the account's API key, sent as the ``api-key`` header; never shown by repr().
    """

    user_email: str = field(kw_only=True)
    api_key: str = field(kw_only=True, repr=False)

    def _request_headers(self) -> dict[str, str]:
        return {**self._headers, "user": self.user_email, "api-key": self.api_key}
