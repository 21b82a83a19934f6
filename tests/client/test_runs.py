"""Running flows on the local platform: the run log, run variables, custom facets, models."""

from __future__ import annotations

import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai.components import App, FlowStatus
from ikigai.errors import WaitTimeoutError

DATA = pd.DataFrame({"city": ["Oslo", "Rome", "Oslo", "Lima"], "n": [1, 2, 3, 4]})


def copy_definition(client: Ikigai, dataset_id: str, script: str = "result = data\n") -> object:
    facet_types = client.facet_types
    return (
        client.builder.facet(facet_type=facet_types.INPUT.Imported, name="input")
        .arguments(dataset_id=dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=facet_types.MID.PYTHON, name="script")
        .arguments(script=script)
        .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="output")
        .arguments(dataset_name="copy", file_type="csv", header=True)
        .variables(output_name="dataset_name")
        .build()
    )


def test_a_successful_run_writes_its_output(client: Ikigai, app: App) -> None:
    dataset = app.dataset.new("data").df(DATA).build()
    flow = app.flow.new("copy").definition(copy_definition(client, dataset.dataset_id)).build()
    log = flow.run()
    assert (log.status, log.erroneous_facet_id, log.data) == (FlowStatus.SUCCESS, None, "")
    assert log.user == client.user_email
    pd.testing.assert_frame_equal(app.datasets["copy"].df(), DATA)
    assert flow.run_logs() == [log]
    assert flow.status().status == FlowStatus.IDLE


def test_run_variables_change_an_argument_for_one_run(client: Ikigai, app: App) -> None:
    dataset = app.dataset.new("data").df(DATA).build()
    flow = app.flow.new("copy").definition(copy_definition(client, dataset.dataset_id)).build()
    assert flow.run(output_name="renamed copy").status == FlowStatus.SUCCESS
    assert app.datasets["renamed copy"].df().shape == DATA.shape
    with pytest.raises(KeyError):
        app.datasets["copy"]


def test_a_failed_run_names_the_failing_facet(client: Ikigai, app: App) -> None:
    dataset = app.dataset.new("data").df(DATA).build()
    script = "raise ValueError('Expected Error')\nresult = data\n"
    definition = copy_definition(client, dataset.dataset_id, script)
    flow = app.flow.new("failing").definition(definition).build()
    log = flow.run()
    assert log.status == FlowStatus.FAILED
    assert log.data
    failing = [facet for facet in definition.facets if facet.facet_id == log.erroneous_facet_id]
    assert [facet.name for facet in failing] == ["script"]


def test_a_run_longer_than_the_wait_timeout_raises(connect: object, app: App) -> None:
    impatient = connect(wait_timeout=0.001)  # type: ignore[operator]
    slow = "import time\ntime.sleep(1)\nresult = data\n"
    dataset = app.dataset.new("data").df(DATA).build()
    definition = copy_definition(impatient, dataset.dataset_id, slow)
    flow = impatient.apps[app.name].flow.new("slow").definition(definition).build()
    with pytest.raises(WaitTimeoutError, match="flow 'slow'"):
        flow.run()


def test_a_model_facet_trains_a_version(client: Ikigai, app: App) -> None:
    facet_types, model_types = client.facet_types, client.model_types
    training = pd.DataFrame(
        {"x": [float(i) for i in range(30)], "y": [3.0 * i + 1 for i in range(30)]}
    )
    dataset = app.dataset.new("training").df(training).build()
    model = app.model.new("lasso").model_type(model_types.Linear.Lasso).build()
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported)
        .arguments(dataset_id=dataset.dataset_id, use_raw_file=False)
        .model_facet(facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear.Lasso)
        .arguments(model_name="lasso", model_version="initial")
        .hyperparameters(alpha=0.1)
        .parameters(target_column="y")
        .facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="predictions")
        .build()
    )
    log = app.flow.new("train").definition(definition).build().run()
    assert log.status == FlowStatus.SUCCESS, log.data
    version = model.versions()["initial"]
    assert version.hyperparameters["alpha"] == 0.1
    assert version.describe()["version"] == "initial"


def test_custom_facets_run_pinned_and_unpinned(client: Ikigai, app: App) -> None:
    facet_types = client.facet_types
    custom = (
        client.custom_facet.new(f"maker-{app.app_id}", facet_type=facet_types.INPUT.CUSTOM_FACET)
        .script(
            """
            import pandas as pd
            result = pd.DataFrame({"value": [my_input] * 3})
            """,
            arguments={"my_input": 1},
        )
        .build()
    )
    try:
        unpinned = (
            client.builder.custom_facet(custom_facet_version=custom.unpinned())
            .arguments(my_input=2)
            .facet(facet_type=facet_types.OUTPUT.EXPORTED)
            .arguments(dataset_name="made")
            .build()
        )
        log = app.flow.new("unpinned").definition(unpinned).build().run()
        assert log.status == FlowStatus.SUCCESS, log.data
        assert app.datasets["made"].df()["value"].tolist() == [2, 2, 2]
        version = custom.create_version("v1")
        pinned = (
            client.builder.custom_facet(custom_facet_version=version)
            .facet(facet_type=facet_types.OUTPUT.EXPORTED)
            .arguments(dataset_name="made by v1")
            .build()
        )
        log = app.flow.new("pinned").definition(pinned).build().run()
        assert log.status == FlowStatus.SUCCESS, log.data
        assert app.datasets["made by v1"].df()["value"].tolist() == [1, 1, 1]
    finally:
        custom.delete()
