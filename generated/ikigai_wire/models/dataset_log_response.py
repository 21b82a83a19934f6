from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_log_entry import DatasetLogEntry


T = TypeVar("T", bound="DatasetLogResponse")


@_attrs_define
class DatasetLogResponse:
    """
    Attributes:
        dataset_log (list[DatasetLogEntry]):
    """

    dataset_log: list[DatasetLogEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_log = []
        for dataset_log_item_data in self.dataset_log:
            dataset_log_item = dataset_log_item_data.to_dict()
            dataset_log.append(dataset_log_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_log": dataset_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_log_entry import DatasetLogEntry

        d = dict(src_dict)
        dataset_log = []
        _dataset_log = d.pop("dataset_log")
        for dataset_log_item_data in _dataset_log:
            dataset_log_item = DatasetLogEntry.from_dict(dataset_log_item_data)

            dataset_log.append(dataset_log_item)

        dataset_log_response = cls(
            dataset_log=dataset_log,
        )

        dataset_log_response.additional_properties = d
        return dataset_log_response

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
