from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowProgress")


@_attrs_define
class FlowProgress:
    """
    Attributes:
        message (str): What the run is doing; "" when idle.
        status (FlowStatus | Unset): SCHEDULED, RUNNING, STOPPING and UNKNOWN mean a run is under way. SUCCESS appears
            only in
            run logs, never in is-pipeline-running.
        progress (int | Unset): Percent done, when known.
    """

    message: str
    status: FlowStatus | Unset = UNSET
    progress: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        _status = d.pop("status", UNSET)
        status: FlowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FlowStatus(_status)

        progress = d.pop("progress", UNSET)

        flow_progress = cls(
            message=message,
            status=status,
            progress=progress,
        )

        flow_progress.additional_properties = d
        return flow_progress

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
