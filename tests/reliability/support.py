"""Shared pieces of the reliability tests: the figures they report, and a faulty platform."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import fields
from typing import Any

import numpy as np
import pandas as pd

from ikigai.local.settings import Settings

FIGURES: Counter[str] = Counter()
"""Faults injected, retries made, round trips checked, bad inputs tried (printed at the end)."""

ALLOWED = (KeyError, ValueError, TypeError)
"""Besides `IkigaiError`, what a caller may see for a bad input."""


def quick_settings(**wanted: Any) -> Settings:
    """Settings with the given values, leaving out any field this version does not have (the
    local platform's timing settings are being reworked)."""
    known = {field.name for field in fields(Settings)}
    return Settings(**{name: value for name, value in wanted.items() if name in known})


class RetryCounter(logging.Handler):
    """Counts the retries the client logs (one INFO record on `ikigai.retry` per retry)."""

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "ikigai_retry", False):
            FIGURES["retries made"] += 1


def random_frame(rng: np.random.Generator, rows: int) -> pd.DataFrame:
    """Ints, floats (some missing), non-empty strings and booleans: all survive CSV exactly."""
    floats = rng.normal(size=rows).round(6)
    floats[rng.random(rows) < 0.05] = np.nan
    words = np.array(["alpha", "beta", "gamma", "delta", "x y", "ünï", "a,b", 'q"t'])
    return pd.DataFrame(
        {
            "id": np.arange(rows, dtype="int64"),
            "count": rng.integers(-1_000_000, 1_000_000, size=rows, dtype="int64"),
            "value": floats,
            "label": words[rng.integers(0, len(words), size=rows)],
            "flag": rng.random(rows) < 0.5,
        }
    )
