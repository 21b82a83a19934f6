from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_facet_access_level import CustomFacetAccessLevel

if TYPE_CHECKING:
    from ..models.custom_facet_ref import CustomFacetRef
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="CustomFacetAccessRequest")


@_attrs_define
class CustomFacetAccessRequest:
    """
    Attributes:
        custom_facet (CustomFacetRef):
        user (UserRef):
        access_level (CustomFacetAccessLevel):
    """

    custom_facet: CustomFacetRef
    user: UserRef
    access_level: CustomFacetAccessLevel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_facet = self.custom_facet.to_dict()

        user = self.user.to_dict()

        access_level = self.access_level.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_facet": custom_facet,
                "user": user,
                "access_level": access_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.custom_facet_ref import CustomFacetRef
        from ..models.user_ref import UserRef

        d = dict(src_dict)
        custom_facet = CustomFacetRef.from_dict(d.pop("custom_facet"))

        user = UserRef.from_dict(d.pop("user"))

        access_level = CustomFacetAccessLevel(d.pop("access_level"))

        custom_facet_access_request = cls(
            custom_facet=custom_facet,
            user=user,
            access_level=access_level,
        )

        custom_facet_access_request.additional_properties = d
        return custom_facet_access_request

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
