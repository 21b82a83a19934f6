"""Clustering, dimensionality reduction, anomaly detection and imputation against scikit-learn."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.ensemble import IsolationForest
from sklearn.impute import KNNImputer, SimpleImputer
from sklearn.metrics import silhouette_score
from sklearn.model_selection import KFold

from .conftest import FileContext, chain, exported, facet, imported, run

PREDICT = "M_016"


def _blobs() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    centres = np.array([[0.0, 0.0], [6.0, 6.0], [0.0, 8.0]])
    points = np.vstack([centre + rng.normal(scale=0.7, size=(30, 2)) for centre in centres]).round(
        4
    )
    frame = pd.DataFrame(points, columns=["a", "b"])
    frame["c"] = (frame["a"] * 0.5 + rng.normal(scale=0.1, size=90)).round(4)
    frame["name"] = [f"p{i}" for i in range(90)]
    return frame


def _run_model(
    ctx: FileContext, frame: pd.DataFrame, model: tuple[str, str], **arguments: Any
) -> pd.DataFrame:
    ctx.add_dataset("d", frame)
    ctx.add_model("m", *model)
    node = facet("p", PREDICT, model_name="m", version="v", **arguments)
    run(ctx, chain(imported("d"), node, exported("out")))
    return ctx.exported("out")


def test_kmeans_labels_and_silhouette(ctx: FileContext) -> None:
    frame = _blobs()
    got = _run_model(
        ctx,
        frame,
        ("Clustering", "Kmeans"),
        hyperparameters={"n_clusters": 3},
        parameters={"feature_columns": ["a", "b"]},
    )
    x = frame[["a", "b"]].to_numpy()
    expected = KMeans(n_clusters=3, random_state=0, n_init="auto").fit_predict(x)
    assert list(got["cluster"]) == list(expected)
    tests = []
    for train, test in KFold(5, shuffle=True, random_state=0).split(x):
        model = KMeans(n_clusters=3, random_state=0, n_init="auto").fit(x[train])
        tests.append(silhouette_score(x[test], model.predict(x[test]), random_state=0))
    silhouette = ctx.versions["m-m", "v"].metrics["performance"]["silhouette"]
    assert silhouette["average_test"] == pytest.approx(np.mean(tests))


def test_pca_components(ctx: FileContext) -> None:
    frame = _blobs()
    got = _run_model(
        ctx, frame, ("Dimensionality Reduction", "Pca"), hyperparameters={"n_components": 2}
    )
    x = frame[["a", "b", "c"]].to_numpy()
    expected = PCA(n_components=2).fit_transform(x)
    np.testing.assert_allclose(got[["component_0", "component_1"]].to_numpy(), expected, atol=1e-9)
    assert list(got.columns[:4]) == list(frame.columns)
    explained = ctx.versions["m-m", "v"].metrics["performance"]["explained_variance"][
        "average_train"
    ]
    assert 0.9 < explained <= 1.0


def test_isolation_forest_flags(ctx: FileContext) -> None:
    frame = _blobs()
    frame.loc[5, ["a", "b", "c"]] = [40.0, -40.0, 30.0]
    got = _run_model(
        ctx,
        frame,
        ("Anomaly Detection", "Isolation Forest"),
        hyperparameters={"contamination": 0.05},
        parameters={"output_column": "odd"},
    )
    x = frame[["a", "b", "c"]].to_numpy()
    expected = IsolationForest(contamination=0.05, random_state=0).fit(x).predict(x) == -1
    assert list(got["odd"]) == list(expected.astype(int))
    assert got.loc[5, "odd"] == 1


@pytest.mark.parametrize(
    ("sub_model", "hyper", "reference"),
    [
        ("Simple", {"strategy": "median"}, SimpleImputer(strategy="median")),
        ("Simple", {}, SimpleImputer(strategy="mean")),
        ("Knn", {"n_neighbors": 3}, KNNImputer(n_neighbors=3)),
    ],
)
def test_imputation_fills_like_scikit_learn(
    ctx: FileContext, sub_model: str, hyper: dict[str, Any], reference: Any
) -> None:
    frame = _blobs()
    rng = np.random.default_rng(1)
    for column in ("a", "b", "c"):
        frame.loc[rng.choice(90, 10, replace=False), column] = np.nan
    got = _run_model(
        ctx,
        frame,
        ("Imputation", sub_model),
        hyperparameters=hyper,
        parameters={"target_columns": ["a", "b", "c"]},
    )
    expected = reference.fit_transform(frame[["a", "b", "c"]].to_numpy())
    np.testing.assert_allclose(got[["a", "b", "c"]].to_numpy(), expected, atol=1e-9)
    assert list(got["name"]) == list(frame["name"])
    recovery = ctx.versions["m-m", "v"].metrics["performance"]["neg_root_mean_squared_error"]
    assert recovery["average_test"] < 0
