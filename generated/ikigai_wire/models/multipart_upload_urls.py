from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.multipart_upload_urls_urls import MultipartUploadUrlsUrls


T = TypeVar("T", bound="MultipartUploadUrls")


@_attrs_define
class MultipartUploadUrls:
    """
    Attributes:
        upload_id (str): An opaque identifier.
        content_type (str): The Content-Type every part PUT must carry.
        urls (MultipartUploadUrlsUrls): Presigned PUT URLs keyed by part number (decimal strings, from "1").
    """

    upload_id: str
    content_type: str
    urls: MultipartUploadUrlsUrls
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_id = self.upload_id

        content_type = self.content_type

        urls = self.urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "upload_id": upload_id,
                "content_type": content_type,
                "urls": urls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.multipart_upload_urls_urls import MultipartUploadUrlsUrls

        d = dict(src_dict)
        upload_id = d.pop("upload_id")

        content_type = d.pop("content_type")

        urls = MultipartUploadUrlsUrls.from_dict(d.pop("urls"))

        multipart_upload_urls = cls(
            upload_id=upload_id,
            content_type=content_type,
            urls=urls,
        )

        multipart_upload_urls.additional_properties = d
        return multipart_upload_urls

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
