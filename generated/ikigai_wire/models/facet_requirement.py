from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FacetRequirement")


@_attrs_define
class FacetRequirement:
    """How many parents (inputs) and children (outputs) a facet may have.

    Attributes:
        max_child_count (int):
        min_child_count (int):
        max_parent_count (int):
        min_parent_count (int):
    """

    max_child_count: int
    min_child_count: int
    max_parent_count: int
    min_parent_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_child_count = self.max_child_count

        min_child_count = self.min_child_count

        max_parent_count = self.max_parent_count

        min_parent_count = self.min_parent_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_child_count": max_child_count,
                "min_child_count": min_child_count,
                "max_parent_count": max_parent_count,
                "min_parent_count": min_parent_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        max_child_count = d.pop("max_child_count")

        min_child_count = d.pop("min_child_count")

        max_parent_count = d.pop("max_parent_count")

        min_parent_count = d.pop("min_parent_count")

        facet_requirement = cls(
            max_child_count=max_child_count,
            min_child_count=min_child_count,
            max_parent_count=max_parent_count,
            min_parent_count=min_parent_count,
        )

        facet_requirement.additional_properties = d
        return facet_requirement

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
