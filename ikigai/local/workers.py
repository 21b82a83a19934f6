"""Background work: a thread pool whose jobs log their failures instead of losing them."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

logger = logging.getLogger("ikigai.local")


class Workers:
    def __init__(self, name: str, count: int, stopping: threading.Event) -> None:
        self._pool = ThreadPoolExecutor(max_workers=count, thread_name_prefix=f"ikigai-{name}")
        self.stopping = stopping

    def submit(self, job: Callable[[], None]) -> Future[None]:
        def logged() -> None:
            try:
                job()
            except Exception:
                logger.exception("background job %r failed", getattr(job, "__name__", job))

        return self._pool.submit(logged)

    def sleep_until(self, moment: float, now: Callable[[], float]) -> bool:
        """Wait until the clock reaches `moment`; False if the platform is stopping first."""
        remaining = moment - now()
        return remaining <= 0 or not self.stopping.wait(remaining)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
