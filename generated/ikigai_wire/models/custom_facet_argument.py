from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_facet_argument_type import CustomFacetArgumentType

T = TypeVar("T", bound="CustomFacetArgument")


@_attrs_define
class CustomFacetArgument:
    """An argument of a custom facet and its default. Clients send the value as a string
    (`"True"`, `"1.5"`); the platform echoes values exactly as stored.

        Attributes:
            name (str): A user-given name, at most 255 characters.
            type_ (CustomFacetArgumentType): The Python type a custom-facet argument's string value is cast to.
            value (bool | float | None | str): The default; a number must be finite.
    """

    name: str
    type_: CustomFacetArgumentType
    value: bool | float | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        value: bool | float | None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = CustomFacetArgumentType(d.pop("type"))

        def _parse_value(data: object) -> bool | float | None | str:
            if data is None:
                return data
            return cast(bool | float | None | str, data)

        value = _parse_value(d.pop("value"))

        custom_facet_argument = cls(
            name=name,
            type_=type_,
            value=value,
        )

        custom_facet_argument.additional_properties = d
        return custom_facet_argument

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
