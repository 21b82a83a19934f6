from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.embedded_directory import EmbeddedDirectory


T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """
    Attributes:
        project_id (str): An opaque identifier.
        model_id (str): An opaque identifier.
        name (str):
        model_type (str): A model type's `name` from the model specs, e.g. Linear.
        sub_model_type (str): A sub-model type's `name`, e.g. Lasso.
        description (str):
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        modified_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        latest_version_id (str | Unset):
        directory (EmbeddedDirectory | Unset): The directory an object sits in, as embedded in the object; ids are empty
            at the root.
    """

    project_id: str
    model_id: str
    name: str
    model_type: str
    sub_model_type: str
    description: str
    created_at: str
    modified_at: str
    latest_version_id: str | Unset = UNSET
    directory: EmbeddedDirectory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        model_id = self.model_id

        name = self.name

        model_type = self.model_type

        sub_model_type = self.sub_model_type

        description = self.description

        created_at = self.created_at

        modified_at = self.modified_at

        latest_version_id = self.latest_version_id

        directory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.directory, Unset):
            directory = self.directory.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "model_id": model_id,
                "name": name,
                "model_type": model_type,
                "sub_model_type": sub_model_type,
                "description": description,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if latest_version_id is not UNSET:
            field_dict["latest_version_id"] = latest_version_id
        if directory is not UNSET:
            field_dict["directory"] = directory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.embedded_directory import EmbeddedDirectory

        d = dict(src_dict)
        project_id = d.pop("project_id")

        model_id = d.pop("model_id")

        name = d.pop("name")

        model_type = d.pop("model_type")

        sub_model_type = d.pop("sub_model_type")

        description = d.pop("description")

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        latest_version_id = d.pop("latest_version_id", UNSET)

        _directory = d.pop("directory", UNSET)
        directory: EmbeddedDirectory | Unset
        if isinstance(_directory, Unset):
            directory = UNSET
        else:
            directory = EmbeddedDirectory.from_dict(_directory)

        model = cls(
            project_id=project_id,
            model_id=model_id,
            name=name,
            model_type=model_type,
            sub_model_type=sub_model_type,
            description=description,
            created_at=created_at,
            modified_at=modified_at,
            latest_version_id=latest_version_id,
            directory=directory,
        )

        model.additional_properties = d
        return model

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
