from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_group import ChainGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_facet_argument import CustomFacetArgument


T = TypeVar("T", bound="CreateCustomFacetRequestCustomFacet")


@_attrs_define
class CreateCustomFacetRequestCustomFacet:
    """
    Attributes:
        name (str): A user-given name, at most 255 characters.
        chain_group (ChainGroup):
        description (str): A user-given description, at most 4096 characters.
        tags (list[str]):
        python_script (str):
        libraries (list[str]):
        arguments (list[CustomFacetArgument]):
        rootkit_token (str | Unset):
    """

    name: str
    chain_group: ChainGroup
    description: str
    tags: list[str]
    python_script: str
    libraries: list[str]
    arguments: list[CustomFacetArgument]
    rootkit_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        chain_group = self.chain_group.value

        description = self.description

        tags = self.tags

        python_script = self.python_script

        libraries = self.libraries

        arguments = []
        for arguments_item_data in self.arguments:
            arguments_item = arguments_item_data.to_dict()
            arguments.append(arguments_item)

        rootkit_token = self.rootkit_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "chain_group": chain_group,
                "description": description,
                "tags": tags,
                "python_script": python_script,
                "libraries": libraries,
                "arguments": arguments,
            }
        )
        if rootkit_token is not UNSET:
            field_dict["rootkit_token"] = rootkit_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_argument import CustomFacetArgument

        d = dict(src_dict)
        name = d.pop("name")

        chain_group = ChainGroup(d.pop("chain_group"))

        description = d.pop("description")

        tags = cast(list[str], d.pop("tags"))

        python_script = d.pop("python_script")

        libraries = cast(list[str], d.pop("libraries"))

        arguments = []
        _arguments = d.pop("arguments")
        for arguments_item_data in _arguments:
            arguments_item = CustomFacetArgument.from_dict(arguments_item_data)

            arguments.append(arguments_item)

        rootkit_token = d.pop("rootkit_token", UNSET)

        create_custom_facet_request_custom_facet = cls(
            name=name,
            chain_group=chain_group,
            description=description,
            tags=tags,
            python_script=python_script,
            libraries=libraries,
            arguments=arguments,
            rootkit_token=rootkit_token,
        )

        create_custom_facet_request_custom_facet.additional_properties = d
        return create_custom_facet_request_custom_facet

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
