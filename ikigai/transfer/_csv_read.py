"""CSV read as pandas reads it: `pandas.read_csv()`'s types from pyarrow's multi-threaded reader.

Empty fields are missing values, and text that looks like a timestamp stays text. The reader
takes CSV in memory or a file object, such as a download as it arrives (`_download`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import Any, cast

import pandas as pd

from ikigai.errors import ArgumentTypeError
from ikigai.transfer._tables import pa, pacsv, pc

__all__ = [
    "BLOCK_BYTES",
    "buffer_source",
    "check_read_csv_options",
    "decode_csv",
    "read_frame",
    "read_table",
    "to_pandas",
]

BLOCK_BYTES = 4 * 1024 * 1024
"""How much CSV the reader parses at once, on one of its threads (arrow's 1 MiB default makes
the reader wait for a streamed download more often)."""

_NEVER = "\x01never"


def read_table(open_source: Callable[[], Any]) -> Any | None:
    """A pyarrow Table from CSV, typed as pandas types it: columns that look like dates or
    times stay text. None when there is no data at all.

    `open_source()` gives the CSV to read, from its start, each time it is called: a pyarrow
    `BufferReader`, or a file object (such as a download as it arrives). It is read once,
    unless a column looks like a time of day: those columns are then read again, as text."""
    options = pacsv.ConvertOptions(
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
        timestamp_parsers=[_NEVER],  # no text is taken for a timestamp
    )
    read_options = pacsv.ReadOptions(block_size=BLOCK_BYTES)

    def read() -> Any:
        with open_source() as source:
            return pacsv.read_csv(source, read_options=read_options, convert_options=options)

    try:
        table = read()
    except pa.ArrowInvalid as error:
        if str(error).startswith("Empty CSV file"):
            return None
        raise
    kinds = list(zip(table.column_names, table.schema.types, strict=True))
    # ISO dates ("2024-01-01") are the only spelling of date32: as text again they are exact
    for index, (name, kind) in enumerate(kinds):
        if pa.types.is_date32(kind):
            table = table.set_column(index, name, pc.cast(table.column(index), pa.string()))
    other = [
        name for name, kind in kinds if pa.types.is_temporal(kind) and not pa.types.is_date32(kind)
    ]
    if other:  # times of day have several spellings: read those columns again, as text
        options.column_types = dict.fromkeys(other, pa.string())
        if len(set(table.column_names)) < len(table.column_names):
            return read()
        options.include_columns = other
        text = read()
        for name in other:
            table = table.set_column(table.schema.get_field_index(name), name, text.column(name))
    return table


def buffer_source(data: Any) -> Callable[[], Any]:
    """`read_table`'s source for CSV in memory (bytes, bytearray, pyarrow Buffer)."""
    buffer = data if isinstance(data, pa.Buffer) else pa.py_buffer(data)
    return lambda: pa.BufferReader(buffer)


def to_pandas(table: Any | None) -> pd.DataFrame:
    """The table as pandas reads its CSV (None, the table of an empty file: an empty frame)."""
    if table is None:
        return pd.DataFrame()
    schema = table.schema
    # Each column's Arrow memory is handed back once it is converted, so that the download's
    # peak is about the frame and one column, not the frame and the whole table.
    frame: pd.DataFrame = table.to_pandas(split_blocks=True, self_destruct=True)
    del table
    for name, kind in zip(schema.names, schema.types, strict=True):
        if pa.types.is_null(kind):  # no values at all: pandas reads NaN, or text for no rows
            empty = frame.empty
            frame[name] = pd.Series([float("nan")] * len(frame), dtype=object if empty else float)
    return frame


def decode_csv(data: bytes) -> pd.DataFrame:
    """CSV bytes as a DataFrame, typed as `pandas.read_csv` would type them."""
    if not data.strip():
        return pd.DataFrame()
    table = read_table(buffer_source(data))
    return to_pandas(table)


_NOT_OPTIONS = frozenset({"filepath_or_buffer", "iterator", "chunksize"})
"""`pandas.read_csv` parameters that are not parsing options here: the source is the dataset,
and the result is one DataFrame."""


def check_read_csv_options(options: Mapping[str, object]) -> None:
    """ArgumentTypeError naming any option that `pandas.read_csv` does not take (checked before
    anything is downloaded)."""
    known = set(inspect.signature(pd.read_csv).parameters) - _NOT_OPTIONS
    unknown = sorted(set(options) - known)
    if unknown:
        raise ArgumentTypeError(
            f"dataset.df() got option(s) {', '.join(map(repr, unknown))} that pandas.read_csv "
            "does not take here; it takes its parsing options, such as sep, dtype, usecols"
        )


def read_frame(source: Any, options: Mapping[str, Any]) -> pd.DataFrame:
    """CSV from a binary file object, parsed by `pandas.read_csv(source, **options)`; an empty
    file is an empty DataFrame, as `df()` gives it without options."""
    peek: Callable[[int], bytes] | None = getattr(source, "peek", None)
    if peek is not None and not peek(1):
        return pd.DataFrame()
    read_csv = cast("Callable[..., object]", pd.read_csv)  # its overloads hang on the options
    frame = read_csv(source, **options)
    if not isinstance(frame, pd.DataFrame):  # iterator=True and chunksize are refused before
        raise ArgumentTypeError(
            "dataset.df() gives one DataFrame: iterator and chunksize are refused"
        )
    return frame
