"""The model specs under the published client's module path, `ikigai.specs.model`.

A thin module: the classes live in `ikigai.specs.model_types`, `ikigai.specs.arguments` and
`ikigai.specs.enums`; these are the same objects (`ModelSpec` is `ModelType`, `SubModelSpec` is
`SubModelType`).
"""

from ikigai.specs.arguments import ModelHyperparameterSpec, ModelParameterSpec
from ikigai.specs.enums import ModelHyperparameterType, ModelParameterType
from ikigai.specs.model_types import (
    ModelMetricsSpec,
    ModelSpec,
    ModelType,
    ModelTypes,
    SubModelSpec,
    SubModelType,
)

__all__ = [
    "ModelHyperparameterSpec",
    "ModelHyperparameterType",
    "ModelMetricsSpec",
    "ModelParameterSpec",
    "ModelParameterType",
    "ModelSpec",
    "ModelType",
    "ModelTypes",
    "SubModelSpec",
    "SubModelType",
]
