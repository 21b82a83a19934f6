from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_directory import EmbeddedDirectory
    from ..models.flow_definition import FlowDefinition
    from ..models.run_summary import RunSummary
    from ..models.schedule import Schedule


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """A flow (a pipeline on the wire).

    Attributes:
        project_id (str): An opaque identifier.
        pipeline_id (str): An opaque identifier.
        name (str):
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        modified_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        agent_access (bool):
        definition (FlowDefinition | Unset): A flow as a graph of facets joined by arrows.
        schedule (None | Schedule | Unset):
        high_volume_preference (bool | Unset):
        directory (EmbeddedDirectory | Unset): The directory an object sits in, as embedded in the object; ids are empty
            at the root.
        trigger_downstream_pipelines (bool | Unset):
        last_run (RunSummary | Unset): A run of a flow, as embedded in the flow.
        next_run (RunSummary | Unset): A run of a flow, as embedded in the flow.
    """

    project_id: str
    pipeline_id: str
    name: str
    created_at: str
    modified_at: str
    agent_access: bool
    definition: FlowDefinition | Unset = UNSET
    schedule: None | Schedule | Unset = UNSET
    high_volume_preference: bool | Unset = UNSET
    directory: EmbeddedDirectory | Unset = UNSET
    trigger_downstream_pipelines: bool | Unset = UNSET
    last_run: RunSummary | Unset = UNSET
    next_run: RunSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule import Schedule

        project_id = self.project_id

        pipeline_id = self.pipeline_id

        name = self.name

        created_at = self.created_at

        modified_at = self.modified_at

        agent_access = self.agent_access

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        high_volume_preference = self.high_volume_preference

        directory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.directory, Unset):
            directory = self.directory.to_dict()

        trigger_downstream_pipelines = self.trigger_downstream_pipelines

        last_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_run, Unset):
            last_run = self.last_run.to_dict()

        next_run: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_run, Unset):
            next_run = self.next_run.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "pipeline_id": pipeline_id,
                "name": name,
                "created_at": created_at,
                "modified_at": modified_at,
                "agent_access": agent_access,
            }
        )
        if definition is not UNSET:
            field_dict["definition"] = definition
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if high_volume_preference is not UNSET:
            field_dict["high_volume_preference"] = high_volume_preference
        if directory is not UNSET:
            field_dict["directory"] = directory
        if trigger_downstream_pipelines is not UNSET:
            field_dict["trigger_downstream_pipelines"] = trigger_downstream_pipelines
        if last_run is not UNSET:
            field_dict["last_run"] = last_run
        if next_run is not UNSET:
            field_dict["next_run"] = next_run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embedded_directory import EmbeddedDirectory
        from ..models.flow_definition import FlowDefinition
        from ..models.run_summary import RunSummary
        from ..models.schedule import Schedule

        d = dict(src_dict)
        project_id = d.pop("project_id")

        pipeline_id = d.pop("pipeline_id")

        name = d.pop("name")

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        agent_access = d.pop("agent_access")

        _definition = d.pop("definition", UNSET)
        definition: FlowDefinition | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = FlowDefinition.from_dict(_definition)

        def _parse_schedule(data: object) -> None | Schedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = Schedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Schedule | Unset, data)

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        high_volume_preference = d.pop("high_volume_preference", UNSET)

        _directory = d.pop("directory", UNSET)
        directory: EmbeddedDirectory | Unset
        if isinstance(_directory, Unset):
            directory = UNSET
        else:
            directory = EmbeddedDirectory.from_dict(_directory)

        trigger_downstream_pipelines = d.pop("trigger_downstream_pipelines", UNSET)

        _last_run = d.pop("last_run", UNSET)
        last_run: RunSummary | Unset
        if isinstance(_last_run, Unset):
            last_run = UNSET
        else:
            last_run = RunSummary.from_dict(_last_run)

        _next_run = d.pop("next_run", UNSET)
        next_run: RunSummary | Unset
        if isinstance(_next_run, Unset):
            next_run = UNSET
        else:
            next_run = RunSummary.from_dict(_next_run)

        flow = cls(
            project_id=project_id,
            pipeline_id=pipeline_id,
            name=name,
            created_at=created_at,
            modified_at=modified_at,
            agent_access=agent_access,
            definition=definition,
            schedule=schedule,
            high_volume_preference=high_volume_preference,
            directory=directory,
            trigger_downstream_pipelines=trigger_downstream_pipelines,
            last_run=last_run,
            next_run=next_run,
        )

        flow.additional_properties = d
        return flow

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
