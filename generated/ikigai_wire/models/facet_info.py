from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chain_group import ChainGroup

T = TypeVar("T", bound="FacetInfo")


@_attrs_define
class FacetInfo:
    """
    Attributes:
        facet_uid (str):
        chain_group (ChainGroup):
        facet_group (str): e.g. MACHINE_LEARNING for model facets.
        facet_type (str): The display name, e.g. IMPORTED.
    """

    facet_uid: str
    chain_group: ChainGroup
    facet_group: str
    facet_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facet_uid = self.facet_uid

        chain_group = self.chain_group.value

        facet_group = self.facet_group

        facet_type = self.facet_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facet_uid": facet_uid,
                "chain_group": chain_group,
                "facet_group": facet_group,
                "facet_type": facet_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        facet_uid = d.pop("facet_uid")

        chain_group = ChainGroup(d.pop("chain_group"))

        facet_group = d.pop("facet_group")

        facet_type = d.pop("facet_type")

        facet_info = cls(
            facet_uid=facet_uid,
            chain_group=chain_group,
            facet_group=facet_group,
            facet_type=facet_type,
        )

        facet_info.additional_properties = d
        return facet_info

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
