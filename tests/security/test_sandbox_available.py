"""The sandbox tests skip only where the kernel lacks a mechanism: where it has one, the platform
must find and use it (a missing bwrap binary or a broken probe would otherwise pass unseen)."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

import pytest

from ikigai.local.sandbox import find_sandbox

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def _kernel_landlock_abi() -> int:
    """Asked of the kernel directly: landlock_create_ruleset(NULL, 0, VERSION)."""
    libc = ctypes.CDLL(None, use_errno=True)
    answer = int(libc.syscall(ctypes.c_long(444), None, ctypes.c_size_t(0), ctypes.c_uint32(1)))
    return max(answer, 0)


def test_landlock_is_used_where_the_kernel_has_it() -> None:
    abi = _kernel_landlock_abi()
    if not abi:
        pytest.skip("this kernel has no Landlock enabled")
    assert find_sandbox().landlock_abi == abi


def test_bubblewrap_is_used_where_the_kernel_allows_it() -> None:
    namespaces = _read("/proc/sys/user/max_user_namespaces").strip() or "0"
    if os.geteuid() != 0 and int(namespaces) == 0:
        pytest.skip("this kernel refuses user namespaces to unprivileged processes")
    sandbox = find_sandbox()
    assert sandbox.bwrap is not None, "bubblewrap is installed with ikigai[local] and should run"
    assert "bubblewrap" in sandbox.describe()
