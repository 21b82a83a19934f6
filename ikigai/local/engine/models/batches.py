"""Applying a fitted model to a table a batch at a time (the table need not fit in memory)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.libraries import library
from ikigai.local.engine.models.estimators import Array
from ikigai.local.engine.workspace import quote

pa = library("pyarrow")
pq = library("pyarrow.parquet")

Columns = Callable[[pd.DataFrame], Mapping[str, Array]]
"""From a batch's feature columns, the columns to set (appended, or replaced by name)."""


def _category(value: Any) -> Any:
    if isinstance(value, str) or pd.isna(value):
        return value
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def as_categories(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """`frame` with `columns` as text categories, missing values kept missing. Text because a
    trained version must hold only types its stored form can carry (dates, times and decimals
    are not among them), and training and prediction must see the same values."""
    if not columns:
        return frame
    return frame.assign(**{name: frame[name].astype(object).map(_category) for name in columns})


def _with_columns(batch: Any, columns: Mapping[str, Array]) -> Any:
    """A pyarrow table of the record batch `batch` with `columns` set."""
    table = pa.Table.from_batches([batch])
    for name, values in columns.items():
        array = pa.array(values)
        index = table.schema.get_field_index(name)
        table = (
            table.set_column(index, name, array) if index >= 0 else table.append_column(name, array)
        )
    return table


def apply_in_batches(
    call: FacetCall,
    table: str,
    features: Sequence[str],
    columns: Columns,
    *,
    object_columns: Sequence[str] = (),
) -> str:
    """A new table: `table` with the columns `columns` computes from each batch's features."""
    path = call.workspace.io_file("applied", ".parquet")
    writer: Any = None
    try:
        for batch in call.workspace.batches(table, call.limits.predict_batch_rows):
            frame = batch.select(list(features)).to_pandas()
            frame = as_categories(frame, object_columns)
            extended = _with_columns(batch, columns(frame))
            if writer is None:
                writer = pq.ParquetWriter(str(path), extended.schema)
            writer.write_table(extended.cast(writer.schema))
    finally:
        if writer is not None:
            writer.close()
    if writer is None:
        return call.workspace.create(call.output_table(), f"SELECT * FROM {quote(table)} LIMIT 0")
    return call.workspace.from_parquet(call.output_table(), path)
