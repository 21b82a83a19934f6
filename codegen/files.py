"""File-tree operations on a generated package: listing it, and swapping a new one in."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

CACHE_DIRS = frozenset({".ruff_cache", "__pycache__"})
"""Directories that tools leave in a package; they are never part of the output."""


def package_files(root: Path) -> set[str]:
    """The files under ``root`` as POSIX paths relative to it, caches left out."""
    return {path.relative_to(root).as_posix() for path in _walk(root)}


def _walk(directory: Path) -> Iterator[Path]:
    for entry in sorted(directory.iterdir()):
        if entry.is_dir():
            if entry.name not in CACHE_DIRS:
                yield from _walk(entry)
        else:
            yield entry


def remove_caches(root: Path) -> None:
    for cache in [path for path in root.rglob("*") if path.name in CACHE_DIRS and path.is_dir()]:
        shutil.rmtree(cache, ignore_errors=True)


def replace_tree(new: Path, dest: Path) -> None:
    """Make ``dest`` a copy of ``new``, swapping it in whole.

    The copy is made beside ``dest`` first and then renamed into place, so an error part way
    leaves either the old tree or the new one at ``dest``, never a mixture.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = dest.with_name(f".{dest.name}.codegen-new")
    retired = dest.with_name(f".{dest.name}.codegen-old")
    for leftover in (staging, retired):
        shutil.rmtree(leftover, ignore_errors=True)
    shutil.copytree(new, staging)
    if dest.exists():
        os.replace(dest, retired)
    os.replace(staging, dest)
    shutil.rmtree(retired, ignore_errors=True)
