"""Fixtures: a platform with a 20 % fault rate and clients of it; the figures printed at the end."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator

import pytest

from ikigai import Ikigai
from ikigai.local import LocalPlatform
from ikigai.local.server import faults

from .support import FIGURES, RetryCounter, quick_settings

FAULT_RATE = 0.2
RETRIES = 6
"""More than the default 2: at 20 % faults a request fails 3 tries in a row about once in 400
requests, and these tests make thousands."""


@pytest.fixture(scope="module", autouse=True)
def count_retries() -> Iterator[None]:
    logger = logging.getLogger("ikigai.retry")
    handler = RetryCounter()
    previous = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    before = Counter(faults.INJECTED)
    yield
    logger.removeHandler(handler)
    logger.setLevel(previous)
    for kind, count in (faults.INJECTED - before).items():
        FIGURES["faults injected"] += count
        FIGURES[f"faults injected: {kind}"] += count


@pytest.fixture(scope="module")
def faulty() -> Iterator[LocalPlatform]:
    settings = quick_settings(
        fault_seed=7,
        fault_delay_seconds=0.2,
        part_size=256 * 1024,
        min_verify_seconds=0.3,
        min_run_seconds=0.3,
    )
    with LocalPlatform(faults=FAULT_RATE, settings=settings) as running:
        yield running


@pytest.fixture
def faulty_client(faulty: LocalPlatform) -> Iterator[Ikigai]:
    client = Ikigai(
        user_email=faulty.default_user,
        api_key=faulty.api_key(),
        base_url=faulty.base_url,
        max_retries=RETRIES,
    )
    yield client
    client.close()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        shown = {name: count for name, count in sorted(FIGURES.items()) if count}
        terminalreporter.write_line(f"reliability: {shown}")
