"""Reading an uploaded CSV and inferring the data type of each column.

The platform reads CSV as UTF-8 only (a byte-order mark is allowed). pyarrow reads the file;
when it cannot, or when a column came out as raw bytes (text that is not UTF-8), the file is
read again, slowly, to say what is wrong and where: the first byte that is not UTF-8, the
first row with the wrong number of fields, or pyarrow's own complaint. Rows are counted as a
spreadsheet counts them: the header is row 1, a blank line is a row, a quoted value that spans
lines stays in one row.

NUMERIC: integer or floating-point columns (integers carry `numeric_format: INTEGER`);
TIME: dates, timestamps, or text whose values all parse as date-times;
CATEGORICAL: text (or booleans) with few distinct values that repeat;
TEXT: everything else, including columns with no values.
"""

from __future__ import annotations

import codecs
import csv
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
        table = _read_table(path)
        names: list[str] = table.column_names  # decoding a name that is not UTF-8 raises here
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, UnicodeDecodeError) as error:
        raise InvalidCsv(diagnose(path, _first_line(error))) from None
    # pyarrow keeps text that is not UTF-8 as binary columns rather than failing
    if any(
        pa.types.is_binary(kind) or pa.types.is_large_binary(kind) for kind in table.schema.types
    ):
        raise InvalidCsv(diagnose(path, "a column is not UTF-8 text"))
    data_types = {name: column_type(table.column(index)) for index, name in enumerate(names)}
    rows: int = table.num_rows
    return CsvSummary(data_types=data_types, rows=rows, size=path.stat().st_size)


def _read_table(path: Path) -> Any:
    """The file as a table. pyarrow cuts a file into blocks at line ends; told that values may
    hold line ends, it finds the ones inside quotes first, which took two to three times as long
    on a quoted 130 MB file. So the file is read without that first, and read again with it only
    when a row came out cut in two (ragged rows) or some text holds a line end (a quoted value
    that spans lines, whole or cut at a block's end)."""

    def read(newlines_in_values: bool) -> Any:
        return pa_csv.read_csv(
            path,
            read_options=pa_csv.ReadOptions(block_size=BLOCK_BYTES),
            parse_options=pa_csv.ParseOptions(newlines_in_values=newlines_in_values),
        )

    try:
        table = read(False)
    except pa.ArrowInvalid:
        return read(True)
    return read(True) if _text_holds_line_ends(table) else table


def _text_holds_line_ends(table: Any) -> bool:
    """Whether a text value holds a line end: a look at the text columns' bytes, all values
    together (what pyarrow's per-value kernels took ten times as long for), copied once so
    that the search is a memchr (numpy's compares took three to six times as long)."""
    for column in table.columns:
        if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
            continue
        for chunk in column.chunks:
            data = chunk.buffers()[2]  # the values' bytes, one after another
            if data is not None:
                text = memoryview(data).tobytes()
                if b"\n" in text or b"\r" in text:
                    return True
    return False


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else "unreadable CSV"


def diagnose(path: Path, fallback: str) -> str:
    """What is wrong with a CSV file pyarrow refused, and where; `fallback` when no reading
    of this module's finds anything."""
    bad = first_non_utf8(path)
    if bad is not None:
        offset, byte = bad
        row = row_at(path, offset)
        where = "the header" if row == 1 else f"row {row}"
        return f"{where} is not UTF-8: byte 0x{byte:02x} at offset {offset} (CSV must be UTF-8)"
    return ragged_row(path) or fallback


def first_non_utf8(path: Path) -> tuple[int, int] | None:
    """The offset and value of the first byte of the file that is not valid UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open(path, "rb") as source:
        while True:
            block = source.read(BLOCK_BYTES)
            pending = len(decoder.getstate()[0])  # the end of a character cut by the block
            try:
                decoder.decode(block, final=not block)
            except UnicodeDecodeError as error:  # error.object: the pending bytes + block
                return offset - pending + error.start, error.object[error.start]
            if not block:
                return None
            offset += len(block)


def row_at(path: Path, offset: int) -> int:
    """The row (1 for the header) of the byte at `offset`: line ends outside quoted values
    before it, plus one."""
    rows, quoted, left = 1, False, offset
    with open(path, "rb") as source:
        while left > 0:
            block = source.read(min(BLOCK_BYTES, left))
            if not block:
                break
            left -= len(block)
            # between two quote marks the state flips; an escaped quote ("") flips it twice
            for index, piece in enumerate(block.split(b'"')):
                if index:
                    quoted = not quoted
                if not quoted:
                    rows += piece.count(b"\n")
    return rows


def ragged_row(path: Path) -> str | None:
    """The first row whose number of fields is not the header's, as a message."""
    with open(path, encoding="utf-8-sig", newline="") as text:
        reader = csv.reader(text)
        try:
            header = next(reader, None)
            if header is None:
                return None
            row = 1
            for fields in reader:
                row += 1
                if fields and len(fields) != len(header):
                    return f"row {row} has {len(fields)} fields, the header has {len(header)}"
        except csv.Error:
            return None  # too odd for this reader: pyarrow's message tells more
    return None


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
