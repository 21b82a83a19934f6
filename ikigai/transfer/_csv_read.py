"""CSV read as pandas reads it: `pandas.read_csv()`'s types from pyarrow's CSV reader.

Empty fields are missing values, and text that looks like a date or a time stays text. The
reader takes CSV in memory or a file object, such as a download as it arrives (`_download`),
and cuts it at row ends into pieces (`_csv_split`) that are parsed side by side while the next
ones arrive, then joined as one reading of the whole file would type them. The pieces keep the
reader's memory near the table it returns; pyarrow's whole-file reader holds about 2.5 times
that, and is kept for what pieces cannot do (text whose quotes cannot be followed, a column
that is numbers in one piece and words in another).
"""

from __future__ import annotations

import inspect
from collections import deque
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, cast

import pandas as pd

from ikigai.errors import ArgumentTypeError
from ikigai.transfer._csv_split import chunks_of, quotes_play_their_part, row_pieces
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
"""How much CSV the whole-file reader parses at once, on one of its threads (arrow's 1 MiB
default makes the reader wait for a streamed download more often)."""

PIECE_BYTES = 2 * 1024 * 1024
"""How much CSV is parsed as one piece, on one of `PARSERS` threads, while the next pieces
arrive. The whole-file reader holds about 2.5 times the table it builds; pieces keep the peak
near the table, at the same speed (docs/performance.md)."""

PARSERS = 2

_NEVER = "\x01never"


def read_table(open_source: Callable[[], Any]) -> Any | None:
    """A pyarrow Table from CSV, typed as pandas types it: columns that look like dates or
    times stay text. None when there is no data at all.

    `open_source()` gives the CSV to read, from its start, each time it is called: a pyarrow
    `BufferReader`, or a file object (such as a download as it arrives). It is read once, in
    pieces cut at row ends. It is read again, whole, when the pieces' types cannot be joined
    (a column of numbers in one piece and of text in another); and the columns that look like
    a time of day are read again, as text."""
    options = _convert_options()

    def read() -> Any:
        with open_source() as source:
            return pacsv.read_csv(
                source,
                read_options=pacsv.ReadOptions(block_size=BLOCK_BYTES),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
                convert_options=options,
            )

    try:
        with open_source() as source:
            table = _read_pieces(source)
    except pa.ArrowInvalid as error:
        if str(error).startswith("Empty CSV file"):
            return None
        # the CSV is malformed: the whole-file reader says where
        table = read()
    if table is None:
        table = read()
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


def _convert_options(text: list[str] | None = None) -> Any:
    """How CSV values become typed columns; the columns named in `text` stay text."""
    return pacsv.ConvertOptions(
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
        timestamp_parsers=[_NEVER],  # no text is taken for a timestamp
        column_types=dict.fromkeys(text or [], pa.string()),
    )


def _read_pieces(source: Any) -> Any | None:
    """The CSV read in pieces (`_csv_split`), parsed on `PARSERS` threads while the next ones
    arrive, and joined; None when the pieces' types cannot be joined or their quotes cannot be
    followed."""
    pieces = row_pieces(chunks_of(source), PIECE_BYTES)
    first = next(pieces, b"")
    options = _convert_options()
    head = _parse_piece(first, options)
    if head is None:
        return None
    names = head.column_names
    dated = [field.name for field in head.schema if pa.types.is_temporal(field.type)]
    if dated and len(set(names)) == len(names):
        # Dates and times stay text: the first piece is read again so, and the rest are read
        # so at once, saving the parse and the cast back.
        options = _convert_options(dated)
        head = _parse_piece(first, options)
    tables = [head]
    parsing: deque[Future[Any | None]] = deque()
    with ThreadPoolExecutor(PARSERS, thread_name_prefix="ikigai-csv") as pool:
        try:
            for piece in pieces:
                parsing.append(pool.submit(_parse_piece, piece, options, names))
                if len(parsing) > PARSERS:  # at most one piece waits for a parser
                    tables.append(parsing.popleft().result())
            tables.extend(future.result() for future in parsing)
        finally:
            pool.shutdown(cancel_futures=True)
    if any(table is None for table in tables):
        return None
    return _joined(tables)


def _parse_piece(text: bytes, options: Any, names: list[str] | None = None) -> Any | None:
    """One piece's table (the first, with the header, when `names` is None); None when its
    quotes cannot be followed (see `_csv_split`)."""
    if not quotes_play_their_part(text):
        return None
    # One block: pyarrow looks for line ends inside quoted fields only across blocks.
    read_options = pacsv.ReadOptions(block_size=len(text) + 1, use_threads=False)
    if names is not None:
        read_options.column_names = names
    return pacsv.read_csv(pa.py_buffer(text), read_options=read_options, convert_options=options)


def _joined(tables: list[Any]) -> Any | None:
    """The pieces' tables as one, each column of the type that holds all its pieces (as the
    whole-file reader would type it); None when a column has no such type here."""
    if len(tables) == 1:
        return tables[0]
    columns: list[Any] = []
    for index in range(tables[0].num_columns):
        kinds = {table.schema.types[index] for table in tables}
        kind = _common_type(kinds)
        if kind is None:
            return None
        chunks = [
            chunk
            for table in tables
            for chunk in (
                table.column(index)
                if table.schema.types[index] == kind
                else table.column(index).cast(kind, safe=False)  # int64 to float64 as text is read
            ).chunks
        ]
        columns.append(pa.chunked_array(chunks, type=kind))
    return pa.Table.from_arrays(columns, names=tables[0].column_names)


def _common_type(kinds: set[Any]) -> Any | None:
    known = kinds - {pa.null()}
    if len(known) <= 1:
        return known.pop() if known else pa.null()
    if known <= {pa.int64(), pa.float64()}:
        return pa.float64()
    if known <= {pa.date32(), pa.string()}:  # ISO dates as text again are exact (see below)
        return pa.string()
    return None


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
