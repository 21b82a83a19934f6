from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facet_arguments import FacetArguments


T = TypeVar("T", bound="Facet")


@_attrs_define
class Facet:
    """
    Attributes:
        facet_id (str): Unique within the definition; clients use "0", "1", ...
        facet_uid (str): The facet type's uid from the facet specs (e.g. I_005).
        name (str | Unset):  Default: ''.
        arguments (FacetArguments | Unset): A facet's arguments. Which keys and value types are allowed depends on the
            facet type and
            is described by that type's entry in the facet specs (`ArgumentSpec`), so the wire shape
            is open here; its numbers, at any depth, are finite like every number of the API.
    """

    facet_id: str
    facet_uid: str
    name: str | Unset = ""
    arguments: FacetArguments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facet_id = self.facet_id

        facet_uid = self.facet_uid

        name = self.name

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facet_id": facet_id,
                "facet_uid": facet_uid,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facet_arguments import FacetArguments

        d = dict(src_dict)
        facet_id = d.pop("facet_id")

        facet_uid = d.pop("facet_uid")

        name = d.pop("name", UNSET)

        _arguments = d.pop("arguments", UNSET)
        arguments: FacetArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = FacetArguments.from_dict(_arguments)

        facet = cls(
            facet_id=facet_id,
            facet_uid=facet_uid,
            name=name,
            arguments=arguments,
        )

        facet.additional_properties = d
        return facet

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
