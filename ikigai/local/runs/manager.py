"""The lifecycle of a flow run, around the engine that executes it.

run-pipeline records the run as RUNNING in the same transaction that checks access, and only
then hands it to a worker; so from that moment until its log entry exists, is-pipeline-running
reports it as running. The worker runs the engine, then writes the outcome as the run's log
entry at once (or after `min_run_seconds`, when set), stamped by `log_stamp`: later than the
clock reading a client takes when run-pipeline returns, without waiting for that reading to
be in the past.
"""

from __future__ import annotations

import functools
import importlib
import json
import math
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ikigai.local.core import Core
from ikigai.local.engine_contract import FlowEngine, RunError
from ikigai.local.runs.context import StoredRunContext
from ikigai.local.stamps import log_stamp
from ikigai.local.store import runs
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.ids import new_id
from ikigai.local.workers import Workers

RUNNING, SUCCESS, FAILED = "RUNNING", "SUCCESS", "FAILED"
STOPPED = "The platform stopped during the run"


class EngineUnavailable(Exception):
    """No flow engine is installed."""


EngineProvider = Callable[[], FlowEngine]


def default_engine() -> FlowEngine:
    try:
        make_engine = importlib.import_module("ikigai.local.engine").default_engine
    except (ImportError, AttributeError) as error:
        raise EngineUnavailable(f"The flow engine is not installed ({error})") from None
    engine: FlowEngine = make_engine()
    return engine


@dataclass(frozen=True)
class PendingRun:
    run_id: str
    pipeline_id: str
    project_id: str
    user: str
    definition: Mapping[str, Any]
    variables: Mapping[str, Any]
    accepted_at: float


class Runs:
    def __init__(self, core: Core, workers: Workers, engine: EngineProvider) -> None:
        self._core = core
        self._workers = workers
        self._engine_provider = engine
        self._engine: FlowEngine | None = None
        self._engine_lock = threading.Lock()

    # ------------------------------------------------------------------ starting
    def create(
        self,
        tx: Transaction,
        pipeline: Row,
        user: str,
        variables: Mapping[str, Any],
        trigger: str,
    ) -> PendingRun:
        """Record a run as RUNNING (inside the caller's write transaction); `launch` it after
        the transaction commits."""
        run = PendingRun(
            run_id=new_id(),
            pipeline_id=pipeline["pipeline_id"],
            project_id=pipeline["project_id"],
            user=user,
            definition=json.loads(pipeline["definition"]),
            variables=dict(variables),
            accepted_at=time.time(),
        )
        runs.create(
            tx,
            run.run_id,
            run.pipeline_id,
            run.project_id,
            user,
            trigger,
            RUNNING,
            run.accepted_at,
        )
        return run

    def launch(self, run: PendingRun) -> None:
        self._workers.submit(functools.partial(self._execute, run))

    # ------------------------------------------------------------------ running
    def _get_engine(self) -> FlowEngine:
        with self._engine_lock:
            if self._engine is None:
                self._engine = self._engine_provider()
            return self._engine

    def describe_sandbox(self) -> str:
        """What confines user code ("" when nothing does, or no engine is installed)."""
        try:
            return self._get_engine().describe_sandbox()
        except EngineUnavailable:
            return ""

    def _execute(self, run: PendingRun) -> None:
        context = StoredRunContext(
            core=self._core,
            run_id=run.run_id,
            project_id=run.project_id,
            user=run.user,
            stopping=self._workers.stopping,
            on_progress=self._record_progress,
        )
        status, message, facet_id = SUCCESS, "", ""
        try:
            self._get_engine().run(run.definition, run.variables, context)
        except RunError as error:
            status, facet_id = FAILED, error.facet_id
            message = error.message or f"Facet {error.facet_id} failed"
        except EngineUnavailable as error:
            status, message = FAILED, str(error)
        except Exception as error:
            status, facet_id = FAILED, context.current_facet
            message = f"{type(error).__name__}: {error}"
        finally:
            context.close()
        if status == SUCCESS and self._workers.stopping.is_set():
            status, message = FAILED, STOPPED
        self._workers.sleep_until(run.accepted_at + self._core.settings.min_run_seconds, time.time)
        self._finish(run, status, message, facet_id)

    def _record_progress(self, run_id: str, percent: int, message: str) -> None:
        with self._core.db.write() as tx:
            runs.record_progress(tx, run_id, percent, message)

    def _finish(self, run: PendingRun, status: str, message: str, facet_id: str) -> None:
        now = time.time()
        with self._core.db.write() as tx:
            runs.finish(
                tx, run.run_id, status, message, facet_id, now, log_stamp(run.accepted_at, now)
            )

    # ------------------------------------------------------------------ housekeeping
    def recover(self) -> None:
        """After a restart: runs that were under way when the platform stopped failed."""
        now = time.time()
        with self._core.db.write() as tx:
            runs.finish_unfinished(tx, FAILED, STOPPED, now, math.floor(now) + 1)
