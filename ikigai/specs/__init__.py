"""What the platform says it offers: facet types and model types, and their help text."""

from ikigai.specs.arguments import ArgumentSpec
from ikigai.specs.facet_types import FacetChain, FacetType, FacetTypes
from ikigai.specs.model_types import ModelType, ModelTypes, SubModelType

__all__ = [
    "ArgumentSpec",
    "FacetChain",
    "FacetType",
    "FacetTypes",
    "ModelType",
    "ModelTypes",
    "SubModelType",
]
