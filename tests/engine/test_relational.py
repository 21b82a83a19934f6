"""Row and column facets, each checked against pandas on the same data."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pandas as pd
import pytest

from .conftest import FileContext, arrow, chain, exported, facet, imported, round_trip, run, run_mid

COUNT, UNION, COPY, DROP_COLUMNS, FILTER = "M_003", "M_019", "M_002", "M_007", "M_010"
DEDUPLICATE, KEEP_HEADERS_ONLY, ADD_PRIMARY_KEY, FREE_FORM_SQL = "M_005", "M_014", "M_001", "M_012"


@pytest.fixture
def people(tmp_path: Path) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "name": ["ann", "bob", "cy", "dee", "ann", "bob", "eve", "bob"],
            "city": ["rome", "oslo", "rome", "lima", "rome", "oslo", "oslo", "lima"],
            "age": [31, 45, 27, 38, 31, 45, 52, 19],
            "score": [1.5, 2.25, None, 4.0, 1.5, 2.25, 7.5, 0.5],
        }
    )
    return round_trip(frame, tmp_path)


def test_count_groups_and_sorts_like_pandas(ctx: FileContext, people: pd.DataFrame) -> None:
    got = run_mid(ctx, people, COUNT, target_columns=["city", "name"], output_column_name="n")
    expected = (
        people.groupby(["city", "name"])
        .size()
        .reset_index(name="n")
        .sort_values(["n", "city", "name"], ascending=[False, True, True])
        .reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_count_without_sorting_has_the_same_groups(ctx: FileContext, people: pd.DataFrame) -> None:
    got = run_mid(ctx, people, COUNT, target_columns=["city"], sort=False)
    expected = people.groupby("city").size().rename("count")
    assert got.set_index("city")["count"].sort_index().to_dict() == expected.to_dict()


def test_union_puts_top_rows_first_and_matches_columns_by_name(ctx: FileContext) -> None:
    top = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    bottom = pd.DataFrame({"b": ["z"], "c": [9.5]})
    ctx.add_dataset("top", top)
    ctx.add_dataset("bottom", bottom)
    definition = {
        # The bottom input comes first in the definition: table_side decides, not order.
        "facets": [
            imported("bottom", "i2"),
            imported("top", "i1"),
            facet("u", UNION, option="full"),
            exported("both"),
        ],
        "arrows": [
            arrow("i2", "u", table_side="bottom"),
            arrow("i1", "u", table_side="top"),
            arrow("u", "out"),
        ],
    }
    run(ctx, definition)
    expected = pd.concat([top, bottom], ignore_index=True)
    pd.testing.assert_frame_equal(ctx.exported("both"), expected, check_dtype=False)


def test_copy_feeds_two_branches(ctx: FileContext, people: pd.DataFrame) -> None:
    ctx.add_dataset("p", people)
    definition = {
        "facets": [
            imported("p"),
            facet("copy", COPY),
            facet("count", COUNT, target_columns=["city"]),
            exported("counts", "out1"),
            exported("copied", "out2"),
        ],
        "arrows": [
            arrow("in", "copy"),
            arrow("copy", "count"),
            arrow("count", "out1"),
            arrow("copy", "out2"),
        ],
    }
    outcome = run(ctx, definition)
    assert sorted(outcome.exported_datasets) == ["copied", "counts"]
    pd.testing.assert_frame_equal(ctx.exported("copied"), people)
    assert ctx.exported("counts")["count"].sum() == len(people)


def test_drop_columns(ctx: FileContext, people: pd.DataFrame) -> None:
    got = run_mid(ctx, people, DROP_COLUMNS, target_columns=["age", "city"])
    pd.testing.assert_frame_equal(got, people.drop(columns=["age", "city"]))


@pytest.mark.parametrize(
    ("filters", "logic", "expected"),
    [
        ([{"column": "age", "operator": ">", "value": "30"}], "and", lambda d: d[d.age > 30]),
        (
            [
                {"column": "city", "operator": "==", "value": "oslo"},
                {"column": "score", "operator": "<=", "value": "2.25"},
            ],
            "and",
            lambda d: d[(d.city == "oslo") & (d.score <= 2.25)],
        ),
        (
            [
                {"column": "city", "operator": "==", "value": "lima"},
                {"column": "age", "operator": "<", "value": "28"},
            ],
            "or",
            lambda d: d[(d.city == "lima") | (d.age < 28)],
        ),
        (
            [{"column": "name", "operator": "in", "values": ["ann", "eve"]}],
            "and",
            lambda d: d[d.name.isin(["ann", "eve"])],
        ),
        (
            [{"column": "name", "operator": "not_in", "values": ["ann", "eve"]}],
            "and",
            lambda d: d[~d.name.isin(["ann", "eve"])],
        ),
        ([{"column": "score", "operator": "is_null"}], "and", lambda d: d[d.score.isna()]),
        (
            [{"column": "city", "operator": "!=", "value": "rome"}],
            "and",
            lambda d: d[d.city != "rome"],
        ),
        (
            [{"column": "name", "operator": "starts_with", "value": "b"}],
            "and",
            lambda d: d[d.name.str.startswith("b")],
        ),
        (
            [{"column": "city", "operator": "contains", "value": "sl"}],
            "and",
            lambda d: d[d.city.str.contains("sl")],
        ),
    ],
)
def test_filter(
    ctx: FileContext,
    people: pd.DataFrame,
    filters: list[dict[str, object]],
    logic: str,
    expected: object,
) -> None:
    got = run_mid(ctx, people, FILTER, filters=filters, logic=logic)
    want = expected(people).reset_index(drop=True)  # type: ignore[operator]
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


@pytest.mark.parametrize("keep", ["first", "last"])
def test_deduplicate(
    ctx: FileContext, people: pd.DataFrame, keep: Literal["first", "last"]
) -> None:
    got = run_mid(ctx, people, DEDUPLICATE, target_columns=["name"], keep=keep)
    expected = people.drop_duplicates(subset=["name"], keep=keep).reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)


def test_deduplicate_on_all_columns(ctx: FileContext, people: pd.DataFrame) -> None:
    got = run_mid(ctx, people, DEDUPLICATE)
    pd.testing.assert_frame_equal(got, people.drop_duplicates().reset_index(drop=True))


def test_keep_headers_only(ctx: FileContext, people: pd.DataFrame) -> None:
    got = run_mid(ctx, people, KEEP_HEADERS_ONLY)
    assert list(got.columns) == list(people.columns)
    assert len(got) == 0


def test_add_primary_key(ctx: FileContext, people: pd.DataFrame) -> None:
    got = run_mid(ctx, people, ADD_PRIMARY_KEY, column_name="id", start=100)
    expected = people.copy()
    expected.insert(0, "id", range(100, 100 + len(people)))
    pd.testing.assert_frame_equal(got, expected, check_dtype=False)


def test_free_form_sql(ctx: FileContext, people: pd.DataFrame) -> None:
    query = "SELECT city, avg(age) AS mean_age FROM data GROUP BY city ORDER BY city"
    got = run_mid(ctx, people, FREE_FORM_SQL, query=query)
    expected = people.groupby("city")["age"].mean().reset_index(name="mean_age")
    pd.testing.assert_frame_equal(got, expected)


def test_chained_facets_run_in_dag_order(ctx: FileContext, people: pd.DataFrame) -> None:
    ctx.add_dataset("p", people)
    # Facets listed out of order: the arrows decide the order.
    definition = chain(
        imported("p"),
        facet("f", FILTER, filters=[{"column": "age", "operator": ">=", "value": "30"}]),
        facet("c", COUNT, target_columns=["city"]),
        exported("adults_by_city"),
    )
    definition["facets"].reverse()
    run(ctx, definition)
    expected = people[people.age >= 30].groupby("city").size()
    got = ctx.exported("adults_by_city").set_index("city")["count"]
    assert got.sort_index().to_dict() == expected.sort_index().to_dict()
    assert [entry[0] for entry in ctx.progress_log[:4]] == ["in", "f", "c", "out"]
    assert [entry[1] for entry in ctx.progress_log] == [0.0, 0.25, 0.5, 0.75, 1.0]
