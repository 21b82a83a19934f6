"""Supervised models (Linear, Decision Trees, Nearest Neighbors, Naive Bayes, Svm).

Training uses every row with a target value; the features are the `feature_columns` parameter or
every other column. A numeric target makes a regression, any other target a classification
(Lasso and Ridge need a numeric target; Logistic and Naive Bayes always classify). Metrics are
5-fold cross-validated (stratified for classification when every class has 5 rows) on at most
`Limits.cv_max_rows` sampled rows; predictions are appended as `<target>_predicted` (or the
`prediction_column` parameter), batch by batch so that the table need not fit in memory.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.libraries import library
from ikigai.local.engine.models.batches import apply_in_batches, as_categories
from ikigai.local.engine.models.estimators import (
    CLASSIFIERS,
    REGRESSORS,
    Estimator,
    as_array,
    supervised_pipeline,
)
from ikigai.local.engine.models.settings import ModelSettings, record_version, stored_artifact
from ikigai.local.narrowing import as_texts

inspection = library("sklearn.inspection")
model_selection = library("sklearn.model_selection")

REGRESSION_METRICS = ("r2", "neg_mean_absolute_error", "neg_mean_squared_error")
CLASSIFICATION_METRICS = ("accuracy", "balanced_accuracy")
FOLDS = 5
IMPORTANCE_ROWS = 5_000


def _is_classification(call: FacetCall, settings: ModelSettings, target: pd.Series) -> bool:
    key = settings.key
    numeric = pd.api.types.is_numeric_dtype(target) and not pd.api.types.is_bool_dtype(target)
    if key not in REGRESSORS:
        return True
    if key not in CLASSIFIERS:
        if not numeric:
            raise call.fail(f"{settings.sub_model.name} needs a numeric target column")
        return False
    return not numeric


def _sample(frame: pd.DataFrame, rows: int) -> pd.DataFrame:
    return frame if len(frame) <= rows else frame.sample(n=rows, random_state=0)


def _finite(value: Any) -> float | None:
    number = float(value)
    return number if math.isfinite(number) else None


def _performance(
    pipeline: Estimator, x: pd.DataFrame, y: pd.Series, classification: bool
) -> dict[str, dict[str, float | None]]:
    folds = min(FOLDS, len(x))
    if folds < 2:
        return {}
    splitter: Any = model_selection.KFold(folds, shuffle=True, random_state=0)
    if classification and int(y.value_counts().min()) >= folds:
        splitter = model_selection.StratifiedKFold(folds, shuffle=True, random_state=0)
    names = CLASSIFICATION_METRICS if classification else REGRESSION_METRICS
    scores: dict[str, Any] = model_selection.cross_validate(
        pipeline, x, y, cv=splitter, scoring=list(names), return_train_score=True
    )
    return {
        name: {
            "average_test": _finite(np.mean(scores[f"test_{name}"])),
            "average_train": _finite(np.mean(scores[f"train_{name}"])),
        }
        for name in names
    }


def _coefficients(pipeline: Any) -> tuple[list[str], Any] | None:
    model = pipeline.named_steps["model"]
    if not hasattr(model, "coef_"):
        return None
    names = [str(name) for name in pipeline.named_steps["prepare"].get_feature_names_out()]
    return names, as_array(model.coef_, dtype=float)


def _importance(
    kinds: tuple[str, ...], pipeline: Any, x: pd.DataFrame, y: pd.Series
) -> dict[str, dict[str, float | None]]:
    result: dict[str, dict[str, float | None]] = {}
    sample = _sample(pd.concat([x, y], axis=1), IMPORTANCE_ROWS)
    xs, ys = sample[x.columns], sample[y.name]
    if "permutation" in kinds:
        found: Any = inspection.permutation_importance(
            pipeline, xs, ys, n_repeats=5, random_state=0
        )
        means = as_array(found.importances_mean, dtype=float)
        result["permutation"] = {str(c): _finite(v) for c, v in zip(x.columns, means, strict=True)}
    coefficients = _coefficients(pipeline)
    if coefficients is not None:
        names, coef = coefficients
        flat = coef if coef.ndim == 1 else (coef[0] if coef.shape[0] == 1 else np.abs(coef).mean(0))
        if "linear_base" in kinds:
            result["linear_base"] = {n: _finite(v) for n, v in zip(names, flat, strict=True)}
        if "shapley" in kinds:
            # Exact Shapley values of a linear model with independent features:
            # phi_j(x) = w_j (x_j - E[x_j]); reported as the mean absolute value.
            prepared = as_array(pipeline.named_steps["prepare"].transform(xs), dtype=float)
            centred = prepared - prepared.mean(axis=0)
            phi = np.abs(centred * flat).mean(axis=0)
            result["shapley"] = {n: _finite(v) for n, v in zip(names, phi, strict=True)}
    model = pipeline.named_steps["model"]
    if "impurity" in kinds and hasattr(model, "feature_importances_"):
        names = [str(n) for n in pipeline.named_steps["prepare"].get_feature_names_out()]
        values = as_array(model.feature_importances_, dtype=float)
        result["impurity"] = {n: _finite(v) for n, v in zip(names, values, strict=True)}
    return result


def _features(
    call: FacetCall, settings: ModelSettings, columns: list[str], target: str
) -> list[str]:
    named = as_texts(settings.parameters.get("feature_columns"))
    features = named or [name for name in columns if name != target]
    missing = [name for name in [*features, target] if name not in columns]
    if missing:
        raise call.fail(f"no such column(s): {', '.join(missing)}")
    if not features:
        raise call.fail("there are no feature columns")
    return features


def _train(call: FacetCall, settings: ModelSettings, table: str, target: str) -> dict[str, Any]:
    columns = call.workspace.column_names(table)
    features = _features(call, settings, columns, target)
    frame = call.workspace.frame(table, [*features, target])
    frame = frame[frame[target].notna()].reset_index(drop=True)
    if len(frame) < 2:
        raise call.fail("needs at least two rows with a target value to train")
    y = frame[target]
    classification = _is_classification(call, settings, y)
    if classification:
        y = y.astype(str)
    x = frame[features]
    numeric = [c for c in features if pd.api.types.is_numeric_dtype(x[c])]
    categorical = [c for c in features if c not in numeric]
    x = as_categories(x, categorical)

    def build() -> Estimator:
        return supervised_pipeline(
            settings.key, classification, settings.hyperparameters, numeric, categorical
        )

    sample = _sample(pd.concat([x, y], axis=1), call.limits.cv_max_rows)
    performance = _performance(build(), sample[features], sample[target], classification)
    pipeline = build()
    pipeline.fit(x, y)
    importance = _importance(settings.sub_model.feature_importance, pipeline, x, y)
    artifact = {
        "estimator": pipeline,
        "features": features,
        "categorical": categorical,
        "target": target,
        "classification": classification,
    }
    metrics = {"performance": performance, "feature_importance": importance}
    record_version(call, settings, metrics, artifact)
    return artifact


def run(call: FacetCall, settings: ModelSettings, table: str) -> str:
    target = settings.parameters.get("target_column")
    if not isinstance(target, str) or not target:
        raise call.fail("the model needs the parameter target_column")
    artifact = stored_artifact(call, settings) or _train(call, settings, table, target)
    estimator: Estimator = artifact["estimator"]
    features: list[str] = artifact["features"]
    categorical: list[str] = artifact["categorical"]
    call.require_columns(table, features)
    output = str(settings.parameters.get("prediction_column") or f"{target}_predicted")
    if output in call.workspace.column_names(table):
        raise call.fail(f"the table already has a column {output!r}")
    return apply_in_batches(
        call,
        table,
        features,
        lambda x: {output: as_array(estimator.predict(x))},
        object_columns=categorical,
    )
