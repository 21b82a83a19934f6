"""Simple, honest forecasting models and the error metrics used to compare them.

Every model takes a gap-free series `y` and a horizon and returns its one-step-ahead in-sample
predictions (`fitted`, NaN where there is no history yet) and the next `horizon` values:

* Last_Interval: the last value, repeated;
* Sma: the mean of the last `window` values, repeated (fitted: the mean of the previous window);
* Holt_Winters: additive exponential smoothing of level, trend and (given `seasonal_periods`
  and two full seasons) season, with smoothing weights alpha, beta, gamma;
* Additive: least squares on an intercept, a linear trend and (given `seasonal_periods`)
  one indicator per season position, extrapolated.

Ai Cast's other model names (Lgmt1, Sarimax, Deepar, …) are not implemented locally.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from ikigai.local.engine.models.estimators import Array


@dataclass(frozen=True)
class Fit:
    fitted: Array
    forecast: Array


def last_interval(y: Array, horizon: int) -> Fit:
    fitted = np.concatenate([[np.nan], y[:-1]])
    return Fit(fitted, np.full(horizon, y[-1]))


def sma(y: Array, horizon: int, window: int) -> Fit:
    window = max(1, window)
    fitted = np.array([np.nan] + [y[max(0, t - window) : t].mean() for t in range(1, len(y))])
    return Fit(fitted, np.full(horizon, y[-window:].mean()))


def holt_winters(
    y: Array, horizon: int, alpha: float, beta: float, gamma: float, period: int | None
) -> Fit:
    n = len(y)
    fitted = np.full(n, np.nan)
    if period is not None and period >= 2 and n >= 2 * period:
        level = float(y[:period].mean())
        trend = float((y[period : 2 * period].mean() - level) / period)
        season = [float(value) - level for value in y[:period]]
        start = period
    else:
        period = None
        level, trend, season, start = float(y[0]), float(y[1] - y[0]) if n > 1 else 0.0, [0.0], 1
    m = period or 1
    for t in range(start, n):
        s = season[t % m] if period else 0.0
        fitted[t] = level + trend + s
        new_level = alpha * (y[t] - s) + (1 - alpha) * (level + trend)
        trend = beta * (new_level - level) + (1 - beta) * trend
        if period:
            season[t % m] = gamma * (y[t] - new_level) + (1 - gamma) * s
        level = new_level
    steps = np.arange(1, horizon + 1)
    seasonal = np.array([season[(n + h - 1) % m] if period else 0.0 for h in steps])
    return Fit(fitted, level + steps * trend + seasonal)


def _design(times: Array, period: int | None) -> Array:
    columns = [np.ones(len(times)), times.astype(float)]
    if period is not None and period >= 2:
        positions = times.astype(int) % period
        columns += [(positions == p).astype(float) for p in range(1, period)]
    return np.column_stack(columns)


def additive(y: Array, horizon: int, period: int | None) -> Fit:
    n = len(y)
    if period is not None and n < period + 2:
        period = None
    coefficients = np.linalg.lstsq(_design(np.arange(n), period), y, rcond=None)[0]
    fitted = _design(np.arange(n), period) @ coefficients
    forecast = _design(np.arange(n, n + horizon), period) @ coefficients
    return Fit(fitted, forecast)


def _whole(hyper: Mapping[str, Any], name: str) -> int | None:
    value = hyper.get(name)
    return int(value) if value is not None else None


Model = Callable[[Array, int, Mapping[str, Any]], Fit]

MODELS: dict[str, Model] = {
    "lastinterval": lambda y, h, hyper: last_interval(y, h),
    "sma": lambda y, h, hyper: sma(y, h, _whole(hyper, "window") or 3),
    "holtwinters": lambda y, h, hyper: holt_winters(
        y,
        h,
        float(hyper.get("alpha", 0.5)),
        float(hyper.get("beta", 0.1)),
        float(hyper.get("gamma", 0.1)),
        _whole(hyper, "seasonal_periods"),
    ),
    "additive": lambda y, h, hyper: additive(y, h, _whole(hyper, "seasonal_periods")),
}
"""By normalised name (`Last_Interval` → `lastinterval`)."""


def _split(actual: Array, predicted: Array, weight: float) -> tuple[Array, Array, Array]:
    keep = ~np.isnan(predicted) & ~np.isnan(actual)
    error = predicted[keep] - actual[keep]
    weighted = 2 * (weight * np.maximum(error, 0) + (1 - weight) * np.maximum(-error, 0))
    return actual[keep], error, weighted


def error(
    metric: str, actual: Array, predicted: Array, overforecast_weight: float = 0.5
) -> float | None:
    """A forecast error (lower is better); None when nothing can be compared.

    The percentage errors weigh over-forecasts by `overforecast_weight` and under-forecasts by
    the rest (0.5 each gives the usual unweighted error).
    """
    truth, errors, weighted = _split(actual, predicted, overforecast_weight)
    if len(errors) == 0:
        return None
    if metric == "mean_absolute_error":
        return float(np.abs(errors).mean())
    if metric == "mean_squared_error":
        return float((errors**2).mean())
    if metric == "weighted_mean_absolute_percentage_error":
        total = float(np.abs(truth).sum())
        return float(weighted.sum() / total) if total else None
    nonzero = truth != 0
    return float((weighted[nonzero] / np.abs(truth[nonzero])).mean()) if nonzero.any() else None


METRICS = (
    "weighted_mean_absolute_percentage_error",
    "mean_absolute_percentage_error",
    "mean_absolute_error",
    "mean_squared_error",
)
