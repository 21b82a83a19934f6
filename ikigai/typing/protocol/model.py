"""`ModelType`: anything that names a model type and a sub-model type (a model, or a sub-model
type of `ikigai.model_types` such as `model_types.Linear.Lasso`)."""

from ikigai.components.model import ModelKind as ModelType

__all__ = ["ModelType"]
