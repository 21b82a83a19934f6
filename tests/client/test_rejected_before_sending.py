"""Bad arguments are refused before any request: the recorder sees nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pandas as pd
import pytest
from client_support import Recorder

from ikigai import Ikigai, request_options
from ikigai.errors import IkigaiError, InvalidArgumentError


@pytest.fixture(scope="module")
def world(client: Ikigai) -> Iterator[dict[str, Any]]:
    facet_types, model_types = client.facet_types, client.model_types
    app = client.app.new("mistakes").build()
    yield {
        "ikigai": client,
        "app": app,
        "facet_types": facet_types,
        "model_types": model_types,
        "flow": app.flow.new("flow").build(),
        "dataset": app.dataset.new("data").df(pd.DataFrame({"a": [1]})).build(),
        "model_directory": app.model_directory.new("models").build(),
    }
    app.delete()


MISTAKES: dict[str, Callable[[dict[str, Any]], object]] = {
    "empty app name": lambda w: w["ikigai"].app.new(""),
    "app description not text": lambda w: w["ikigai"].app.new("a").description(3),
    "dataset from a non-frame": lambda w: w["app"].dataset.new("d").df([[1, 2]]),
    "dataset from a missing file": lambda w: w["app"].dataset.new("d").csv("/no/such/file.csv"),
    "dataset in a model directory": lambda w: (
        w["app"].dataset.new("d").directory(w["model_directory"])
    ),
    "move a dataset into a model directory": lambda w: w["dataset"].move(w["model_directory"]),
    "agent access not a bool": lambda w: w["dataset"].update_agent_access("yes"),
    "edit data with a non-frame": lambda w: w["dataset"].edit_data({"a": [1]}),
    "model without a type": lambda w: w["app"].model.new("m").build(),
    "model type not a sub-model": lambda w: (
        w["app"].model.new("m").model_type(w["model_types"].Linear)
    ),
    "cron with a minute wildcard": lambda w: w["app"].flow.new("f").schedule("* * * * *"),
    "cron with four fields": lambda w: w["app"].flow.new("f").schedule("0 0 * *"),
    "schedule update out of range": lambda w: w["flow"].update_schedule("61 0 * * *"),
    "definition that is no definition": lambda w: w["app"].flow.new("f").definition({"nodes": []}),
    "high volume not a bool": lambda w: w["flow"].update_high_volume_preference("yes"),
    "run logs of zero": lambda w: w["flow"].run_logs(max_count=0),
    "share with a non-address": lambda w: w["app"].access.grant("friend", "BUILDER"),
    "share with an unknown level": lambda w: w["app"].access.grant("f@example.com", "GOD"),
    "custom facet of a plain facet type": lambda w: w["ikigai"].custom_facet.new(
        "cf", w["facet_types"].MID.COUNT
    ),
    "custom facet script that does not compile": lambda w: (
        w["ikigai"]
        .custom_facet.new("cf", w["facet_types"].MID.CUSTOM_FACET)
        .script("def broken(:\n")
    ),
    "custom facet argument of a list": lambda w: (
        w["ikigai"]
        .custom_facet.new("cf", w["facet_types"].MID.CUSTOM_FACET)
        .script("result = data", arguments={"x": [1]})
    ),
    "unknown facet argument": lambda w: (
        w["ikigai"].builder.facet(facet_type=w["facet_types"].INPUT.Imported).arguments(dataset=1)
    ),
    "missing required facet argument": lambda w: (
        w["ikigai"].builder.facet(facet_type=w["facet_types"].OUTPUT.EXPORTED).build()
    ),
    "wait timeout below zero": lambda w: setattr(w["ikigai"], "wait_timeout", -1),
    "app name with a lone surrogate": lambda w: w["ikigai"].app.new("x\ud800"),
    "description with a lone surrogate": lambda w: w["app"].update_description("a\udfffb"),
    "facet argument with a lone surrogate": lambda w: w["flow"].update_definition(
        w["ikigai"]
        .builder.facet(facet_type=w["ikigai"].facet_types.INPUT.Imported)
        .arguments(dataset_id="\ud800", file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=w["ikigai"].facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="out", file_type="csv", header=True)
        .build()
    ),
    "retries below zero": lambda w: request_options(max_retries=-1).__enter__(),
    "timeout of zero": lambda w: request_options(timeout=0).__enter__(),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_mistake_is_refused_without_a_request(
    world: dict[str, Any], recorder: Recorder, mistake: str
) -> None:
    recorder.clear()
    with pytest.raises(IkigaiError) as caught:
        MISTAKES[mistake](world)
    assert isinstance(caught.value, InvalidArgumentError), caught.value
    assert recorder.requests == [], mistake
