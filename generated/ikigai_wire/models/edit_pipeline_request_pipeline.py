from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.directory_ref import DirectoryRef
    from ..models.flow_definition import FlowDefinition
    from ..models.no_directory import NoDirectory
    from ..models.schedule import Schedule


T = TypeVar("T", bound="EditPipelineRequestPipeline")


@_attrs_define
class EditPipelineRequestPipeline:
    """
    Attributes:
        project_id (str): An opaque identifier.
        pipeline_id (str): An opaque identifier.
        name (str | Unset): A user-given name, at most 255 characters.
        directory (DirectoryRef | NoDirectory | Unset): Where to put an object - a directory, or `{}` for the root.
        high_volume_preference (bool | Unset):
        definition (FlowDefinition | Unset): A flow as a graph of facets joined by arrows.
        schedule (Schedule | Unset): When a flow runs by itself. A returned schedule whose values are all empty means
            "not
            scheduled", as does a missing or null one.
        agent_access (bool | Unset):
    """

    project_id: str
    pipeline_id: str
    name: str | Unset = UNSET
    directory: DirectoryRef | NoDirectory | Unset = UNSET
    high_volume_preference: bool | Unset = UNSET
    definition: FlowDefinition | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    agent_access: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_ref import DirectoryRef

        project_id = self.project_id

        pipeline_id = self.pipeline_id

        name = self.name

        directory: dict[str, Any] | Unset
        if isinstance(self.directory, Unset):
            directory = UNSET
        elif isinstance(self.directory, DirectoryRef):
            directory = self.directory.to_dict()
        else:
            directory = self.directory.to_dict()

        high_volume_preference = self.high_volume_preference

        definition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definition, Unset):
            definition = self.definition.to_dict()

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        agent_access = self.agent_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "pipeline_id": pipeline_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if directory is not UNSET:
            field_dict["directory"] = directory
        if high_volume_preference is not UNSET:
            field_dict["high_volume_preference"] = high_volume_preference
        if definition is not UNSET:
            field_dict["definition"] = definition
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
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

        pipeline_id = d.pop("pipeline_id")

        name = d.pop("name", UNSET)

        def _parse_directory(data: object) -> DirectoryRef | NoDirectory | Unset:
            if isinstance(data, Unset):
                return data
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

        directory = _parse_directory(d.pop("directory", UNSET))

        high_volume_preference = d.pop("high_volume_preference", UNSET)

        _definition = d.pop("definition", UNSET)
        definition: FlowDefinition | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = FlowDefinition.from_dict(_definition)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        agent_access = d.pop("agent_access", UNSET)

        edit_pipeline_request_pipeline = cls(
            project_id=project_id,
            pipeline_id=pipeline_id,
            name=name,
            directory=directory,
            high_volume_preference=high_volume_preference,
            definition=definition,
            schedule=schedule,
            agent_access=agent_access,
        )

        edit_pipeline_request_pipeline.additional_properties = d
        return edit_pipeline_request_pipeline

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
