from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.directory_ref import DirectoryRef
    from ..models.no_directory import NoDirectory


T = TypeVar("T", bound="CreateModelRequestModel")


@_attrs_define
class CreateModelRequestModel:
    """
    Attributes:
        project_id (str): An opaque identifier.
        name (str): A user-given name, at most 255 characters.
        directory (DirectoryRef | NoDirectory): Where to put an object - a directory, or `{}` for the root.
        model_type (str): A user-given name, at most 255 characters.
        sub_model_type (str): A user-given name, at most 255 characters.
        description (str): A user-given description, at most 4096 characters.
    """

    project_id: str
    name: str
    directory: DirectoryRef | NoDirectory
    model_type: str
    sub_model_type: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.directory_ref import DirectoryRef

        project_id = self.project_id

        name = self.name

        directory: dict[str, Any]
        if isinstance(self.directory, DirectoryRef):
            directory = self.directory.to_dict()
        else:
            directory = self.directory.to_dict()

        model_type = self.model_type

        sub_model_type = self.sub_model_type

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "name": name,
                "directory": directory,
                "model_type": model_type,
                "sub_model_type": sub_model_type,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.directory_ref import DirectoryRef
        from ..models.no_directory import NoDirectory

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

        model_type = d.pop("model_type")

        sub_model_type = d.pop("sub_model_type")

        description = d.pop("description")

        create_model_request_model = cls(
            project_id=project_id,
            name=name,
            directory=directory,
            model_type=model_type,
            sub_model_type=sub_model_type,
            description=description,
        )

        create_model_request_model.additional_properties = d
        return create_model_request_model

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
