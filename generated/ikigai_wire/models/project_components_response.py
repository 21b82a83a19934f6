from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_components_response_project_components import (
        ProjectComponentsResponseProjectComponents,
    )


T = TypeVar("T", bound="ProjectComponentsResponse")


@_attrs_define
class ProjectComponentsResponse:
    """
    Attributes:
        project_components (ProjectComponentsResponseProjectComponents): Keyed by the requested project id.
    """

    project_components: ProjectComponentsResponseProjectComponents
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_components = self.project_components.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "project_components": project_components,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_components_response_project_components import (
            ProjectComponentsResponseProjectComponents,
        )

        d = dict(src_dict)
        project_components = ProjectComponentsResponseProjectComponents.from_dict(
            d.pop("project_components")
        )

        project_components_response = cls(
            project_components=project_components,
        )

        project_components_response.additional_properties = d
        return project_components_response

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
