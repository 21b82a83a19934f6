"""The published client (`ikigai` from PyPI) in a virtual environment of its own.

It has the same import name as this project, so it lives apart: one venv per version, built on
first use and cached under $IKIGAI_TEST_CACHE (default: the system's temporary folder). The
benchmarks and the tests that run it against the local platform share the cache. Standard
library only, so that any interpreter can import it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PUBLISHED_VERSION = "0.4.4"


class PublishedClientUnavailable(RuntimeError):
    """pip could not install the published client (no network, or no such version)."""


def cache_dir() -> Path:
    return Path(
        os.environ.get("IKIGAI_TEST_CACHE") or Path(tempfile.gettempdir()) / "ikigai-test-cache"
    )


def published_python(version: str = PUBLISHED_VERSION) -> Path:
    """The interpreter of a venv that has `ikigai==version` installed (built when missing)."""
    return _venv_with(f"published-ikigai-{version}", f"ikigai=={version}")


def runtime_python(checkout: Path) -> Path:
    """The interpreter of a venv with `checkout` installed as a user installs it (editable, so
    that it follows the checkout), with its runtime dependencies only: no tools or extras."""
    # keyed by the checkout and its pyproject.toml: a changed dependency makes a new venv
    identity = str(checkout.resolve()).encode() + (checkout / "pyproject.toml").read_bytes()
    tag = hashlib.sha256(identity).hexdigest()[:12]
    return _venv_with(f"runtime-{tag}", "-e", str(checkout))


def _venv_with(name: str, *requirement: str) -> Path:
    cache = cache_dir()
    venv = cache / name
    python = venv / "bin" / "python"
    if python.exists():
        return python
    cache.mkdir(parents=True, exist_ok=True)
    # built aside and renamed into place, so that a run that stops halfway leaves no half venv
    building = Path(tempfile.mkdtemp(prefix="building-", dir=cache))
    try:
        subprocess.run([sys.executable, "-m", "venv", str(building)], check=True)
        installed = subprocess.run(
            [str(building / "bin" / "python"), "-m", "pip", "install", "--quiet",
             "--disable-pip-version-check", *requirement],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        if installed.returncode != 0:
            raise PublishedClientUnavailable(
                f"pip install {' '.join(requirement)} failed:\n{installed.stderr}"
            )
        # only bin/python is used, which works from the new place; when another run finished
        # first, its venv is as good
        with contextlib.suppress(OSError):
            building.rename(venv)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return python
