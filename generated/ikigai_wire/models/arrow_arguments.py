from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.table_side import TableSide
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArrowArguments")


@_attrs_define
class ArrowArguments:
    """Arguments on an arrow, as allowed by the facets' `in_arrow_arguments` / `out_arrow_arguments`.

    Attributes:
        table_side (TableSide | Unset): Which side of a two-input facet (such as UNION) an arrow feeds.
    """

    table_side: TableSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_side: str | Unset = UNSET
        if not isinstance(self.table_side, Unset):
            table_side = self.table_side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_side is not UNSET:
            field_dict["table_side"] = table_side

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _table_side = d.pop("table_side", UNSET)
        table_side: TableSide | Unset
        if isinstance(_table_side, Unset):
            table_side = UNSET
        else:
            table_side = TableSide(_table_side)

        arrow_arguments = cls(
            table_side=table_side,
        )

        arrow_arguments.additional_properties = d
        return arrow_arguments

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
