from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.uploaded_file_ref import UploadedFileRef


T = TypeVar("T", bound="AbortDatasetUploadRequest")


@_attrs_define
class AbortDatasetUploadRequest:
    """
    Attributes:
        abort (bool):  Default: True.
        dataset (UploadedFileRef):
        upload_id (str): An opaque identifier.
    """

    dataset: UploadedFileRef
    upload_id: str
    abort: bool = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        abort = self.abort

        dataset = self.dataset.to_dict()

        upload_id = self.upload_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "abort": abort,
                "dataset": dataset,
                "upload_id": upload_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.uploaded_file_ref import UploadedFileRef

        d = dict(src_dict)
        abort = d.pop("abort")

        dataset = UploadedFileRef.from_dict(d.pop("dataset"))

        upload_id = d.pop("upload_id")

        abort_dataset_upload_request = cls(
            abort=abort,
            dataset=dataset,
            upload_id=upload_id,
        )

        abort_dataset_upload_request.additional_properties = d
        return abort_dataset_upload_request

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
