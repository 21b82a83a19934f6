"""`Ikigai`: the client, and the way into everything else.

from ikigai import Ikigai
ikigai = Ikigai(user_email="bob@example.com", api_key="...")   # or from the environment
ikigai.apps(), ikigai.app.new("sales").build()
ikigai.facet_types, ikigai.model_types, ikigai.builder
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from ikigai._closing import Closing
from ikigai._transport import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, SSLOption, Transport
from ikigai.components._base import NamedMapping, check_email
from ikigai.components._context import Context
from ikigai.components.app import (
    AppBrowser,
    AppDirectory,
    NewApp,
    NewAppDirectory,
    list_app_directories,
)
from ikigai.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    BaseURLError,
    InvalidArgumentError,
)
from ikigai.utils.missing import MISSING, MissingType

if TYPE_CHECKING:
    from ikigai.builders.flow import FlowBuilder
    from ikigai.components.custom_facet import CustomFacetBrowser, NewCustomFacet

    # The catalog snapshot as types (generated/ikigai_catalog), for type checkers only: the
    # objects are the platform's FacetTypes and ModelTypes, whatever the snapshot says.
    from ikigai_catalog import CatalogFacetTypes, CatalogModelTypes

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_WAIT_TIMEOUT", "Ikigai"]


class _DefaultURL(str):
    """The default base URL: equal to the hosted platform's URL, and told apart from that URL
    given explicitly (only the default gives way to IKIGAI_BASE_URL)."""

    __slots__ = ()


DEFAULT_BASE_URL: str = _DefaultURL("https://api.ikigailabs.io")
DEFAULT_WAIT_TIMEOUT = 3600.0
"""How long uploads, downloads and flow runs are waited for, in seconds, unless changed."""


def _setting(given: str | None, variable: str, what: str) -> str:
    value = given if given is not None else os.environ.get(variable)
    if not value:
        raise InvalidArgumentError(f"no {what}: pass {what}=... or set {variable}")
    return value


class Ikigai(Closing):
    """A client of one Ikigai platform, for one user.

    Arguments left out are read from IKIGAI_USER_EMAIL, IKIGAI_API_KEY and IKIGAI_BASE_URL (the
    hosted platform, the default `base_url`, when that is unset too). The base URL is checked at
    once with the platform's heartbeats. `ssl`: True (or left out) verifies certificates, False
    does not, a PEM path or a (certificate, key) pair is a client certificate. `timeout` bounds
    each request, `wait_timeout` each wait for an upload, a download or a flow run (None: no
    bound). `max_retries` is how often a request that failed transiently (connection error,
    timeout, 408, 429, 5xx) is repeated, with exponential backoff, when it is safe to repeat.
    `with ikigai.request_options(timeout=..., max_retries=...):` (a function of the package,
    `from ikigai import request_options`) changes both for the calls inside the block. `progress`
    shows progress bars for uploads, downloads and flow runs (True),
    hides them (False), or shows them when stderr is a terminal (None); each transfer can still
    choose with its own `progress=`.
    """

    def __init__(
        self,
        user_email: str | None = None,
        api_key: str | None = None,
        base_url: str | None = DEFAULT_BASE_URL,
        ssl: SSLOption | MissingType = MISSING,
        *,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        wait_timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        httpx_args: Mapping[str, Any] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        progress: bool | None = None,
    ) -> None:
        if not isinstance(max_retries, int) or max_retries < 0:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise InvalidArgumentError(f"max_retries must be an int >= 0, not {max_retries!r}")
        if progress is not None and not isinstance(progress, bool):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise InvalidArgumentError(
                f"progress must be True, False or None, not {type(progress).__name__}"
            )
        email = check_email(_setting(user_email, "IKIGAI_USER_EMAIL", "user_email"), "user_email")
        key = _setting(api_key, "IKIGAI_API_KEY", "api_key")
        url = base_url
        if base_url is None or base_url is DEFAULT_BASE_URL:
            url = os.environ.get("IKIGAI_BASE_URL") or DEFAULT_BASE_URL
        transport = Transport(
            str(url),
            email,
            key,
            ssl=True if isinstance(ssl, MissingType) else ssl,
            timeout=httpx.Timeout(timeout) if isinstance(timeout, int | float) else timeout,
            httpx_args=httpx_args,
            max_retries=max_retries,
        )
        self._ctx = Context(transport, wait_timeout)
        self._ctx.progress = progress
        try:
            self._check_base_url()
        except BaseException:
            transport.close()
            raise

    def _check_base_url(self) -> None:
        transport = self._ctx.transport
        for service, heartbeat in (
            ("access", transport.api.access_heartbeat),
            ("search", transport.api.search_heartbeat),
        ):
            try:
                heartbeat()
            except APIConnectionError as error:
                raise BaseURLError(
                    f"could not reach an Ikigai platform at {transport.base_url} "
                    f"({service} heartbeat: {error.message})"
                ) from error
            except APIStatusError as error:
                raise BaseURLError(
                    f"{transport.base_url} does not look like an Ikigai platform: its {service} "
                    f"heartbeat answered HTTP {error.status}"
                ) from error
            except APIError as error:
                raise BaseURLError(
                    f"{transport.base_url} does not look like an Ikigai platform: its {service} "
                    f"heartbeat answered {error.message}"
                ) from error

    # ---- settings ----------------------------------------------------------------------------

    @property
    def user_email(self) -> str:
        return self._ctx.transport.user_email

    @property
    def base_url(self) -> str:
        return self._ctx.transport.base_url

    @property
    def wait_timeout(self) -> float | None:
        """The longest wait for an upload, a download or a flow run, in seconds."""
        return self._ctx.wait_timeout

    @wait_timeout.setter
    def wait_timeout(self, seconds: float | None) -> None:
        if seconds is not None and (not isinstance(seconds, int | float) or seconds <= 0):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise InvalidArgumentError(
                f"wait_timeout must be a positive number or None, not {seconds!r}"
            )
        self._ctx.wait_timeout = seconds

    # ---- apps and directories ----------------------------------------------------------------

    @property
    def apps(self) -> AppBrowser:
        """`ikigai.apps()` lists every app, `ikigai.apps["name"]` gets one, `.search(text)`."""
        return AppBrowser(self._ctx)

    @property
    def app(self) -> NewApp:
        """`ikigai.app.new(name)...build()`."""
        return NewApp(self._ctx)

    def app_directories(self) -> NamedMapping[AppDirectory]:
        """Every app directory of the user."""
        return NamedMapping(list_app_directories(self._ctx, None), kind="app directory")

    def directories(self) -> NamedMapping[AppDirectory]:
        """The same as `app_directories()` (an older name, kept for programs that use it)."""
        warnings.warn(
            "Ikigai.directories() is app_directories() under an older name",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.app_directories()

    @property
    def app_directory(self) -> NewAppDirectory:
        """`ikigai.app_directory.new(name).parent(directory).build()`."""
        return NewAppDirectory(self._ctx)

    # ---- custom facets -----------------------------------------------------------------------

    @property
    def custom_facets(self) -> CustomFacetBrowser:
        """`ikigai.custom_facets()` lists them, `["name"]` gets one, `.search(text)`."""
        from ikigai.components.custom_facet import CustomFacetBrowser  # on first use

        return CustomFacetBrowser(self._ctx)

    @property
    def custom_facet(self) -> NewCustomFacet:
        """`ikigai.custom_facet.new(name, facet_type)...build()`."""
        from ikigai.components.custom_facet import NewCustomFacet  # on first use

        return NewCustomFacet(self._ctx)

    # ---- specs and flow definitions ----------------------------------------------------------

    @property
    def facet_types(self) -> CatalogFacetTypes:
        """The facet types of the platform (fetched once). Type checkers know those of the
        catalog snapshot; any other is `facet_types.INPUT["Name"]`."""
        return cast("CatalogFacetTypes", self._ctx.facet_types())

    @property
    def model_types(self) -> CatalogModelTypes:
        """The model types of the platform (fetched once). Type checkers know those of the
        catalog snapshot; any other is `model_types["Name"]["Sub-model"]`."""
        return cast("CatalogModelTypes", self._ctx.model_types())

    @property
    def builder(self) -> FlowBuilder:
        """A new, empty flow builder."""
        from ikigai.builders.flow import FlowBuilder  # on first use: a script may build none

        return FlowBuilder(self._ctx.facet_types)

    # ---- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connections (the client is not usable afterwards)."""
        self._ctx.transport.close()

    def __repr__(self) -> str:
        return f"Ikigai(user_email={self.user_email!r}, base_url={self.base_url!r})"
