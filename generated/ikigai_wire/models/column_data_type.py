from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_data_type_name import ColumnDataTypeName

if TYPE_CHECKING:
    from ..models.column_data_type_data_formats import ColumnDataTypeDataFormats


T = TypeVar("T", bound="ColumnDataType")


@_attrs_define
class ColumnDataType:
    """
    Attributes:
        data_type (ColumnDataTypeName):
        data_formats (ColumnDataTypeDataFormats): Format hints, e.g. `{"numeric_format": "INTEGER"}`; usually empty.
    """

    data_type: ColumnDataTypeName
    data_formats: ColumnDataTypeDataFormats
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type.value

        data_formats = self.data_formats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_type": data_type,
                "data_formats": data_formats,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.column_data_type_data_formats import ColumnDataTypeDataFormats

        d = dict(src_dict)
        data_type = ColumnDataTypeName(d.pop("data_type"))

        data_formats = ColumnDataTypeDataFormats.from_dict(d.pop("data_formats"))

        column_data_type = cls(
            data_type=data_type,
            data_formats=data_formats,
        )

        column_data_type.additional_properties = d
        return column_data_type

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
