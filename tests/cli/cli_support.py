"""Shared by the CLI tests: the platform's contents and the subprocess runner's type."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from ikigai.local import LocalPlatform

APP = "CLI app"
DATASET = "sales"
FLOW = "count sales"
BROKEN_FLOW = "broken"
SALES = pd.DataFrame({"channel": ["web", "store", "web"], "units": [3, 1, 2]})


@dataclass
class Setup:
    platform: LocalPlatform
    env: dict[str, str]


Cli = Callable[..., subprocess.CompletedProcess[str]]
