"""Missing values, find/replace, interpolation, melt, cross tab and describe, against pandas."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pandas as pd
import pytest

from .conftest import FileContext, round_trip, run_mid

DROP_MISSING, FILL_MISSING, FIND_REPLACE, INTERPOLATE = "M_008", "M_009", "M_011", "M_013"
MELT, CROSS_TAB, DESCRIBE = "M_017", "M_004", "M_006"


@pytest.fixture
def gappy(tmp_path: Path) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "label": ["a", None, "c", "a", None, "f", "a"],
            "x": [1.0, None, 3.0, None, None, 9.0, None],
            "y": [None, 2.0, 2.0, 5.0, None, 1.0, 7.0],
        }
    )
    return round_trip(frame, tmp_path)


@pytest.mark.parametrize("how", ["any", "all"])
def test_drop_missing_values(ctx: FileContext, gappy: pd.DataFrame, how: str) -> None:
    got = run_mid(ctx, gappy, DROP_MISSING, how=how)
    pd.testing.assert_frame_equal(got, gappy.dropna(how=how).reset_index(drop=True))  # type: ignore[call-overload]


def test_drop_missing_values_in_some_columns(ctx: FileContext, gappy: pd.DataFrame) -> None:
    got = run_mid(ctx, gappy, DROP_MISSING, target_columns=["x"])
    pd.testing.assert_frame_equal(got, gappy.dropna(subset=["x"]).reset_index(drop=True))


@pytest.mark.parametrize(
    ("method", "expected"),
    [
        ("zero", lambda s: s.fillna(0)),
        ("mean", lambda s: s.fillna(s.mean())),
        ("median", lambda s: s.fillna(s.median())),
        ("forward_fill", lambda s: s.ffill()),
        ("backward_fill", lambda s: s.bfill()),
    ],
)
def test_fill_missing_values(
    ctx: FileContext, gappy: pd.DataFrame, method: str, expected: object
) -> None:
    got = run_mid(ctx, gappy, FILL_MISSING, target_columns=["x", "y"], method=method)
    want = gappy.copy()
    for column in ("x", "y"):
        want[column] = expected(gappy[column])  # type: ignore[operator]
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_fill_missing_values_with_a_value_and_the_mode(
    ctx: FileContext, gappy: pd.DataFrame
) -> None:
    got = run_mid(ctx, gappy, FILL_MISSING, target_columns=["label"], value="zz")
    pd.testing.assert_series_equal(got["label"], gappy["label"].fillna("zz"))
    got = run_mid(ctx, gappy, FILL_MISSING, target_columns=["label"], method="mode")
    pd.testing.assert_series_equal(got["label"], gappy["label"].fillna(gappy["label"].mode()[0]))


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"find": "an"}, lambda s: s.str.replace("an", "AN", regex=False)),
        (
            {"find": "AN", "case_sensitive": False},
            lambda s: s.str.replace("(?i)an", "AN", regex=True),
        ),
        ({"find": "ann", "match": "exact"}, lambda s: s.where(s != "ann", "AN")),
        (
            {"find": "^b(o)b$", "match": "regex"},
            lambda s: s.str.replace(r"^b(o)b$", "AN", regex=True),
        ),
        ({"find": "a.n", "match": "substring"}, lambda s: s.str.replace("a.n", "AN", regex=False)),
    ],
)
def test_find_replace(ctx: FileContext, arguments: dict[str, object], expected: object) -> None:
    frame = pd.DataFrame({"name": ["ann", "bob", "joanna", "a.n", "Ann"], "n": [1, 2, 3, 4, 5]})
    got = run_mid(ctx, frame, FIND_REPLACE, target_columns=["name"], replace="AN", **arguments)
    pd.testing.assert_series_equal(got["name"], expected(frame["name"]))  # type: ignore[operator]
    pd.testing.assert_series_equal(got["n"], frame["n"])


def test_interpolate_like_pandas(ctx: FileContext, gappy: pd.DataFrame) -> None:
    got = run_mid(ctx, gappy, INTERPOLATE)
    expected = gappy.copy()
    expected[["x", "y"]] = gappy[["x", "y"]].interpolate(method="linear")
    pd.testing.assert_frame_equal(got, expected)


def test_interpolate_along_an_order_column(ctx: FileContext) -> None:
    frame = pd.DataFrame({"t": [3, 1, 2, 5, 4], "v": [30.0, 10.0, None, None, 40.0]})
    got = run_mid(ctx, frame, INTERPOLATE, target_columns=["v"], order_column="t")
    expected = frame.sort_values("t").reset_index(drop=True)
    expected["v"] = expected["v"].interpolate(method="linear")
    pd.testing.assert_frame_equal(got, expected)


def test_melt(ctx: FileContext) -> None:
    frame = pd.DataFrame({"id": [1, 2, 3], "q1": [1.5, 2.5, None], "q2": [3.0, 4.0, 5.0]})
    got = run_mid(ctx, frame, MELT, id_columns=["id"], variable_column_name="quarter")
    expected = frame.melt(id_vars=["id"], var_name="quarter")
    pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("aggregation", ["count", "sum", "mean", "max"])
def test_cross_tab(ctx: FileContext, aggregation: Literal["count", "sum", "mean", "max"]) -> None:
    frame = pd.DataFrame(
        {
            "shop": ["n", "n", "s", "s", "s", "e"],
            "fruit": ["apple", "pear", "apple", "apple", "fig", "fig"],
            "kg": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )
    value = {} if aggregation == "count" else {"value_column": "kg"}
    got = run_mid(
        ctx,
        frame,
        CROSS_TAB,
        index_columns=["shop"],
        column="fruit",
        aggregation=aggregation,
        **value,
    )
    if aggregation == "count":
        expected = pd.crosstab(frame["shop"], frame["fruit"])
    else:
        expected = frame.pivot_table(
            index="shop", columns="fruit", values="kg", aggfunc=aggregation
        )
    expected = expected.reset_index()
    expected.columns.name = None
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_describe(ctx: FileContext, gappy: pd.DataFrame) -> None:
    got: dict[Any, dict[Any, Any]] = (
        run_mid(ctx, gappy, DESCRIBE).set_index("column_name").to_dict("index")
    )
    stats: dict[Any, dict[Any, Any]] = gappy[["x", "y"]].describe().to_dict()
    pairs = [("mean", "mean"), ("std", "std"), ("q25", "25%"), ("median", "50%"), ("q75", "75%")]
    for column in ("x", "y"):
        row, expected = got[column], stats[column]
        assert row["count"] == expected["count"]
        assert row["missing"] == gappy[column].isna().sum()
        assert row["unique"] == gappy[column].nunique()
        for ours, theirs in pairs:
            assert row[ours] == pytest.approx(expected[theirs]), (column, ours)
        assert float(row["min"]) == expected["min"]
        assert float(row["max"]) == expected["max"]
    assert got["label"]["unique"] == gappy["label"].nunique()
    assert got["label"]["min"] == gappy["label"].min()
    assert pd.isna(got["label"]["mean"])
