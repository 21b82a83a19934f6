from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.directory_type import DirectoryType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmbeddedDirectory")


@_attrs_define
class EmbeddedDirectory:
    """The directory an object sits in, as embedded in the object; ids are empty at the root.

    Attributes:
        directory_id (str | Unset):
        name (str | Unset):
        type_ (DirectoryType | Unset):
        project_id (str | Unset):
    """

    directory_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: DirectoryType | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directory_id = self.directory_id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if directory_id is not UNSET:
            field_dict["directory_id"] = directory_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        directory_id = d.pop("directory_id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DirectoryType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DirectoryType(_type_)

        project_id = d.pop("project_id", UNSET)

        embedded_directory = cls(
            directory_id=directory_id,
            name=name,
            type_=type_,
            project_id=project_id,
        )

        embedded_directory.additional_properties = d
        return embedded_directory

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
