"""IMPORTED/EXPORTED, run variables, and the checks that fail a run before anything runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from ikigai.local.engine.catalog import facet_specs
from ikigai.local.engine.facets import RUNNERS
from ikigai.local.engine_contract import RunError

from .conftest import FileContext, arrow, chain, exported, facet, imported, run

COUNT, UNION, PYTHON_MID = "M_003", "M_019", "M_000"
FRAME = pd.DataFrame(
    {"a": [3, 1, 2], "b": ["x", "y", "x"], "when": ["2024-01-02", "2024-01-01", "2024-01-03"]}
)


def test_every_catalog_facet_has_an_implementation() -> None:
    assert set(RUNNERS) == set(facet_specs())


def test_imported_then_exported_round_trips_the_data(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    outcome = run(ctx, chain(imported("d", file_type="csv", header=True), exported("copy")))
    assert outcome.exported_datasets == ["copy"]
    pd.testing.assert_frame_equal(ctx.exported("copy"), FRAME)


def test_imported_renames_and_casts_columns(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    data_types = [
        {"column_name": "one", "data_type": "TEXT", "data_formats": []},
        {
            "column_name": "day",
            "data_type": "TIME",
            "data_formats": [{"key": "format", "value": "%Y-%m-%d"}],
        },
    ]
    script = "result = data.assign(one_type=str(data['one'].dtype))\n"
    script += "result['day_type'] = data['day'].dtype.kind"
    definition = chain(
        imported("d", column_names=["one", "two", "day"], data_types=data_types),
        facet("py", PYTHON_MID, script=script),
        exported("typed"),
    )
    run(ctx, definition)
    got = ctx.exported("typed")
    assert list(got.columns[:3]) == ["one", "two", "day"]
    assert got["one_type"].iloc[0] in {"object", "str", "string"}
    assert got["day_type"].iloc[0] == "M"
    assert list(pd.to_datetime(got["day"])) == list(pd.to_datetime(FRAME["when"]))


def test_imported_without_a_header_row_and_with_raw_text(ctx: FileContext, tmp_path: Path) -> None:
    path = tmp_path / "raw.csv"
    path.write_text("title line\n007,x\n010,y\n", encoding="utf-8")
    ctx.datasets["raw"] = path
    definition = chain(
        imported("raw", header=False, header_row_number=1, column_names=["code", "letter"]),
        exported("raw_out"),
    )
    definition["facets"][0]["arguments"]["use_raw_file"] = True
    run(ctx, definition)
    got = pd.read_csv(ctx.exports["raw_out"], dtype=str)
    assert got.to_dict("list") == {"code": ["007", "010"], "letter": ["x", "y"]}


def test_imported_reads_xlsx(ctx: FileContext, tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    path = tmp_path / "book.xlsx"
    FRAME.to_excel(path, sheet_name="data", index=False)
    ctx.datasets["book"] = path
    run(ctx, chain(imported("book", file_type="xlsx", sheet_name="data"), exported("from_excel")))
    pd.testing.assert_frame_equal(ctx.exported("from_excel"), FRAME)


def test_imported_runs_its_script(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    run(ctx, chain(imported("d", script="result = data[data.a > 1]"), exported("big")))
    pd.testing.assert_frame_equal(ctx.exported("big"), FRAME[FRAME.a > 1].reset_index(drop=True))


def test_exported_replaces_a_dataset_and_can_drop_the_header(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    run(ctx, chain(imported("d"), exported("same")))
    run(
        ctx,
        chain(
            imported("d"), facet("c", COUNT, target_columns=["b"]), exported("same", header=False)
        ),
    )
    assert ctx.exports["same"].read_text(encoding="utf-8").splitlines() == ["x,2", "y,1"]


def test_run_variables_set_the_bound_argument(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    definition = chain(
        imported("d"),
        facet("out", "O_005", name="output", dataset_name="default_name"),
        variables={"output_dataset": {"facet_name": "output", "name": "dataset_name"}},
    )
    outcome = run(ctx, definition, {"output_dataset": {"value": "chosen"}})
    assert outcome.exported_datasets == ["chosen"]
    outcome = run(ctx, definition, {"output_dataset": "plain"})
    assert outcome.exported_datasets == ["plain"]
    assert run(ctx, definition).exported_datasets == ["default_name"]


def test_a_run_variable_is_checked_like_the_argument(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    definition = chain(
        imported("d"),
        facet("c", COUNT, name="counter", target_columns=["b"]),
        exported("x"),
        variables={"sorted": {"facet_name": "counter", "name": "sort"}},
    )
    with pytest.raises(RunError) as raised:
        run(ctx, definition, {"sorted": "yes"})
    assert raised.value.facet_id == "c"
    assert "BOOLEAN" in raised.value.message


def test_an_undeclared_run_variable_fails(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    with pytest.raises(RunError, match="unknown run variable 'nope'"):
        run(ctx, chain(imported("d"), exported("x")), {"nope": 1})


def _fails(ctx: FileContext, definition: dict[str, Any]) -> RunError:
    ctx.add_dataset("d", FRAME)
    with pytest.raises(RunError) as raised:
        run(ctx, definition)
    assert not ctx.exports, "a failed run exported a dataset"
    return raised.value


@pytest.mark.parametrize(
    ("broken", "facet_id", "words"),
    [
        (facet("bad", "M_999"), "bad", "unknown facet_uid 'M_999'"),
        (facet("bad", COUNT), "bad", "missing required argument 'target_columns'"),
        (facet("bad", COUNT, target_columns="b"), "bad", "target_columns must be a list"),
        (facet("bad", COUNT, target_columns=["b"], sort="yes"), "bad", "sort must be BOOLEAN"),
        (facet("bad", COUNT, target_columns=[1]), "bad", "target_columns[0] must be TEXT"),
        (
            facet("bad", COUNT, target_columns=["b"], colour="red"),
            "bad",
            "unknown argument 'colour'",
        ),
        (facet("bad", UNION, option="half"), "bad", "not one of the options (full)"),
        (
            facet("bad", "M_010", filters=[{"column": "a", "operator": "~"}]),
            "bad",
            "filters[0].operator is '~'",
        ),
        (facet("bad", "M_016", model_name=None), "bad", "model_name is required"),
    ],
)
def test_invalid_arguments_name_the_facet(
    ctx: FileContext, broken: dict[str, Any], facet_id: str, words: str
) -> None:
    error = _fails(ctx, chain(imported("d"), broken, exported("never")))
    assert error.facet_id == facet_id
    assert words in error.message


def test_a_cycle_fails_and_names_a_facet_on_it(ctx: FileContext) -> None:
    definition = chain(
        imported("d"),
        facet("a", "M_002"),
        facet("b", COUNT, target_columns=["b"]),
        facet("c", "M_007", target_columns=["b"]),
        exported("never"),
    )
    definition["arrows"].append(arrow("c", "a"))
    error = _fails(ctx, definition)
    assert error.facet_id in {"a", "b", "c"}
    assert "cycle" in error.message


def test_parent_and_child_counts_are_checked(ctx: FileContext) -> None:
    error = _fails(ctx, chain(imported("d"), facet("u", UNION), exported("never")))
    assert error.facet_id == "u"
    assert "takes 2 to 2 inputs, but has 1" in error.message
    error = _fails(ctx, {"facets": [imported("d"), exported("never")], "arrows": []})
    assert error.facet_id == "out"
    error = _fails(
        ctx,
        {
            "facets": [imported("d"), exported("x", "o1"), exported("y", "o2")],
            "arrows": [arrow("in", "o1"), arrow("o1", "o2")],
        },
    )
    # fan-out is allowed (an output feeds any number of consumers); an OUTPUT facet feeds none
    assert error.facet_id == "o1"
    assert "takes 0 to 0 outputs, but has 1" in error.message


def test_arrows_to_unknown_facets_and_bad_arrow_arguments_fail(ctx: FileContext) -> None:
    definition = chain(imported("d"), exported("never"))
    definition["arrows"].append(arrow("out", "ghost"))
    error = _fails(ctx, definition)
    assert error.facet_id == "out"
    assert "unknown facet 'ghost'" in error.message
    definition = {
        "facets": [imported("d", "i1"), imported("d", "i2"), facet("u", UNION), exported("never")],
        "arrows": [
            arrow("i1", "u", table_side="top"),
            arrow("i2", "u", table_side="top"),
            arrow("u", "out"),
        ],
    }
    error = _fails(ctx, definition)
    assert error.facet_id == "u"
    assert "same table_side" in error.message
    definition["arrows"][1] = arrow("i2", "u", table_side="left")
    assert "not one of the options (top, bottom)" in _fails(ctx, definition).message


def test_a_failing_facet_leaves_no_dataset_behind(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    definition = {
        "facets": [
            imported("d"),
            facet("copy", "M_002"),
            exported("early", "o1"),
            facet("boom", PYTHON_MID, script="raise ValueError('no luck')"),
            exported("late", "o2"),
        ],
        "arrows": [
            arrow("in", "copy"),
            arrow("copy", "o1"),
            arrow("copy", "boom"),
            arrow("boom", "o2"),
        ],
    }
    with pytest.raises(RunError) as raised:
        run(ctx, definition)
    assert raised.value.facet_id == "boom"
    assert "ValueError: no luck" in raised.value.message
    assert ctx.exports == {}


def test_a_missing_dataset_or_column_names_the_facet(ctx: FileContext) -> None:
    with pytest.raises(RunError) as raised:
        run(ctx, chain(imported("nothing"), exported("never")))
    assert raised.value.facet_id == "in"
    ctx.add_dataset("d", FRAME)
    with pytest.raises(RunError) as raised:
        run(ctx, chain(imported("d"), facet("c", COUNT, target_columns=["zzz"]), exported("never")))
    assert raised.value.facet_id == "c"
    assert "zzz" in raised.value.message


def test_an_export_name_longer_than_a_dataset_name_may_be_fails(ctx: FileContext) -> None:
    ctx.add_dataset("d", pd.DataFrame({"a": [1]}))
    with pytest.raises(RunError, match="dataset_name has 256 characters; at most 255"):
        run(ctx, chain(imported("d"), exported("x" * 256)))
    assert ctx.exports == {}
