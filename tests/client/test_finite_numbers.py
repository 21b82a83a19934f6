"""Numbers JSON cannot carry (NaN, infinities, ints past a double's range) are refused before
any request, by an `InvalidArgumentError` that names the argument and what is allowed; finite
extremes go through."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from client_support import Recorder

from ikigai import Ikigai
from ikigai.builders.definition import Facet, FlowDefinition
from ikigai.errors import InvalidArgumentError


@pytest.fixture(scope="module")
def world(client: Ikigai) -> Iterator[dict[str, Any]]:
    app = client.app.new("finite numbers").build()
    custom = (
        client.custom_facet.new("finite step", client.facet_types.MID.CUSTOM_FACET)
        .script("result = data", arguments={"step": 1.5})
        .build()
    )
    yield {
        "ikigai": client,
        "types": client.facet_types,
        "lasso": client.model_types.Linear.Lasso,
        "forest": client.model_types["Anomaly Detection"]["Isolation Forest"],
        "app": app,
        "flow": app.flow.new("flow").build(),
        "custom": custom,
        "unpinned": custom.unpinned(),
    }
    custom.delete()
    app.delete()


def _facet(w: dict[str, Any], kind: str) -> Any:
    chain, name = kind.split(".")
    return w["ikigai"].builder.facet(facet_type=getattr(w["types"], chain)[name])


def _model_facet(w: dict[str, Any], model: str = "lasso") -> Any:
    return w["ikigai"].builder.model_facet(facet_type=w["types"].MID.PREDICT, model_type=w[model])


def _definition(value: object) -> dict[str, Any]:
    facet = {"facet_id": "0", "facet_uid": "I_005", "arguments": {"data_types": {"a": value}}}
    return {"facets": [facet], "arrows": []}


# Each: what the user does with the number, and what the error must name.
SENDS: dict[str, tuple[Callable[[dict[str, Any], object], object], str]] = {
    "a NUMBER argument": (
        lambda w, x: _facet(w, "MID.ADD_PRIMARY_KEY").arguments(start=x),
        "argument 'start'",
    ),
    "a number deep in a MAP argument": (
        lambda w, x: _facet(w, "INPUT.IMPORTED").arguments(data_types=[{"a": {"b": [1, x]}}]),
        "argument 'data_types'[0]['a']['b'][1]",
    ),
    "an arrow argument": (
        lambda w, x: _facet(w, "INPUT.IMPORTED").facet(
            facet_type=w["types"].MID.UNION, arrow_args={"table_side": x}
        ),
        "arrow argument 'table_side'",
    ),
    "a NUMBER hyperparameter": (
        lambda w, x: _model_facet(w, "forest").hyperparameters(contamination=x),
        "hyperparameter 'contamination'",
    ),
    "a BOOLEAN hyperparameter": (
        lambda w, x: _model_facet(w).hyperparameters(fit_intercept=x),
        "hyperparameter 'fit_intercept'",
    ),
    "a model parameter": (
        lambda w, x: _model_facet(w).parameters(feature_columns=["a", x]),
        "parameter 'feature_columns'[1]",
    ),
    "a custom facet's argument": (
        lambda w, x: w["ikigai"].builder.custom_facet(w["unpinned"]).arguments(step=x),
        "argument 'step'",
    ),
    "a run variable": (
        lambda w, x: w["flow"].run(threshold=x),
        "run variable 'threshold'",
    ),
    "a definition dict of a new flow": (
        lambda w, x: w["app"].flow.new("f").definition(_definition(x)),
        "definition['facets'][0]['arguments']['data_types']['a']",
    ),
    "a definition edited by hand": (
        lambda w, x: w["flow"].update_definition(
            FlowDefinition(facets=[Facet("0", "I_005", "", {"header_row_number": x})])
        ),
        "definition['facets'][0]['arguments']['header_row_number']",
    ),
}

BAD = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf, "10**400": 10**400}


@pytest.mark.parametrize("number", list(BAD))
@pytest.mark.parametrize("send", list(SENDS))
def test_a_number_json_cannot_carry_is_refused_before_sending(
    world: dict[str, Any], recorder: Recorder, send: str, number: str
) -> None:
    action, named = SENDS[send]
    recorder.clear()
    with pytest.raises(InvalidArgumentError) as refused:
        action(world, BAD[number])
    message = str(refused.value)
    assert named in message, message
    assert "must be a finite number" in message, message
    assert recorder.requests == [], send


def test_finite_extremes_go_through(world: dict[str, Any]) -> None:
    biggest, smallest = 1.7976931348623157e308, 5e-324
    _facet(world, "MID.ADD_PRIMARY_KEY").arguments(start=biggest)
    _model_facet(world, "forest").hyperparameters(contamination=smallest)
    _facet(world, "INPUT.IMPORTED").arguments(header_row_number=2**63)
    world["app"].flow.new("f").definition(_definition([10**300, -biggest, -0.0]))


def test_a_value_that_holds_itself_is_an_error_not_a_hang(world: dict[str, Any]) -> None:
    looped: list[Any] = [1.0]
    looped.append(looped)
    looped.append(math.nan)
    with pytest.raises(InvalidArgumentError, match=r"argument 'filters'\[2\] must be a finite"):
        _facet(world, "MID.FILTER").arguments(filters=looped)
