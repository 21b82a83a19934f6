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
