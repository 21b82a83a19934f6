"""A second user's PYTHON and custom facets attack the platform and the first user, over HTTP.

Every attack script tries one thing and, only when it works, hands back what it got as its
`result`; so an attack that is stopped fails its run, and one that is not either succeeds or
leaks into the run log. Each test asserts the run failed without the secret in its log, and
that nothing changed on disk or in the victim's app.

Everything runs three times: with every sandbox this machine offers (bubblewrap and Landlock,
the default), and with each alone, so that each layer is shown to hold by itself. A mode this
machine lacks is skipped, saying why.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai.components import FlowStatus
from ikigai.errors import WaitTimeoutError
from ikigai.local import LocalPlatform
from ikigai.local.engine import Limits, default_engine
from ikigai.local.sandbox import SandboxChoice, SandboxError, find_sandbox

from .attacks import (
    CANARY_NAME,
    Attack,
    Run,
    attacks_for,
    host_processes_with,
    run_custom_facet,
    run_python,
)

LIMITS = Limits(
    python_seconds=8.0,
    python_memory_bytes=2 * 1024**3,
    python_processes=128,
    python_file_bytes=64 * 1024**2,
)
SECRET_ROWS = pd.DataFrame({"card": ["4111-1111-1111-1111"], "owner": ["victim"]})


@pytest.fixture(scope="module")
def canary() -> Iterator[str]:
    """A variable in the server's environment (the server runs in this process)."""
    value = f"canary-{os.getpid()}-{time.time_ns()}"
    os.environ[CANARY_NAME] = value
    yield value
    del os.environ[CANARY_NAME]


MODES: list[SandboxChoice] = ["auto", "bubblewrap", "landlock"]


@pytest.fixture(scope="module", params=MODES)
def mode(request: pytest.FixtureRequest) -> SandboxChoice:
    choice: SandboxChoice = request.param
    try:
        find_sandbox(choice)
    except SandboxError as error:
        pytest.skip(f"sandbox {choice!r} is not available on this machine: {error}")
    return choice


@pytest.fixture(scope="module")
def platform(canary: str, mode: SandboxChoice) -> Iterator[LocalPlatform]:
    with LocalPlatform(engine=default_engine(LIMITS, sandbox=mode)) as running:
        yield running


def _skip_what_the_mode_cannot_stop(mode: SandboxChoice, name: str) -> None:
    if mode != "landlock":
        return
    abi = find_sandbox(mode).landlock_abi
    if name in ("server socket", "other socket") and abi < 4:
        pytest.skip(f"Landlock ABI {abi} has no network rules (4+ has)")
    if name == "signal server" and abi < 6:
        pytest.skip(f"Landlock ABI {abi} does not scope signals (6+ does)")
    if name == "processes" and os.geteuid() == 0:
        pytest.skip(
            "with Landlock alone, user code runs as the platform's root, whom the kernel"
            " exempts from the process limit"
        )


def client_of(platform: LocalPlatform, email: str) -> Ikigai:
    """A client that waits at most a minute for a run (a run that never ends fails the test)."""
    return Ikigai(email, platform.api_key(email), platform.base_url, wait_timeout=60)


@pytest.fixture(scope="module")
def victim(platform: LocalPlatform) -> Iterator[Ikigai]:
    with client_of(platform, "victim@example.com") as client:
        app = client.app.new("victim's app").build()
        app.dataset.new("cards").df(SECRET_ROWS).build()
        yield client


@pytest.fixture(scope="module")
def attacker(platform: LocalPlatform, victim: Ikigai) -> Iterator[Ikigai]:
    with client_of(platform, "mallory@example.com") as client:
        client.app.new("mallory's app").build()
        yield client


@pytest.fixture(scope="module")
def listener() -> Iterator[int]:
    """Another loopback port with something behind it."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield server.getsockname()[1]


def _context(platform: LocalPlatform, canary: str, listener: int) -> dict[str, Any]:
    data_dir = platform.data_dir.resolve()
    [victim_file] = [p for p in (data_dir / "datasets").rglob("*.csv") if b"4111" in p.read_bytes()]
    return {
        "data_dir": str(data_dir),
        "victim_file": str(victim_file),
        "canary": canary,
        "server_port": int(platform.base_url.rsplit(":", 1)[1]),
        "other_port": listener,
    }


def _assert_stopped(platform: LocalPlatform, attack: Attack, run: Run) -> None:
    assert run.status == FlowStatus.FAILED, f"{attack.name}: the run succeeded: {run.output}"
    for secret in attack.secrets:
        assert secret not in run.log, f"{attack.name}: leaked into the run log:\n{run.log}"
    data_dir = platform.data_dir
    planted = [p for p in data_dir.rglob("*") if "planted-by-mallory" in p.name]
    assert not planted, f"{attack.name}: wrote {planted}"


@pytest.mark.parametrize("name", [a.name for a in attacks_for({})])
def test_a_python_facet_attack_is_stopped(
    platform: LocalPlatform,
    attacker: Ikigai,
    victim: Ikigai,
    canary: str,
    listener: int,
    mode: SandboxChoice,
    name: str,
) -> None:
    _skip_what_the_mode_cannot_stop(mode, name)
    [attack] = [a for a in attacks_for(_context(platform, canary, listener)) if a.name == name]
    run = run_python(attacker, attack.script)
    _assert_stopped(platform, attack, run)
    # what the database attacks were after: the victim's app is still the victim's alone
    assert "victim's app" not in attacker.apps()
    assert list(victim.apps["victim's app"].datasets()) == ["cards"]


def test_a_custom_facet_is_confined_too(
    platform: LocalPlatform, attacker: Ikigai, canary: str, listener: int
) -> None:
    [attack] = [a for a in attacks_for(_context(platform, canary, listener)) if a.name == "key"]
    _assert_stopped(platform, attack, run_custom_facet(attacker, attack.script))


def test_a_script_in_an_imported_facet_is_confined_too(
    platform: LocalPlatform, attacker: Ikigai, canary: str, listener: int
) -> None:
    [attack] = [a for a in attacks_for(_context(platform, canary, listener)) if a.name == "env"]
    _assert_stopped(platform, attack, run_python(attacker, attack.script, in_imported=True))


DETACH = (
    "import subprocess, sys\n"
    "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(300)  # {token}'],"
    " start_new_session=True{redirect})\n"
)


@pytest.mark.parametrize(
    ("ending", "redirect"),
    [
        ("result = data", ""),  # keeps the run's output pipes open, if it has any
        ("result = data", ", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL"),
        ("import time\ntime.sleep(600)", ""),  # stopped at the time limit
    ],
    ids=["normal end", "normal end, own output", "time limit"],
)
def test_a_detached_grandchild_dies_with_the_run(
    attacker: Ikigai, ending: str, redirect: str
) -> None:
    token = f"detached-{time.time_ns()}"
    script = DETACH.format(token=token, redirect=redirect) + ending
    try:
        run = run_python(attacker, script)
    except WaitTimeoutError:
        pytest.fail("the run never ended: something kept it waiting")
    expected = FlowStatus.FAILED if "sleep(600)" in ending else FlowStatus.SUCCESS
    assert run.status == expected, run.log
    assert host_processes_with(token) == []


def test_legitimate_user_code_still_computes(attacker: Ikigai) -> None:
    script = (
        "import numpy as np\n"
        "frame = data.assign(double=data['n'] * 2, root=np.sqrt(data['n']))\n"
        "result = frame.groupby('group', as_index=False)[['double', 'root']].sum()\n"
    )
    frame = pd.DataFrame({"group": ["a", "b", "a", "b"], "n": [1, 4, 9, 16]})
    run = run_python(attacker, script, frame=frame)
    assert run.status == FlowStatus.SUCCESS, run.log
    assert run.output is not None
    expected = {"group": ["a", "b"], "double": [20, 40], "root": [4.0, 6.0]}
    assert run.output.to_dict("list") == expected
    run = run_custom_facet(attacker, "result = data.assign(scaled=data['n'] * factor)", factor=3)
    assert run.status == FlowStatus.SUCCESS, run.log
    assert run.output is not None
    assert run.output["scaled"].tolist() == [3, 12, 27, 48]


def test_user_code_cannot_reach_the_python_checkout(attacker: Ikigai) -> None:
    """Only the Python installation is mounted: not the platform's own source tree."""
    here = Path(__file__).resolve()
    script = f"import pandas as pd\nresult = pd.DataFrame({{'x': [open({str(here)!r}).read()]}})"
    run = run_python(attacker, script)
    assert run.status == FlowStatus.FAILED, run.output
