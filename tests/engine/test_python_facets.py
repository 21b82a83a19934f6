"""PYTHON and custom facets: user code in a child process, its limits and its errors."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from ikigai.local.engine import Limits
from ikigai.local.engine_contract import CustomFacetCode, RunError

from .conftest import FileContext, chain, exported, facet, imported, run

PYTHON_IN, PYTHON_MID, PYTHON_OUT = "I_000", "M_000", "O_000"
CUSTOM_IN, CUSTOM_MID = "I_001", "M_018"
FRAME = pd.DataFrame({"city": ["rome", "oslo", "rome"], "sales": [10.0, 4.0, 6.0]})


def test_mid_python_binds_data_and_returns_result(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    script = "df = data\nresult = df.groupby('city', as_index=False)['sales'].sum()\n"
    run(ctx, chain(imported("d"), facet("py", PYTHON_MID, script=script), exported("sums")))
    expected = FRAME.groupby("city")["sales"].sum().reset_index()
    pd.testing.assert_frame_equal(ctx.exported("sums"), expected)


def test_a_grouped_index_becomes_columns(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    script = "result = data.groupby('city')['sales'].mean()"
    run(ctx, chain(imported("d"), facet("py", PYTHON_MID, script=script), exported("means")))
    expected = FRAME.groupby("city")["sales"].mean().reset_index()
    pd.testing.assert_frame_equal(ctx.exported("means"), expected)


def test_input_python_makes_data_and_output_python_sees_it(ctx: FileContext) -> None:
    script = "import pandas as pd\nassert data is None\nresult = pd.DataFrame({'n': range(5)})"
    check = "assert list(data['n']) == [0, 1, 2, 3, 4], list(data['n'])"
    definition = {
        "facets": [
            facet("make", PYTHON_IN, script=script),
            facet("copy", "M_002"),
            exported("numbers"),
            facet("check", PYTHON_OUT, script=check),
        ],
        "arrows": [
            {"source": "make", "destination": "copy"},
            {"source": "copy", "destination": "out"},
            {"source": "copy", "destination": "check"},
        ],
    }
    outcome = run(ctx, definition)
    assert outcome.exported_datasets == ["numbers"]
    assert list(ctx.exported("numbers")["n"]) == [0, 1, 2, 3, 4]


def test_the_scripts_error_is_in_the_run_error(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    script = "x = 1\nresult = data['no_such_column']"
    with pytest.raises(RunError) as raised:
        run(ctx, chain(imported("d"), facet("py", PYTHON_MID, script=script), exported("never")))
    assert raised.value.facet_id == "py"
    assert "KeyError" in raised.value.message
    assert "line 2" in raised.value.message


def test_a_script_without_result_fails(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    with pytest.raises(RunError, match="did not assign a data frame to `result`"):
        run(ctx, chain(imported("d"), facet("py", PYTHON_MID, script="x = 1"), exported("never")))


def test_a_runaway_script_is_stopped_at_its_time_limit(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    limits = Limits(python_seconds=2, python_memory_bytes=2 * 1024**3)
    started = time.monotonic()
    with pytest.raises(RunError) as raised:
        run(
            ctx,
            chain(
                imported("d"),
                facet("spin", PYTHON_MID, script="while True:\n    pass"),
                exported("never"),
            ),
            limits=limits,
        )
    assert time.monotonic() - started < 15
    assert raised.value.facet_id == "spin"
    assert "time limit of 2 s" in raised.value.message


def test_a_script_over_its_memory_limit_fails(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    limits = Limits(python_seconds=20, python_memory_bytes=1536 * 1024**2)
    script = "block = bytearray(4 * 1024 ** 3)\nresult = data"
    with pytest.raises(RunError) as raised:
        run(
            ctx,
            chain(imported("d"), facet("hog", PYTHON_MID, script=script), exported("never")),
            limits=limits,
        )
    assert raised.value.facet_id == "hog"
    assert "MemoryError" in raised.value.message


def _custom(ctx: FileContext, version_id: str, script: str, **defaults: object) -> None:
    ctx.custom_facets["cf", version_id] = CustomFacetCode(
        custom_facet_id="cf",
        version_id=version_id or "v2",
        python_script=script,
        libraries=(),
        arguments=defaults,
    )


def test_a_custom_facet_gets_its_arguments(ctx: FileContext) -> None:
    ctx.add_dataset("d", FRAME)
    _custom(
        ctx,
        "",
        "result = data.assign(sales=data['sales'] * factor, tag=label)",
        factor=2,
        label="x",
    )
    node = facet(
        "cf1",
        CUSTOM_MID,
        custom_facet_id="cf",
        version_id="",
        arguments=[{"name": "factor", "value": 3, "type": "NUMBER"}],
    )
    run(ctx, chain(imported("d"), node, exported("scaled")))
    expected = FRAME.assign(sales=FRAME["sales"] * 3, tag="x")
    pd.testing.assert_frame_equal(ctx.exported("scaled"), expected)


def test_a_pinned_custom_facet_version_is_the_one_run(ctx: FileContext) -> None:
    _custom(ctx, "v1", "import pandas as pd\nresult = pd.DataFrame({'version': [1]})")
    _custom(ctx, "", "import pandas as pd\nresult = pd.DataFrame({'version': [2]})")
    node = facet("cf1", CUSTOM_IN, custom_facet_id="cf", version_id="v1", arguments=[])
    run(ctx, chain(node, exported("which")))
    assert ctx.exported("which")["version"].tolist() == [1]


def test_a_custom_facet_the_user_may_not_run_fails(ctx: FileContext) -> None:
    node = facet("cf1", CUSTOM_IN, custom_facet_id="missing", arguments=[])
    with pytest.raises(RunError) as raised:
        run(ctx, chain(node, exported("never")))
    assert raised.value.facet_id == "cf1"
    assert "does not exist or may not be run" in raised.value.message
