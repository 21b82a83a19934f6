from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.directory_ref import DirectoryRef
    from ..models.flow_definition import FlowDefinition
    from ..models.no_directory import NoDirectory
    from ..models.schedule import Schedule


T = TypeVar("T", bound="CreatePipelineRequestPipeline")


@_attrs_define
class CreatePipelineRequestPipeline:
    """
    Attributes:
        project_id (str): An opaque identifier.
        name (str): A user-given name, at most 255 characters.
        directory (DirectoryRef | NoDirectory): Where to put an object - a directory, or `{}` for the root.
        high_volume_preference (bool):
        definition (FlowDefinition): A flow as a graph of facets joined by arrows.
        schedule (None | Schedule):
        agent_access (bool | Unset):
    """

    project_id: str
    name: str
    directory: DirectoryRef | NoDirectory
    high_volume_preference: bool
    definition: FlowDefinition
    schedule: None | Schedule
    agent_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_ref import DirectoryRef
        from ..models.schedule import Schedule

        project_id = self.project_id

        name = self.name

        directory: dict[str, Any]
        if isinstance(self.directory, DirectoryRef):
            directory = self.directory.to_dict()
        else:
            directory = self.directory.to_dict()

        high_volume_preference = self.high_volume_preference

        definition = self.definition.to_dict()

        schedule: dict[str, Any] | None
        if isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        agent_access = self.agent_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "directory": directory,
                "high_volume_preference": high_volume_preference,
                "definition": definition,
                "schedule": schedule,
            }
        )
        if agent_access is not UNSET:
            field_dict["agent_access"] = agent_access

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.directory_ref import DirectoryRef
        from ..models.flow_definition import FlowDefinition
        from ..models.no_directory import NoDirectory
        from ..models.schedule import Schedule

        d = dict(src_dict)
        project_id = d.pop("project_id")

        name = d.pop("name")

        def _parse_directory(data: object) -> DirectoryRef | NoDirectory:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_directory_placement_type_0 = DirectoryRef.from_dict(data)

                return componentsschemas_directory_placement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_directory_placement_type_1 = NoDirectory.from_dict(data)

            return componentsschemas_directory_placement_type_1

        directory = _parse_directory(d.pop("directory"))

        high_volume_preference = d.pop("high_volume_preference")

        definition = FlowDefinition.from_dict(d.pop("definition"))

        def _parse_schedule(data: object) -> None | Schedule:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = Schedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Schedule, data)

        schedule = _parse_schedule(d.pop("schedule"))

        agent_access = d.pop("agent_access", UNSET)

        create_pipeline_request_pipeline = cls(
            project_id=project_id,
            name=name,
            directory=directory,
            high_volume_preference=high_volume_preference,
            definition=definition,
            schedule=schedule,
            agent_access=agent_access,
        )

        create_pipeline_request_pipeline.additional_properties = d
        return create_pipeline_request_pipeline

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
