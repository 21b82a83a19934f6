"""The scheduler thread: starts scheduled flows on time and does the platform's housekeeping.

Once per minute (UTC) it starts a run of every flow whose schedule is in force and whose cron
expression matches that minute, unless the flow is already running; the last minute each
schedule fired in is stored, so a restart within a minute does not fire twice. Scheduled runs
run as the user who set the schedule, as long as they may still run the flow.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from ikigai.local.runs.manager import PendingRun, Runs
from ikigai.local.scheduling.cron import CronError, parse_cron
from ikigai.local.store import pipelines
from ikigai.local.store import runs as run_rows
from ikigai.local.store.db import Database

logger = logging.getLogger("ikigai.local")

_MAY_RUN = ("OWNER", "BUILDER")


class Scheduler:
    def __init__(
        self,
        db: Database,
        runs: Runs,
        sweeps: Sequence[Callable[[float], object]],
        stopping: threading.Event,
    ) -> None:
        """`sweeps` are the housekeeping calls, each given the time once per minute."""
        self._db = db
        self._runs = runs
        self._sweeps = tuple(sweeps)
        self._stopping = stopping
        self._last_minute = 0
        self._thread = threading.Thread(target=self._loop, name="ikigai-scheduler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self) -> None:
        if self._thread.is_alive():
            self._thread.join()

    def _loop(self) -> None:
        while not self._stopping.wait(1.0 - time.time() % 1.0):
            try:
                self.tick(time.time())
            except Exception:
                logger.exception("the scheduler failed")

    def tick(self, now: float) -> list[str]:
        """Do what is due in the minute of `now`, once per minute; the run ids started."""
        minute = int(now // 60)
        if minute == self._last_minute:
            return []
        self._last_minute = minute
        started = self.fire(minute)
        for sweep in self._sweeps:
            sweep(now)
        return started

    def fire(self, minute: int) -> list[str]:
        """Start the runs that the schedules call for in this minute (epoch minutes)."""
        moment = datetime.fromtimestamp(minute * 60, UTC)
        due: list[PendingRun] = []
        with self._db.write() as tx:
            for row in pipelines.scheduled_before(tx, minute):
                schedule = json.loads(row["schedule"])
                start = int(schedule.get("start_time") or 0)
                end = schedule.get("end_time") or ""
                if minute * 60 + 59 < start or (end and minute * 60 > int(end)):
                    continue
                try:
                    if not parse_cron(schedule["cron"]).matches(moment):
                        continue
                except CronError:
                    continue
                pipelines.mark_fired(tx, row["pipeline_id"], minute)
                if row["level"] not in _MAY_RUN or run_rows.active(tx, row["pipeline_id"]):
                    continue
                due.append(self._runs.create(tx, row, row["schedule_user"], {}, "SCHEDULE"))
        for run in due:
            self._runs.launch(run)
        return [run.run_id for run in due]
