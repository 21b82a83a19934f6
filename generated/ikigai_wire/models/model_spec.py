from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_model_spec import SubModelSpec


T = TypeVar("T", bound="ModelSpec")


@_attrs_define
class ModelSpec:
    """
    Attributes:
        name (str):
        is_deprecated (bool):
        is_hidden (bool):
        keywords (list[str]):
        sub_model_types (list[SubModelSpec]):
    """

    name: str
    is_deprecated: bool
    is_hidden: bool
    keywords: list[str]
    sub_model_types: list[SubModelSpec]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_deprecated = self.is_deprecated

        is_hidden = self.is_hidden

        keywords = self.keywords

        sub_model_types = []
        for sub_model_types_item_data in self.sub_model_types:
            sub_model_types_item = sub_model_types_item_data.to_dict()
            sub_model_types.append(sub_model_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "is_deprecated": is_deprecated,
                "is_hidden": is_hidden,
                "keywords": keywords,
                "sub_model_types": sub_model_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sub_model_spec import SubModelSpec

        d = dict(src_dict)
        name = d.pop("name")

        is_deprecated = d.pop("is_deprecated")

        is_hidden = d.pop("is_hidden")

        keywords = cast(list[str], d.pop("keywords"))

        sub_model_types = []
        _sub_model_types = d.pop("sub_model_types")
        for sub_model_types_item_data in _sub_model_types:
            sub_model_types_item = SubModelSpec.from_dict(sub_model_types_item_data)

            sub_model_types.append(sub_model_types_item)

        model_spec = cls(
            name=name,
            is_deprecated=is_deprecated,
            is_hidden=is_hidden,
            keywords=keywords,
            sub_model_types=sub_model_types,
        )

        model_spec.additional_properties = d
        return model_spec

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
