from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.arrow_arguments import ArrowArguments


T = TypeVar("T", bound="Arrow")


@_attrs_define
class Arrow:
    """
    Attributes:
        source (str): The facet_id the data comes from.
        destination (str): The facet_id the data goes to.
        arguments (ArrowArguments | Unset): Arguments on an arrow, as allowed by the facets' `in_arrow_arguments` /
            `out_arrow_arguments`.
    """

    source: str
    destination: str
    arguments: ArrowArguments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        destination = self.destination

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "destination": destination,
            }
        )
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.arrow_arguments import ArrowArguments

        d = dict(src_dict)
        source = d.pop("source")

        destination = d.pop("destination")

        _arguments = d.pop("arguments", UNSET)
        arguments: ArrowArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = ArrowArguments.from_dict(_arguments)

        arrow = cls(
            source=source,
            destination=destination,
            arguments=arguments,
        )

        arrow.additional_properties = d
        return arrow

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
