from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RunSummary")


@_attrs_define
class RunSummary:
    """A run of a flow, as embedded in the flow.

    Attributes:
        log_id (str | Unset):
        status (FlowStatus | Unset): SCHEDULED, RUNNING, STOPPING and UNKNOWN mean a run is under way. SUCCESS appears
            only in
            run logs, never in is-pipeline-running.
        timestamp (str | Unset): A timestamp, the decimal string of integer Unix epoch seconds.
    """

    log_id: str | Unset = UNSET
    status: FlowStatus | Unset = UNSET
    timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_id = self.log_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_id is not UNSET:
            field_dict["log_id"] = log_id
        if status is not UNSET:
            field_dict["status"] = status
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        log_id = d.pop("log_id", UNSET)

        _status = d.pop("status", UNSET)
        status: FlowStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FlowStatus(_status)

        timestamp = d.pop("timestamp", UNSET)

        run_summary = cls(
            log_id=log_id,
            status=status,
            timestamp=timestamp,
        )

        run_summary.additional_properties = d
        return run_summary

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
