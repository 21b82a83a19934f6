from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow_progress import FlowProgress


T = TypeVar("T", bound="PipelineRunningResponse")


@_attrs_define
class PipelineRunningResponse:
    """
    Attributes:
        status (bool): True while a run is under way.
        progress (FlowProgress):
    """

    status: bool
    progress: FlowProgress
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_progress import FlowProgress

        d = dict(src_dict)
        status = d.pop("status")

        progress = FlowProgress.from_dict(d.pop("progress"))

        pipeline_running_response = cls(
            status=status,
            progress=progress,
        )

        pipeline_running_response.additional_properties = d
        return pipeline_running_response

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
