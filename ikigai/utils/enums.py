"""Every enum of the client under the published client's module and names.

They are defined with what they describe (`AppAccessLevel` with apps, `FlowStatus` with flows,
the spec enums with the specs); these are the same classes. Each is a `StrEnum`, so that a member
equals its value (`FlowStatus.SUCCESS == "SUCCESS"`).
"""

from ikigai.components._placement import DirectoryType
from ikigai.components.app import AppAccessLevel
from ikigai.components.custom_facet import CustomFacetAccessLevel
from ikigai.components.dataset import DatasetDataType, DatasetDownloadStatus
from ikigai.components.flow import FlowStatus
from ikigai.specs.enums import (
    CustomFacetArgumentType,
    FacetArgumentType,
    ModelHyperparameterType,
    ModelParameterType,
)

__all__ = [
    "AppAccessLevel",
    "CustomFacetAccessLevel",
    "CustomFacetArgumentType",
    "DatasetDataType",
    "DatasetDownloadStatus",
    "DirectoryType",
    "FacetArgumentType",
    "FlowStatus",
    "ModelHyperparameterType",
    "ModelParameterType",
]
