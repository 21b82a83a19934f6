from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_facet_argument import CustomFacetArgument


T = TypeVar("T", bound="SaveCustomFacetVersionRequestCustomFacetVersion")


@_attrs_define
class SaveCustomFacetVersionRequestCustomFacetVersion:
    """
    Attributes:
        custom_facet_id (str): An opaque identifier.
        version (str): A user-given name, at most 255 characters.
        python_script (str):
        libraries (list[str]):
        rootkit_token (str):
        arguments (list[CustomFacetArgument]):
        description (str): A user-given description, at most 4096 characters.
    """

    custom_facet_id: str
    version: str
    python_script: str
    libraries: list[str]
    rootkit_token: str
    arguments: list[CustomFacetArgument]
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet_id = self.custom_facet_id

        version = self.version

        python_script = self.python_script

        libraries = self.libraries

        rootkit_token = self.rootkit_token

        arguments = []
        for arguments_item_data in self.arguments:
            arguments_item = arguments_item_data.to_dict()
            arguments.append(arguments_item)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet_id": custom_facet_id,
                "version": version,
                "python_script": python_script,
                "libraries": libraries,
                "rootkit_token": rootkit_token,
                "arguments": arguments,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_argument import CustomFacetArgument

        d = dict(src_dict)
        custom_facet_id = d.pop("custom_facet_id")

        version = d.pop("version")

        python_script = d.pop("python_script")

        libraries = cast(list[str], d.pop("libraries"))

        rootkit_token = d.pop("rootkit_token")

        arguments = []
        _arguments = d.pop("arguments")
        for arguments_item_data in _arguments:
            arguments_item = CustomFacetArgument.from_dict(arguments_item_data)

            arguments.append(arguments_item)

        description = d.pop("description")

        save_custom_facet_version_request_custom_facet_version = cls(
            custom_facet_id=custom_facet_id,
            version=version,
            python_script=python_script,
            libraries=libraries,
            rootkit_token=rootkit_token,
            arguments=arguments,
            description=description,
        )

        save_custom_facet_version_request_custom_facet_version.additional_properties = d
        return save_custom_facet_version_request_custom_facet_version

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
