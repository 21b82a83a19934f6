from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.save_custom_facet_version_request_custom_facet_version import (
        SaveCustomFacetVersionRequestCustomFacetVersion,
    )


T = TypeVar("T", bound="SaveCustomFacetVersionRequest")


@_attrs_define
class SaveCustomFacetVersionRequest:
    """
    Attributes:
        save_as_version (bool):  Default: True.
        custom_facet_version (SaveCustomFacetVersionRequestCustomFacetVersion):
    """

    custom_facet_version: SaveCustomFacetVersionRequestCustomFacetVersion
    save_as_version: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        save_as_version = self.save_as_version

        custom_facet_version = self.custom_facet_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "save_as_version": save_as_version,
                "custom_facet_version": custom_facet_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.save_custom_facet_version_request_custom_facet_version import (
            SaveCustomFacetVersionRequestCustomFacetVersion,
        )

        d = dict(src_dict)
        save_as_version = d.pop("save_as_version")

        custom_facet_version = SaveCustomFacetVersionRequestCustomFacetVersion.from_dict(
            d.pop("custom_facet_version")
        )

        save_custom_facet_version_request = cls(
            save_as_version=save_as_version,
            custom_facet_version=custom_facet_version,
        )

        save_custom_facet_version_request.additional_properties = d
        return save_custom_facet_version_request

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
