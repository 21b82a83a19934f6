"""Tables from the data users give, and CSV bytes read as pandas reads them.

`as_table` takes a pandas DataFrame, a pyarrow Table or a polars DataFrame (when polars is
installed). Decoding uses pyarrow's multi-threaded CSV reader and behaves like
`pandas.read_csv()`: empty fields are missing values and text that looks like a timestamp stays
text. Encoding is in `ikigai._csv_writer`.

The platform stores CSV as UTF-8 only. `to_utf8` checks a user's CSV file against the text
encoding they declare and, unless that is UTF-8 already, writes it as UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import pandas as pd

from ikigai.errors import ArgumentTypeError, InvalidArgumentError

__all__ = [
    "BLOCK_BYTES",
    "as_table",
    "buffer_source",
    "check_text_encoding",
    "decode_csv",
    "pa",
    "pacsv",
    "pc",
    "read_table",
    "same_as_utf8",
    "to_pandas",
    "to_utf8",
]

BLOCK_BYTES = 4 * 1024 * 1024
"""How much CSV the reader parses at once, on one of its threads (arrow's 1 MiB default makes
the reader wait for a streamed download more often)."""

# pyarrow ships no type information (pyarrow-stubs would add it): it is used as Any here.
pa: Any = importlib.import_module("pyarrow")
pc: Any = importlib.import_module("pyarrow.compute")
pacsv: Any = importlib.import_module("pyarrow.csv")


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
    to_arrow = getattr(data, "to_arrow", None)
    if type(data).__module__.split(".")[0] == "polars" and callable(to_arrow):
        return to_arrow()
    raise ArgumentTypeError(
        "expected a pandas DataFrame, a pyarrow Table or a polars DataFrame, "
        f"not {type(data).__name__}"
    )


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


_NEVER = "\x01never"


def to_pandas(table: Any) -> pd.DataFrame:
    frame: pd.DataFrame = table.to_pandas()
    for name, kind in zip(table.column_names, table.schema.types, strict=True):
        if pa.types.is_null(kind):  # no values at all: pandas reads NaN, or text for no rows
            empty = frame.empty
            frame[name] = pd.Series([float("nan")] * len(frame), dtype=object if empty else float)
    return frame


def decode_csv(data: bytes) -> pd.DataFrame:
    """CSV bytes as a DataFrame, typed as `pandas.read_csv` would type them."""
    if not data.strip():
        return pd.DataFrame()
    table = read_table(buffer_source(data))
    return pd.DataFrame() if table is None else to_pandas(table)


# ---- text encodings of users' CSV files ---------------------------------------------------

TEXT_BLOCK = 4 * 1024 * 1024
_AS_UTF8 = {"utf-8", "utf-8-sig", "ascii"}
"""Encodings whose valid files are valid UTF-8 as they are (a byte-order mark is allowed)."""


def check_text_encoding(encoding: str) -> None:
    """InvalidArgumentError unless `encoding` names a text encoding Python knows."""
    try:
        # bytes-to-bytes codecs such as "base64" are refused only when there are bytes to decode
        with contextlib.suppress(UnicodeDecodeError):  # one byte is too few for some encodings
            b"a".decode(encoding)
    except LookupError:
        raise InvalidArgumentError(f"encoding {encoding!r} is not a text encoding") from None


def same_as_utf8(encoding: str) -> bool:
    return codecs.lookup(encoding).name in _AS_UTF8


def to_utf8(path: Path, encoding: str, sink: BinaryIO | None) -> None:
    """Read the file at `path` as `encoding` text and write it to `sink` as UTF-8 (None: only
    check it). Raises InvalidArgumentError naming the first byte that is not valid in
    `encoding`."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with open(path, "rb") as source:
        while True:
            block = source.read(TEXT_BLOCK)
            pending = len(decoder.getstate()[0])  # the start of a character cut by the block
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as error:  # error.object: the pending bytes + block
                at, byte = offset - pending + error.start, error.object[error.start]
                raise InvalidArgumentError(
                    f"{str(path)!r} is not valid {encoding}: byte 0x{byte:02x} at offset {at};"
                    " name the file's encoding with csv(path, encoding=...)"
                ) from None
            if sink is not None and text:
                sink.write(text.encode("utf-8"))
            if not block:
                return
            offset += len(block)
