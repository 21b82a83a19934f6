from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.directory_type import DirectoryType

T = TypeVar("T", bound="DirectoryRef")


@_attrs_define
class DirectoryRef:
    """A reference to a directory, sent to place or move an object.

    Attributes:
        directory_id (str): An opaque identifier.
        type_ (DirectoryType):
        name (str): A name that may be empty, at most 255 characters.
    """

    directory_id: str
    type_: DirectoryType
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directory_id = self.directory_id

        type_ = self.type_.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "directory_id": directory_id,
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        directory_id = d.pop("directory_id")

        type_ = DirectoryType(d.pop("type"))

        name = d.pop("name")

        directory_ref = cls(
            directory_id=directory_id,
            type_=type_,
            name=name,
        )

        directory_ref.additional_properties = d
        return directory_ref

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
