"""Fixtures: a local platform with small upload parts (so uploads have many), and a client."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from ikigai import Ikigai
from ikigai.components.app import App
from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings

from .wire import Wire

PART_SIZE = 4096


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform(settings=Settings(part_size=PART_SIZE)) as running:
        yield running


def connect(platform: LocalPlatform, **options: Any) -> Ikigai:
    user = platform.default_user
    return Ikigai(
        user_email=user,
        api_key=platform.api_key(user),
        base_url=platform.base_url,
        **options,
    )


@pytest.fixture(scope="module")
def client(platform: LocalPlatform) -> Iterator[Ikigai]:
    made = connect(platform)
    yield made
    made.close()


@pytest.fixture
def app(client: Ikigai) -> Iterator[App]:
    made = client.app.new(f"app-{uuid.uuid4().hex[:8]}").build()
    yield made
    made.delete()


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses (seconds) the test's own thread sleeps from now on, e.g. between polls."""
    taken: list[float] = []
    real = time.sleep
    main = threading.current_thread()

    def sleep(seconds: float) -> None:
        if threading.current_thread() is main:
            taken.append(seconds)
        real(seconds)

    monkeypatch.setattr(time, "sleep", sleep)
    return taken


@pytest.fixture
def wire(platform: LocalPlatform) -> Iterator[Wire]:
    made = Wire(platform)
    yield made
    made.close()
