from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.directory_ref import DirectoryRef
    from ..models.no_directory import NoDirectory


T = TypeVar("T", bound="CreateProjectRequestProject")


@_attrs_define
class CreateProjectRequestProject:
    """
    Attributes:
        name (str): A user-given name, at most 255 characters.
        description (str): A user-given description, at most 4096 characters.
        directory (DirectoryRef | NoDirectory): Where to put an object - a directory, or `{}` for the root.
    """

    name: str
    description: str
    directory: DirectoryRef | NoDirectory
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_ref import DirectoryRef

        name = self.name

        description = self.description

        directory: dict[str, Any]
        if isinstance(self.directory, DirectoryRef):
            directory = self.directory.to_dict()
        else:
            directory = self.directory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "directory": directory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.directory_ref import DirectoryRef
        from ..models.no_directory import NoDirectory

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

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

        create_project_request_project = cls(
            name=name,
            description=description,
            directory=directory,
        )

        create_project_request_project.additional_properties = d
        return create_project_request_project

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
