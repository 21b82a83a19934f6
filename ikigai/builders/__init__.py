"""Builders of flow definitions: the flow builder and its facet builders."""

from typing import TYPE_CHECKING

from ikigai._lazy import lazy_attributes

if TYPE_CHECKING:
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

# A definition read back from the platform needs no facet builder, nor the specs they check
# arguments with: each loads when first named.
__getattr__ = lazy_attributes(
    __name__,
    {
        "Arrow": ".definition",
        "CustomFacetBuilder": ".facet",
        "Facet": ".definition",
        "FacetBuilder": ".facet",
        "FlowBuilder": ".flow",
        "FlowDefinition": ".definition",
        "FlowVariable": ".definition",
        "ModelFacetBuilder": ".facet",
    },
)
