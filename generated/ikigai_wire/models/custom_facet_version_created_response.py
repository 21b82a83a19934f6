from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomFacetVersionCreatedResponse")


@_attrs_define
class CustomFacetVersionCreatedResponse:
    """
    Attributes:
        version_id (str): An opaque identifier.
        limit_warning (None | str): Empty or null when the list is complete; otherwise why it was truncated.
    """

    version_id: str
    limit_warning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version_id = self.version_id

        limit_warning: None | str
        limit_warning = self.limit_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version_id": version_id,
                "limit_warning": limit_warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        version_id = d.pop("version_id")

        def _parse_limit_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        limit_warning = _parse_limit_warning(d.pop("limit_warning"))

        custom_facet_version_created_response = cls(
            version_id=version_id,
            limit_warning=limit_warning,
        )

        custom_facet_version_created_response.additional_properties = d
        return custom_facet_version_created_response

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
