from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_custom_facet_request_custom_facet import (
        CreateCustomFacetRequestCustomFacet,
    )


T = TypeVar("T", bound="CreateCustomFacetRequest")


@_attrs_define
class CreateCustomFacetRequest:
    """
    Attributes:
        custom_facet (CreateCustomFacetRequestCustomFacet):
    """

    custom_facet: CreateCustomFacetRequestCustomFacet
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet = self.custom_facet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet": custom_facet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_custom_facet_request_custom_facet import (
            CreateCustomFacetRequestCustomFacet,
        )

        d = dict(src_dict)
        custom_facet = CreateCustomFacetRequestCustomFacet.from_dict(d.pop("custom_facet"))

        create_custom_facet_request = cls(
            custom_facet=custom_facet,
        )

        create_custom_facet_request.additional_properties = d
        return create_custom_facet_request

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
