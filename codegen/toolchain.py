"""The pinned tools codegen runs: openapi-python-client and the ruff of its post-hooks.

Both must be the versions pinned in pyproject.toml's ``dev`` extra, and ruff must sit next to
the running Python: the generator skips a post-hook whose command it cannot find with no more
than a warning, and an unpinned ruff would format the output differently.
"""

import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from codegen import CodegenError
from codegen.paths import PYPROJECT

INSTALL_HINT = 'install the pinned tools with: pip install -e ".[dev]"'


@dataclass(frozen=True)
class Toolchain:
    """The Python that runs the generator, and the directory holding its ruff."""

    python: Path
    bin_dir: Path

    @classmethod
    def pinned(cls) -> "Toolchain":
        """The tools of this Python environment, checked against the pins in pyproject.toml."""
        python = Path(sys.executable)
        bin_dir = python.parent  # not resolved: a venv's python is a link into another prefix
        pins = read_dev_pins(PYPROJECT)
        check_version("openapi-python-client", distribution_version("openapi-python-client"), pins)
        ruff = shutil.which("ruff", path=str(bin_dir))
        if ruff is None:
            raise CodegenError(
                f"ruff was not found next to {python} (in {bin_dir}); the generator would skip "
                f"formatting without failing. {INSTALL_HINT}"
            )
        check_version("ruff", ruff_version(Path(ruff)), pins)
        return cls(python=python, bin_dir=bin_dir)

    def env(self) -> dict[str, str]:
        """The environment for the generator: this Python's tools first on PATH."""
        path = os.environ.get("PATH", "")
        return {**os.environ, "PATH": os.pathsep.join([str(self.bin_dir), path])}


def read_dev_pins(pyproject: Path) -> dict[str, str]:
    """``name == version`` requirements of the ``dev`` extra, by normalised name."""
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        requirements: list[str] = project["optional-dependencies"]["dev"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise CodegenError(f"cannot read the dev pins from {pyproject}: {error!r}") from error
    pins: dict[str, str] = {}
    for requirement in requirements:
        match = re.fullmatch(r"\s*([A-Za-z0-9._-]+)(?:\[[^]]*\])?\s*==\s*([^\s;]+)\s*", requirement)
        if match:
            pins[normalise(match[1])] = match[2]
    return pins


def check_version(name: str, found: str | None, pins: dict[str, str]) -> None:
    """Fail unless the version ``found`` of tool ``name`` is the one pinned."""
    wanted = pins.get(normalise(name))
    if wanted is None:
        raise CodegenError(f"pyproject.toml's dev extra does not pin {name} (expected {name}==X)")
    if found != wanted:
        raise CodegenError(
            f"codegen needs {name}=={wanted} (pinned in pyproject.toml) but found "
            f"{found or 'none'} for {sys.executable}; {INSTALL_HINT}"
        )


def distribution_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def ruff_version(ruff: Path) -> str | None:
    """The version the ruff executable reports (``ruff 0.17.5`` -> ``0.17.5``)."""
    try:
        result = subprocess.run(
            [str(ruff), "--version"], capture_output=True, text=True, check=True, timeout=60
        )
    except (OSError, subprocess.SubprocessError):
        return None
    words = result.stdout.split()
    return words[1] if len(words) >= 2 and words[0] == "ruff" else None


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
