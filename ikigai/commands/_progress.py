"""Running a flow from the command line: the run in a thread, its progress on stderr."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikigai.components.flow import Flow, RunLog

__all__ = ["progress_bar", "run_with_progress"]

POLL_SECONDS = 0.25
WIDTH = 30


def progress_bar(percent: int | None, status: str) -> str:
    """`[#########.....]  30%  RUNNING`; an unknown percentage shows as `?`."""
    if percent is None:
        return f"[{'.' * WIDTH}]    ?  {status}"
    clamped = max(0, min(100, percent))
    filled = WIDTH * clamped // 100
    return f"[{'#' * filled}{'.' * (WIDTH - filled)}] {clamped:3d}%  {status}"


def run_with_progress(
    flow: Flow, variables: dict[str, Any], *, wait: bool, bar: bool
) -> RunLog | None:
    """Run `flow`. With `wait`, return its run log (drawing a bar on stderr when `bar` and
    stderr is a terminal); without, return None once the run has started."""
    outcome: list[RunLog] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(flow.run(**variables))
        except BaseException as error:
            failure.append(error)

    worker = threading.Thread(target=target, name="ikigai-flow-run", daemon=True)
    worker.start()
    draw = bar and wait and sys.stderr.isatty()
    while worker.is_alive():
        worker.join(POLL_SECONDS)
        if not worker.is_alive():
            break
        report = flow.status()
        if not wait and report.status.is_running:
            return None
        if draw:
            sys.stderr.write("\r" + progress_bar(report.progress, report.status.value))
            sys.stderr.flush()
    if draw:
        sys.stderr.write("\r" + " " * (WIDTH + 20) + "\r")
    if failure:
        raise failure[0]
    return outcome[0] if wait else None
