from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chart_data_types import ChartDataTypes


T = TypeVar("T", bound="Chart")


@_attrs_define
class Chart:
    """
    Attributes:
        chart_id (str): An opaque identifier.
        name (str):
        project_id (str | Unset):
        dataset_id (str | Unset):
        superset_chart_id (str | Unset):
        data_types (ChartDataTypes | Unset):
    """

    chart_id: str
    name: str
    project_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    superset_chart_id: str | Unset = UNSET
    data_types: ChartDataTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chart_id = self.chart_id

        name = self.name

        project_id = self.project_id

        dataset_id = self.dataset_id

        superset_chart_id = self.superset_chart_id

        data_types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data_types, Unset):
            data_types = self.data_types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chart_id": chart_id,
                "name": name,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if superset_chart_id is not UNSET:
            field_dict["superset_chart_id"] = superset_chart_id
        if data_types is not UNSET:
            field_dict["data_types"] = data_types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chart_data_types import ChartDataTypes

        d = dict(src_dict)
        chart_id = d.pop("chart_id")

        name = d.pop("name")

        project_id = d.pop("project_id", UNSET)

        dataset_id = d.pop("dataset_id", UNSET)

        superset_chart_id = d.pop("superset_chart_id", UNSET)

        _data_types = d.pop("data_types", UNSET)
        data_types: ChartDataTypes | Unset
        if isinstance(_data_types, Unset):
            data_types = UNSET
        else:
            data_types = ChartDataTypes.from_dict(_data_types)

        chart = cls(
            chart_id=chart_id,
            name=name,
            project_id=project_id,
            dataset_id=dataset_id,
            superset_chart_id=superset_chart_id,
            data_types=data_types,
        )

        chart.additional_properties = d
        return chart

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
