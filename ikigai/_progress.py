"""Progress bars for uploads, downloads and flow runs, with tqdm when it is installed.

`enabled` is True, False, or None for "when stderr is a terminal"; `tqdm.auto` picks the
notebook widget inside Jupyter. Without tqdm, or when disabled, the bar does nothing.

On a terminal (and in a notebook) the bar is redrawn in place and removed when it closes. Written
to a file or a pipe, it stays: tqdm redraws at most every 0.1 s, so a transfer that ends between
two redraws would otherwise leave its last line at whatever the previous one showed (a fast
download stopped at "0%| 0.00/18.4M"), followed by the blank line that clears it. Kept, the
bar's last line is drawn when it closes, with the final count.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from ikigai._closing import Closing

__all__ = ["Progress", "progress_bar"]


class Progress(Closing):
    """A bar that counts up to `total` (None: unknown). Use it as a context manager."""

    def __init__(self, bar: Any | None) -> None:
        self._bar = bar

    def update(self, amount: float) -> None:
        if self._bar is not None:
            self._bar.update(amount)

    def grow_total(self, amount: int | None) -> None:
        """Count `amount` more towards the total (a download learns its length as it starts;
        nothing happens when the amount is unknown)."""
        if self._bar is not None and amount is not None:
            self._bar.total = (self._bar.total or 0) + amount
            self._bar.refresh()

    def set(self, value: float, note: str | None = None) -> None:
        if self._bar is not None:
            self._bar.update(value - self._bar.n)
            if note:
                self._bar.set_postfix_str(note, refresh=False)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def wanted(enabled: bool | None) -> bool:
    if enabled is None:
        return sys.stderr.isatty()
    return enabled


def progress_bar(
    enabled: bool | None, *, total: float | None, description: str, unit: str = "B"
) -> Progress:
    if not wanted(enabled):
        return Progress(None)
    try:
        tqdm: Any = importlib.import_module("tqdm.auto").tqdm
    except ImportError:
        return Progress(None)
    scaled = unit == "B"
    bar = tqdm(
        total=total,
        desc=description,
        unit=unit,
        unit_scale=scaled,
        unit_divisor=1024 if scaled else 1000,
        leave=not _redrawn_in_place(tqdm),
    )
    return Progress(bar)


def _redrawn_in_place(tqdm: Any) -> bool:
    """Whether the bar shows in a terminal or as a notebook widget, where removing it at the end
    leaves nothing stale behind."""
    if sys.stderr.isatty():
        return True
    notebook = sys.modules.get("tqdm.notebook")  # tqdm.auto imported it if it chose the widget
    return notebook is not None and issubclass(tqdm, notebook.tqdm)
