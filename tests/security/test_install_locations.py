"""User code runs wherever Python is installed, /tmp included: the sandbox makes /tmp its scratch
space (a symlink to its tmpfs), which must not hide a virtual environment that lives there.

The whole of it runs in CI whenever the checkout (and so `.venv`) is under /tmp; this test pins
the command the sandbox is started with for both cases."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from ikigai.local.sandbox import find_sandbox
from ikigai.local.sandbox.launcher import Limits


def _command(python_dirs: list[str]) -> list[str]:
    found = find_sandbox()
    if found.bwrap is None:
        pytest.skip("bubblewrap does not run here")
    sandbox = copy.copy(found)  # find_sandbox() is shared: vary a copy
    sandbox._python = python_dirs  # the one input this test varies
    limits = Limits(
        seconds=10, memory_bytes=1 << 30, file_bytes=1 << 20, processes=8, scratch_bytes=1 << 20
    )
    return sandbox._bwrap_command({}, limits)


def _pairs(command: list[str], flag: str) -> list[tuple[str, str]]:
    return [(command[i + 1], command[i + 2]) for i, part in enumerate(command) if part == flag]


def test_tmp_is_the_scratch_space_when_python_lives_elsewhere() -> None:
    command = _command(["/usr"])
    assert ("/scratch", "/tmp") in _pairs(command, "--symlink")


def test_a_python_under_tmp_stays_visible(tmp_path: Path) -> None:
    venv = str(tmp_path / "venv")
    command = _command(["/usr", venv])
    assert ("/scratch", "/tmp") not in _pairs(command, "--symlink")
    assert (venv, venv) in _pairs(command, "--ro-bind")
    assert command[command.index("--tmpfs") + 1] == "/scratch"
