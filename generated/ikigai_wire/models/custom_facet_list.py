from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_facet import CustomFacet


T = TypeVar("T", bound="CustomFacetList")


@_attrs_define
class CustomFacetList:
    """
    Attributes:
        custom_facets (list[CustomFacet]):
        limit_warning (None | str | Unset): Empty or null when the list is complete; otherwise why it was truncated.
    """

    custom_facets: list[CustomFacet]
    limit_warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facets = []
        for custom_facets_item_data in self.custom_facets:
            custom_facets_item = custom_facets_item_data.to_dict()
            custom_facets.append(custom_facets_item)

        limit_warning: None | str | Unset
        if isinstance(self.limit_warning, Unset):
            limit_warning = UNSET
        else:
            limit_warning = self.limit_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facets": custom_facets,
            }
        )
        if limit_warning is not UNSET:
            field_dict["limit_warning"] = limit_warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet import CustomFacet

        d = dict(src_dict)
        custom_facets = []
        _custom_facets = d.pop("custom_facets")
        for custom_facets_item_data in _custom_facets:
            custom_facets_item = CustomFacet.from_dict(custom_facets_item_data)

            custom_facets.append(custom_facets_item)

        def _parse_limit_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        limit_warning = _parse_limit_warning(d.pop("limit_warning", UNSET))

        custom_facet_list = cls(
            custom_facets=custom_facets,
            limit_warning=limit_warning,
        )

        custom_facet_list.additional_properties = d
        return custom_facet_list

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
