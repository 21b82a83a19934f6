from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_facet_version import CustomFacetVersion


T = TypeVar("T", bound="CustomFacetVersionList")


@_attrs_define
class CustomFacetVersionList:
    """
    Attributes:
        custom_facet_versions (list[CustomFacetVersion]):
        limit_warning (None | str): Empty or null when the list is complete; otherwise why it was truncated.
    """

    custom_facet_versions: list[CustomFacetVersion]
    limit_warning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet_versions = []
        for custom_facet_versions_item_data in self.custom_facet_versions:
            custom_facet_versions_item = custom_facet_versions_item_data.to_dict()
            custom_facet_versions.append(custom_facet_versions_item)

        limit_warning: None | str
        limit_warning = self.limit_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet_versions": custom_facet_versions,
                "limit_warning": limit_warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_version import CustomFacetVersion

        d = dict(src_dict)
        custom_facet_versions = []
        _custom_facet_versions = d.pop("custom_facet_versions")
        for custom_facet_versions_item_data in _custom_facet_versions:
            custom_facet_versions_item = CustomFacetVersion.from_dict(
                custom_facet_versions_item_data
            )

            custom_facet_versions.append(custom_facet_versions_item)

        def _parse_limit_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        limit_warning = _parse_limit_warning(d.pop("limit_warning"))

        custom_facet_version_list = cls(
            custom_facet_versions=custom_facet_versions,
            limit_warning=limit_warning,
        )

        custom_facet_version_list.additional_properties = d
        return custom_facet_version_list

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
