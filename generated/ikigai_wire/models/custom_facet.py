from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_group import ChainGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_facet_argument import CustomFacetArgument


T = TypeVar("T", bound="CustomFacet")


@_attrs_define
class CustomFacet:
    """
    Attributes:
        custom_facet_id (str): An opaque identifier.
        name (str):
        facet_uid (str): The uid of the custom-facet facet type of its chain group.
        description (str):
        python_script (str): The draft script; it reads `data` and assigns `result`.
        libraries (list[str]):
        rootkit_token (str):
        arguments (list[CustomFacetArgument]):
        created_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        modified_at (str): A timestamp, the decimal string of integer Unix epoch seconds.
        chain_group (ChainGroup | Unset):
        tags (list[str] | Unset):
    """

    custom_facet_id: str
    name: str
    facet_uid: str
    description: str
    python_script: str
    libraries: list[str]
    rootkit_token: str
    arguments: list[CustomFacetArgument]
    created_at: str
    modified_at: str
    chain_group: ChainGroup | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet_id = self.custom_facet_id

        name = self.name

        facet_uid = self.facet_uid

        description = self.description

        python_script = self.python_script

        libraries = self.libraries

        rootkit_token = self.rootkit_token

        arguments = []
        for arguments_item_data in self.arguments:
            arguments_item = arguments_item_data.to_dict()
            arguments.append(arguments_item)

        created_at = self.created_at

        modified_at = self.modified_at

        chain_group: str | Unset = UNSET
        if not isinstance(self.chain_group, Unset):
            chain_group = self.chain_group.value

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet_id": custom_facet_id,
                "name": name,
                "facet_uid": facet_uid,
                "description": description,
                "python_script": python_script,
                "libraries": libraries,
                "rootkit_token": rootkit_token,
                "arguments": arguments,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if chain_group is not UNSET:
            field_dict["chain_group"] = chain_group
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_argument import CustomFacetArgument

        d = dict(src_dict)
        custom_facet_id = d.pop("custom_facet_id")

        name = d.pop("name")

        facet_uid = d.pop("facet_uid")

        description = d.pop("description")

        python_script = d.pop("python_script")

        libraries = cast(list[str], d.pop("libraries"))

        rootkit_token = d.pop("rootkit_token")

        arguments = []
        _arguments = d.pop("arguments")
        for arguments_item_data in _arguments:
            arguments_item = CustomFacetArgument.from_dict(arguments_item_data)

            arguments.append(arguments_item)

        created_at = d.pop("created_at")

        modified_at = d.pop("modified_at")

        _chain_group = d.pop("chain_group", UNSET)
        chain_group: ChainGroup | Unset
        if isinstance(_chain_group, Unset):
            chain_group = UNSET
        else:
            chain_group = ChainGroup(_chain_group)

        tags = cast(list[str], d.pop("tags", UNSET))

        custom_facet = cls(
            custom_facet_id=custom_facet_id,
            name=name,
            facet_uid=facet_uid,
            description=description,
            python_script=python_script,
            libraries=libraries,
            rootkit_token=rootkit_token,
            arguments=arguments,
            created_at=created_at,
            modified_at=modified_at,
            chain_group=chain_group,
            tags=tags,
        )

        custom_facet.additional_properties = d
        return custom_facet

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
