"""Flows: an app's pipelines of facets. Create, run and watch them.

flow = app.flow.new("daily counts").definition(definition).schedule("0 6 * * *").build()
log = flow.run()                  # waits until the run is over
flow.status(), flow.run_logs(max_count=3)
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from ikigai._progress import progress_bar
from ikigai._waiting import poll
from ikigai.builders.definition import FlowDefinition
from ikigai.components._base import (
    Browser,
    Editable,
    NamedMapping,
    check_flag,
    check_name,
    epoch_text,
    from_epoch,
)
from ikigai.components._context import Context, warn_if_truncated
from ikigai.components._placement import AppScopedDirectory, DirectoryOperations, placement
from ikigai.display.html import flow_html, run_log_html
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, UnexpectedResponseError
from ikigai.specs.arguments import check_finite
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_pipeline_request import CreatePipelineRequest
from ikigai_wire.models.create_pipeline_request_pipeline import CreatePipelineRequestPipeline
from ikigai_wire.models.delete_pipeline_request import DeletePipelineRequest
from ikigai_wire.models.directory_type import DirectoryType
from ikigai_wire.models.edit_pipeline_request import EditPipelineRequest
from ikigai_wire.models.edit_pipeline_request_pipeline import EditPipelineRequestPipeline
from ikigai_wire.models.flow import Flow as WireFlow
from ikigai_wire.models.flow_definition import FlowDefinition as WireFlowDefinition
from ikigai_wire.models.pipeline_ref import PipelineRef
from ikigai_wire.models.run_log import RunLog as WireRunLog
from ikigai_wire.models.run_pipeline_request import RunPipelineRequest
from ikigai_wire.models.run_pipeline_request_variables import RunPipelineRequestVariables
from ikigai_wire.models.schedule import Schedule as WireSchedule
from ikigai_wire.types import UNSET, Unset

__all__ = [
    "Flow",
    "FlowBrowser",
    "FlowDirectory",
    "FlowStatus",
    "FlowStatusReport",
    "NewFlow",
    "RunLog",
    "Schedule",
    "list_flows",
]


class FlowStatus(StrEnum):
    """Where a flow is: running states, end states of a run, or IDLE."""

    SCHEDULED = "SCHEDULED"
    RUNNING = "RUNNING"
    STOPPING = "STOPPING"
    STOPPED = "STOPPED"
    FAILED = "FAILED"
    IDLE = "IDLE"
    UNKNOWN = "UNKNOWN"
    SUCCESS = "SUCCESS"

    def __repr__(self) -> str:
        return self.name

    @property
    def is_running(self) -> bool:
        """A run is under way (or about to be)."""
        return self in _RUNNING


_RUNNING = {FlowStatus.SCHEDULED, FlowStatus.RUNNING, FlowStatus.STOPPING, FlowStatus.UNKNOWN}


@dataclass(frozen=True)
class RunLog:
    """One finished run: its status, who ran it, and on failure which facet failed and why."""

    log_id: str
    status: FlowStatus
    user: str
    erroneous_facet_id: str | None
    data: str
    timestamp: datetime

    @classmethod
    def from_wire(cls, wire: WireRunLog) -> RunLog:
        return cls(
            log_id=wire.log_id,
            status=FlowStatus(str(wire.status)),
            user=wire.user,
            erroneous_facet_id=wire.erroneous_facet_id or None,
            data=wire.message,
            timestamp=from_epoch(wire.timestamp),
        )

    def _repr_html_(self) -> str:
        return run_log_html(self)


@dataclass(frozen=True)
class FlowStatusReport:
    """What a flow is doing now; `progress` is a percentage when the platform knows it."""

    status: FlowStatus
    progress: int | None
    message: str


_CRON_MINUTE = re.compile(r"^\d{1,2}$")


def check_cron(cron: str) -> str:
    """Five fields (minute hour day month day-of-week) whose minute is a number 0-59."""
    if not isinstance(cron, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ArgumentTypeError(f"a cron expression must be a str, not {cron!r}")
    fields = cron.split()
    if len(fields) != 5:
        raise InvalidArgumentError(
            f"cron {cron!r} must have 5 fields: minute hour day month day-of-week"
        )
    if not _CRON_MINUTE.match(fields[0]) or int(fields[0]) > 59:
        raise InvalidArgumentError(
            f"cron {cron!r}: the platform needs the minute to be a number from 0 to 59"
        )
    return cron


@dataclass(frozen=True)
class Schedule:
    """When a flow runs by itself: a cron expression, from `start_time` until `end_time`."""

    name: str
    cron: str
    start_time: datetime
    end_time: datetime | None = None

    def __post_init__(self) -> None:
        check_cron(self.cron)
        for label, moment in (("start_time", self.start_time), ("end_time", self.end_time)):
            if moment is not None and not isinstance(moment, datetime):  # pyright: ignore[reportUnnecessaryIsInstance]
                raise ArgumentTypeError(f"a schedule's {label} must be a datetime, not {moment!r}")

    def to_wire(self) -> WireSchedule:
        return WireSchedule(
            name=self.name,
            start_time=epoch_text(self.start_time),
            end_time="" if self.end_time is None else epoch_text(self.end_time),
            cron=self.cron,
        )

    @classmethod
    def from_wire(cls, wire: WireSchedule | Unset | None) -> Schedule | None:
        """None for no schedule: absent, null, or all values empty."""
        if wire is None or isinstance(wire, Unset):
            return None
        end_time = "" if isinstance(wire.end_time, Unset) else wire.end_time
        if not (wire.name or wire.start_time or end_time or wire.cron):
            return None
        return cls(
            name=wire.name,
            cron=wire.cron,
            start_time=from_epoch(wire.start_time) if wire.start_time else _now(),
            end_time=from_epoch(end_time) if end_time else None,
        )


ScheduleLike = Schedule | str | Mapping[str, Any]
"""A Schedule, a cron expression (starting now), or a dict with name, cron, start_time and
optionally end_time (datetimes or epoch-second strings)."""

# The platform has no call to remove a schedule; this one (ended before it starts) does it.
_NO_SCHEDULE = WireSchedule(name="-", cron="0 0 0 0 0", start_time="1", end_time="1")


def _now() -> datetime:
    return datetime.now(tz=UTC).replace(microsecond=0)


def _moment(value: object, label: str) -> datetime:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value.isdigit():
        return from_epoch(value)
    raise ArgumentTypeError(f"a schedule's {label} must be a datetime, not {value!r}")


def make_schedule(schedule: ScheduleLike, flow_name: str) -> Schedule:
    if isinstance(schedule, Schedule):
        return schedule
    if isinstance(schedule, str):
        return Schedule(name=flow_name, cron=schedule, start_time=_now())
    if isinstance(schedule, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        unknown = set(schedule) - {"name", "cron", "start_time", "end_time"}
        if unknown or "cron" not in schedule:
            raise InvalidArgumentError(
                "a schedule dict takes cron and optionally name, start_time, end_time; "
                f"got {sorted(schedule)}"
            )
        end = schedule.get("end_time")
        return Schedule(
            name=str(schedule.get("name") or flow_name),
            cron=schedule["cron"],
            start_time=_moment(schedule["start_time"], "start_time")
            if schedule.get("start_time")
            else _now(),
            end_time=_moment(end, "end_time") if end else None,
        )
    raise ArgumentTypeError(f"expected a Schedule, a cron string or a dict, not {schedule!r}")


def _definition_wire(definition: FlowDefinition | Mapping[str, Any]) -> WireFlowDefinition:
    if isinstance(definition, FlowDefinition):
        # The builder checked its arguments, but a definition can be edited by hand.
        dumped = definition.model_dump()
        check_finite(dumped, "the definition")
        return WireFlowDefinition.from_dict(dumped)
    if not isinstance(definition, Mapping):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ArgumentTypeError(
            f"a definition must be a FlowDefinition, a dict or a Flow, not {definition!r}"
        )
    check_finite(definition, "the definition")
    try:
        return WireFlowDefinition.from_dict(definition)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise InvalidArgumentError(
            f"the definition dict is not a flow definition ({type(error).__name__}: {error}); "
            "it needs 'facets' and 'arrows' lists"
        ) from error


@dataclass(eq=False)
class Flow(Editable):
    """A flow of an app."""

    kind: ClassVar[str] = "flow"

    app_id: str
    flow_id: str
    name: str
    created_at: datetime
    modified_at: datetime
    _ctx: Context = field(repr=False)
    schedule: Schedule | None = field(default=None, repr=False)

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireFlow) -> Flow:
        return cls(
            app_id=wire.project_id,
            flow_id=wire.pipeline_id,
            name=wire.name,
            created_at=from_epoch(wire.created_at),
            modified_at=from_epoch(wire.modified_at),
            _ctx=ctx,
            schedule=Schedule.from_wire(wire.schedule),
        )

    @property
    def id(self) -> str:
        return self.flow_id

    def _repr_html_(self) -> str:
        return flow_html(self)

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the flow (its definition too), as it says it."""
        return _get_by_id(self._ctx, self.flow_id).to_dict()

    def definition(self) -> FlowDefinition:
        """The flow's current definition."""
        wire = _get_by_id(self._ctx, self.flow_id).definition
        return (
            FlowDefinition()
            if isinstance(wire, Unset)
            else FlowDefinition.from_dict(wire.to_dict())
        )

    # ---- running -----------------------------------------------------------------------------

    def run(self, **variables: Any) -> RunLog:
        """Run the flow and wait until the run is over; its run log tells how it went.

        Keyword arguments set the flow's run variables for this run (names starting with `_`
        are ignored). The wait is bounded by the client's `wait_timeout`.
        """
        ctx = self._ctx
        values = {
            name: {"value": value} for name, value in variables.items() if not name.startswith("_")
        }
        for name, value in values.items():
            check_finite(value["value"], f"run variable {name!r}")
        body = RunPipelineRequest(
            pipeline=PipelineRef(project_id=self.app_id, pipeline_id=self.flow_id),
            variables=RunPipelineRequestVariables.from_dict(values) if values else UNSET,
        )
        started = int(time.time())
        ctx.api.run_pipeline(body=body)
        with progress_bar(ctx.progress, total=100, description=f"run {self.name}", unit="%") as bar:

            def ask() -> FlowStatusReport:
                report = self.status()
                if report.progress is not None:
                    bar.set(report.progress, report.message or None)
                return report

            poll(
                ask,
                lambda report: not report.status.is_running,
                what=f"flow {self.name!r} to finish its run",
                timeout=ctx.wait_timeout,
            )
        logs = [log for log in self.run_logs(max_count=1) if log.timestamp.timestamp() >= started]
        if not logs:
            raise UnexpectedResponseError(
                "get_pipeline_log", f"flow {self.name!r} stopped running but has no log of the run"
            )
        return logs[0]

    def status(self) -> FlowStatusReport:
        """Whether the flow is running now, and how far it is."""
        answer = self._ctx.api.is_pipeline_running(project_id=self.app_id, pipeline_id=self.flow_id)
        progress = answer.progress
        if answer.status:
            status = (
                FlowStatus.UNKNOWN
                if isinstance(progress.status, Unset)
                else FlowStatus(str(progress.status))
            )
        else:
            status = FlowStatus.IDLE
        return FlowStatusReport(
            status=status,
            progress=None if isinstance(progress.progress, Unset) else progress.progress,
            message=progress.message,
        )

    def run_logs(self, max_count: int = 1, since: datetime | None = None) -> list[RunLog]:
        """The newest `max_count` run logs, newest first (only those after `since`, if given)."""
        if isinstance(max_count, bool) or not isinstance(max_count, int) or max_count < 1:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise InvalidArgumentError(f"max_count must be a positive int, not {max_count!r}")
        found = self._ctx.api.get_pipeline_log(
            pipeline_id=self.flow_id, project_id=self.app_id, limit=max_count
        )
        logs = [RunLog.from_wire(wire) for wire in found.pipeline_log]
        if since is not None:
            logs = [log for log in logs if log.timestamp > since]
        return logs

    # ---- changing ----------------------------------------------------------------------------

    def move(self, directory: FlowDirectory | None) -> Flow:
        """Put the flow into `directory` (None: the app's root)."""
        self._edit(directory=placement(directory, FlowDirectory))
        return self

    def update_definition(self, definition: FlowDefinition | Mapping[str, Any]) -> Flow:
        self._edit(definition=_definition_wire(definition))
        return self

    def update_schedule(self, schedule: ScheduleLike | None) -> Flow:
        """Set the schedule (a Schedule, a cron string, or a dict), or remove it with None."""
        if schedule is None:
            self._edit(schedule=_NO_SCHEDULE)
            self.schedule = None
            return self
        made = make_schedule(schedule, self.name)
        self._edit(schedule=made.to_wire())
        self.schedule = made
        return self

    def update_high_volume_preference(self, optimize: bool) -> Flow:
        """Whether the platform should optimise runs of this flow for large data."""
        self._edit(high_volume_preference=check_flag(optimize, "optimize"))
        return self

    def update_agent_access(self, agent_access: bool) -> Flow:
        """Whether AI agents may use the flow."""
        self._edit(agent_access=check_flag(agent_access, "agent_access"))
        return self

    def clone(self, name: str) -> Flow:
        """A new flow of the same app with this flow's definition."""
        return NewFlow(self._ctx, self.app_id, name).definition(self).build()

    def delete(self) -> None:
        body = DeletePipelineRequest(
            pipeline=PipelineRef(project_id=self.app_id, pipeline_id=self.flow_id)
        )
        self._ctx.api.delete_pipeline(body=body)

    def _edit(self, **changes: Any) -> None:
        body = EditPipelineRequest(
            pipeline=EditPipelineRequestPipeline(
                project_id=self.app_id, pipeline_id=self.flow_id, **changes
            )
        )
        self._ctx.api.edit_pipeline(body=body)


def _get_by_id(ctx: Context, flow_id: str) -> WireFlow:
    return ctx.api.get_pipeline_by_id(pipeline_id=flow_id).pipeline


def list_flows(ctx: Context, app_id: str, directory_id: str | None) -> list[Flow]:
    """Every flow of the app (None), or the flows directly in one directory."""
    found = (
        ctx.api.get_all_pipelines_for_project(project_id=app_id)
        if directory_id is None
        else ctx.api.get_pipelines_in_directory(project_id=app_id, directory_id=directory_id)
    )
    warn_if_truncated("flows", found.limit_warning)
    return [Flow.from_wire(ctx, wire) for wire in found.pipelines]


class FlowBrowser(Browser[Flow]):
    """`app.flows`: call it to list, index it by name, or `search()`."""

    kind = "flow"

    def __init__(self, ctx: Context, app_id: str) -> None:
        self._ctx = ctx
        self._app_id = app_id

    def _list(self) -> list[Flow]:
        return list_flows(self._ctx, self._app_id, None)

    def _get(self, name: str) -> Flow:
        ctx = self._ctx
        found = ctx.api.get_pipeline_by_name(project_id=self._app_id, name=name)
        return Flow.from_wire(ctx, found.pipeline)

    def _search(self, query: str) -> list[Flow]:
        ctx = self._ctx
        found = ctx.api.search_pipelines_for_project(project_id=self._app_id, query=query)
        warn_if_truncated("flows", found.limit_warning)
        return [Flow.from_wire(ctx, wire) for wire in found.pipelines]


class NewFlow:
    """`app.flow.new(name).definition(d).schedule(s).high_volume_preference(b).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str) -> None:
        self._ctx = ctx
        self._app_id = app_id
        self._name = check_name(name, "a flow's name")
        self._definition: FlowDefinition | Mapping[str, Any] | Flow = FlowDefinition()
        self._schedule: Schedule | None = None
        self._high_volume = False
        self._directory: FlowDirectory | None = None
        self._agent_access: bool | Unset = UNSET

    def definition(self, definition: FlowDefinition | Mapping[str, Any] | Flow) -> NewFlow:
        """What the flow does: a built definition, a definition dict, or another flow of the
        same app (its definition is copied)."""
        if isinstance(definition, Flow):
            if definition.app_id != self._app_id:
                raise InvalidArgumentError(
                    f"flow {definition.name!r} belongs to another app; a flow can only be "
                    "cloned within its app"
                )
        else:
            _definition_wire(definition)
        self._definition = definition
        return self

    def schedule(self, schedule: ScheduleLike) -> NewFlow:
        self._schedule = make_schedule(schedule, self._name)
        return self

    def high_volume_preference(self, optimize: bool) -> NewFlow:
        self._high_volume = check_flag(optimize, "optimize")
        return self

    def directory(self, directory: FlowDirectory | None) -> NewFlow:
        placement(directory, FlowDirectory)
        self._directory = directory
        return self

    def agent_access(self, agent_access: bool) -> NewFlow:
        self._agent_access = check_flag(agent_access, "agent_access")
        return self

    def build(self) -> Flow:
        ctx = self._ctx
        if isinstance(self._definition, Flow):
            source = _get_by_id(ctx, self._definition.flow_id).definition
            definition = (
                WireFlowDefinition(facets=[], arrows=[]) if isinstance(source, Unset) else source
            )
        else:
            definition = _definition_wire(self._definition)
        body = CreatePipelineRequest(
            pipeline=CreatePipelineRequestPipeline(
                project_id=self._app_id,
                name=self._name,
                directory=placement(self._directory, FlowDirectory),
                high_volume_preference=self._high_volume,
                definition=definition,
                schedule=None if self._schedule is None else self._schedule.to_wire(),
                agent_access=self._agent_access,
            )
        )
        created = ctx.api.create_pipeline(body=body)
        return Flow.from_wire(ctx, _get_by_id(ctx, created.pipeline_id))


@dataclass(eq=False)
class FlowDirectory(AppScopedDirectory):
    """A directory of flows inside an app."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.PIPELINE
    operations: ClassVar[DirectoryOperations] = DirectoryOperations(
        SyncApi.create_pipeline_directory,
        SyncApi.get_pipeline_directory,
        SyncApi.get_pipeline_directories_for_project,
    )

    def directories(self) -> NamedMapping[FlowDirectory]:
        """The flow directories directly inside this one."""
        return NamedMapping(self._children(), "flow directory")

    def flows(self) -> NamedMapping[Flow]:
        """The flows directly in this directory."""
        return NamedMapping(list_flows(self._ctx, self.app_id, self.directory_id), "flow")
