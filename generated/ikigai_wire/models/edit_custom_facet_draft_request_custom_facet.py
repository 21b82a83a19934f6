from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_group import ChainGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_facet_argument import CustomFacetArgument


T = TypeVar("T", bound="EditCustomFacetDraftRequestCustomFacet")


@_attrs_define
class EditCustomFacetDraftRequestCustomFacet:
    """
    Attributes:
        custom_facet_id (str): An opaque identifier.
        chain_group (ChainGroup):
        name (str | Unset): A user-given name, at most 255 characters.
        description (str | Unset): A user-given description, at most 4096 characters.
        python_script (str | Unset):
        libraries (list[str] | Unset):
        rootkit_token (str | Unset):
        arguments (list[CustomFacetArgument] | Unset):
    """

    custom_facet_id: str
    chain_group: ChainGroup
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    python_script: str | Unset = UNSET
    libraries: list[str] | Unset = UNSET
    rootkit_token: str | Unset = UNSET
    arguments: list[CustomFacetArgument] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet_id = self.custom_facet_id

        chain_group = self.chain_group.value

        name = self.name

        description = self.description

        python_script = self.python_script

        libraries: list[str] | Unset = UNSET
        if not isinstance(self.libraries, Unset):
            libraries = self.libraries

        rootkit_token = self.rootkit_token

        arguments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = []
            for arguments_item_data in self.arguments:
                arguments_item = arguments_item_data.to_dict()
                arguments.append(arguments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet_id": custom_facet_id,
                "chain_group": chain_group,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if python_script is not UNSET:
            field_dict["python_script"] = python_script
        if libraries is not UNSET:
            field_dict["libraries"] = libraries
        if rootkit_token is not UNSET:
            field_dict["rootkit_token"] = rootkit_token
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_argument import CustomFacetArgument

        d = dict(src_dict)
        custom_facet_id = d.pop("custom_facet_id")

        chain_group = ChainGroup(d.pop("chain_group"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        python_script = d.pop("python_script", UNSET)

        libraries = cast(list[str], d.pop("libraries", UNSET))

        rootkit_token = d.pop("rootkit_token", UNSET)

        _arguments = d.pop("arguments", UNSET)
        arguments: list[CustomFacetArgument] | Unset = UNSET
        if _arguments is not UNSET:
            arguments = []
            for arguments_item_data in _arguments:
                arguments_item = CustomFacetArgument.from_dict(arguments_item_data)

                arguments.append(arguments_item)

        edit_custom_facet_draft_request_custom_facet = cls(
            custom_facet_id=custom_facet_id,
            chain_group=chain_group,
            name=name,
            description=description,
            python_script=python_script,
            libraries=libraries,
            rootkit_token=rootkit_token,
            arguments=arguments,
        )

        edit_custom_facet_draft_request_custom_facet.additional_properties = d
        return edit_custom_facet_draft_request_custom_facet

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
