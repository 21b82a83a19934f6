from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.argument_spec import ArgumentSpec
    from ..models.facet_info import FacetInfo
    from ..models.facet_requirement import FacetRequirement


T = TypeVar("T", bound="FacetSpec")


@_attrs_define
class FacetSpec:
    """
    Attributes:
        facet_info (FacetInfo):
        is_deprecated (bool):
        is_hidden (bool):
        facet_requirement (FacetRequirement): How many parents (inputs) and children (outputs) a facet may have.
        facet_arguments (list[ArgumentSpec]):
        in_arrow_arguments (list[ArgumentSpec]):
        out_arrow_arguments (list[ArgumentSpec]):
        facet_requirements (list[FacetRequirement] | Unset): The same requirement in list form, for clients that read
            that.
        facet_keywords (list[str] | Unset):
    """

    facet_info: FacetInfo
    is_deprecated: bool
    is_hidden: bool
    facet_requirement: FacetRequirement
    facet_arguments: list[ArgumentSpec]
    in_arrow_arguments: list[ArgumentSpec]
    out_arrow_arguments: list[ArgumentSpec]
    facet_requirements: list[FacetRequirement] | Unset = UNSET
    facet_keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facet_info = self.facet_info.to_dict()

        is_deprecated = self.is_deprecated

        is_hidden = self.is_hidden

        facet_requirement = self.facet_requirement.to_dict()

        facet_arguments = []
        for facet_arguments_item_data in self.facet_arguments:
            facet_arguments_item = facet_arguments_item_data.to_dict()
            facet_arguments.append(facet_arguments_item)

        in_arrow_arguments = []
        for in_arrow_arguments_item_data in self.in_arrow_arguments:
            in_arrow_arguments_item = in_arrow_arguments_item_data.to_dict()
            in_arrow_arguments.append(in_arrow_arguments_item)

        out_arrow_arguments = []
        for out_arrow_arguments_item_data in self.out_arrow_arguments:
            out_arrow_arguments_item = out_arrow_arguments_item_data.to_dict()
            out_arrow_arguments.append(out_arrow_arguments_item)

        facet_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.facet_requirements, Unset):
            facet_requirements = []
            for facet_requirements_item_data in self.facet_requirements:
                facet_requirements_item = facet_requirements_item_data.to_dict()
                facet_requirements.append(facet_requirements_item)

        facet_keywords: list[str] | Unset = UNSET
        if not isinstance(self.facet_keywords, Unset):
            facet_keywords = self.facet_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facet_info": facet_info,
                "is_deprecated": is_deprecated,
                "is_hidden": is_hidden,
                "facet_requirement": facet_requirement,
                "facet_arguments": facet_arguments,
                "in_arrow_arguments": in_arrow_arguments,
                "out_arrow_arguments": out_arrow_arguments,
            }
        )
        if facet_requirements is not UNSET:
            field_dict["facet_requirements"] = facet_requirements
        if facet_keywords is not UNSET:
            field_dict["facet_keywords"] = facet_keywords

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.argument_spec import ArgumentSpec
        from ..models.facet_info import FacetInfo
        from ..models.facet_requirement import FacetRequirement

        d = dict(src_dict)
        facet_info = FacetInfo.from_dict(d.pop("facet_info"))

        is_deprecated = d.pop("is_deprecated")

        is_hidden = d.pop("is_hidden")

        facet_requirement = FacetRequirement.from_dict(d.pop("facet_requirement"))

        facet_arguments = []
        _facet_arguments = d.pop("facet_arguments")
        for facet_arguments_item_data in _facet_arguments:
            facet_arguments_item = ArgumentSpec.from_dict(facet_arguments_item_data)

            facet_arguments.append(facet_arguments_item)

        in_arrow_arguments = []
        _in_arrow_arguments = d.pop("in_arrow_arguments")
        for in_arrow_arguments_item_data in _in_arrow_arguments:
            in_arrow_arguments_item = ArgumentSpec.from_dict(in_arrow_arguments_item_data)

            in_arrow_arguments.append(in_arrow_arguments_item)

        out_arrow_arguments = []
        _out_arrow_arguments = d.pop("out_arrow_arguments")
        for out_arrow_arguments_item_data in _out_arrow_arguments:
            out_arrow_arguments_item = ArgumentSpec.from_dict(out_arrow_arguments_item_data)

            out_arrow_arguments.append(out_arrow_arguments_item)

        _facet_requirements = d.pop("facet_requirements", UNSET)
        facet_requirements: list[FacetRequirement] | Unset = UNSET
        if _facet_requirements is not UNSET:
            facet_requirements = []
            for facet_requirements_item_data in _facet_requirements:
                facet_requirements_item = FacetRequirement.from_dict(facet_requirements_item_data)

                facet_requirements.append(facet_requirements_item)

        facet_keywords = cast(list[str], d.pop("facet_keywords", UNSET))

        facet_spec = cls(
            facet_info=facet_info,
            is_deprecated=is_deprecated,
            is_hidden=is_hidden,
            facet_requirement=facet_requirement,
            facet_arguments=facet_arguments,
            in_arrow_arguments=in_arrow_arguments,
            out_arrow_arguments=out_arrow_arguments,
            facet_requirements=facet_requirements,
            facet_keywords=facet_keywords,
        )

        facet_spec.additional_properties = d
        return facet_spec

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
