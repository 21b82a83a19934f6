from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.facet_argument_type import FacetArgumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowVariable")


@_attrs_define
class FlowVariable:
    """A run variable, bound to one argument of one named facet.

    Attributes:
        facet_name (str): The `name` of the facet the variable sets.
        name (str): The facet argument the variable sets.
        value (Any | Unset): The value stored with the definition, if any (any JSON value; numbers finite).
        type_ (FacetArgumentType | Unset):
        is_list (bool | Unset):
    """

    facet_name: str
    name: str
    value: Any | Unset = UNSET
    type_: FacetArgumentType | Unset = UNSET
    is_list: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facet_name = self.facet_name

        name = self.name

        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_list = self.is_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facet_name": facet_name,
                "name": name,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_list is not UNSET:
            field_dict["is_list"] = is_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        facet_name = d.pop("facet_name")

        name = d.pop("name")

        value = d.pop("value", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: FacetArgumentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FacetArgumentType(_type_)

        is_list = d.pop("is_list", UNSET)

        flow_variable = cls(
            facet_name=facet_name,
            name=name,
            value=value,
            type_=type_,
            is_list=is_list,
        )

        flow_variable.additional_properties = d
        return flow_variable

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
