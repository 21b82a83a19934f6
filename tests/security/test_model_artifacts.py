"""Stored model versions load without running code, over HTTP against a real local platform.

A trained version's artifact file is replaced on disk by a pickle whose loading runs a command,
by a skops file naming a type the engine does not store, or by bytes that are no artifact; the
run that predicts with that version fails with a message naming the problem, and the command
never runs. Versions of every model type the catalog offers still load, and the types their
artifacts hold are exactly the engine's allow-list.
"""

from __future__ import annotations

import ast
import collections
import os
import pickle
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
import skops.io
from sklearn.linear_model import Lasso
from sklearn.preprocessing import FunctionTransformer

from ikigai import Ikigai
from ikigai.components import App, Flow, FlowStatus, Model
from ikigai.local import LocalPlatform, engine
from ikigai.local.engine.catalog import normalise
from ikigai.local.engine.models.estimators import CLASSIFIERS, REGRESSORS

ENGINE = Path(engine.__file__).parent
FEATURES = ["x1", "x2", "colour"]
LASSO = ("linear", "lasso")
NOT_SKOPS = (
    "is not in this platform's model format (it was stored by an earlier release or is damaged):"
    " train the version again"
)


def _frame(seed: int, missing: bool = False) -> pd.DataFrame:
    """Two stores' weekly rows: numeric and text features, a numeric and a text target, and a
    trending quantity to forecast."""
    rng = np.random.default_rng(seed)
    weeks = 60
    rows = 2 * weeks
    dates = pd.date_range("2024-01-07", periods=weeks, freq="7D").strftime("%Y-%m-%d")
    x1, x2 = rng.normal(size=rows).round(4), rng.normal(size=rows).round(4)
    colour = rng.choice(["red", "green", "blue"], rows)
    target = (3 * x1 - 2 * x2 + 1.5 * (colour == "red") + rng.normal(scale=0.1, size=rows)).round(4)
    if missing:
        x2[rng.random(rows) < 0.05] = np.nan
    return pd.DataFrame(
        {
            "store": ["s1"] * weeks + ["s2"] * weeks,
            "week": list(dates) * 2,
            "x1": x1,
            "x2": x2,
            "colour": colour,
            "target": target,
            "label": np.where(target > 0, "high", "low"),
            "qty": (np.tile(np.arange(weeks) * 0.5, 2) + rng.normal(size=rows)).round(4),
        }
    )


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as running:
        yield running


@pytest.fixture(scope="module")
def client(platform: LocalPlatform) -> Iterator[Ikigai]:
    with platform.client("artifacts@example.com") as client:
        yield client


@pytest.fixture(scope="module")
def app(client: Ikigai) -> App:
    app = client.app.new("model artifacts").build()
    app.dataset.new("training").df(_frame(0)).build()
    app.dataset.new("fresh").df(_frame(1)).build()
    return app


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    """The file an attack would create; it must never exist."""
    return tmp_path / "code ran"


def _flow(
    client: Ikigai,
    app: App,
    model: Model,
    dataset: str,
    output: str,
    *,
    facet: str = "PREDICT",
    parameters: dict[str, Any] | None = None,
    hyperparameters: dict[str, Any] | None = None,
) -> Flow:
    """Imported `dataset` → the model's facet with version v1 → exported `output`."""
    types = client.facet_types
    sub_model = client.model_types[model.model_type][model.sub_model_type]
    facet_builder = (
        client.builder.facet(facet_type=types.INPUT.Imported)
        .arguments(dataset_id=app.datasets[dataset].dataset_id, use_raw_file=False)
        .model_facet(facet_type=types.MID[facet], model_type=sub_model)
        .arguments(model_name=model.name, model_version="v1")
        .parameters(**(parameters or {"target_column": "target", "feature_columns": FEATURES}))
    )
    if hyperparameters:
        facet_builder = facet_builder.hyperparameters(**hyperparameters)
    definition = (
        facet_builder.facet(facet_type=types.OUTPUT.EXPORTED).arguments(dataset_name=output).build()
    )
    return app.flow.new(f"{model.name} on {dataset}").definition(definition).build()


def _trained_lasso(client: Ikigai, app: App, name: str) -> Model:
    model = app.model.new(name).model_type(client.model_types.Linear.Lasso).build()
    log = _flow(client, app, model, "training", f"{name} trained").run()
    assert log.status == FlowStatus.SUCCESS, log.data
    return model


def _artifact_file(platform: LocalPlatform, model: Model, version: str = "v1") -> Path:
    version_id = model.versions()[version].version_id
    (found,) = (platform.data_dir / "models").glob(f"{version_id}*")
    return found


def _predicting_fails(client: Ikigai, app: App, model: Model, message: str, marker: Path) -> None:
    log = _flow(client, app, model, "fresh", f"{model.name} predicted").run()
    assert not marker.exists(), "the stored version ran code"
    assert log.status == FlowStatus.FAILED
    assert message in log.data, log.data
    with pytest.raises(KeyError):
        app.datasets[f"{model.name} predicted"]


class _RunsCommand:
    """Pickles to a call of os.system: loading the pickle runs `command`."""

    def __init__(self, command: str) -> None:
        self.command = command

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return os.system, (self.command,)


def test_a_pickle_that_runs_a_command_is_refused_and_never_loaded(
    platform: LocalPlatform, client: Ikigai, app: App, marker: Path
) -> None:
    model = _trained_lasso(client, app, "pickled")
    attack = _RunsCommand(f"touch {shlex.quote(str(marker))}")
    pickle.loads(pickle.dumps(attack))  # the payload really does run when a pickle is loaded
    assert marker.exists()
    marker.unlink()
    payload = {"estimator": attack, "features": FEATURES, "model_type": LASSO}
    _artifact_file(platform, model).write_bytes(pickle.dumps(payload))
    _predicting_fails(client, app, model, f"version 'v1' of model 'pickled' {NOT_SKOPS}", marker)


UNTRUSTED: dict[str, tuple[Any, str]] = {
    "eval": (eval, "builtins.eval"),
    "os.system": (os.system, f"{os.system.__module__}.system"),
    # A scikit-learn estimator is trusted, the function it would call at predict time is not.
    "transformer": (FunctionTransformer(func=os.system), f"{os.system.__module__}.system"),
    "unexpected class": (collections.Counter(a=1), "collections.Counter"),
}
"""What a forged skops artifact holds, and the type that skops names for it."""


@pytest.mark.parametrize("name", list(UNTRUSTED))
def test_a_skops_file_with_an_untrusted_type_is_refused(
    platform: LocalPlatform, client: Ikigai, app: App, marker: Path, name: str
) -> None:
    held, named = UNTRUSTED[name]
    model = _trained_lasso(client, app, name)
    payload = {"estimator": held, "features": FEATURES, "model_type": LASSO}
    _artifact_file(platform, model).write_bytes(skops.io.dumps(payload))
    message = f"version 'v1' of model {name!r} holds types this platform does not load: {named}"
    _predicting_fails(client, app, model, message, marker)


NO_ARTIFACT: dict[str, tuple[bytes, str]] = {
    "random bytes": (np.random.default_rng(7).bytes(4096), NOT_SKOPS),
    "empty": (b"", NOT_SKOPS),
    "empty zip": (b"PK\x05\x06" + bytes(18), NOT_SKOPS),
    "skops list": (
        skops.io.dumps(["not", "an", "artifact"]),
        "is not a model artifact of this platform: train the version again",
    ),
    "svm artifact": (
        skops.io.dumps({"model_type": ("svm", "base")}),
        "was not trained by this engine for this model",
    ),
}
"""Bytes that are no artifact of this model, and what the run log says about them."""


@pytest.mark.parametrize("name", list(NO_ARTIFACT))
def test_bytes_that_are_no_artifact_fail_the_run(
    platform: LocalPlatform, client: Ikigai, app: App, marker: Path, name: str
) -> None:
    content, message = NO_ARTIFACT[name]
    model = _trained_lasso(client, app, name)
    _artifact_file(platform, model).write_bytes(content)
    _predicting_fails(client, app, model, f"version 'v1' of model {name!r} {message}", marker)


def test_a_pickled_artifact_of_an_earlier_release_asks_for_training_again(
    platform: LocalPlatform, client: Ikigai, app: App, marker: Path
) -> None:
    model = _trained_lasso(client, app, "earlier release")
    training = _frame(0)
    estimator = Lasso(alpha=0.1).fit(training[["x1", "x2"]], training["target"])
    earlier = {"estimator": estimator, "features": ["x1", "x2"], "categorical": []}
    _artifact_file(platform, model).write_bytes(pickle.dumps({**earlier, "model_type": LASSO}))
    message = f"version 'v1' of model 'earlier release' {NOT_SKOPS}"
    _predicting_fails(client, app, model, message, marker)


def test_a_stored_version_predicts_what_scikit_learn_predicts(
    platform: LocalPlatform, client: Ikigai, app: App
) -> None:
    model = app.model.new("round trip").model_type(client.model_types.Linear.Lasso).build()
    numeric = {"target_column": "target", "feature_columns": ["x1", "x2"]}
    trained = _flow(client, app, model, "training", "rt trained", parameters=numeric).run()
    assert trained.status == FlowStatus.SUCCESS, trained.data
    assert skops.io.get_untrusted_types(file=_artifact_file(platform, model)) == ["numpy.dtype"]
    # Predicting on other data uses the stored version: no new version, the same estimator.
    predicted = _flow(client, app, model, "fresh", "rt predicted", parameters=numeric).run()
    assert predicted.status == FlowStatus.SUCCESS, predicted.data
    assert list(model.versions()) == ["v1"]
    training, fresh = _frame(0), _frame(1)
    lasso = Lasso(alpha=1.0).fit(training[["x1", "x2"]], training["target"])
    got = app.datasets["rt predicted"].df()["target_predicted"]
    np.testing.assert_allclose(got, lasso.predict(fresh[["x1", "x2"]]), rtol=1e-9)


SERIES = {"time_column": "week", "value_column": "qty", "identifier_columns": ["store"]}


def _model_runs(key: tuple[str, str]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(version label, facet, parameters, hyperparameters) of the runs that train `key`."""
    family = key[0]
    runs: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    supervised = {"feature_columns": FEATURES}
    if key in REGRESSORS:
        runs.append(("regression", "PREDICT", {**supervised, "target_column": "target"}, {}))
    if key in CLASSIFIERS:
        runs.append(("classification", "PREDICT", {**supervised, "target_column": "label"}, {}))
    if family in {"clustering", "dimensionalityreduction", "anomalydetection"}:
        runs.append(("", "PREDICT", {"feature_columns": ["x1", "x2"]}, {}))
    if family == "imputation":
        runs.append(("", "PREDICT", {"target_columns": ["x1", "x2"]}, {}))
    if family == "timeseries":
        runs.append(("", "TIME_SERIES_ANALYSIS", SERIES, {"interval_to_predict": 4}))
    if family == "aicast":
        runs.append(("", "AI_CAST", SERIES, {}))
    if family == "changepointdetection":
        points = {"value_column": "qty", "time_column": "week"}
        runs.append(("", "TIME_SERIES_ANALYSIS", points, {}))
    return runs


def test_every_model_type_round_trips_and_stores_only_allowed_types(
    platform: LocalPlatform, client: Ikigai
) -> None:
    from ikigai.local.engine.models.artifacts import TRUSTED_TYPES

    app = client.app.new("every model type").build()
    app.dataset.new("training").df(_frame(0, missing=True)).build()
    held: dict[str, set[str]] = {}
    for model_type in client.model_types:
        for sub_model in model_type:
            if model_type.is_hidden or sub_model.is_hidden:
                continue
            key = normalise(model_type.name), normalise(sub_model.name)
            runs = _model_runs(key)
            assert runs, f"add {model_type.name}/{sub_model.name} to _model_runs"
            for label, facet, parameters, hyperparameters in runs:
                name = f"{model_type.name} {sub_model.name} {label}".strip()
                model = app.model.new(name).model_type(sub_model).build()
                flow = _flow(
                    client,
                    app,
                    model,
                    "training",
                    name,
                    facet=facet,
                    parameters=parameters,
                    hyperparameters=hyperparameters,
                )
                outputs = []
                for _ in range(2):  # the first run trains v1, the second one loads it
                    log = flow.run()
                    assert log.status == FlowStatus.SUCCESS, (name, log.data)
                    outputs.append(app.datasets[name].df())
                pd.testing.assert_frame_equal(outputs[0], outputs[1], obj=name)
                for found in skops.io.get_untrusted_types(file=_artifact_file(platform, model)):
                    held.setdefault(found, set()).add(name)
    # Every allowed type is needed by some model type, and nothing else is stored.
    assert set(held) == TRUSTED_TYPES, held


def test_the_engine_imports_no_pickle() -> None:
    unsafe = {"pickle", "_pickle", "cPickle", "cloudpickle", "dill", "joblib", "shelve", "marshal"}
    found: list[str] = []
    sources = sorted(ENGINE.rglob("*.py"))
    assert len(sources) > 10
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            where = path.relative_to(ENGINE)
            found += [f"{where}: {name}" for name in names if name.split(".")[0] in unsafe]
    assert found == []
