from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.directory_type import DirectoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Directory")


@_attrs_define
class Directory:
    """
    Attributes:
        directory_id (str): An opaque identifier.
        name (str):
        type_ (DirectoryType | Unset):
        project_id (str | Unset): The app of a dataset, pipeline or model directory; empty for app directories.
        parent_id (str | Unset): The parent directory's id; empty at the root.
        size (str | Unset): The number of direct children, as a decimal string.
    """

    directory_id: str
    name: str
    type_: DirectoryType | Unset = UNSET
    project_id: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directory_id = self.directory_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        project_id = self.project_id

        parent_id = self.parent_id

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "directory_id": directory_id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        directory_id = d.pop("directory_id")

        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: DirectoryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DirectoryType(_type_)

        project_id = d.pop("project_id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        size = d.pop("size", UNSET)

        directory = cls(
            directory_id=directory_id,
            name=name,
            type_=type_,
            project_id=project_id,
            parent_id=parent_id,
            size=size,
        )

        directory.additional_properties = d
        return directory

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
