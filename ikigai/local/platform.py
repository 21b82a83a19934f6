"""`LocalPlatform`: the local platform in a background thread, for tests, notebooks and scripts.

with LocalPlatform() as platform:          # temporary data dir, removed on exit
    api_key = platform.add_user("me@example.com")
    ikigai = platform.client()             # a ready client for the default user
"""

from __future__ import annotations

import importlib
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ikigai.local.catalog.provider import SpecCatalog
from ikigai.local.engine_contract import FlowEngine
from ikigai.local.runs.manager import default_engine
from ikigai.local.server.listener import base_url, open_listener
from ikigai.local.server.serving import BackgroundServer
from ikigai.local.services import Services
from ikigai.local.settings import Settings
from ikigai.local.store.users import add_user

if TYPE_CHECKING:
    from ikigai import Ikigai  # type: ignore[attr-defined,unused-ignore]


class LocalPlatform:
    def __init__(
        self,
        data_dir: str | Path | None = None,
        faults: float = 0.0,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        settings: Settings | None = None,
        engine: FlowEngine | None = None,
        catalog: SpecCatalog | None = None,
        allow_unsandboxed_code: bool = False,
    ) -> None:
        """`port=0` picks a free port. `engine` and `catalog` replace the installed flow engine
        and facet/model catalogs (tests use small stand-ins). User code runs in a kernel sandbox
        where the machine has one; where it has none, only while the platform has one user,
        unless `allow_unsandboxed_code` is set."""
        if not 0.0 <= faults <= 1.0:
            raise ValueError(f"faults must be a fraction between 0 and 1, not {faults}")
        self._data_dir = Path(data_dir) if data_dir is not None else None
        self._host = host
        self._port = port
        self._settings = replace(settings or Settings(), fault_rate=faults)
        if allow_unsandboxed_code:
            self._settings = replace(self._settings, allow_unsandboxed_code=True)
        self._engine = engine
        self._catalog = catalog
        self._services: Services | None = None
        self._server: BackgroundServer | None = None
        self._temporary: Path | None = None
        self._keys: dict[str, str] = {}
        self._base_url = ""

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> LocalPlatform:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def start(self) -> None:
        if self._services is not None:
            raise RuntimeError("the platform is already running")
        if self._data_dir is None:
            self._temporary = Path(tempfile.mkdtemp(prefix="ikigai-local-"))
        data_dir = self._data_dir or self._temporary
        assert data_dir is not None
        engine = self._engine
        services = Services(
            data_dir,
            self._settings,
            engine=(lambda: engine) if engine is not None else default_engine,
            catalog=self._catalog,
        )
        services.start()
        self._services = services
        listener = open_listener(self._host, self._port)
        self._server = BackgroundServer(services, listener)
        if not self._server.start():
            self.stop()
            raise RuntimeError("the local platform did not start")
        self._base_url = base_url(self._host, listener)

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
        if self._services is not None:
            self._services.stop()
        if self._temporary is not None:
            shutil.rmtree(self._temporary, ignore_errors=True)
        self._server = self._services = self._temporary = None
        self._keys.clear()

    # ------------------------------------------------------------------ use
    @property
    def base_url(self) -> str:
        if not self._base_url or self._services is None:
            raise RuntimeError("the platform is not running")
        return self._base_url

    def __repr__(self) -> str:
        if self._services is None:
            where = f"data_dir={str(self._data_dir)!r}" if self._data_dir else "a temporary folder"
            return f"LocalPlatform(not running, {where})"
        return f"LocalPlatform({self._base_url}, data_dir={str(self.data_dir)!r})"

    @property
    def data_dir(self) -> Path:
        data_dir = self._data_dir or self._temporary
        if data_dir is None:
            raise RuntimeError("the platform is not running")
        return data_dir

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the platform is not running")
        return self._services

    @property
    def default_user(self) -> str:
        return self._settings.default_user

    def add_user(self, email: str) -> str:
        """Create a user (or give an existing one a new key) and return the API key."""
        api_key = add_user(self.services.db, email)
        self._keys[email.strip().lower()] = api_key
        return api_key

    def api_key(self, email: str | None = None) -> str:
        """A key for the user, made by this platform object (created on first use)."""
        email = (email or self.default_user).strip().lower()
        return self._keys.get(email) or self.add_user(email)

    def client(self, user_email: str | None = None) -> Ikigai:
        """A ready `ikigai.Ikigai` client for the default user or the named one."""
        client_class = importlib.import_module("ikigai").Ikigai  # the client layer, only here
        email = (user_email or self.default_user).strip().lower()
        client: Ikigai = client_class(
            user_email=email, api_key=self.api_key(email), base_url=self.base_url
        )
        return client
