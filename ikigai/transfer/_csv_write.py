"""Tables as CSV, written as pandas' `to_csv(index=False)` writes them, with pyarrow.

Floats keep a decimal point (`1.0`) where the type depends on it, booleans are `True`/`False`,
categories are their values, timestamps carry only the precision the column needs (a date when
every value is a midnight), missing values are empty fields, and text is quoted only when some
value needs quotes.

The data is converted to an Arrow table once; the table is written in slices of `BATCH_ROWS`
rows, converted and encoded on a few threads and written to the sink in order, so only a few
slices' text is in memory at once.
"""

from __future__ import annotations

import io
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

import numpy as np
import pandas as pd

from ikigai.transfer._tables import as_table, pa, pacsv, pc

__all__ = ["BATCH_ROWS", "encode_csv", "write_csv"]


BATCH_ROWS = 1 << 15
SPECIAL = (",", '"', "\r", "\n")
Format = Callable[[Any], Any]


def encode_csv(data: object) -> bytes:
    """The data as CSV bytes (header row, no index), as pandas would write it."""
    sink = io.BytesIO()
    write_csv(data, sink)
    return sink.getvalue()


def write_csv(data: object, sink: BinaryIO) -> None:
    """Write the data to `sink` as CSV (header row, no index), as pandas would write it."""
    table = as_table(data)
    if table is None:  # pyarrow cannot type it: pandas writes it
        assert isinstance(data, pd.DataFrame)
        sink.write(data.to_csv(index=False).encode("utf-8"))
        return
    formats = [_format_of(column) for column in table.columns]
    if table.num_columns == 1 and _has_empty(formats[0](table.column(0))):
        # A lone empty field would be a blank line, which readers skip: pandas writes "".
        frame = data if isinstance(data, pd.DataFrame) else table.to_pandas()
        sink.write(frame.to_csv(index=False).encode("utf-8"))
        return
    names = [str(name) for name in table.column_names]
    # Arrow quotes every text value or none: text is quoted when some value needs quotes.
    quoted = any(_needs_quotes(column) for column in table.columns)
    header_quoted = any(mark in name for name in names for mark in SPECIAL)

    def encode(start: int) -> Any:
        piece = table.slice(start, BATCH_ROWS)
        columns = [format_(column) for format_, column in zip(formats, piece.columns, strict=True)]
        options = pacsv.WriteOptions(
            include_header=start == 0,
            quoting_style="needed" if quoted else "none",
            quoting_header="needed" if header_quoted else "none",
        )
        out = pa.BufferOutputStream()
        pacsv.write_csv(pa.Table.from_arrays(columns, names=names), out, options)
        return out.getvalue()

    starts = range(0, max(table.num_rows, 1), BATCH_ROWS)
    workers = max(1, min(4, os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[Any]] = deque()
        for start in starts:
            if len(pending) > workers:
                sink.write(pending.popleft().result())
            pending.append(pool.submit(encode, start))
        while pending:
            sink.write(pending.popleft().result())
    pa.default_memory_pool().release_unused()  # hand the slices' memory back to the system


def _is_text(kind: Any) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _has_empty(column: Any) -> bool:
    if column.null_count:
        return True
    if not _is_text(column.type):
        return False
    return bool(pc.any(pc.equal(pc.utf8_length(column), 0)).as_py())


_SPECIAL_BYTES = tuple(mark.encode() for mark in SPECIAL)


def _needs_quotes(column: Any) -> bool:
    """Whether some value of a text column holds a character that needs quotes: searched in
    the bytes the values take up in each chunk (one memchr per character, not a scan per
    character and value), in the dictionary of a categorical."""
    for chunk in column.chunks:
        values = chunk.dictionary if pa.types.is_dictionary(chunk.type) else chunk
        if _is_text(values.type) and any(mark in _text_bytes(values) for mark in _SPECIAL_BYTES):
            return True
    return False


def _text_bytes(array: Any) -> bytes:
    """The UTF-8 bytes of a string array's values, end to end (its slice of the data buffer)."""
    if len(array) == 0:
        return b""
    offsets_buffer, data = array.buffers()[1:3]
    if data is None:
        return b""
    width = np.int64 if pa.types.is_large_string(array.type) else np.int32
    offsets = np.frombuffer(offsets_buffer, dtype=width)
    start, end = int(offsets[array.offset]), int(offsets[array.offset + len(array)])
    return memoryview(data)[start:end].tobytes()


def _format_of(column: Any) -> Format:
    """How to spell the column's values as pandas spells them (decided on the whole column,
    applied slice by slice)."""
    kind = column.type
    if pa.types.is_dictionary(kind):
        inner = _format_of(pc.cast(column, kind.value_type))
        return lambda values: inner(pc.cast(values, kind.value_type))
    if pa.types.is_floating(kind):
        # A column with a fractional value reads back as floats however its whole values are
        # spelled: arrow's writer spells it. Only whole-valued columns need pandas' "1.0".
        fractional = pc.any(pc.not_equal(column, pc.floor(column))).as_py()
        return (lambda values: values) if fractional else _float_text
    if pa.types.is_boolean(kind):
        return lambda values: pc.if_else(values, "True", "False")
    if pa.types.is_timestamp(kind) and kind.tz is None:
        return _timestamp_format(column)
    return lambda values: values


def _float_text(values: Any) -> Any:
    text = pc.cast(values, pa.string())
    # 1.0 is "1" to arrow but "1.0" to pandas; keep the point so it reads back as a float.
    # Arrow spells other floats with a point, an exponent, or as nan / inf.
    spelled = pc.or_(pc.match_substring(text, "."), pc.match_substring(text, "e"))
    spelled = pc.or_(spelled, pc.match_substring(text, "n"))
    text = pc.if_else(spelled, text, pc.binary_join_element_wise(text, ".0", ""))
    return pc.if_else(pc.is_nan(values), pa.scalar(None, pa.string()), text)


_PER_SECOND = {"s": 1, "ms": 1_000, "us": 1_000_000, "ns": 1_000_000_000}


def _timestamp_format(column: Any) -> Format:
    """pandas writes dates when every value is a midnight, else seconds with the fraction the
    finest value needs; arrow's cast to text spells a timestamp that way for its unit."""
    ticks = pc.cast(column, pa.int64())
    per_second = _PER_SECOND[column.type.unit]
    if _all_multiples(ticks, per_second * 86_400):
        return lambda values: pc.cast(pc.cast(values, pa.date32()), pa.string())
    for unit in ("s", "ms", "us"):
        step = per_second // _PER_SECOND[unit]
        if step >= 1 and _all_multiples(ticks, step):
            target = pa.timestamp(unit)
            return lambda values: pc.cast(pc.cast(values, target), pa.string())
    return lambda values: pc.cast(values, pa.string())


def _all_multiples(ticks: Any, step: int) -> bool:
    if step == 1:
        return True
    # integer division truncates toward zero: the remainder is 0 exactly for multiples
    remainder = pc.subtract(ticks, pc.multiply(pc.divide(ticks, step), step))
    return pc.all(pc.equal(remainder, 0)).as_py() is not False
