from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_facet_argument import CustomFacetArgument


T = TypeVar("T", bound="CustomFacetVersion")


@_attrs_define
class CustomFacetVersion:
    """
    Attributes:
        version (str): The version's name.
        version_id (str): An opaque identifier.
        custom_facet_id (str): An opaque identifier.
        description (str):
        arguments (list[CustomFacetArgument]):
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        python_script (str | Unset):
        libraries (list[str] | Unset):
        rootkit_token (str | Unset):
        modified_at (str | Unset): A timestamp, the decimal string of integer Unix epoch seconds.
    """

    version: str
    version_id: str
    custom_facet_id: str
    description: str
    arguments: list[CustomFacetArgument]
    created_at: str
    python_script: str | Unset = UNSET
    libraries: list[str] | Unset = UNSET
    rootkit_token: str | Unset = UNSET
    modified_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        version_id = self.version_id

        custom_facet_id = self.custom_facet_id

        description = self.description

        arguments = []
        for arguments_item_data in self.arguments:
            arguments_item = arguments_item_data.to_dict()
            arguments.append(arguments_item)

        created_at = self.created_at

        python_script = self.python_script

        libraries: list[str] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = self.libraries

        rootkit_token = self.rootkit_token

        modified_at = self.modified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "version_id": version_id,
                "custom_facet_id": custom_facet_id,
                "description": description,
                "arguments": arguments,
                "created_at": created_at,
            }
        )
        if python_script is not UNSET:
            field_dict["python_script"] = python_script
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if rootkit_token is not UNSET:
            field_dict["rootkit_token"] = rootkit_token
        if modified_at is not UNSET:
            field_dict["modified_at"] = modified_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_argument import CustomFacetArgument

        d = dict(src_dict)
        version = d.pop("version")

        version_id = d.pop("version_id")

        custom_facet_id = d.pop("custom_facet_id")

        description = d.pop("description")

        arguments = []
        _arguments = d.pop("arguments")
        for arguments_item_data in _arguments:
            arguments_item = CustomFacetArgument.from_dict(arguments_item_data)

            arguments.append(arguments_item)

        created_at = d.pop("created_at")

        python_script = d.pop("python_script", UNSET)

        libraries = cast(list[str], d.pop("libraries", UNSET))

        rootkit_token = d.pop("rootkit_token", UNSET)

        modified_at = d.pop("modified_at", UNSET)

        custom_facet_version = cls(
            version=version,
            version_id=version_id,
            custom_facet_id=custom_facet_id,
            description=description,
            arguments=arguments,
            created_at=created_at,
            python_script=python_script,
            libraries=libraries,
            rootkit_token=rootkit_token,
            modified_at=modified_at,
        )

        custom_facet_version.additional_properties = d
        return custom_facet_version

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
