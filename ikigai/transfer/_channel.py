"""What a transfer needs from the client that starts it, handed over explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from ikigai._transport import Transport
from ikigai._waiting import poll
from ikigai_wire.bound import SyncApi

__all__ = ["Channel"]

A = TypeVar("A")


@dataclass(frozen=True)
class Channel:
    """The way to the platform for one transfer of one dataset's file.

    `transport` makes the API calls (`api`) and carries the bytes (`transport.presigned`);
    `wait_timeout` bounds each wait for the platform (None: no bound); `app_id`, `dataset_id`
    and `name` say which dataset (its file is uploaded as `filename`); `progress` shows a bar:
    on, off, or None (when stderr is a terminal)."""

    transport: Transport
    wait_timeout: float | None
    app_id: str
    dataset_id: str
    name: str
    progress: bool | None = None

    @property
    def api(self) -> SyncApi:
        return self.transport.api

    @property
    def filename(self) -> str:
        """The name of the dataset's file: `<name>.csv`."""
        return f"{self.name}.csv"

    def poll(self, ask: Callable[[], A], done: Callable[[A], bool], what: str) -> A:
        """`ask()` until `done(answer)`, waiting no longer than `wait_timeout`; `what` names the
        wait in the error that says it took too long."""
        return poll(ask, done, what=what, timeout=self.wait_timeout)
