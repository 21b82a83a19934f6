from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.edit_custom_facet_draft_request_custom_facet import (
        EditCustomFacetDraftRequestCustomFacet,
    )


T = TypeVar("T", bound="EditCustomFacetDraftRequest")


@_attrs_define
class EditCustomFacetDraftRequest:
    """
    Attributes:
        custom_facet (EditCustomFacetDraftRequestCustomFacet):
        save_as_version (bool):  Default: False.
    """

    custom_facet: EditCustomFacetDraftRequestCustomFacet
    save_as_version: bool = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet = self.custom_facet.to_dict()

        save_as_version = self.save_as_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet": custom_facet,
                "save_as_version": save_as_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.edit_custom_facet_draft_request_custom_facet import (
            EditCustomFacetDraftRequestCustomFacet,
        )

        d = dict(src_dict)
        custom_facet = EditCustomFacetDraftRequestCustomFacet.from_dict(d.pop("custom_facet"))

        save_as_version = d.pop("save_as_version")

        edit_custom_facet_draft_request = cls(
            custom_facet=custom_facet,
            save_as_version=save_as_version,
        )

        edit_custom_facet_draft_request.additional_properties = d
        return edit_custom_facet_draft_request

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
