"""CSV read in pieces: every row whole, and the types one reading of the whole file gives.

The reader cuts the CSV at row ends as it arrives and parses the pieces side by side
(`ikigai.transfer._csv_split`, `_csv_read`). Here pieces are made tiny, so that a few hundred
bytes cross many cuts; the reference is the same reader given the file as one piece.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikigai import Ikigai
from ikigai.local import LocalPlatform
from ikigai.transfer import _csv_read
from ikigai.transfer._csv_split import quotes_play_their_part, row_pieces


class Arriving(io.BytesIO):
    """A download's body: the CSV in chunks of the given sizes, as the network gives them
    (and, for the whole-file reader, as a file)."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        super().__init__(data)
        self.data, self.sizes = data, sizes or [len(data) or 1]

    def chunks(self) -> Iterator[bytes]:
        start, turn = 0, 0
        while start < len(self.data):
            size = max(1, self.sizes[turn % len(self.sizes)])
            yield self.data[start : start + size]
            start, turn = start + size, turn + 1


def read(data: bytes, piece_bytes: int, sizes: list[int] | None = None) -> Any:
    patch = pytest.MonkeyPatch()
    patch.setattr(_csv_read, "PIECE_BYTES", piece_bytes)
    try:
        return _csv_read.read_table(lambda: Arriving(data, sizes or [7]))
    finally:
        patch.undo()


def in_one_piece(data: bytes) -> Any:
    return read(data, 1 << 30, [len(data) or 1])


def write(rows: list[list[str]], end: str = "\n") -> bytes:
    """CSV as pandas writes it: a value is quoted when it holds a delimiter, a quote or a line
    end (csv.writer would leave a lone "\r" unquoted with "\n" line ends)."""

    def field(value: str) -> str:
        if any(mark in value for mark in ',"\r\n'):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(",".join(map(field, row)) + end for row in rows).encode()


FIELD = st.text(alphabet='ab1,"\n\r é', max_size=8)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(FIELD, min_size=3, max_size=3), min_size=1, max_size=30),
    st.integers(8, 80),
    st.lists(st.integers(1, 50), min_size=1, max_size=5),
)
def test_every_piece_ends_where_a_row_ends(
    rows: list[list[str]], piece_bytes: int, sizes: list[int]
) -> None:
    data = write([["x", "y", "z"], *rows])
    pieces = list(row_pieces(Arriving(data, sizes).chunks(), piece_bytes))
    assert b"".join(pieces) == data
    expected = list(csv.reader(io.StringIO(data.decode(), newline="")))
    got = [row for piece in pieces for row in csv.reader(io.StringIO(piece.decode(), newline=""))]
    assert got == expected
    assert all(quotes_play_their_part(piece) for piece in pieces)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(FIELD, min_size=3, max_size=3), min_size=1, max_size=30),
    st.integers(8, 80),
    st.lists(st.integers(1, 50), min_size=1, max_size=5),
    st.sampled_from(["\n", "\r\n"]),
)
def test_pieces_read_as_the_whole_file_reads(
    rows: list[list[str]], piece_bytes: int, sizes: list[int], end: str
) -> None:
    data = write([["x", "y", "z"], *rows], end)
    got, whole = read(data, piece_bytes, sizes), in_one_piece(data)
    assert got.equals(whole), (got.to_pylist(), whole.to_pylist())


def test_line_ends_inside_quoted_values_stay_in_their_row() -> None:
    rows = [[str(i), f'first line {i}\nsecond, "quoted"\r\nthird', str(i * 2)] for i in range(300)]
    data = write([["id", "text", "twice"], *rows])
    table = read(data, 500, [64, 1000, 3])
    assert table.column("text").to_pylist() == [row[1] for row in rows]
    assert table.column("twice").to_pylist() == [i * 2 for i in range(300)]


def test_a_stray_quote_does_not_misplace_a_cut() -> None:
    # 5'11" is an unquoted value with a quote in it, which readers take literally: counting
    # quotes from there on would take the quoted line ends below for row ends. With one column,
    # a piece cut there would still parse, into wrong rows.
    rows = [[f"x\ny{i}"] for i in range(200)]
    data = b"height\n5'11\"\n" + write(rows)
    got = read(data, 60, [16])
    assert got.equals(in_one_piece(data))
    assert got.column("height").to_pylist() == ["5'11\"", *(row[0] for row in rows)]


@pytest.mark.parametrize(
    ("later", "kind", "values"),
    [
        ("2.5", pa.float64(), [1.0, 2.5]),
        ("seven", pa.string(), ["1", "seven"]),
        ("", pa.int64(), [1, None]),
    ],
)
def test_a_column_typed_differently_in_a_later_piece(later: str, kind: Any, values: Any) -> None:
    data = write([["a", "b"], *[["1", "t"]] * 50, [later, "t"]])
    table = read(data, 40)
    assert table.schema.field("a").type == kind
    assert table.column("a").to_pylist()[0] == values[0]
    assert table.column("a").to_pylist()[-1] == values[1]


def test_values_first_seen_in_a_later_piece() -> None:
    data = write([["a", "b"], *[["", "t"]] * 50, ["12", "t"]])
    table = read(data, 40)
    assert table.schema.field("a").type == pa.int64()
    assert table.column("a").to_pylist()[-2:] == [None, 12]


def test_dates_and_times_stay_text_in_every_piece() -> None:
    rows = [[f"2024-01-{1 + i % 28:02d}", f"12:{i % 60:02d}"] for i in range(200)]
    data = write([["day", "at"], *rows, ["not a date", "noon"]])
    table = read(data, 100)
    assert table.column("day").to_pylist() == [row[0] for row in rows] + ["not a date"]
    assert table.column("at").to_pylist() == [row[1] for row in rows] + ["noon"]


def test_a_ragged_row_in_a_later_piece_is_reported() -> None:
    data = write([["a", "b"], *[["1", "2"]] * 50]) + b"1,2,3\n"
    with pytest.raises(pa.ArrowInvalid, match="Expected 2 columns, got 3"):
        read(data, 40)


@pytest.fixture(scope="module")
def client() -> Iterator[Ikigai]:
    # the default part size: this module moves megabytes
    with LocalPlatform() as platform:
        user = platform.default_user
        made = Ikigai(user_email=user, api_key=platform.api_key(user), base_url=platform.base_url)
        yield made
        made.close()


def test_a_large_dataset_with_line_ends_in_values_round_trips(client: Ikigai) -> None:
    count = 200_000  # about 11 MB: more than one block of the platform's reader, many pieces
    frame = pd.DataFrame(
        {
            "id": range(count),
            "text": [f'line one {i}\nline two, with a quote: "{i}"' for i in range(count)],
            "half": [i / 2 for i in range(count)],
        }
    )
    app = client.app.new(f"pieces-{uuid.uuid4().hex[:8]}").build()
    try:
        dataset = app.dataset.new("lines").df(frame).build()
        back = dataset.df()
        assert back.shape == frame.shape
        assert back["text"].tolist() == frame["text"].tolist()
        assert back["half"].tolist() == frame["half"].tolist()
    finally:
        app.delete()
