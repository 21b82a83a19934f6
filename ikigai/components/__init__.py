"""The platform's objects as the client shows them: apps, datasets, flows, models, directories,
custom facets; the builders that create them; and the dict-by-name listings."""

from ikigai.components._base import NamedMapping
from ikigai.components.app import App, AppAccess, AppAccessLevel, AppBrowser, NewApp
from ikigai.components.custom_facet import (
    CustomFacet,
    CustomFacetAccess,
    CustomFacetAccessLevel,
    CustomFacetArgument,
    CustomFacetBrowser,
    CustomFacetVersion,
    NewCustomFacet,
)
from ikigai.components.dataset import ColumnDataType, Dataset, DatasetBrowser, DataType, NewDataset
from ikigai.components.directory import (
    AppDirectory,
    DatasetDirectory,
    FlowDirectory,
    ModelDirectory,
    NewAppDirectory,
    NewDirectory,
)
from ikigai.components.flow import (
    Flow,
    FlowBrowser,
    FlowStatus,
    FlowStatusReport,
    NewFlow,
    RunLog,
    Schedule,
)
from ikigai.components.model import Model, ModelBrowser, ModelVersion, NewModel

__all__ = [
    "App",
    "AppAccess",
    "AppAccessLevel",
    "AppBrowser",
    "AppDirectory",
    "ColumnDataType",
    "CustomFacet",
    "CustomFacetAccess",
    "CustomFacetAccessLevel",
    "CustomFacetArgument",
    "CustomFacetBrowser",
    "CustomFacetVersion",
    "DataType",
    "Dataset",
    "DatasetBrowser",
    "DatasetDirectory",
    "Flow",
    "FlowBrowser",
    "FlowDirectory",
    "FlowStatus",
    "FlowStatusReport",
    "Model",
    "ModelBrowser",
    "ModelDirectory",
    "ModelVersion",
    "NamedMapping",
    "NewApp",
    "NewAppDirectory",
    "NewCustomFacet",
    "NewDataset",
    "NewDirectory",
    "NewFlow",
    "NewModel",
    "RunLog",
    "Schedule",
]
