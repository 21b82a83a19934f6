from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UploadedFileRef")


@_attrs_define
class UploadedFileRef:
    """
    Attributes:
        dataset_id (str): An opaque identifier.
        project_id (str): An opaque identifier.
        filename (str): A dataset's file name, `<dataset name>.csv`.
    """

    dataset_id: str
    project_id: str
    filename: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        project_id = self.project_id

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "project_id": project_id,
                "filename": filename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_id = d.pop("dataset_id")

        project_id = d.pop("project_id")

        filename = d.pop("filename")

        uploaded_file_ref = cls(
            dataset_id=dataset_id,
            project_id=project_id,
            filename=filename,
        )

        uploaded_file_ref.additional_properties = d
        return uploaded_file_ref

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
