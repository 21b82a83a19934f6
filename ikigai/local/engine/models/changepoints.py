"""Change Point Detection/Base: mean shifts between adjacent windows.

At each position t with a full window on both sides, the score is the difference between the
mean of the next `window_size` values and the mean of the previous `window_size` values, in
units of their pooled standard deviation. A position is a change point when its score exceeds
`threshold` and is the largest within `window_size` positions either side. `window_size`
defaults to a tenth of the series (at least 3). Rows are returned in time order with the
`score` and the 0/1 `output_column` appended.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine.models.estimators import Array, as_array
from ikigai.local.engine.models.settings import ModelSettings, record_version

EPSILON = 1e-12


def scores(y: Array, window: int) -> Array:
    n = len(y)
    result = np.full(n, np.nan)
    for t in range(window, n - window + 1):
        before, after = y[t - window : t], y[t : t + window]
        spread = np.sqrt((before.var(ddof=1) + after.var(ddof=1)) / 2) if window > 1 else 0.0
        result[t] = abs(after.mean() - before.mean()) / max(float(spread), EPSILON)
    return result


def change_points(y: Array, window: int, threshold: float) -> Array:
    found = scores(y, window)
    flags = np.zeros(len(y), dtype=np.int64)
    for t in np.flatnonzero(~np.isnan(found)):
        nearby = found[max(0, t - window) : t + window + 1]
        if found[t] > threshold and found[t] >= np.nanmax(nearby):
            flags[t] = 1
    return flags


def run(call: FacetCall, settings: ModelSettings, table: str) -> str:
    value = str(settings.parameters.get("value_column") or "")
    time = settings.parameters.get("time_column")
    if not value:
        raise call.fail("the model needs the parameter value_column")
    call.require_columns(table, [value, *([str(time)] if time else [])])
    frame = call.workspace.frame(table)
    if time:
        frame = frame.sort_values(str(time), kind="stable").reset_index(drop=True)
    y = as_array(pd.to_numeric(frame[value], errors="coerce").ffill().bfill(), dtype=float)
    given = settings.hyperparameters.get("window_size")
    window = int(given) if given is not None else max(3, len(y) // 10)
    if window < 1 or 2 * window > len(y):
        raise call.fail(f"window_size {window} needs at least {2 * window} rows")
    threshold = float(settings.hyperparameters.get("threshold") or 3)
    frame["score"] = scores(y, window)
    output = str(settings.parameters.get("output_column") or "change_point")
    frame[output] = change_points(y, window, threshold)
    record_version(
        call, settings, {"performance": {}, "feature_importance": {}}, {"window_size": window}
    )
    return call.workspace.from_frame(call.output_table(), frame)
