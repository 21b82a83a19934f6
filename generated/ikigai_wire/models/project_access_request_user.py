from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_access_level import AppAccessLevel

T = TypeVar("T", bound="ProjectAccessRequestUser")


@_attrs_define
class ProjectAccessRequestUser:
    """
    Attributes:
        email (str): A user's e-mail address.
        project_access_level (AppAccessLevel):
    """

    email: str
    project_access_level: AppAccessLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        project_access_level = self.project_access_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "project_access_level": project_access_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        project_access_level = AppAccessLevel(d.pop("project_access_level"))

        project_access_request_user = cls(
            email=email,
            project_access_level=project_access_level,
        )

        project_access_request_user.additional_properties = d
        return project_access_request_user

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
