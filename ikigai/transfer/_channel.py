"""What a transfer needs from the client that starts it, handed over explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from ikigai._transport import Transport

__all__ = ["Channel"]


@dataclass(frozen=True)
class Channel:
    """The way to the platform for one transfer.

    `transport` makes the API calls (`transport.api`) and carries the bytes
    (`transport.presigned`); `wait_timeout` bounds each wait for the platform (None: no
    bound); `progress` shows a bar: on, off, or None (when stderr is a terminal)."""

    transport: Transport
    wait_timeout: float | None
    progress: bool | None = None
