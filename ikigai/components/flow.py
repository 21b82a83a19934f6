"""Flows: an app's pipelines of facets. Create, run and watch them.

flow = app.flow.new("daily counts").definition(definition).schedule("0 6 * * *").build()
log = flow.run()                  # waits until the run is over
flow.status(), flow.run_logs(max_count=3)
flow.picture(log)                 # the flow drawn; a failed run's facet is marked
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar, Self

from ikigai._progress import progress_bar
from ikigai._waiting import poll
from ikigai.builders.definition import FlowDefinition
from ikigai.components._base import (
    AgentAccessBuilder,
    AgentAccessible,
    NamedMapping,
    check_flag,
    dump_fields,
    epoch_text,
    from_epoch,
)
from ikigai.components._context import Context
from ikigai.components._placement import (
    AppObjectBrowser,
    AppObjects,
    AppScopedDirectory,
    DirectoryOperations,
    NewDirectory,
    PlacedBuilder,
    placement,
)
from ikigai.display.flow_svg import FlowPicture, flow_svg
from ikigai.display.html import flow_html, run_log_html, run_logs_html
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, UnexpectedResponseError
from ikigai.specs.arguments import check_finite
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_pipeline_request import CreatePipelineRequest
from ikigai_wire.models.create_pipeline_request_pipeline import CreatePipelineRequestPipeline
from ikigai_wire.models.delete_pipeline_request import DeletePipelineRequest
from ikigai_wire.models.directory_type import DirectoryType as WireDirectoryType
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
    "FlowBuilder",
    "FlowDirectory",
    "FlowDirectoryBuilder",
    "FlowStatus",
    "FlowStatusReport",
    "NewFlow",
    "NewFlowDirectory",
    "RunLog",
    "RunLogs",
    "Schedule",
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

    def model_dump(self) -> dict[str, Any]:
        """The run log's fields as a dict."""
        return dump_fields(self)

    def _repr_html_(self) -> str:
        return run_log_html(self)


class RunLogs(list[RunLog]):
    """Run logs, newest first (what `flow.run_logs()` gives): a list of `RunLog`, equal to a
    list of the same logs and printed as one; a notebook shows it as a table."""

    def _repr_html_(self) -> str:
        return run_logs_html(self)


@dataclass(frozen=True)
class FlowStatusReport:
    """What a flow is doing now; `progress` is a percentage when the platform knows it."""

    status: FlowStatus
    progress: int | None
    message: str

    def model_dump(self) -> dict[str, Any]:
        """`{"status", "progress", "message"}`."""
        return dump_fields(self)


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


@dataclass(frozen=True, init=False)
class Schedule:
    """When a flow runs by itself: a cron expression, from `start_time` until `end_time`.

    Times are datetimes or epoch-second strings (`"1893456000"`); a naive datetime is taken as
    local time, and every time is kept as an aware datetime in whole seconds (the platform's
    precision), so that a schedule read back from a flow equals the one set. An `end_time` of
    None (or `""`) means no end.
    """

    name: str
    cron: str
    start_time: datetime
    end_time: datetime | None = None

    def __init__(
        self,
        name: str,
        cron: str,
        start_time: datetime | str,
        end_time: datetime | str | None = None,
    ) -> None:
        if not isinstance(name, str):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ArgumentTypeError(f"a schedule's name must be a str, not {name!r}")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "cron", check_cron(cron))
        start = _moment(start_time, "start_time")
        if start is None:
            raise ArgumentTypeError("a schedule's start_time must be a datetime, not None")
        object.__setattr__(self, "start_time", start)
        object.__setattr__(self, "end_time", _moment(end_time, "end_time"))

    def to_dict(self) -> dict[str, str]:
        """As the platform stores it: times as epoch-second strings, `end_time` "" for none."""
        return {
            "name": self.name,
            "start_time": epoch_text(self.start_time),
            "end_time": "" if self.end_time is None else epoch_text(self.end_time),
            "cron": self.cron,
        }

    def model_dump(self) -> dict[str, str]:
        """The same as `to_dict()`."""
        return self.to_dict()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Schedule:
        """A schedule from `{"name", "start_time", "cron"[, "end_time"]}` (as `to_dict` gives)."""
        missing = {"name", "start_time", "cron"} - set(data)
        if missing:
            raise InvalidArgumentError(
                f"a schedule dict needs name, start_time and cron; {sorted(missing)} missing"
            )
        return cls(
            name=data["name"],
            cron=data["cron"],
            start_time=data["start_time"],
            end_time=data.get("end_time") or None,
        )

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


def _moment(value: object, label: str) -> datetime | None:
    """A schedule's time as an aware datetime in whole seconds (None for none)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.astimezone()  # naive: local time
        return aware.replace(microsecond=0)
    if isinstance(value, str) and value.strip().isdigit():
        return from_epoch(value.strip())
    raise ArgumentTypeError(
        f"a schedule's {label} must be a datetime or an epoch-seconds string, not {value!r}"
    )


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
        return Schedule(
            name=str(schedule.get("name") or flow_name),
            cron=schedule["cron"],
            start_time=schedule.get("start_time") or _now(),
            end_time=schedule.get("end_time") or None,
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
class Flow(AgentAccessible):
    """A flow of an app. Printing it shows its `repr()`."""

    kind: ClassVar[str] = "flow"

    app_id: str
    flow_id: str
    name: str
    created_at: datetime
    modified_at: datetime
    _ctx: Context = field(repr=False)
    schedule: Schedule | None = field(default=None, repr=False)
    agent_access: bool = field(default=False, repr=False)
    """Whether AI agents may use the flow."""

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
            agent_access=wire.agent_access,
        )

    @property
    def id(self) -> str:
        return self.flow_id

    def to_dict(self) -> dict[str, Any]:
        """The flow's fields as the published client gives them: without `app_id`, and the
        schedule as a dict (`Schedule.to_dict()`)."""
        return {
            "flow_id": self.flow_id,
            "name": self.name,
            "agent_access": self.agent_access,
            "schedule": None if self.schedule is None else self.schedule.to_dict(),
            "created_at": self.created_at,
            "modified_at": self.modified_at,
        }

    def _repr_html_(self) -> str:
        return flow_html(self)

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the flow (its definition too), as it says it:
        times are epoch-second strings (as the published client gives them; the attributes hold
        datetimes)."""
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

    def run_logs(self, max_count: int = 1, since: datetime | None = None) -> RunLogs:
        """The newest `max_count` run logs, newest first (only those after `since`, if given):
        a list, that a notebook shows as a table."""
        if isinstance(max_count, bool) or not isinstance(max_count, int) or max_count < 1:  # pyright: ignore[reportUnnecessaryIsInstance]
            raise InvalidArgumentError(f"max_count must be a positive int, not {max_count!r}")
        found = self._ctx.api.get_pipeline_log(
            pipeline_id=self.flow_id, project_id=self.app_id, limit=max_count
        )
        logs = (RunLog.from_wire(wire) for wire in found.pipeline_log)
        return RunLogs(log for log in logs if since is None or log.timestamp > since)

    def picture(self, run_log: RunLog | None = None) -> FlowPicture:
        """The flow's current definition drawn as SVG, its facet types named (a notebook shows
        it; `.save(path)` writes it). With a run log of this flow, the picture also tells how
        that run went and marks the facet it failed at."""
        if run_log is not None and not isinstance(run_log, RunLog):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ArgumentTypeError(f"run_log must be a RunLog or None, not {run_log!r}")
        svg = flow_svg(self.definition(), self._ctx.facet_types(), run_log=run_log)
        title = self.name if run_log is None else f"{self.name}: {run_log.status.value}"
        return FlowPicture(svg, title)

    # ---- changing ----------------------------------------------------------------------------

    def move(self, directory: FlowDirectory | None) -> Self:
        """Put the flow into `directory` (None: the app's root)."""
        self._edit(directory=placement(directory, FlowDirectory))
        return self

    def update_definition(self, definition: FlowDefinition | Mapping[str, Any]) -> Self:
        """Replace what the flow does (a built definition or a definition dict)."""
        self._edit(definition=_definition_wire(definition))
        return self

    def update_schedule(self, schedule: ScheduleLike | None = None) -> Self:
        """Set the schedule (a Schedule, a cron string, or a dict); with no argument (or
        None), remove it."""
        if schedule is None:
            self._edit(schedule=_NO_SCHEDULE)
            self.schedule = None
            return self
        made = make_schedule(schedule, self.name)
        self._edit(schedule=made.to_wire())
        self.schedule = made
        return self

    def update_high_volume_preference(self, optimize: bool) -> Self:
        """Whether the platform should optimise runs of this flow for large data."""
        self._edit(high_volume_preference=check_flag(optimize, "optimize"))
        return self

    def clone(self, name: str) -> Flow:
        """A new flow of the same app with this flow's definition."""
        return NewFlow(self._ctx, self.app_id).new(name).definition(self).build()

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


_FLOWS = AppObjects(
    "flow",
    Flow.from_wire,
    every=SyncApi.get_all_pipelines_for_project,
    in_directory=SyncApi.get_pipelines_in_directory,
    search=SyncApi.search_pipelines_for_project,
    items=lambda found: found.pipelines,
    by_name=SyncApi.get_pipeline_by_name,
    item=lambda found: found.pipeline,
)


class FlowBrowser(AppObjectBrowser[Flow]):
    """`app.flows`: call it to list, index it by name, or `search()`."""

    def __init__(self, ctx: Context, app_id: str) -> None:
        super().__init__(ctx, app_id, _FLOWS)


class NewFlow(PlacedBuilder["FlowDirectory"], AgentAccessBuilder):
    """`app.flow.new(name).definition(d).schedule(s).high_volume_preference(b).build()`."""

    noun = "flow"

    def __init__(self, ctx: Context, app_id: str, name: str | None = None) -> None:
        super().__init__(ctx, FlowDirectory, name)
        self._app_id = app_id
        self._definition: FlowDefinition | Mapping[str, Any] | Flow = FlowDefinition()
        self._schedule: ScheduleLike | None = None
        self._high_volume = False

    def definition(self, definition: FlowDefinition | Mapping[str, Any] | Flow) -> Self:
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

    def schedule(self, schedule: ScheduleLike) -> Self:
        """When the flow runs by itself: a Schedule, a cron string (from now on), or a dict
        (a cron string or a dict without a name is named after the flow)."""
        make_schedule(schedule, self._name or "flow")  # checked now, named in build()
        self._schedule = schedule
        return self

    def high_volume_preference(self, optimize: bool) -> Self:
        self._high_volume = check_flag(optimize, "optimize")
        return self

    def build(self) -> Flow:
        ctx = self._ctx
        name = self._built_name()
        schedule = None if self._schedule is None else make_schedule(self._schedule, name)
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
                name=name,
                directory=self._placement(),
                high_volume_preference=self._high_volume,
                definition=definition,
                schedule=None if schedule is None else schedule.to_wire(),
                agent_access=self._agent_access,
            )
        )
        created = ctx.api.create_pipeline(body=body)
        return Flow.from_wire(ctx, _get_by_id(ctx, created.pipeline_id))


@dataclass(eq=False)
class FlowDirectory(AppScopedDirectory):
    """A directory of flows inside an app."""

    directory_type: ClassVar[WireDirectoryType] = WireDirectoryType.PIPELINE
    operations: ClassVar[DirectoryOperations] = DirectoryOperations(
        SyncApi.create_pipeline_directory,
        SyncApi.get_pipeline_directory,
        SyncApi.get_pipeline_directories_for_project,
    )

    def flows(self) -> NamedMapping[Flow]:
        """The flows directly in this directory."""
        return _FLOWS.in_directory_listing(self._ctx, self.app_id, self.directory_id)


class NewFlowDirectory(NewDirectory[FlowDirectory]):
    """`app.flow_directory.new(name).parent(directory).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str | None = None) -> None:
        super().__init__(ctx, FlowDirectory, app_id, name)


FlowBuilder = NewFlow
"""The published client's name for `NewFlow` (it builds a Flow; the builder of a flow
*definition* is `ikigai.builders.FlowBuilder`, which `ikigai.components` calls
`FlowDefinitionBuilder`)."""

FlowDirectoryBuilder = NewFlowDirectory
"""The published client's name for `NewFlowDirectory`."""
