"""Flow definitions and their builders under the published client's module and names.

They live in `ikigai.builders`; this module gives them the names the published client uses:
`FlowDefinitionBuilder` is `ikigai.builders.FlowBuilder` (what `ikigai.builder` gives), and
`CustomFacetFacetBuilder` is `ikigai.builders.CustomFacetBuilder` (the facet that runs a custom
facet in a flow).
"""

from ikigai.builders.definition import Arrow, Facet, FlowDefinition, FlowVariable
from ikigai.builders.facet import CustomFacetBuilder as CustomFacetFacetBuilder
from ikigai.builders.facet import FacetBuilder, ModelFacetBuilder
from ikigai.builders.flow import FlowBuilder as FlowDefinitionBuilder

__all__ = [
    "Arrow",
    "CustomFacetFacetBuilder",
    "Facet",
    "FacetBuilder",
    "FlowDefinition",
    "FlowDefinitionBuilder",
    "FlowVariable",
    "ModelFacetBuilder",
]
