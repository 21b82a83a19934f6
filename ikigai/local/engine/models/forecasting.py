"""Forecasting a table of series: Time Series (one model) and Ai Cast/Base (model selection).

The table holds one or more series: `identifier_columns` tell them apart, `time_column` orders
them and `value_column` holds the values. Each series is sorted by time, its missing values are
filled (`fill_missing_values`; forward fill for Time Series), and the next `interval_to_predict`
values are forecast at the series' usual time step (the median step between its times).

The output has the identifier columns, the time column, the forecast in the value column and
the model used (`model`). Ai Cast also gives a `confidence` interval (`lower`, `upper`: normal
quantiles of the holdout errors), can keep the history (`include_reals`, rows with `type`
"real" beside "forecast"), clips at zero (`nonnegative`) and drops series with more than
`drop_threshold` missing. It picks, per series, the model of `models_to_include` with the
lowest `metric` on a holdout of `holdout_period` values (default `interval_to_predict`), or
averaged over three rolling origins for `eval_method` "cv"; `best_model_only` false forecasts
with every model. Metrics are those errors averaged over the series (`average_test`) and the
one-step-ahead in-sample errors (`average_train`).

Not implemented locally (accepted, no effect): time_budget, computation_budget,
enable_parallel_processing, fine_tune, experiment_selection, return_all_levels,
enable_conformal_interval. `type` "hierarchical" and the models in `forecast.py`'s list of
missing ones fail the run.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from numbers import Real
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.catalog import normalise
from ikigai.local.engine.models.estimators import Array, as_array
from ikigai.local.engine.models.forecast import METRICS, MODELS, Fit, error
from ikigai.local.engine.models.settings import ModelSettings, record_version, stored_artifact
from ikigai.local.narrowing import as_mapping, as_texts

FOLDS = 3


@dataclass(frozen=True)
class Series:
    key: tuple[Any, ...]
    times: pd.Series
    values: Array


@dataclass(frozen=True)
class Evaluation:
    test: dict[str, float | None]
    train: dict[str, float | None]
    errors: Array
    """Holdout errors (forecast minus actual), for the confidence interval."""


def _fill(values: pd.Series, method: str) -> pd.Series:
    if method == "zero":
        return values.fillna(0.0)
    if method == "mean":
        return values.fillna(values.mean())
    if method == "linear":
        values = values.interpolate(method="linear")
    return values.ffill().bfill()


def _series(
    call: FacetCall, settings: ModelSettings, table: str, fill: str, drop_threshold: float
) -> tuple[list[Series], list[str], str, str]:
    time = str(settings.parameters.get("time_column") or "")
    value = str(settings.parameters.get("value_column") or "")
    ids = as_texts(settings.parameters.get("identifier_columns"))
    if not time or not value:
        raise call.fail("the model needs the parameters time_column and value_column")
    call.require_columns(table, [*ids, time, value])
    frame = call.workspace.frame(table, list(dict.fromkeys([*ids, time, value])))
    frame[value] = pd.to_numeric(frame[value], errors="coerce")
    kind = frame[time].dtype
    if not pd.api.types.is_numeric_dtype(kind) and not pd.api.types.is_datetime64_any_dtype(kind):
        try:
            frame[time] = pd.to_datetime(frame[time])
        except (ValueError, TypeError) as error:
            raise call.fail(f"time_column {time!r} holds neither numbers nor times") from error
    groups = frame.groupby(ids, dropna=False, sort=True) if ids else [((), frame)]
    found: list[Series] = []
    for key, group in groups:
        ordered = group.sort_values(time, kind="stable")
        if ordered[value].isna().mean() > drop_threshold or ordered[value].notna().sum() == 0:
            continue
        filled = _fill(ordered[value].reset_index(drop=True), fill)
        keys: tuple[Any, ...] = tuple(key)
        found.append(Series(keys, ordered[time].reset_index(drop=True), as_array(filled, float)))
    if not found:
        raise call.fail("there is no series with enough values to forecast")
    return found, ids, time, value


def _stored_key(key: tuple[Any, ...]) -> tuple[object, ...]:
    """A series key as a version stores it: numbers and text as they are, a missing value as
    None, anything else (times) as text, so that skops needs to trust no pandas type."""

    def plain(value: object) -> object:
        if value is None or value is pd.NA or value is pd.NaT:
            return None
        if isinstance(value, float) and math.isnan(value):
            return None
        return value if isinstance(value, str | Real) else str(value)

    return tuple(plain(value) for value in key)


def _future_times(series: Series, horizon: int) -> list[Any]:
    times = series.times
    if len(times) < 2:
        step: Any = 1
    else:
        step = times.diff().dropna().median()
    return [times.iloc[-1] + step * k for k in range(1, horizon + 1)]


def _origins(length: int, holdout: int, method: str) -> list[int]:
    last = length - holdout
    if method != "cv":
        return [last] if last >= 2 else []
    return [o for o in (last - holdout * k for k in range(FOLDS)) if o >= 2]


def _evaluate(
    model: str, series: Series, hyper: Mapping[str, Any], holdout: int, method: str, weight: float
) -> Evaluation:
    y = series.values
    tests: dict[str, list[float]] = {m: [] for m in METRICS}
    errors: list[Array] = []
    for origin in _origins(len(y), holdout, method):
        fit = MODELS[model](y[:origin], holdout, hyper)
        actual = y[origin : origin + holdout]
        errors.append(fit.forecast[: len(actual)] - actual)
        for metric in METRICS:
            found = error(metric, actual, fit.forecast[: len(actual)], weight)
            if found is not None:
                tests[metric].append(found)
    fitted = MODELS[model](y, 1, hyper).fitted
    train = {m: error(m, y, fitted, weight) for m in METRICS}
    test = {m: float(np.mean(v)) if v else None for m, v in tests.items()}
    return Evaluation(test, train, np.concatenate(errors) if errors else np.array([]))


def _average(evaluations: list[Evaluation]) -> dict[str, dict[str, float | None]]:
    def mean(values: list[float | None]) -> float | None:
        present = [v for v in values if v is not None]
        return float(np.mean(present)) if present else None

    return {
        metric: {
            "average_test": mean([e.test[metric] for e in evaluations]),
            "average_train": mean([e.train[metric] for e in evaluations]),
        }
        for metric in METRICS
    }


def _models_to_include(call: FacetCall, settings: ModelSettings) -> list[str]:
    explicit = any(
        "models_to_include" in (as_mapping(call.node.arguments.get(argument)) or {})
        for argument in ("model_selection", "hyperparameters")
    )
    names = as_texts(settings.hyperparameters.get("models_to_include"))
    missing = [name for name in names if normalise(name) not in MODELS]
    if explicit and missing:
        raise call.fail(
            f"forecasting model(s) {', '.join(missing)} are not available on the local platform "
            f"(available: Additive, Sma, Last_Interval, Holt_Winters)"
        )
    available = [name for name in names if normalise(name) in MODELS]
    if not available:
        raise call.fail("models_to_include names no model available on the local platform")
    return available


def _rows(
    series: Series, fit: Fit, model: str, horizon: int, ids: list[str], time: str, value: str
) -> pd.DataFrame:
    rows = {name: [series.key[i]] * horizon for i, name in enumerate(ids)}
    rows[time] = _future_times(series, horizon)
    rows[value] = list(fit.forecast)
    rows["model"] = [model] * horizon
    return pd.DataFrame(rows)


def _write(call: FacetCall, frames: list[pd.DataFrame]) -> str:
    return call.workspace.from_frame(call.output_table(), pd.concat(frames, ignore_index=True))


def _horizon(call: FacetCall, hyper: Mapping[str, Any]) -> tuple[int, int]:
    horizon = int(hyper.get("interval_to_predict") or 10)
    holdout = int(hyper.get("holdout_period") or horizon)
    if horizon < 1 or holdout < 1:
        raise call.fail("interval_to_predict and holdout_period must be at least 1")
    return horizon, holdout


def run_time_series(call: FacetCall, settings: ModelSettings, table: str) -> str:
    """Time Series/<model>: forecast every series with that one model."""
    hyper = settings.hyperparameters
    horizon, holdout = _horizon(call, hyper)
    model = settings.key[1]
    found, ids, time, value = _series(call, settings, table, "forward_fill", 1.0)
    evaluations = [_evaluate(model, s, hyper, holdout, "holdout", 0.5) for s in found]
    if stored_artifact(call, settings) is None:
        metrics = {"performance": _average(evaluations), "feature_importance": {}}
        record_version(call, settings, metrics, {"model": model})
    frames = [
        _rows(
            s,
            MODELS[model](s.values, horizon, hyper),
            settings.sub_model.name,
            horizon,
            ids,
            time,
            value,
        )
        for s in found
    ]
    return _write(call, frames)


def run_ai_cast(call: FacetCall, settings: ModelSettings, table: str) -> str:
    """Ai Cast/Base: per series, pick among the available models and forecast."""
    hyper = settings.hyperparameters
    if hyper.get("type") == "hierarchical":
        raise call.fail("hierarchical forecasting is not available on the local platform")
    stored = stored_artifact(call, settings)
    if settings.parameters.get("mode") == "inference" and stored is None:
        raise call.fail(
            f"mode 'inference' needs a trained version; {settings.version!r} is not one"
        )
    horizon, holdout = _horizon(call, hyper)
    candidates = _models_to_include(call, settings)
    metric = str(hyper.get("metric") or "mean_absolute_percentage_error")
    method = str(hyper.get("eval_method") or "cv")
    found, ids, time, value = _series(
        call, settings, table, str(hyper.get("fill_missing_values")), float(hyper["drop_threshold"])
    )
    chosen: dict[tuple[object, ...], str] = dict(stored["selected"]) if stored else {}
    z = NormalDist().inv_cdf(0.5 + float(hyper.get("confidence") or 0.7) / 2)
    frames: list[pd.DataFrame] = []
    best_evaluations: list[Evaluation] = []
    for series in found:
        evaluations = {
            name: _evaluate(normalise(name), series, hyper, holdout, method, 0.5)
            for name in candidates
        }

        def score(name: str, evaluations: dict[str, Evaluation] = evaluations) -> float:
            found_error = evaluations[name].test[metric]
            return found_error if found_error is not None else float("inf")

        key = _stored_key(series.key)
        best = chosen.get(key) or min(candidates, key=score)
        chosen[key] = best
        best_evaluations.append(
            evaluations.get(best) or _evaluate(normalise(best), series, hyper, holdout, method, 0.5)
        )
        for name in [best] if hyper.get("best_model_only", True) else candidates:
            fit = MODELS[normalise(name)](series.values, horizon, hyper)
            rows = _rows(series, fit, name, horizon, ids, time, value)
            errors = evaluations[name].errors if name in evaluations else np.array([])
            spread = z * float(np.std(errors)) if len(errors) else 0.0
            rows["lower"], rows["upper"] = rows[value] - spread, rows[value] + spread
            rows["type"] = "forecast"
            frames.append(rows)
    if hyper.get("nonnegative"):
        for rows in frames:
            rows[[value, "lower", "upper"]] = rows[[value, "lower", "upper"]].clip(lower=0)
    if hyper.get("include_reals", True):
        frames = [_reals(found, ids, time, value), *frames]
    if stored is None:
        metrics = {"performance": _average(best_evaluations), "feature_importance": {}}
        # Pairs, not a dict: skops stores only text and number keys.
        record_version(call, settings, metrics, {"selected": list(chosen.items())})
    return _write(call, frames)


def _reals(found: list[Series], ids: list[str], time: str, value: str) -> pd.DataFrame:
    frames: list[pd.DataFrame] = []
    for series in found:
        rows = {name: [series.key[i]] * len(series.values) for i, name in enumerate(ids)}
        rows[time] = list(series.times)
        rows[value] = list(series.values)
        frame = pd.DataFrame(rows)
        frame["model"], frame["lower"], frame["upper"], frame["type"] = None, np.nan, np.nan, "real"
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)
