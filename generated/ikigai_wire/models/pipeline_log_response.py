from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_log import RunLog


T = TypeVar("T", bound="PipelineLogResponse")


@_attrs_define
class PipelineLogResponse:
    """
    Attributes:
        pipeline_log (list[RunLog]):
    """

    pipeline_log: list[RunLog]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_log = []
        for pipeline_log_item_data in self.pipeline_log:
            pipeline_log_item = pipeline_log_item_data.to_dict()
            pipeline_log.append(pipeline_log_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipeline_log": pipeline_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_log import RunLog

        d = dict(src_dict)
        pipeline_log = []
        _pipeline_log = d.pop("pipeline_log")
        for pipeline_log_item_data in _pipeline_log:
            pipeline_log_item = RunLog.from_dict(pipeline_log_item_data)

            pipeline_log.append(pipeline_log_item)

        pipeline_log_response = cls(
            pipeline_log=pipeline_log,
        )

        pipeline_log_response.additional_properties = d
        return pipeline_log_response

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
