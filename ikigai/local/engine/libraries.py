"""Libraries that ship no type information (scikit-learn, pyarrow), imported as explicitly
`Any`-typed handles, so that strict mypy and pyright check the rest of the engine without
per-module configuration. Values that come back from them are narrowed where they are used
(`numpy.asarray`, `float()`, the protocols in `models.estimators`); JSON values are narrowed by
`ikigai.local.narrowing`.
"""

from __future__ import annotations

import importlib
from typing import Any


def library(name: str) -> Any:
    """An untyped library module (e.g. `sklearn.linear_model`), imported on first use."""
    return importlib.import_module(name)


class _Submodules:
    """A package whose submodules are imported when first named (`sklearn.cluster`)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, submodule: str) -> Any:
        return importlib.import_module(f"{self._name}.{submodule}")


def submodules(package: str) -> Any:
    """An untyped package (e.g. `sklearn`) whose submodules load as they are first used."""
    return _Submodules(package)
