"""Datasets: data files in an app.

app.datasets()                      # every dataset, by name
dataset = app.datasets["sales"]     # one, asked by name
df = dataset.df()
app.dataset.new("New Dataset").df(df).build()
dataset.edit_data(df)
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import pandas as pd

from ikigai import transfer
from ikigai._context import Context, warn_if_truncated
from ikigai.components._base import Browser, Editable, check_flag, check_name, from_epoch
from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai_wire import modes
from ikigai_wire.api.datasets import (
    create_dataset,
    delete_dataset,
    edit_dataset,
    get_datasets_for_project,
)
from ikigai_wire.api.search import search_datasets_for_project
from ikigai_wire.models.create_dataset_request import CreateDatasetRequest
from ikigai_wire.models.create_dataset_request_dataset import CreateDatasetRequestDataset
from ikigai_wire.models.dataset import Dataset as WireDataset
from ikigai_wire.models.dataset_ref import DatasetRef
from ikigai_wire.models.delete_dataset_request import DeleteDatasetRequest
from ikigai_wire.models.edit_dataset_request import EditDatasetRequest
from ikigai_wire.models.edit_dataset_request_dataset import EditDatasetRequestDataset
from ikigai_wire.types import UNSET, Unset

if TYPE_CHECKING:
    from ikigai.components.directory import DatasetDirectory

__all__ = [
    "ColumnDataType",
    "DataType",
    "Dataset",
    "DatasetBrowser",
    "NewDataset",
    "list_datasets",
]


class DataType(Enum):
    """The type the platform inferred for a column."""

    NUMERIC = "NUMERIC"
    TEXT = "TEXT"
    CATEGORICAL = "CATEGORICAL"
    TIME = "TIME"


@dataclass(frozen=True)
class ColumnDataType:
    data_type: DataType
    data_formats: dict[str, str]


@dataclass(eq=False)
class Dataset(Editable):
    """A dataset of an app. `df()` downloads it; `edit_data(df)` replaces its data."""

    kind: ClassVar[str] = "dataset"

    app_id: str
    dataset_id: str
    name: str
    filename: str
    file_extension: str
    data_types: dict[str, ColumnDataType]
    size: int
    created_at: datetime
    modified_at: datetime
    _ctx: Context = field(repr=False)

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireDataset) -> Dataset:
        return cls(
            app_id=wire.project_id,
            dataset_id=wire.dataset_id,
            name=wire.name,
            filename=wire.filename,
            file_extension=wire.file_extension,
            data_types={
                column: ColumnDataType(
                    DataType(str(kind.data_type)), dict(kind.data_formats.additional_properties)
                )
                for column, kind in wire.data_types.additional_properties.items()
            },
            size=wire.size,
            created_at=from_epoch(wire.created_at),
            modified_at=from_epoch(wire.modified_at),
            _ctx=ctx,
        )

    @property
    def id(self) -> str:
        return self.dataset_id

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the dataset, as it says it."""
        return _get_by_id(self._ctx, self.app_id, self.dataset_id).to_dict()

    def df(self) -> pd.DataFrame:
        """The dataset's data."""
        payload = transfer.download(
            self._ctx, app_id=self.app_id, dataset_id=self.dataset_id, name=self.name
        )
        return transfer.decode_csv(payload)

    def edit_data(self, df: pd.DataFrame) -> Dataset:
        """Replace the dataset's data with `df`."""
        payload = transfer.encode_csv(_frame(df))
        self._upload(payload)
        return self

    def edit_csv(self, path: str | Path) -> Dataset:
        """Replace the dataset's data with the CSV file at `path` (sent unchanged)."""
        self._upload(_read_file(path))
        return self

    def _upload(self, payload: bytes) -> None:
        transfer.upload(
            self._ctx,
            app_id=self.app_id,
            dataset_id=self.dataset_id,
            filename=f"{self.name}.csv",
            payload=payload,
        )

    def move(self, directory: DatasetDirectory | None) -> Dataset:
        """Put the dataset into `directory` (None: the app's root)."""
        from ikigai.components.directory import DatasetDirectory, placement

        self._edit(directory=placement(directory, DatasetDirectory))
        return self

    def update_agent_access(self, agent_access: bool) -> Dataset:
        """Whether AI agents may use the dataset."""
        check_flag(agent_access, "agent_access")
        self._edit(agent_access=agent_access)
        return self

    def delete(self) -> None:
        ctx = self._ctx
        body = DeleteDatasetRequest(
            dataset=DatasetRef(project_id=self.app_id, dataset_id=self.dataset_id)
        )
        ctx.call("delete_dataset", delete_dataset.sync_detailed, client=ctx.client, body=body)

    def _edit(self, **changes: Any) -> None:
        ctx = self._ctx
        body = EditDatasetRequest(
            dataset=EditDatasetRequestDataset(
                project_id=self.app_id, dataset_id=self.dataset_id, **changes
            )
        )
        ctx.call("edit_dataset", edit_dataset.sync_detailed, client=ctx.client, body=body)


def _get_by_id(ctx: Context, app_id: str, dataset_id: str) -> WireDataset:
    return ctx.call(
        "get_dataset",
        modes.get_dataset_by_id,
        client=ctx.client,
        project_id=app_id,
        dataset_id=dataset_id,
    ).dataset


def _frame(df: object) -> pd.DataFrame:
    if not isinstance(df, pd.DataFrame):
        raise ArgumentTypeError(f"expected a pandas DataFrame, not {type(df).__name__}")
    return df


def _read_file(path: str | Path) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise InvalidArgumentError(f"there is no file {str(file)!r}")
    return file.read_bytes()


def list_datasets(ctx: Context, app_id: str, directory_id: str | None) -> list[Dataset]:
    """Every dataset of the app (None), or the datasets directly in one directory."""
    found = ctx.call(
        "get_datasets_for_project",
        get_datasets_for_project.sync_detailed,
        client=ctx.client,
        project_id=app_id,
        fetch_all=directory_id is None,
        directory_id=UNSET if directory_id is None else directory_id,
    )
    warn_if_truncated("datasets", found.limit_warning)
    return [Dataset.from_wire(ctx, wire) for wire in found.datasets]


class DatasetBrowser(Browser[Dataset]):
    """`app.datasets`: call it to list, index it by name, or `search()`."""

    kind = "dataset"

    def __init__(self, ctx: Context, app_id: str) -> None:
        self._ctx = ctx
        self._app_id = app_id

    def _list(self) -> list[Dataset]:
        return list_datasets(self._ctx, self._app_id, None)

    def _get(self, name: str) -> Dataset:
        ctx = self._ctx
        found = ctx.call(
            "get_dataset",
            modes.get_dataset_by_name,
            client=ctx.client,
            project_id=self._app_id,
            name=name,
        )
        return Dataset.from_wire(ctx, found.dataset)

    def _search(self, query: str) -> list[Dataset]:
        ctx = self._ctx
        found = ctx.call(
            "search_datasets_for_project",
            search_datasets_for_project.sync_detailed,
            client=ctx.client,
            project_id=self._app_id,
            query=query,
        )
        warn_if_truncated("datasets", found.limit_warning)
        return [Dataset.from_wire(ctx, wire) for wire in found.datasets]


class NewDataset:
    """`app.dataset.new(name).df(df)` (or `.csv(path)`) `.directory(d).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str) -> None:
        self._ctx = ctx
        self._app_id = app_id
        self._name = check_name(name, "a dataset's name")
        self._payload: bytes | None = None
        self._directory: DatasetDirectory | None = None
        self._agent_access: bool | Unset = UNSET

    def df(self, df: pd.DataFrame) -> NewDataset:
        """The data, from a DataFrame (written as CSV without the index)."""
        self._payload = transfer.encode_csv(_frame(df))
        return self

    def csv(self, path: str | Path) -> NewDataset:
        """The data, from a CSV file (sent unchanged)."""
        self._payload = _read_file(path)
        return self

    def directory(self, directory: DatasetDirectory | None) -> NewDataset:
        from ikigai.components.directory import DatasetDirectory, placement

        placement(directory, DatasetDirectory)
        self._directory = directory
        return self

    def agent_access(self, agent_access: bool) -> NewDataset:
        check_flag(agent_access, "agent_access")
        self._agent_access = agent_access
        return self

    def build(self) -> Dataset:
        """Create the dataset and upload its data; if the upload fails the dataset is removed."""
        from ikigai.components.directory import DatasetDirectory, placement

        if self._payload is not None and not self._payload:
            raise InvalidArgumentError(f"dataset {self._name!r}: the data is empty")
        ctx = self._ctx
        body = CreateDatasetRequest(
            dataset=CreateDatasetRequestDataset(
                project_id=self._app_id,
                name=self._name,
                directory=placement(self._directory, DatasetDirectory),
                agent_access=self._agent_access,
            )
        )
        created = ctx.call(
            "create_dataset", create_dataset.sync_detailed, client=ctx.client, body=body
        )
        if self._payload is not None:
            try:
                transfer.upload(
                    ctx,
                    app_id=self._app_id,
                    dataset_id=created.dataset_id,
                    filename=f"{self._name}.csv",
                    payload=self._payload,
                )
            except BaseException:
                body_delete = DeleteDatasetRequest(
                    dataset=DatasetRef(project_id=self._app_id, dataset_id=created.dataset_id)
                )
                with contextlib.suppress(Exception):  # the upload's error is the one to report
                    ctx.call(
                        "delete_dataset",
                        delete_dataset.sync_detailed,
                        client=ctx.client,
                        body=body_delete,
                    )
                raise
        return Dataset.from_wire(ctx, _get_by_id(ctx, self._app_id, created.dataset_id))
