from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.directory_ref import DirectoryRef
    from ..models.no_directory import NoDirectory


T = TypeVar("T", bound="EditProjectRequestProject")


@_attrs_define
class EditProjectRequestProject:
    """
    Attributes:
        project_id (str): An opaque identifier.
        name (str | Unset): A user-given name, at most 255 characters.
        directory (DirectoryRef | NoDirectory | Unset): Where to put an object - a directory, or `{}` for the root.
        description (str | Unset): A user-given description, at most 4096 characters.
    """

    project_id: str
    name: str | Unset = UNSET
    directory: DirectoryRef | NoDirectory | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_ref import DirectoryRef

        project_id = self.project_id

        name = self.name

        directory: dict[str, Any] | Unset
        if isinstance(self.directory, Unset):
            directory = UNSET
        elif isinstance(self.directory, DirectoryRef):
            directory = self.directory.to_dict()
        else:
            directory = self.directory.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if directory is not UNSET:
            field_dict["directory"] = directory
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.directory_ref import DirectoryRef
        from ..models.no_directory import NoDirectory

        d = dict(src_dict)
        project_id = d.pop("project_id")

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

        description = d.pop("description", UNSET)

        edit_project_request_project = cls(
            project_id=project_id,
            name=name,
            directory=directory,
            description=description,
        )

        edit_project_request_project.additional_properties = d
        return edit_project_request_project

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
