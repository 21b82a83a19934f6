"""PREDICT with every supervised sub-model: predictions and metrics against scikit-learn."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.inspection import permutation_importance
from sklearn.linear_model import Lasso, LinearRegression, LogisticRegression, Ridge
from sklearn.model_selection import KFold, StratifiedKFold, cross_validate
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC, SVR
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

from ikigai.local.engine.models import artifacts
from ikigai.local.engine_contract import RunError, StoredModel

from .conftest import FileContext, chain, exported, facet, imported, run

PREDICT = "M_016"
FEATURES = ["x1", "x2", "x3"]


def _data(classification: bool) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(120, 3)).round(3)
    frame = pd.DataFrame(x, columns=FEATURES)
    signal = 2.0 * x[:, 0] - 1.0 * x[:, 1] + 0.5 * x[:, 2]
    if classification:
        frame["target"] = np.where(signal + rng.normal(scale=0.5, size=120) > 0, "yes", "no")
    else:
        frame["target"] = (signal + 3 + rng.normal(scale=0.3, size=120)).round(3)
    return frame


CASES: list[tuple[str, str, bool, dict[str, Any], Any]] = [
    ("Linear", "Base", False, {}, LinearRegression()),
    ("Linear", "Base", True, {}, LogisticRegression()),
    ("Linear", "Lasso", False, {"alpha": 0.1}, Lasso(alpha=0.1)),
    ("Linear", "Ridge", False, {"alpha": 2}, Ridge(alpha=2)),
    ("Linear", "Logistic", True, {"C": 0.5}, LogisticRegression(C=0.5)),
    (
        "Decision Trees",
        "Base",
        False,
        {"max_depth": 3},
        DecisionTreeRegressor(max_depth=3, random_state=0),
    ),
    ("Decision Trees", "Base", True, {}, DecisionTreeClassifier(random_state=0)),
    (
        "Decision Trees",
        "Random Forest",
        False,
        {"n_estimators": 20},
        RandomForestRegressor(n_estimators=20, random_state=0),
    ),
    (
        "Decision Trees",
        "Random Forest",
        True,
        {"n_estimators": 20},
        RandomForestClassifier(n_estimators=20, random_state=0),
    ),
    (
        "Nearest Neighbors",
        "Knn",
        False,
        {"n_neighbors": 4},
        make_pipeline(StandardScaler(), KNeighborsRegressor(4)),
    ),
    (
        "Nearest Neighbors",
        "Knn",
        True,
        {"weights": "distance"},
        make_pipeline(StandardScaler(), KNeighborsClassifier(weights="distance")),
    ),
    ("Naive Bayes", "Gaussian", True, {}, GaussianNB()),
    ("Svm", "Base", False, {"C": 2}, make_pipeline(StandardScaler(), SVR(C=2))),
    (
        "Svm",
        "Base",
        True,
        {"kernel": "linear"},
        make_pipeline(StandardScaler(), SVC(kernel="linear")),
    ),
]


def _predict_facet(**arguments: Any) -> dict[str, Any]:
    return facet("p", PREDICT, model_name="m", **arguments)


@pytest.mark.parametrize(
    ("model_type", "sub_model", "classification", "hyper", "reference"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{'class' if c[2] else 'reg'}" for c in CASES],
)
def test_predict_trains_like_scikit_learn(
    ctx: FileContext,
    model_type: str,
    sub_model: str,
    classification: bool,
    hyper: dict[str, Any],
    reference: Any,
) -> None:
    frame = _data(classification)
    ctx.add_dataset("d", frame)
    ctx.add_model("m", model_type, sub_model)
    node = _predict_facet(
        version="v1", hyperparameters=hyper, parameters={"target_column": "target"}
    )
    outcome = run(ctx, chain(imported("d"), node, exported("scored")))

    x, y = frame[FEATURES], frame["target"]
    expected = reference.fit(x, y).predict(x)
    got = ctx.exported("scored")
    pd.testing.assert_frame_equal(got[[*FEATURES, "target"]], frame)
    if classification:
        assert list(got["target_predicted"]) == list(expected)
    else:
        np.testing.assert_allclose(got["target_predicted"], expected, rtol=1e-6, atol=1e-9)

    (version_id,) = outcome.model_versions
    stored = ctx.versions["m-m", "v1"]
    assert stored.version_id == version_id
    assert {k: stored.hyperparameters[k] for k in hyper} == hyper
    splitter: Any = (StratifiedKFold if classification else KFold)(5, shuffle=True, random_state=0)
    names = (
        ["accuracy", "balanced_accuracy"]
        if classification
        else ["r2", "neg_mean_absolute_error", "neg_mean_squared_error"]
    )
    scores = cross_validate(reference, x, y, cv=splitter, scoring=names, return_train_score=True)
    performance = stored.metrics["performance"]
    assert sorted(performance) == sorted(names)
    for name in names:
        assert performance[name]["average_test"] == pytest.approx(
            np.mean(scores[f"test_{name}"]), rel=1e-6
        )
        assert performance[name]["average_train"] == pytest.approx(
            np.mean(scores[f"train_{name}"]), rel=1e-6
        )
    permutation = stored.metrics["feature_importance"]["permutation"]
    found = permutation_importance(reference.fit(x, y), x, y, n_repeats=5, random_state=0)
    np.testing.assert_allclose(
        [permutation[f] for f in FEATURES], found.importances_mean, atol=1e-9
    )


def test_the_guides_lasso_flow_trains_a_version_then_reuses_it(ctx: FileContext) -> None:
    frame = _data(False)
    ctx.add_dataset("my-input-dataset-id", frame)
    ctx.add_model("my-model-name", "Linear", "Lasso")
    definition = chain(
        facet(
            "513d3056",
            "I_005",
            dataset_id="my-input-dataset-id",
            file_type="csv",
            header=True,
            use_raw_file=False,
        ),
        facet(
            "9146ad13",
            PREDICT,
            model_name="my-model-name",
            model_version="initial",
            hyperparameters={"alpha": 0.1, "fit_intercept": True},
            parameters={"target_column": "target"},
        ),
        facet(
            "ae68b1b3", "O_005", dataset_name="my-output-dataset-name", file_type="csv", header=True
        ),
    )
    outcome = run(ctx, definition)
    assert len(outcome.model_versions) == 1
    stored = ctx.versions["m-my-model-name", "initial"]
    assert stored.hyperparameters == {"alpha": 0.1, "fit_intercept": True}
    lasso = Lasso(alpha=0.1).fit(frame[FEATURES], frame["target"])
    importance = stored.metrics["feature_importance"]
    np.testing.assert_allclose([importance["linear_base"][f] for f in FEATURES], lasso.coef_)
    centred = frame[FEATURES] - frame[FEATURES].mean()
    shapley = (centred * lasso.coef_).abs().mean()
    np.testing.assert_allclose([importance["shapley"][f] for f in FEATURES], shapley, atol=1e-9)
    assert stored.metrics["performance"]["r2"]["average_test"] > 0.8
    estimator = artifacts.load(stored.artifact)["estimator"]

    # A second run on other data reuses the stored version instead of training again.
    other = frame.assign(x1=frame["x1"] * 10)
    ctx.add_dataset("my-input-dataset-id", other)
    outcome = run(ctx, definition)
    assert outcome.model_versions == []
    predicted = ctx.exported("my-output-dataset-name")["target_predicted"]
    np.testing.assert_allclose(predicted, estimator.predict(other[FEATURES]))
    np.testing.assert_allclose(predicted, lasso.predict(other[FEATURES]))


def test_text_features_are_one_hot_encoded(ctx: FileContext) -> None:
    frame = pd.DataFrame(
        {"colour": ["red", "blue", "red", "green", "blue", "red"] * 5, "size": range(30)}
    )
    frame["price"] = frame["size"] * 2.0 + frame["colour"].map(
        {"red": 10.0, "blue": 0.0, "green": 5.0}
    )
    ctx.add_dataset("d", frame)
    ctx.add_model("m", "Linear", "Base")
    node = _predict_facet(version="v", parameters={"target_column": "price"})
    run(ctx, chain(imported("d"), node, exported("priced")))
    encoded = pd.get_dummies(frame[["colour", "size"]], dtype=float)
    expected = LinearRegression().fit(encoded, frame["price"]).predict(encoded)
    np.testing.assert_allclose(ctx.exported("priced")["price_predicted"], expected, atol=1e-6)


@pytest.mark.parametrize(
    ("node_arguments", "words"),
    [
        ({"parameters": {"target_column": "target"}}, "needs a version name"),
        ({"version": "v", "parameters": {}}, "target_column"),
        (
            {
                "version": "v",
                "parameters": {"target_column": "target"},
                "hyperparameters": {"beta": 1},
            },
            "hyperparameters.'beta'",
        ),
        (
            {
                "version": "v",
                "parameters": {"target_column": "target"},
                "hyperparameters": {"alpha": "big"},
            },
            "alpha must be NUMBER",
        ),
    ],
)
def test_predict_rejects_bad_model_arguments(
    ctx: FileContext, node_arguments: dict[str, Any], words: str
) -> None:
    ctx.add_dataset("d", _data(False))
    ctx.add_model("m", "Linear", "Lasso")
    with pytest.raises(RunError) as raised:
        run(ctx, chain(imported("d"), _predict_facet(**node_arguments), exported("never")))
    assert raised.value.facet_id == "p"
    assert words in raised.value.message
    assert not ctx.versions


def test_lasso_needs_a_numeric_target(ctx: FileContext) -> None:
    ctx.add_dataset("d", _data(True))
    ctx.add_model("m", "Linear", "Lasso")
    node = _predict_facet(version="v", parameters={"target_column": "target"})
    with pytest.raises(RunError, match="needs a numeric target"):
        run(ctx, chain(imported("d"), node, exported("never")))


@pytest.mark.parametrize(
    ("model_type", "sub_model"), [("Vectorizer", "OpenAI"), ("Embedding", "Lgmt1")]
)
def test_hidden_model_types_are_not_available_locally(
    ctx: FileContext, model_type: str, sub_model: str
) -> None:
    ctx.add_dataset("d", _data(False))
    ctx.add_model("m", model_type, sub_model)
    with pytest.raises(RunError, match="not available on the local platform"):
        run(ctx, chain(imported("d"), _predict_facet(version="v"), exported("never")))


def test_a_model_that_does_not_exist_fails(ctx: FileContext) -> None:
    ctx.add_dataset("d", _data(False))
    with pytest.raises(RunError, match="no model named 'm'"):
        run(ctx, chain(imported("d"), _predict_facet(version="v"), exported("never")))


def test_a_date_feature_trains_a_version_that_a_later_run_loads(ctx: FileContext) -> None:
    """Date, boolean and text features become text categories: a stored version holds no
    type its stored form cannot carry, and prediction sees what training saw."""
    days = pd.date_range("2024-01-01", periods=40, freq="D")
    frame = pd.DataFrame(
        {
            "day": days.strftime("%Y-%m-%d"),
            "flag": [i % 2 == 0 for i in range(40)],
            "x": np.arange(40, dtype=float),
            "y": np.arange(40, dtype=float) * 2 + 1,
        }
    )
    ctx.models["m"] = StoredModel("model-1", "m", "Linear", "Base")
    ctx.add_dataset("d", frame)
    node = facet("p", PREDICT, model_name="m", version="v1", parameters={"target_column": "y"})
    run(ctx, chain(imported("d"), node, exported("first")))
    run(ctx, chain(imported("d"), node, exported("again")))
    first, again = ctx.exported("first"), ctx.exported("again")
    pd.testing.assert_series_equal(first["y_predicted"], again["y_predicted"])
    assert ("model-1", "v1") in ctx.versions
