"""Hypothesis fuzzes the builder and the client: names, argument values, DataFrames with odd
dtypes and column names. Whatever fails, fails with an `IkigaiError`, `KeyError`, `ValueError`
or `TypeError` that says something, never with an internal error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ikigai import Ikigai
from ikigai.errors import IkigaiError
from ikigai.local import LocalPlatform

from .support import ALLOWED, FIGURES, quick_settings

SETTINGS = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

names = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", " ", "..", "../x", "a/b", "\x00", "é" * 300, "x" * 1000, "\n", "NaN"]),
    st.integers(),
    st.none(),
    st.floats(allow_nan=True),
    st.binary(max_size=8),
    st.lists(st.text(max_size=3), max_size=2),
)
values = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(max_size=20),
        st.binary(max_size=4),
        st.just(object()),
        st.just(dt.datetime(2020, 1, 1)),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _expect_clean(action: Callable[[], object]) -> None:
    """Run `action`; a failure must be an allowed type with a message."""
    text = "ok"
    try:
        action()
    except (IkigaiError, *ALLOWED) as error:
        FIGURES["bad inputs tried"] += 1
        text = str(error).strip("'\" ")
    else:
        FIGURES["good inputs tried"] += 1
    assert text, "an error without a message"


_numbers = iter(range(1_000_000))


@pytest.fixture(scope="module")
def client() -> Iterator[Ikigai]:
    settings = quick_settings(min_verify_seconds=0.3)
    with LocalPlatform(settings=settings) as platform, platform.client() as ready:
        yield ready


@settings(SETTINGS, max_examples=150)
@given(data=st.data())
def test_the_builder_fails_cleanly(client: Ikigai, data: st.DataObject) -> None:
    facet_types = client.facet_types
    chains = [facet_types.INPUT, facet_types.MID, facet_types.OUTPUT]
    chain = data.draw(st.sampled_from(chains))
    facet_type: Any = data.draw(st.one_of(st.sampled_from(list(chain)), names))
    name = data.draw(names)
    argument_names = list(facet_type.arguments) if hasattr(facet_type, "arguments") else []
    keys = st.one_of(st.sampled_from(argument_names or ["x"]), st.text(max_size=10))
    arguments = data.draw(st.dictionaries(keys, values, max_size=4))

    def build() -> object:
        builder = client.builder
        facet = builder.facet(facet_type=facet_type, name=name)
        facet.arguments(**arguments)
        return builder.build()

    _expect_clean(build)
    _expect_clean(lambda: chain[data.draw(names)])
    # A positional mapping instead of keywords: a TypeError, not something stranger.
    loose: Any = client.builder
    _expect_clean(lambda: loose.facet(facet_type=facet_type).arguments(arguments))


@st.composite
def frames(draw: st.DrawFn) -> object:
    rows = draw(st.integers(1, 5))
    columns = draw(
        st.lists(
            st.one_of(st.text(max_size=8), st.integers(), st.none(), st.floats()),
            min_size=1,
            max_size=4,
        )
    )
    kinds = st.sampled_from(
        ["int", "float", "str", "bool", "mixed", "datetime", "tz", "category", "complex", "bytes"]
    )
    made: dict[Any, Any] = {}
    for column in columns:
        made[column] = _column(draw(kinds), rows)
    if draw(st.integers(0, 4)) == 0:
        return draw(st.sampled_from([None, "not a frame", [1, 2], {"a": object()}, np.zeros(3)]))
    return pd.DataFrame(made) if len(set(map(str, made))) == len(made) else made


def _column(kind: str, rows: int) -> object:
    columns: dict[str, Callable[[], object]] = {
        "int": lambda: np.arange(rows),
        "float": lambda: np.linspace(0, 1, rows),
        "str": lambda: ['a,b\n"c"'] * rows,
        "bool": lambda: [True] * rows,
        "mixed": lambda: [1, "x", None, 2.5, b"y"][:rows] + [None] * max(0, rows - 5),
        "datetime": lambda: pd.date_range("2020-01-01", periods=rows),
        "tz": lambda: pd.date_range("2020-01-01", periods=rows, tz="Europe/Oslo"),
        "category": lambda: pd.Categorical(["x"] * rows),
        "complex": lambda: np.ones(rows) * 1j,
        "bytes": lambda: [b"\x00\xff"] * rows,
    }
    return columns[kind]()


@settings(SETTINGS, max_examples=40)
@given(name=names, description=names, frame=frames())
def test_the_client_fails_cleanly(client: Ikigai, name: Any, description: Any, frame: Any) -> None:
    app = client.apps()["fuzz"] if "fuzz" in client.apps() else client.app.new("fuzz").build()
    _expect_clean(lambda: client.app.new(name).description(description).build())
    _expect_clean(lambda: client.apps[name])
    _expect_clean(lambda: app.dataset.new(name).df(frame).build())
    # An odd but real frame goes all the way: uploaded, then read back.
    _expect_clean(lambda: app.dataset.new(f"frame {next(_numbers)}").df(frame).build().df())
    _expect_clean(lambda: app.datasets[name])
