"""Tunable behaviour of the local platform. Defaults suit real use; tests shrink them."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Settings:
    part_size: int = 8 * MIB
    """Nominal size of one multipart-upload part (the last one may be shorter)."""
    max_parts: int = 10_000
    """When a file would need more parts, the parts grow instead."""
    max_upload_bytes: int = 5 * 1024 * MIB
    url_ttl_seconds: float = 3600.0
    """How long a signed upload or download URL stays valid."""
    upload_ttl_seconds: float = 24 * 3600.0
    """Unfinished uploads older than this are dropped."""
    max_body_bytes: int = 16 * MIB
    """Largest JSON request body the API accepts."""
    body_timeout_seconds: float = 120.0
    """How long a request body (JSON or upload part) may go without a byte arriving before the
    request is answered 408 and its worker freed: a client stalled for good, not a slow one."""
    min_run_seconds: float = 0.0
    """A run's outcome is written no sooner than this after the run was accepted (0: as soon as
    the engine is done). Published clients need no delay: the log stamp (`stamps.log_stamp`) is
    later than their clock reading anyway. Tests may set it to watch a run while it runs."""
    min_verify_seconds: float = 0.0
    """The same for upload verification, counted from the complete call."""
    instant_exports: bool = True
    """Answer a download request SUCCESS at once when the snapshot is only a hard link. Off:
    the first request for any dataset answers IN_PROGRESS, as a hosted platform's export does."""
    async_export_bytes: int = 64 * MIB
    """A dataset larger than this (and the output of a flow that prefers high-volume
    processing, whatever its size) is exported in the background, as the hosted platform
    prepares large exports: the first download request answers IN_PROGRESS, the following ones
    SUCCESS once the snapshot is made. Smaller datasets take the fast path (SUCCESS at once)."""
    export_timeout_seconds: float = 600.0
    """An export still under way this long after it started is given up: the request answers
    FAILED, and the next one starts a new export."""
    run_workers: int = 2
    transfer_workers: int = 2
    fault_rate: float = 0.0
    fault_seed: int = 0
    fault_delay_seconds: float = 1.5
    """How long a 'slow answer' fault waits before serving the request."""
    default_user: str = "local-user@example.com"
    allow_unsandboxed_code: bool = False
    """Run user code on a multi-user platform even where no sandbox confines it (a machine
    without bubblewrap and Landlock). Off: such runs fail, naming this option."""
