from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_data_types import DatasetDataTypes
    from ..models.embedded_directory import EmbeddedDirectory


T = TypeVar("T", bound="Dataset")


@_attrs_define
class Dataset:
    """
    Attributes:
        project_id (str): An opaque identifier.
        dataset_id (str): An opaque identifier.
        name (str):
        filename (str): The uploaded file's name, `<name>.csv`; empty before the first upload.
        file_extension (str):
        data_types (DatasetDataTypes): The inferred type of each column, keyed by column name.
        size (int): The size of the data in bytes.
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        modified_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        agent_access (bool): Whether AI agents may use the dataset.
        directory (EmbeddedDirectory | Unset): The directory an object sits in, as embedded in the object; ids are empty
            at the root.
        is_optimized (bool | Unset):
        is_visible (bool | Unset):
    """

    project_id: str
    dataset_id: str
    name: str
    filename: str
    file_extension: str
    data_types: DatasetDataTypes
    size: int
    created_at: str
    modified_at: str
    agent_access: bool
    directory: EmbeddedDirectory | Unset = UNSET
    is_optimized: bool | Unset = UNSET
    is_visible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        dataset_id = self.dataset_id

        name = self.name

        filename = self.filename

        file_extension = self.file_extension

        data_types = self.data_types.to_dict()

        size = self.size

        created_at = self.created_at

        modified_at = self.modified_at

        agent_access = self.agent_access

        directory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.directory, Unset):
            directory = self.directory.to_dict()

        is_optimized = self.is_optimized

        is_visible = self.is_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_id": project_id,
                "dataset_id": dataset_id,
                "name": name,
                "filename": filename,
                "file_extension": file_extension,
                "data_types": data_types,
                "size": size,
                "created_at": created_at,
                "modified_at": modified_at,
                "agent_access": agent_access,
            }
        )
        if directory is not UNSET:
            field_dict["directory"] = directory
        if is_optimized is not UNSET:
            field_dict["is_optimized"] = is_optimized
        if is_visible is not UNSET:
            field_dict["is_visible"] = is_visible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_data_types import DatasetDataTypes
        from ..models.embedded_directory import EmbeddedDirectory

        d = dict(src_dict)
        project_id = d.pop("project_id")

        dataset_id = d.pop("dataset_id")

        name = d.pop("name")

        filename = d.pop("filename")

        file_extension = d.pop("file_extension")

        data_types = DatasetDataTypes.from_dict(d.pop("data_types"))

        size = d.pop("size")

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        agent_access = d.pop("agent_access")

        _directory = d.pop("directory", UNSET)
        directory: EmbeddedDirectory | Unset
        if isinstance(_directory, Unset):
            directory = UNSET
        else:
            directory = EmbeddedDirectory.from_dict(_directory)

        is_optimized = d.pop("is_optimized", UNSET)

        is_visible = d.pop("is_visible", UNSET)

        dataset = cls(
            project_id=project_id,
            dataset_id=dataset_id,
            name=name,
            filename=filename,
            file_extension=file_extension,
            data_types=data_types,
            size=size,
            created_at=created_at,
            modified_at=modified_at,
            agent_access=agent_access,
            directory=directory,
            is_optimized=is_optimized,
            is_visible=is_visible,
        )

        dataset.additional_properties = d
        return dataset

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
