"""Unsupervised models: Clustering, Dimensionality Reduction, Anomaly Detection, Imputation.

Each fits on the numeric feature columns (the `feature_columns` / `target_columns` parameter, or
every numeric column), with missing values replaced by the column median except for Imputation,
and then labels or transforms every row:

* Clustering/Kmeans appends the cluster number (`output_column`, default `cluster`);
* Dimensionality Reduction/Pca appends `n_components` columns `<output_prefix>0`, `1`, …;
* Anomaly Detection/Isolation Forest appends 1 for an anomaly and 0 otherwise;
* Imputation/Simple and /Knn replace the missing values of the target columns.

Metrics are 5-fold cross-validated: silhouette (clustering), the fraction of variance explained
(PCA), the fraction flagged (anomalies), and for imputation the negated RMSE of recovering 10 %
of the known values hidden at random.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.libraries import library
from ikigai.local.engine.models.batches import apply_in_batches
from ikigai.local.engine.models.estimators import (
    Array,
    as_array,
    imputer,
    isolation_forest,
    kmeans,
    median_imputer,
    pca,
)
from ikigai.local.engine.models.settings import ModelSettings, record_version, stored_artifact
from ikigai.local.engine.workspace import is_numeric
from ikigai.local.narrowing import as_texts

sk_metrics = library("sklearn.metrics")
model_selection = library("sklearn.model_selection")

FOLDS = 5
SILHOUETTE_ROWS = 2_000

Score = Callable[[Any, Array], float | None]
"""(fitted model, rows) → the metric on those rows."""


def _features(call: FacetCall, settings: ModelSettings, table: str, parameter: str) -> list[str]:
    types = dict(call.workspace.columns(table))
    named = as_texts(settings.parameters.get(parameter))
    call.require_columns(table, named)
    wrong = [name for name in named if not is_numeric(types[name])]
    if wrong:
        raise call.fail(f"needs numeric columns; not numeric: {', '.join(wrong)}")
    features = named or [name for name, kind in types.items() if is_numeric(kind)]
    if not features:
        raise call.fail("there are no numeric columns to use")
    return features


def _matrix(call: FacetCall, table: str, features: list[str], cap: int) -> Array:
    frame = call.workspace.frame(table, features)
    if len(frame) > cap:
        frame = frame.sample(n=cap, random_state=0)
    return as_array(frame.to_numpy(dtype=float, na_value=np.nan), dtype=float)


def _cross_validated(
    x: Array, fit: Callable[[Array], Any], score: Score
) -> dict[str, float | None]:
    folds = min(FOLDS, len(x))
    if folds < 2:
        return {"average_test": None, "average_train": None}
    tests: list[float] = []
    trains: list[float] = []
    for train, test in model_selection.KFold(folds, shuffle=True, random_state=0).split(x):
        model = fit(x[train])
        for rows, scores in ((x[test], tests), (x[train], trains)):
            value = score(model, rows)
            if value is not None:
                scores.append(value)
    return {
        "average_test": float(np.mean(tests)) if tests else None,
        "average_train": float(np.mean(trains)) if trains else None,
    }


def _filled(x: Array) -> Array:
    return as_array(median_imputer().fit(x).transform(x), dtype=float) if np.isnan(x).any() else x


def _silhouette(model: Any, rows: Array) -> float | None:
    labels = as_array(model.predict(_filled(rows)))
    if len(set(labels.tolist())) < 2 or len(set(labels.tolist())) >= len(rows):
        return None
    return float(
        sk_metrics.silhouette_score(
            _filled(rows), labels, sample_size=min(len(rows), SILHOUETTE_ROWS), random_state=0
        )
    )


def _explained(model: Any, rows: Array) -> float | None:
    filled = _filled(rows)
    reconstructed = as_array(model.inverse_transform(model.transform(filled)), dtype=float)
    total = float(((filled - as_array(model.mean_, dtype=float)) ** 2).sum())
    return None if total == 0 else 1.0 - float(((filled - reconstructed) ** 2).sum()) / total


def _flagged(model: Any, rows: Array) -> float | None:
    return float((as_array(model.predict(_filled(rows))) == -1).mean())


def _recovery(hyper: dict[str, Any], sub_model: str) -> Score:
    def score(model: Any, rows: Array) -> float | None:
        known = np.argwhere(~np.isnan(rows))
        if len(known) == 0:
            return None
        picked = np.random.default_rng(0).choice(
            len(known), max(1, len(known) // 10), replace=False
        )
        hidden = known[picked]
        masked = rows.copy()
        masked[hidden[:, 0], hidden[:, 1]] = np.nan
        restored = as_array(model.transform(masked), dtype=float)
        errors = restored[hidden[:, 0], hidden[:, 1]] - rows[hidden[:, 0], hidden[:, 1]]
        return -float(np.sqrt(np.mean(errors**2)))

    return score


def _fit_and_measure(
    call: FacetCall,
    settings: ModelSettings,
    x: Array,
    make: Callable[[], Any],
    score: Score,
    fill: bool,
) -> Any:
    def fit(rows: Array) -> Any:
        model = make()
        if not fill:
            model.fit(rows)
            return model
        medians = as_array(np.nanmedian(rows, axis=0), dtype=float)
        model.fit(np.where(np.isnan(rows), medians, rows))
        model.ikigai_medians = medians
        return model

    metric = settings.sub_model.performance[0] if settings.sub_model.performance else None
    performance = {metric: _cross_validated(x, fit, score)} if metric else {}
    model = fit(x)
    record_version(
        call, settings, {"performance": performance, "feature_importance": {}}, {"estimator": model}
    )
    return model


def run(call: FacetCall, settings: ModelSettings, table: str) -> str:
    family, sub_model = settings.key
    hyper = settings.hyperparameters
    parameter = "target_columns" if family == "imputation" else "feature_columns"
    features = _features(call, settings, table, parameter)
    stored = stored_artifact(call, settings)
    make: Callable[[], Any]
    score: Score
    if family == "clustering":
        make, score = (lambda: kmeans(hyper)), _silhouette
    elif family == "dimensionalityreduction":
        if int(hyper["n_components"]) > len(features):
            raise call.fail(f"n_components is larger than the {len(features)} feature columns")
        make, score = (lambda: pca(hyper)), _explained
    elif family == "anomalydetection":
        make, score = (lambda: isolation_forest(hyper)), _flagged
    else:
        make, score = (lambda: imputer(sub_model, hyper)), _recovery(hyper, sub_model)
    fill = family != "imputation"
    if stored is not None:
        model = stored["estimator"]
    else:
        x = _matrix(call, table, features, max(call.limits.cv_max_rows, 1))
        if len(x) == 0:
            raise call.fail("there are no rows to fit the model on")
        model = _fit_and_measure(call, settings, x, make, score, fill)
    return apply_in_batches(call, table, features, _apply(family, settings, model, features))


def _apply(
    family: str, settings: ModelSettings, model: Any, features: list[str]
) -> Callable[[pd.DataFrame], dict[str, Array]]:
    def columns(frame: pd.DataFrame) -> dict[str, Array]:
        x = as_array(frame.to_numpy(dtype=float, na_value=np.nan), dtype=float)
        if family == "imputation":
            restored = as_array(model.transform(x), dtype=float)
            return {name: restored[:, index] for index, name in enumerate(features)}
        x = _filled_with(model, x)
        if family == "clustering":
            name = str(settings.parameters.get("output_column") or "cluster")
            return {name: as_array(model.predict(x), dtype=np.int64)}
        if family == "anomalydetection":
            name = str(settings.parameters.get("output_column") or "anomaly")
            return {name: (as_array(model.predict(x)) == -1).astype(np.int64)}
        prefix = str(settings.parameters.get("output_prefix") or "component_")
        reduced = as_array(model.transform(x), dtype=float)
        return {f"{prefix}{i}": reduced[:, i] for i in range(reduced.shape[1])}

    return columns


def _filled_with(model: Any, x: Array) -> Array:
    """Missing feature values → the medians the model was fitted with (kept on the model)."""
    medians = getattr(model, "ikigai_medians", None)
    if medians is None or not np.isnan(x).any():
        return x
    return np.where(np.isnan(x), as_array(medians, dtype=float), x)
