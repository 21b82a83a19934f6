"""Comparing a freshly generated package with the committed one, and reporting the difference."""

import difflib
from dataclasses import dataclass
from pathlib import Path

from codegen.files import package_files

DIFF_LINES_PER_FILE = 40
DIFFS_SHOWN = 8


@dataclass(frozen=True)
class Drift:
    """How the committed package differs from what the spec generates (paths relative to it)."""

    added: list[str]  # generated from the spec, missing from the committed package
    removed: list[str]  # in the committed package, no longer generated
    changed: list[str]  # in both, with different contents

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def compare(fresh: Path, committed: Path) -> Drift:
    fresh_files = package_files(fresh)
    committed_files = package_files(committed) if committed.is_dir() else set[str]()
    return Drift(
        added=sorted(fresh_files - committed_files),
        removed=sorted(committed_files - fresh_files),
        changed=sorted(
            name
            for name in fresh_files & committed_files
            if (fresh / name).read_bytes() != (committed / name).read_bytes()
        ),
    )


def describe(drift: Drift, fresh: Path, committed: Path, committed_shown: str) -> str:
    """A readable account of the drift: the files, then a short diff of each changed one."""
    lines: list[str] = []
    for title, names in (
        ("missing from the package (regenerating adds them):", drift.added),
        ("no longer generated (regenerating removes them):", drift.removed),
        ("changed:", drift.changed),
    ):
        if names:
            lines += [f"  {title}", *(f"    {name}" for name in names)]
    for name in drift.changed[:DIFFS_SHOWN]:
        lines += ["", *_short_diff(committed / name, fresh / name, f"{committed_shown}/{name}")]
    if len(drift.changed) > DIFFS_SHOWN:
        lines += ["", f"(diffs of {len(drift.changed) - DIFFS_SHOWN} more changed files omitted)"]
    return "\n".join(lines)


def _short_diff(committed: Path, fresh: Path, name: str) -> list[str]:
    diff = list(
        difflib.unified_diff(
            _lines(committed),
            _lines(fresh),
            fromfile=f"{name} (committed)",
            tofile=f"{name} (generated from the spec)",
            n=2,
            lineterm="",
        )
    )
    if len(diff) > DIFF_LINES_PER_FILE:
        omitted = len(diff) - DIFF_LINES_PER_FILE
        diff = [*diff[:DIFF_LINES_PER_FILE], f"... ({omitted} more diff lines)"]
    return diff


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()
