"""Reading an uploaded CSV and inferring the data type of each column.

NUMERIC: integer or floating-point columns (integers carry `numeric_format: INTEGER`);
TIME: dates, timestamps, or text whose values all parse as date-times;
CATEGORICAL: text (or booleans) with few distinct values that repeat;
TEXT: everything else, including columns with no values.
"""

from __future__ import annotations

import importlib
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pandas as pd

# pyarrow ships no type information (pyarrow-stubs would add it): its modules are used as Any
# here, and the columns read from a table are typed by `Column`.
pa: Any = importlib.import_module("pyarrow")
pc: Any = importlib.import_module("pyarrow.compute")
pa_csv: Any = importlib.import_module("pyarrow.csv")

BLOCK_BYTES = 8 * 1024 * 1024
"""CSV parsed at once by one reader thread: larger blocks read large files about 15 % faster
than arrow's 1 MiB default."""
_MAX_CATEGORIES = 50
_TIME_SAMPLE = 1000
_DISTINCT_SAMPLE = 10_000


class Column(Protocol):
    """What this module uses of a `pyarrow.ChunkedArray`."""

    @property
    def type(self) -> Any: ...
    def __len__(self) -> int: ...
    def drop_null(self) -> Column: ...
    def slice(self, offset: int, length: int) -> Column: ...
    def to_pylist(self) -> list[Any]: ...


class InvalidCsv(Exception):
    """The file is not a CSV this platform can read."""


@dataclass(frozen=True)
class CsvSummary:
    data_types: dict[str, dict[str, Any]]
    rows: int
    size: int


def summarise_csv(path: Path) -> CsvSummary:
    try:
        table = pa_csv.read_csv(path, read_options=pa_csv.ReadOptions(block_size=BLOCK_BYTES))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, UnicodeDecodeError) as error:
        raise InvalidCsv(str(error).splitlines()[0] if str(error) else "unreadable CSV") from None
    names: list[str] = table.column_names
    data_types = {name: column_type(table.column(index)) for index, name in enumerate(names)}
    rows: int = table.num_rows
    return CsvSummary(data_types=data_types, rows=rows, size=path.stat().st_size)


def column_type(column: Column) -> dict[str, Any]:
    kind = column.type
    if pa.types.is_integer(kind):
        return {"data_type": "NUMERIC", "data_formats": {"numeric_format": "INTEGER"}}
    if pa.types.is_floating(kind) or pa.types.is_decimal(kind):
        return {"data_type": "NUMERIC", "data_formats": {}}
    if pa.types.is_temporal(kind):
        return {"data_type": "TIME", "data_formats": {}}
    values = column.drop_null()
    if len(values) == 0:
        return {"data_type": "TEXT", "data_formats": {}}
    textual = pa.types.is_string(kind) or pa.types.is_large_string(kind)
    if textual and _all_date_times(values):
        return {"data_type": "TIME", "data_formats": {}}
    # more distinct values than categories among the first few: no need to count them all
    few = len(pc.unique(values.slice(0, _DISTINCT_SAMPLE))) <= _MAX_CATEGORIES
    distinct = len(pc.unique(values)) if few else _MAX_CATEGORIES + 1
    if distinct <= _MAX_CATEGORIES and distinct * 2 <= len(values):
        return {"data_type": "CATEGORICAL", "data_formats": {}}
    if pa.types.is_boolean(kind):
        return {"data_type": "CATEGORICAL", "data_formats": {}}
    return {"data_type": "TEXT", "data_formats": {}}


def _all_date_times(values: Column) -> bool:
    sample = pd.Series(values.slice(0, _TIME_SAMPLE).to_pylist(), dtype="object")
    if not sample.str.contains(r"\d", regex=True).all():
        return False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # most text is not a date: one value tells, before the slow guessing over the sample
        if pd.to_datetime(sample.iloc[:1], errors="coerce", format="mixed").isna().any():
            return False
        parsed = pd.to_datetime(sample, errors="coerce", format="mixed")
    return bool(parsed.notna().all())
