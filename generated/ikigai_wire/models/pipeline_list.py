from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.flow import Flow


T = TypeVar("T", bound="PipelineList")


@_attrs_define
class PipelineList:
    """
    Attributes:
        pipelines (list[Flow]):
        limit_warning (None | str): Empty or null when the list is complete; otherwise why it was truncated.
    """

    pipelines: list[Flow]
    limit_warning: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipelines = []
        for pipelines_item_data in self.pipelines:
            pipelines_item = pipelines_item_data.to_dict()
            pipelines.append(pipelines_item)

        limit_warning: None | str
        limit_warning = self.limit_warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipelines": pipelines,
                "limit_warning": limit_warning,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow import Flow

        d = dict(src_dict)
        pipelines = []
        _pipelines = d.pop("pipelines")
        for pipelines_item_data in _pipelines:
            pipelines_item = Flow.from_dict(pipelines_item_data)

            pipelines.append(pipelines_item)

        def _parse_limit_warning(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        limit_warning = _parse_limit_warning(d.pop("limit_warning"))

        pipeline_list = cls(
            pipelines=pipelines,
            limit_warning=limit_warning,
        )

        pipeline_list.additional_properties = d
        return pipeline_list

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
