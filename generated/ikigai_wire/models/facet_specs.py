from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chain_facet_specs import ChainFacetSpecs


T = TypeVar("T", bound="FacetSpecs")


@_attrs_define
class FacetSpecs:
    """
    Attributes:
        input_ (ChainFacetSpecs): The facet groups of one chain group, keyed by group name.
        mid (ChainFacetSpecs): The facet groups of one chain group, keyed by group name.
        output (ChainFacetSpecs): The facet groups of one chain group, keyed by group name.
    """

    input_: ChainFacetSpecs
    mid: ChainFacetSpecs
    output: ChainFacetSpecs
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_.to_dict()

        mid = self.mid.to_dict()

        output = self.output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "INPUT": input_,
                "MID": mid,
                "OUTPUT": output,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chain_facet_specs import ChainFacetSpecs

        d = dict(src_dict)
        input_ = ChainFacetSpecs.from_dict(d.pop("INPUT"))

        mid = ChainFacetSpecs.from_dict(d.pop("MID"))

        output = ChainFacetSpecs.from_dict(d.pop("OUTPUT"))

        facet_specs = cls(
            input_=input_,
            mid=mid,
            output=output,
        )

        facet_specs.additional_properties = d
        return facet_specs

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
