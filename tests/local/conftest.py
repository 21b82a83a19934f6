"""Fixtures: a local platform per test module, and users talking to it over HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings

from .lifecycle_engine import LifecycleEngine
from .support import SCHEMATHESIS_CASES, SCHEMATHESIS_STATEFUL, Api

# Small parts, so that the raw-HTTP tests exercise multipart uploads.
FAST = Settings(part_size=64)


@pytest.fixture(scope="module")
def engine() -> LifecycleEngine:
    return LifecycleEngine()


@pytest.fixture(scope="module")
def platform(engine: LifecycleEngine) -> Iterator[LocalPlatform]:
    with LocalPlatform(settings=FAST, engine=engine) as running:
        yield running


_counter = iter(range(1_000_000))


def new_user(platform: LocalPlatform, name: str = "user") -> Api:
    email = f"{name}{next(_counter)}@example.com"
    return Api(platform.base_url, email, platform.add_user(email))


@pytest.fixture
def alice(platform: LocalPlatform) -> Api:
    return new_user(platform, "alice")


@pytest.fixture
def bob(platform: LocalPlatform) -> Api:
    return new_user(platform, "bob")


def unique(prefix: str) -> str:
    return f"{prefix}-{next(_counter)}"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if SCHEMATHESIS_CASES:
        total = sum(SCHEMATHESIS_CASES.values())
        terminalreporter.write_line(
            f"schemathesis: {total} generated requests {dict(SCHEMATHESIS_CASES)}"
        )
    if SCHEMATHESIS_STATEFUL:
        terminalreporter.write_line(f"schemathesis stateful: {dict(SCHEMATHESIS_STATEFUL)}")
