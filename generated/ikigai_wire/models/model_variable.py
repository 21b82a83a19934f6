from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.facet_arguments import FacetArguments


T = TypeVar("T", bound="ModelVariable")


@_attrs_define
class ModelVariable:
    """
    Attributes:
        facet_name (str): A name that may be empty, at most 255 characters.
        model_name (str): A name that may be empty, at most 255 characters.
        model_version (str | Unset): A name that may be empty, at most 255 characters.
        model_argument_type (str | Unset):
        model_arguments (list[FacetArguments] | Unset):
    """

    facet_name: str
    model_name: str
    model_version: str | Unset = UNSET
    model_argument_type: str | Unset = UNSET
    model_arguments: list[FacetArguments] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facet_name = self.facet_name

        model_name = self.model_name

        model_version = self.model_version

        model_argument_type = self.model_argument_type

        model_arguments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.model_arguments, Unset):
            model_arguments = []
            for model_arguments_item_data in self.model_arguments:
                model_arguments_item = model_arguments_item_data.to_dict()
                model_arguments.append(model_arguments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facet_name": facet_name,
                "model_name": model_name,
            }
        )
        if model_version is not UNSET:
            field_dict["model_version"] = model_version
        if model_argument_type is not UNSET:
            field_dict["model_argument_type"] = model_argument_type
        if model_arguments is not UNSET:
            field_dict["model_arguments"] = model_arguments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.facet_arguments import FacetArguments

        d = dict(src_dict)
        facet_name = d.pop("facet_name")

        model_name = d.pop("model_name")

        model_version = d.pop("model_version", UNSET)

        model_argument_type = d.pop("model_argument_type", UNSET)

        _model_arguments = d.pop("model_arguments", UNSET)
        model_arguments: list[FacetArguments] | Unset = UNSET
        if _model_arguments is not UNSET:
            model_arguments = []
            for model_arguments_item_data in _model_arguments:
                model_arguments_item = FacetArguments.from_dict(model_arguments_item_data)

                model_arguments.append(model_arguments_item)

        model_variable = cls(
            facet_name=facet_name,
            model_name=model_name,
            model_version=model_version,
            model_argument_type=model_argument_type,
            model_arguments=model_arguments,
        )

        model_variable.additional_properties = d
        return model_variable

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
