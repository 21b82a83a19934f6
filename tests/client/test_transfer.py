"""DataFrame ⇄ CSV with pandas' semantics, and how an upload is cut into parts."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from ikigai.transfer import decode_csv, encode_csv, split_parts


def pandas_round_trip(df: pd.DataFrame) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(df.to_csv(index=False)))


FRAMES = {
    "mixed": pd.DataFrame(
        {
            "int": [1, 2, 3],
            "float": [1.0, 2.5, None],
            "whole floats": [1.0, 2.0, 3.0],
            "text": ["a,b", 'say "hi"', None],
            "bool": [True, False, True],
            "unicode": ["é", "ß", "日本"],
            "time": ["2024-01-01 10:00:00", "2024-01-02 11:00:00", "2024-01-03 12:00:00"],
            "empty": [None, None, None],
        }
    ),
    "cookies": pd.DataFrame(
        {
            "Product (name/description)": ["Chocolate Chip Cookie", "Ginger Cookie"],
            "SKU/Unique Item ID": ["Chocolate_C123_Am", "Ginger_C123_Am"],
            "Channel/Location": ["Amazon", "Amazon"],
            "Qty": [166, 271],
        }
    ),
    "numbers": pd.DataFrame({"x": np.arange(100, dtype="int64"), "y": np.linspace(0, 1, 100)}),
}


@pytest.mark.parametrize("name", list(FRAMES))
def test_a_frame_comes_back_as_pandas_would_read_it(name: str) -> None:
    df = FRAMES[name]
    pd.testing.assert_frame_equal(decode_csv(encode_csv(df)), pandas_round_trip(df))


def test_csv_written_by_pandas_reads_as_pandas_reads_it() -> None:
    text = 'a,b,c\n1.0,"x,\ny",1.5\n2.0,z,2.25\n,é,3.0\n'
    pd.testing.assert_frame_equal(decode_csv(text.encode()), pd.read_csv(io.StringIO(text)))


def test_floats_keep_their_point_and_missing_values_are_empty() -> None:
    text = encode_csv(pd.DataFrame({"f": [1.0, None, 2.0], "n": [1, 2, 3]})).decode()
    assert text.splitlines()[1:] == ["1.0,1", ",2", "2.0,3"]
    # with a fractional value the column reads back as floats whatever the spelling of 1.0
    mixed = pd.DataFrame({"f": [1.0, None, 2.5], "n": [1, 2, 3]})
    pd.testing.assert_frame_equal(decode_csv(encode_csv(mixed)), mixed)
    # alone in a row, a missing value is written "" (as pandas does): a blank line is skipped
    lone = pd.DataFrame({"f": [1.0, None, 2.0]})
    assert encode_csv(lone).decode().splitlines()[1:] == ["1.0", '""', "2.0"]
    assert len(decode_csv(encode_csv(lone))) == 3


def test_the_index_is_not_written() -> None:
    df = pd.DataFrame({"a": [1, 2]}, index=["x", "y"])
    assert decode_csv(encode_csv(df)).columns.tolist() == ["a"]


def test_a_frame_arrow_cannot_type_is_written_by_pandas() -> None:
    df = pd.DataFrame({"m": [1, "a", 2.5]})
    assert decode_csv(encode_csv(df))["m"].astype(str).tolist() == ["1", "a", "2.5"]


@pytest.mark.parametrize(
    ("size", "count", "sizes"),
    [(39, 3, [13, 13, 13]), (4, 3, [2, 2, 0]), (10, 1, [10]), (10, 4, [3, 3, 3, 1])],
)
def test_parts_are_cut_at_ceil_size_over_count(size: int, count: int, sizes: list[int]) -> None:
    payload = bytes(range(size))
    parts = split_parts(payload, count)
    assert [len(part) for part in parts] == sizes
    assert b"".join(parts) == payload


def test_plain_frames_are_the_bytes_pandas_writes() -> None:
    df = pd.DataFrame(
        {"a": [1.0, 2.0, None], "b": ["x", "z", None], "n": [1, 2, 3], "d": [True, False, True]}
    )
    assert encode_csv(df) == df.to_csv(index=False).encode()
    cookies = FRAMES["cookies"]
    assert encode_csv(cookies) == cookies.to_csv(index=False).encode()
