"""The tables users give: a pandas DataFrame, a pyarrow Table or a polars DataFrame (when
polars is installed), and the pyarrow modules the package works with.

`check_data` refuses anything else without converting anything; `as_table` converts, once per
upload, for the CSV writer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pandas as pd

from ikigai.errors import ArgumentTypeError

__all__ = ["as_table", "check_data", "empty_table", "pa", "pacsv", "pc"]

# pyarrow ships no type information (pyarrow-stubs would add it): it is used as Any here.
pa: Any = importlib.import_module("pyarrow")
pc: Any = importlib.import_module("pyarrow.compute")
pacsv: Any = importlib.import_module("pyarrow.csv")


def check_data(data: object) -> None:
    """ArgumentTypeError unless `data` is a pandas DataFrame, a pyarrow Table or a polars
    DataFrame (nothing is converted)."""
    if not isinstance(data, (pd.DataFrame, pa.Table)) and _polars_export(data) is None:
        raise _not_a_table(data)


def as_table(data: object) -> Any | None:
    """`data` as a pyarrow Table; None when pyarrow cannot type a pandas frame (mixed objects)."""
    if isinstance(data, pd.DataFrame):
        if any(isinstance(kind, pd.DatetimeTZDtype) for kind in data.dtypes):
            return None  # pandas spells zones its own way
        try:
            return pa.Table.from_pandas(data, preserve_index=False)
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            return None
    if isinstance(data, pa.Table):
        return data
    to_arrow = _polars_export(data)
    if to_arrow is None:
        raise _not_a_table(data)
    return to_arrow()


def empty_table() -> Any:
    """The table of a dataset without data: no columns, no rows."""
    return pa.table({})


def _polars_export(data: object) -> Callable[[], Any] | None:
    """A polars DataFrame's `to_arrow` (polars is not imported to tell); None for anything else."""
    to_arrow: object = getattr(data, "to_arrow", None)
    if type(data).__module__.split(".")[0] == "polars" and callable(to_arrow):
        return to_arrow
    return None


def _not_a_table(data: object) -> ArgumentTypeError:
    return ArgumentTypeError(
        "expected a pandas DataFrame, a pyarrow Table or a polars DataFrame, "
        f"not {type(data).__name__}"
    )
