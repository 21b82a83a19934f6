"""Time Series, Ai Cast and Change Point Detection, against pandas and scikit-learn."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LinearRegression

from ikigai.local.engine_contract import RunError

from .conftest import FileContext, chain, exported, facet, imported, run

AI_CAST, TIME_SERIES = "M_039", "M_040"
HORIZON = 4


def _weekly(values: list[float], store: str = "s1") -> pd.DataFrame:
    days = pd.date_range("2024-01-07", periods=len(values), freq="7D")
    return pd.DataFrame({"store": store, "week": days.strftime("%Y-%m-%d"), "qty": values})


def _forecast(ctx: FileContext, frame: pd.DataFrame, sub_model: str, **hyper: Any) -> pd.DataFrame:
    ctx.add_dataset("d", frame)
    ctx.add_model("m", "Time Series", sub_model)
    node = facet(
        "ts",
        TIME_SERIES,
        model_name="m",
        version="v",
        hyperparameters={"interval_to_predict": HORIZON, **hyper},
        parameters={"time_column": "week", "value_column": "qty", "identifier_columns": ["store"]},
    )
    run(ctx, chain(imported("d"), node, exported("forecast")))
    return ctx.exported("forecast")


def _holt(y: np.ndarray, alpha: float, beta: float) -> tuple[float, float]:
    """Holt's linear method written out: (level, trend) after the whole series."""
    level, trend = y[0], y[1] - y[0]
    for value in y[1:]:
        previous = level
        level = alpha * value + (1 - alpha) * (level + trend)
        trend = beta * (level - previous) + (1 - beta) * trend
    return level, trend


SERIES = [12.0, 15.0, 11.0, 18.0, 20.0, 17.0, 23.0, 26.0, 22.0, 29.0, 31.0, 28.0]


@pytest.mark.parametrize(
    ("sub_model", "hyper", "expected"),
    [
        ("Last_Interval", {}, lambda y: np.full(HORIZON, y.iloc[-1])),
        ("Sma", {"window": 4}, lambda y: np.full(HORIZON, y.tail(4).mean())),
        (
            "Holt_Winters",
            {"alpha": 0.6, "beta": 0.2},
            lambda y: (lambda lt: lt[0] + lt[1] * np.arange(1, HORIZON + 1))(
                _holt(y.to_numpy(), 0.6, 0.2)
            ),
        ),
        (
            "Additive",
            {"seasonal_periods": 3},
            lambda y: (
                LinearRegression()
                .fit(_season_features(np.arange(len(y))), y)
                .predict(_season_features(np.arange(len(y), len(y) + HORIZON)))
            ),
        ),
    ],
)
def test_time_series_models(
    ctx: FileContext, sub_model: str, hyper: dict[str, Any], expected: Any
) -> None:
    frame = _weekly(SERIES)
    got = _forecast(ctx, frame, sub_model, **hyper)
    np.testing.assert_allclose(got["qty"], expected(frame["qty"]), atol=1e-9)
    assert list(got["model"]) == [sub_model] * HORIZON
    last = pd.Timestamp(frame["week"].iloc[-1])
    assert list(pd.to_datetime(got["week"])) == [
        last + pd.Timedelta(days=7 * k) for k in range(1, 5)
    ]
    performance = ctx.versions["m-m", "v"].metrics["performance"]
    assert set(performance) == {
        "weighted_mean_absolute_percentage_error",
        "mean_absolute_percentage_error",
        "mean_absolute_error",
        "mean_squared_error",
    }


def _season_features(t: np.ndarray) -> np.ndarray:
    return np.column_stack([t, t % 3 == 1, t % 3 == 2]).astype(float)


def test_time_series_holdout_metrics(ctx: FileContext) -> None:
    frame = _weekly(SERIES)
    _forecast(ctx, frame, "Last_Interval")
    y = frame["qty"]
    held_out = y.tail(HORIZON)
    prediction = y.iloc[-HORIZON - 1]
    performance = ctx.versions["m-m", "v"].metrics["performance"]
    assert performance["mean_absolute_error"]["average_test"] == pytest.approx(
        (held_out - prediction).abs().mean()
    )
    assert performance["mean_squared_error"]["average_test"] == pytest.approx(
        ((held_out - prediction) ** 2).mean()
    )
    mape = ((held_out - prediction).abs() / held_out).mean()
    assert performance["mean_absolute_percentage_error"]["average_test"] == pytest.approx(mape)
    one_step = (y - y.shift(1)).abs().dropna().mean()
    assert performance["mean_absolute_error"]["average_train"] == pytest.approx(one_step)


def _ai_cast_node(**groups: Any) -> dict[str, Any]:
    arguments: dict[str, Any] = {
        "model_name": "m",
        "version": "v",
        "parameters": {
            "time_column": "week",
            "identifier_columns": ["store"],
            "value_column": "qty",
            "mode": "train",
        },
        "processing": {"type": "base", "fill_missing_values": "zero", "include_reals": False},
        "metrics": [
            {"interval_to_predict": HORIZON, "holdout_period": 3, "metric": "mean_absolute_error"}
        ],
    }
    arguments.update(groups)
    return facet("cast", AI_CAST, **arguments)


def test_ai_cast_picks_the_best_model_per_series(ctx: FileContext) -> None:
    trend = [float(10 + 3 * t) for t in range(12)]
    flat = [50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 50.0]
    frame = pd.concat([_weekly(trend, "up"), _weekly(flat, "flat")], ignore_index=True)
    ctx.add_dataset("d", frame)
    ctx.add_model("m", "Ai Cast", "Base")
    node = _ai_cast_node(
        model_selection={"models_to_include": ["Sma", "Additive"], "eval_method": "holdout"}
    )
    outcome = run(ctx, chain(imported("d"), node, exported("forecast")))
    got = ctx.exported("forecast")
    up = got[got["store"] == "up"]
    assert set(up["model"]) == {"Additive"}
    t = np.arange(12).reshape(-1, 1)
    expected = LinearRegression().fit(t, trend).predict(np.arange(12, 16).reshape(-1, 1))
    np.testing.assert_allclose(up["qty"], expected, atol=1e-9)
    flat_rows = got[got["store"] == "flat"]
    np.testing.assert_allclose(flat_rows["qty"], 50.0)
    # A perfect holdout gives a zero-width confidence interval.
    np.testing.assert_allclose(up["lower"], up["qty"], atol=1e-6)
    assert len(outcome.model_versions) == 1
    mae = ctx.versions["m-m", "v"].metrics["performance"]["mean_absolute_error"]["average_test"]
    assert mae == pytest.approx(0.0, abs=1e-9)


def test_ai_cast_keeps_the_history_when_asked(ctx: FileContext) -> None:
    frame = _weekly(SERIES)
    ctx.add_dataset("d", frame)
    ctx.add_model("m", "Ai Cast", "Base")
    node = _ai_cast_node(processing={"include_reals": True, "nonnegative": True})
    run(ctx, chain(imported("d"), node, exported("forecast")))
    got = ctx.exported("forecast")
    assert list(got["type"]) == ["real"] * len(SERIES) + ["forecast"] * HORIZON
    assert list(got["qty"][: len(SERIES)]) == SERIES
    # Default models_to_include (Additive, Lgmt1, Sma, Sarimax): only the local ones compete.
    assert set(got["model"].dropna()) <= {"Additive", "Sma"}


def test_ai_cast_rejects_models_it_does_not_have(ctx: FileContext) -> None:
    ctx.add_dataset("d", _weekly(SERIES))
    ctx.add_model("m", "Ai Cast", "Base")
    node = _ai_cast_node(model_selection={"models_to_include": ["Additive", "Tsfm0"]})
    with pytest.raises(RunError) as raised:
        run(ctx, chain(imported("d"), node, exported("never")))
    assert raised.value.facet_id == "cast"
    assert "Tsfm0 are not available on the local platform" in raised.value.message


def test_change_point_detection(ctx: FileContext) -> None:
    rng = np.random.default_rng(5)
    values = np.concatenate([rng.normal(0, 0.3, 40), rng.normal(4, 0.3, 40)]).round(4)
    frame = pd.DataFrame({"t": range(80), "v": values}).sample(frac=1, random_state=1)
    ctx.add_dataset("d", frame)
    ctx.add_model("m", "Change Point Detection", "Base")
    node = facet(
        "cp",
        TIME_SERIES,
        model_name="m",
        hyperparameters={"window_size": 8},
        parameters={"value_column": "v", "time_column": "t"},
    )
    run(ctx, chain(imported("d"), node, exported("points")))
    got = ctx.exported("points")
    assert list(got["t"]) == list(range(80))
    s = pd.Series(values)
    w = 8
    before_mean, after_mean = s.rolling(w).mean().shift(1), s[::-1].rolling(w).mean()[::-1]
    before_var, after_var = s.rolling(w).var().shift(1), s[::-1].rolling(w).var()[::-1]
    score = (after_mean - before_mean).abs() / np.sqrt((before_var + after_var) / 2)
    np.testing.assert_allclose(got["score"], score, atol=1e-9)
    assert list(got.index[got["change_point"] == 1]) == [40]
