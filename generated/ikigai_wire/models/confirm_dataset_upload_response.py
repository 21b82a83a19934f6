from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_upload_status import DatasetUploadStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfirmDatasetUploadResponse")


@_attrs_define
class ConfirmDatasetUploadResponse:
    """
    Attributes:
        status (DatasetUploadStatus): RUNNING while the upload is verified; anything but SUCCESS after it is a failure.
        message (str | Unset): Why the upload failed, naming the problem and where it is (e.g. "row 17 has 3 fields,
            the header has 2"); sent only with FAILED. An addition of this platform's: clients
            that do not know it ignore it, and one that sees no message reports the status.
    """

    status: DatasetUploadStatus
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = DatasetUploadStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        confirm_dataset_upload_response = cls(
            status=status,
            message=message,
        )

        confirm_dataset_upload_response.additional_properties = d
        return confirm_dataset_upload_response

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
