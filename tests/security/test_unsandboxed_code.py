"""Where no sandbox confines user code, it runs only on a platform with one user, unless the
platform was started with `allow_unsandboxed_code`; the platform says so when it starts.

The engine is told to use no sandbox (`sandbox="none"`), as on a kernel without bubblewrap and
Landlock."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ikigai.components import FlowStatus
from ikigai.local import LocalPlatform
from ikigai.local.engine import Limits, default_engine
from ikigai.local.sandbox import find_sandbox

from .attacks import run_python

LIMITS = Limits(python_seconds=30.0, python_memory_bytes=2 * 1024**3)
SCRIPT = "result = data.assign(b=data['a'] + 1)"


def test_one_user_may_run_code_without_a_sandbox(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="ikigai.local")
    engine = default_engine(LIMITS, sandbox="none")
    with LocalPlatform(engine=engine) as platform:
        assert platform.services.sandbox == ""
        with platform.client("mallory@example.com") as client:
            client.app.new("mallory's app").build()
            run = run_python(client, SCRIPT)
    assert run.status == FlowStatus.SUCCESS, run.log
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("no sandbox for user code" in message for message in warnings), warnings


def test_a_second_user_stops_unsandboxed_code() -> None:
    engine = default_engine(LIMITS, sandbox="none")
    with LocalPlatform(engine=engine) as platform:
        platform.add_user("victim@example.com")
        with platform.client("mallory@example.com") as client:
            client.app.new("mallory's app").build()
            run = run_python(client, SCRIPT)
    assert run.status == FlowStatus.FAILED
    assert "allow_unsandboxed_code=True" in run.log, run.log
    assert "--allow-unsandboxed-code" in run.log, run.log


def test_the_option_lets_it_run_with_several_users() -> None:
    engine = default_engine(LIMITS, sandbox="none")
    with LocalPlatform(engine=engine, allow_unsandboxed_code=True) as platform:
        platform.add_user("victim@example.com")
        with platform.client("mallory@example.com") as client:
            client.app.new("mallory's app").build()
            run = run_python(client, SCRIPT)
    assert run.status == FlowStatus.SUCCESS, run.log


def test_serve_says_what_confines_user_code(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; from ikigai.cli import main; sys.exit(main())"]
    command += ["local", "serve", "--port", "0", "--data-dir", str(tmp_path)]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    for options, expected in (
        ([], f"user code: sandboxed by {find_sandbox().describe()}"),
        (["--allow-unsandboxed-code"], "user code: sandboxed by"),  # needless here, harmless
    ):
        process = subprocess.Popen(
            command + options, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
        )
        try:
            assert process.stdout is not None
            lines = [process.stdout.readline() for _ in range(4)]
        finally:
            process.terminate()
            process.wait(timeout=30)
        assert expected in lines[3], lines
