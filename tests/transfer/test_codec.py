"""CSV encoding and decoding read back exactly as pandas reads what pandas writes, for frames
hypothesis makes up: ints, floats, bools, text (empty, missing, quoted, multi-line, unicode),
timestamps, categories; and pyarrow Tables and polars DataFrames encode like the same pandas
frame."""

from __future__ import annotations

import io
from datetime import datetime

import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ikigai.transfer import decode_csv, encode_csv

ROWS = st.integers(min_value=0, max_value=12)
# Text that pandas and arrow cannot mistake for a number, a boolean or a missing value: it
# starts with a letter they have no word for; then anything, separators and quotes included
# (but a lone carriage return, which pandas writes unquoted and so loses; we quote it).
TEXT = st.one_of(
    st.none(),
    st.just(""),
    st.builds(
        lambda head, tail: head + tail,
        st.sampled_from("xyzéß日"),
        st.text(alphabet=st.sampled_from("ab ,\"\n\t;'é日0123456789.-"), max_size=12),
    ),
)
MOMENT = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.dates(min_value=datetime(1900, 1, 1).date(), max_value=datetime(2200, 1, 1).date()).map(
        lambda day: datetime(day.year, day.month, day.day)
    ),
)


def column(kind: str, rows: int) -> st.SearchStrategy[pd.Series]:
    values: st.SearchStrategy[object]
    if kind == "int":
        values = st.integers(min_value=-(2**62), max_value=2**62)
        return st.lists(values, min_size=rows, max_size=rows).map(
            lambda v: pd.Series(v, dtype="int64")
        )
    if kind == "nullable int":
        values = st.one_of(st.none(), st.integers(min_value=-(10**12), max_value=10**12))
        return st.lists(values, min_size=rows, max_size=rows).map(
            lambda v: pd.Series(v, dtype="Int64")
        )
    if kind == "float":
        values = st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False, width=64))
        return st.lists(values, min_size=rows, max_size=rows).map(
            lambda v: pd.Series(v, dtype="float64")
        )
    if kind == "bool":
        return st.lists(st.booleans(), min_size=rows, max_size=rows).map(
            lambda v: pd.Series(v, dtype="bool")
        )
    if kind == "text":
        return st.lists(TEXT, min_size=rows, max_size=rows).map(
            lambda v: pd.Series(v, dtype=object)
        )
    if kind == "category":
        values = st.one_of(st.none(), st.sampled_from(["red", "green", "blue"]))
        return st.lists(values, min_size=rows, max_size=rows).map(
            lambda v: pd.Series(pd.Categorical(v))
        )
    return st.lists(MOMENT, min_size=rows, max_size=rows).map(
        lambda v: pd.Series(v, dtype="datetime64[ns]")
    )


KINDS = ["int", "nullable int", "float", "bool", "text", "category", "time"]


@st.composite
def frames(draw: st.DrawFn) -> pd.DataFrame:
    rows = draw(ROWS)
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=1, max_size=6))
    return pd.DataFrame(
        {f"{kind} {index}": draw(column(kind, rows)) for index, kind in enumerate(kinds)}
    )


def as_pandas_reads_it(df: pd.DataFrame) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(df.to_csv(index=False)))


@settings(max_examples=300, deadline=None)
@given(frames())
def test_a_frame_reads_back_as_pandas_reads_what_pandas_writes(df: pd.DataFrame) -> None:
    encoded = encode_csv(df)
    expected = as_pandas_reads_it(df)
    # pandas' own float parser may be one unit in the last place off; arrow's is exact
    pd.testing.assert_frame_equal(decode_csv(encoded), expected, check_exact=False, rtol=1e-12)
    # and the text itself is what pandas reads the same way (pandas parsing our bytes)
    pd.testing.assert_frame_equal(
        pd.read_csv(io.BytesIO(encoded)), expected, check_exact=False, rtol=1e-12
    )


@settings(max_examples=100, deadline=None)
@given(frames())
def test_an_arrow_table_encodes_like_its_pandas_frame(df: pd.DataFrame) -> None:
    table = pa.Table.from_pandas(df, preserve_index=False)
    assert encode_csv(table) == encode_csv(df)


def test_a_polars_frame_encodes_like_its_pandas_frame() -> None:
    pl = pytest.importorskip("polars")
    df = pd.DataFrame({"a": [1, 2], "b": ["x", None], "c": [1.5, None], "d": [True, False]})
    assert encode_csv(pl.from_pandas(df)) == encode_csv(df)


@pytest.mark.parametrize(
    ("values", "text"),
    [
        (["2024-01-01", "2024-01-02"], ["2024-01-01", "2024-01-02"]),
        (["2024-01-01 10:00", None], ["2024-01-01 10:00:00", ""]),
        (
            ["2024-01-01 10:00:00.5", "2024-01-01"],
            ["2024-01-01 10:00:00.500", "2024-01-01 00:00:00.000"],
        ),
        (["1960-01-01 00:00:00.000001"], ["1960-01-01 00:00:00.000001"]),
    ],
)
def test_timestamps_are_written_as_pandas_writes_them(
    values: list[str | None], text: list[str]
) -> None:
    series = pd.Series(
        [None if v is None else pd.Timestamp(v) for v in values], dtype="datetime64[ns]"
    )
    df = pd.DataFrame({"t": series, "n": range(len(values))})
    lines = encode_csv(df).decode().splitlines()
    assert lines == ["t,n", *(f"{t},{n}" for n, t in enumerate(text))]
    assert encode_csv(df) == df.to_csv(index=False).encode()


def test_a_frame_with_no_rows_keeps_its_columns() -> None:
    df = pd.DataFrame({"a": pd.Series([], dtype="int64"), "b": pd.Series([], dtype=object)})
    pd.testing.assert_frame_equal(decode_csv(encode_csv(df)), as_pandas_reads_it(df))


def test_other_objects_are_refused() -> None:
    from ikigai.errors import ArgumentTypeError

    with pytest.raises(ArgumentTypeError, match="pandas DataFrame, a pyarrow Table or a polars"):
        encode_csv([1, 2, 3])


@pytest.mark.parametrize(
    ("make", "quoted"),
    [
        pytest.param(lambda: pa.table({"t": ["a,b", "plain", "c"]}), True, id="plain text"),
        pytest.param(lambda: pa.table({"t": ["a", "b"]}), False, id="nothing to quote"),
        pytest.param(
            lambda: pa.table({"t": pa.array(["x", "y", 'say "hi"'], pa.large_string())}),
            True,
            id="large text",
        ),
        pytest.param(  # the slice's values need no quotes; the buffer around them does
            lambda: pa.table({"t": ["a,b", "c", "d", "e\nf"]}).slice(1, 2), False, id="slice"
        ),
        pytest.param(
            lambda: pa.table({"t": pa.array(["a,b", "c", "a,b"]).dictionary_encode()}),
            True,
            id="categorical",
        ),
        pytest.param(
            lambda: pa.Table.from_batches(
                [pa.record_batch({"t": ["x"]}), pa.record_batch({"t": ["y\r"]})]
            ),
            True,
            id="second chunk",
        ),
    ],
)
def test_text_is_quoted_when_some_value_needs_quotes(make: object, quoted: bool) -> None:
    """Arrow quotes all text or none: all, when some value holds a separator, a quote or a line
    break (pandas quotes those values only); either way pandas reads back the same frame."""
    table = make()  # type: ignore[operator]
    encoded = encode_csv(table)
    assert encoded.startswith(b"t\n")
    assert (b'"' in encoded[2:]) is quoted
    expected = table.to_pandas()
    read_back = pd.read_csv(io.BytesIO(encoded), keep_default_na=False)
    assert read_back["t"].astype(str).tolist() == expected["t"].astype(str).tolist()
