from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.column_data_type_name import ColumnDataTypeName
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.performance_metric_spec_parameters import PerformanceMetricSpecParameters


T = TypeVar("T", bound="PerformanceMetricSpec")


@_attrs_define
class PerformanceMetricSpec:
    """
    Attributes:
        name (str): e.g. r2, accuracy.
        parameters (PerformanceMetricSpecParameters | Unset):
        target_column_data_types (list[ColumnDataTypeName] | Unset): The target column types the metric applies to.
    """

    name: str
    parameters: PerformanceMetricSpecParameters | Unset = UNSET
    target_column_data_types: list[ColumnDataTypeName] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        target_column_data_types: list[str] | Unset = UNSET
        if not isinstance(self.target_column_data_types, Unset):
            target_column_data_types = []
            for target_column_data_types_item_data in self.target_column_data_types:
                target_column_data_types_item = target_column_data_types_item_data.value
                target_column_data_types.append(target_column_data_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if target_column_data_types is not UNSET:
            field_dict["target_column_data_types"] = target_column_data_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.performance_metric_spec_parameters import PerformanceMetricSpecParameters

        d = dict(src_dict)
        name = d.pop("name")

        _parameters = d.pop("parameters", UNSET)
        parameters: PerformanceMetricSpecParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = PerformanceMetricSpecParameters.from_dict(_parameters)

        _target_column_data_types = d.pop("target_column_data_types", UNSET)
        target_column_data_types: list[ColumnDataTypeName] | Unset = UNSET
        if _target_column_data_types is not UNSET:
            target_column_data_types = []
            for target_column_data_types_item_data in _target_column_data_types:
                target_column_data_types_item = ColumnDataTypeName(
                    target_column_data_types_item_data
                )

                target_column_data_types.append(target_column_data_types_item)

        performance_metric_spec = cls(
            name=name,
            parameters=parameters,
            target_column_data_types=target_column_data_types,
        )

        performance_metric_spec.additional_properties = d
        return performance_metric_spec

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
