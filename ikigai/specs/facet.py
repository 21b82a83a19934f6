"""The facet specs under the published client's module path, `ikigai.specs.facet`.

A thin module: the classes live in `ikigai.specs.facet_types`, `ikigai.specs.arguments`,
`ikigai.specs.custom_arguments` and `ikigai.specs.enums`; these are the same objects.
"""

from ikigai.specs.arguments import ArgumentSpec
from ikigai.specs.custom_arguments import CustomFacetArgumentSpec
from ikigai.specs.enums import CustomFacetArgumentType, FacetArgumentType
from ikigai.specs.facet_types import (
    CustomFacetType,
    FacetChain,
    FacetInfo,
    FacetRequirementSpec,
    FacetType,
    FacetTypes,
)

__all__ = [
    "ArgumentSpec",
    "CustomFacetArgumentSpec",
    "CustomFacetArgumentType",
    "CustomFacetType",
    "FacetArgumentType",
    "FacetChain",
    "FacetInfo",
    "FacetRequirementSpec",
    "FacetType",
    "FacetTypes",
]
