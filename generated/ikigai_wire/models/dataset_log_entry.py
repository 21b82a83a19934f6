from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_job_status import DatasetJobStatus
from ..models.dataset_job_type import DatasetJobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetLogEntry")


@_attrs_define
class DatasetLogEntry:
    """
    Attributes:
        status (DatasetJobStatus):
        timestamp (str): A timestamp, the decimal string of integer Unix epoch seconds.
        job_type (DatasetJobType):
        message (str | Unset): Why the job failed; empty on success.
    """

    status: DatasetJobStatus
    timestamp: str
    job_type: DatasetJobType
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        timestamp = self.timestamp

        job_type = self.job_type.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "timestamp": timestamp,
                "job_type": job_type,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = DatasetJobStatus(d.pop("status"))

        timestamp = d.pop("timestamp")

        job_type = DatasetJobType(d.pop("job_type"))

        message = d.pop("message", UNSET)

        dataset_log_entry = cls(
            status=status,
            timestamp=timestamp,
            job_type=job_type,
            message=message,
        )

        dataset_log_entry.additional_properties = d
        return dataset_log_entry

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
