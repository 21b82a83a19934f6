from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus

T = TypeVar("T", bound="RunLog")


@_attrs_define
class RunLog:
    """One finished run of a flow.

    Attributes:
        log_id (str): An opaque identifier.
        status (FlowStatus): SCHEDULED, RUNNING, STOPPING and UNKNOWN mean a run is under way. SUCCESS appears only in
            run logs, never in is-pipeline-running.
        user (str): A user's e-mail address.
        erroneous_facet_id (None | str): The facet_id of the facet that failed; empty or null on success.
        message (str): Why the run failed; "" on success.
        timestamp (str): A timestamp, the decimal string of integer Unix epoch seconds.
    """

    log_id: str
    status: FlowStatus
    user: str
    erroneous_facet_id: None | str
    message: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_id = self.log_id

        status = self.status.value

        user = self.user

        erroneous_facet_id: None | str
        erroneous_facet_id = self.erroneous_facet_id

        message = self.message

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "log_id": log_id,
                "status": status,
                "user": user,
                "erroneous_facet_id": erroneous_facet_id,
                "message": message,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        log_id = d.pop("log_id")

        status = FlowStatus(d.pop("status"))

        user = d.pop("user")

        def _parse_erroneous_facet_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        erroneous_facet_id = _parse_erroneous_facet_id(d.pop("erroneous_facet_id"))

        message = d.pop("message")

        timestamp = d.pop("timestamp")

        run_log = cls(
            log_id=log_id,
            status=status,
            user=user,
            erroneous_facet_id=erroneous_facet_id,
            message=message,
            timestamp=timestamp,
        )

        run_log.additional_properties = d
        return run_log

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
