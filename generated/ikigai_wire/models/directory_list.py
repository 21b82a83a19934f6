from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.directory import Directory


T = TypeVar("T", bound="DirectoryList")


@_attrs_define
class DirectoryList:
    """
    Attributes:
        directories (list[Directory]):
    """

    directories: list[Directory]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        directories = []
        for directories_item_data in self.directories:
            directories_item = directories_item_data.to_dict()
            directories.append(directories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "directories": directories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.directory import Directory

        d = dict(src_dict)
        directories = []
        _directories = d.pop("directories")
        for directories_item_data in _directories:
            directories_item = Directory.from_dict(directories_item_data)

            directories.append(directories_item)

        directory_list = cls(
            directories=directories,
        )

        directory_list.additional_properties = d
        return directory_list

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
