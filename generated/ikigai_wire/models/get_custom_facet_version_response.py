from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_facet_version import CustomFacetVersion


T = TypeVar("T", bound="GetCustomFacetVersionResponse")


@_attrs_define
class GetCustomFacetVersionResponse:
    """
    Attributes:
        custom_facet_version (CustomFacetVersion):
    """

    custom_facet_version: CustomFacetVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet_version = self.custom_facet_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet_version": custom_facet_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_version import CustomFacetVersion

        d = dict(src_dict)
        custom_facet_version = CustomFacetVersion.from_dict(d.pop("custom_facet_version"))

        get_custom_facet_version_response = cls(
            custom_facet_version=custom_facet_version,
        )

        get_custom_facet_version_response.additional_properties = d
        return get_custom_facet_version_response

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
