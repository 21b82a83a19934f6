"""Directories: app directories (per user) and dataset, flow and model directories (per app).

folder = ikigai.app_directory.new("Team").build()
inner = app.dataset_directory.new("raw").parent(outer).build()
inner.datasets(), outer.directories(), inner.type, inner.to_dict()

Each kind is defined with what it holds (`AppDirectory` in `app`, `FlowDirectory` in `flow`, ...)
on the common ground of `_placement`; this module gathers them, above all of them.
"""

from ikigai.components._placement import (
    AppScopedDirectory,
    Directory,
    DirectoryDict,
    DirectoryType,
    NamedDirectoryDict,
    NewDirectory,
    list_directories,
    placement,
)
from ikigai.components.app import AppDirectory, NewAppDirectory, list_app_directories
from ikigai.components.dataset import DatasetDirectory, NewDatasetDirectory
from ikigai.components.flow import FlowDirectory, NewFlowDirectory
from ikigai.components.model import ModelDirectory, NewModelDirectory

__all__ = [
    "AppDirectory",
    "AppScopedDirectory",
    "DatasetDirectory",
    "Directory",
    "DirectoryDict",
    "DirectoryType",
    "FlowDirectory",
    "ModelDirectory",
    "NamedDirectoryDict",
    "NewAppDirectory",
    "NewDatasetDirectory",
    "NewDirectory",
    "NewFlowDirectory",
    "NewModelDirectory",
    "list_app_directories",
    "list_directories",
    "placement",
]
