from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.arrow import Arrow
    from ..models.facet import Facet
    from ..models.flow_definition_model_variables import FlowDefinitionModelVariables
    from ..models.flow_definition_variables import FlowDefinitionVariables


T = TypeVar("T", bound="FlowDefinition")


@_attrs_define
class FlowDefinition:
    """A flow as a graph of facets joined by arrows.

    Attributes:
        facets (list[Facet]):
        arrows (list[Arrow]):
        variables (FlowDefinitionVariables | Unset):
        model_variables (FlowDefinitionModelVariables | Unset):
    """

    facets: list[Facet]
    arrows: list[Arrow]
    variables: FlowDefinitionVariables | Unset = UNSET
    model_variables: FlowDefinitionModelVariables | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        facets = []
        for facets_item_data in self.facets:
            facets_item = facets_item_data.to_dict()
            facets.append(facets_item)

        arrows = []
        for arrows_item_data in self.arrows:
            arrows_item = arrows_item_data.to_dict()
            arrows.append(arrows_item)

        variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables.to_dict()

        model_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_variables, Unset):
            model_variables = self.model_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "facets": facets,
                "arrows": arrows,
            }
        )
        if variables is not UNSET:
            field_dict["variables"] = variables
        if model_variables is not UNSET:
            field_dict["model_variables"] = model_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.arrow import Arrow
        from ..models.facet import Facet
        from ..models.flow_definition_model_variables import FlowDefinitionModelVariables
        from ..models.flow_definition_variables import FlowDefinitionVariables

        d = dict(src_dict)
        facets = []
        _facets = d.pop("facets")
        for facets_item_data in _facets:
            facets_item = Facet.from_dict(facets_item_data)

            facets.append(facets_item)

        arrows = []
        _arrows = d.pop("arrows")
        for arrows_item_data in _arrows:
            arrows_item = Arrow.from_dict(arrows_item_data)

            arrows.append(arrows_item)

        _variables = d.pop("variables", UNSET)
        variables: FlowDefinitionVariables | Unset
        if isinstance(_variables, Unset):
            variables = UNSET
        else:
            variables = FlowDefinitionVariables.from_dict(_variables)

        _model_variables = d.pop("model_variables", UNSET)
        model_variables: FlowDefinitionModelVariables | Unset
        if isinstance(_model_variables, Unset):
            model_variables = UNSET
        else:
            model_variables = FlowDefinitionModelVariables.from_dict(_model_variables)

        flow_definition = cls(
            facets=facets,
            arrows=arrows,
            variables=variables,
            model_variables=model_variables,
        )

        flow_definition.additional_properties = d
        return flow_definition

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
