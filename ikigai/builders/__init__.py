"""Builders of flow definitions: the flow builder and its facet builders."""

from ikigai.builders.definition import Arrow, Facet, FlowDefinition, FlowVariable
from ikigai.builders.facet import CustomFacetBuilder, FacetBuilder, ModelFacetBuilder
from ikigai.builders.flow import FlowBuilder

__all__ = [
    "Arrow",
    "CustomFacetBuilder",
    "Facet",
    "FacetBuilder",
    "FlowBuilder",
    "FlowDefinition",
    "FlowVariable",
    "ModelFacetBuilder",
]
