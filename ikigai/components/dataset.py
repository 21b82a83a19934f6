"""Datasets: data files in an app.

app.datasets()                      # every dataset, by name
dataset = app.datasets["sales"]     # one, asked by name
df = dataset.df()                   # pandas; also dataset.arrow(), dataset.polars()
dataset.download("copy.csv")        # the CSV file, streamed to disk
app.dataset.new("New Dataset").df(df).build()   # pandas, pyarrow or polars; or .csv(path)
dataset.edit_data(df)

Transfers take `progress=True/False` (a tqdm bar; by default only when stderr is a terminal).
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd

from ikigai import transfer
from ikigai.components._base import (
    Browser,
    Editable,
    NamedMapping,
    check_flag,
    check_name,
    from_epoch,
)
from ikigai.components._context import Context, warn_if_truncated
from ikigai.components._placement import AppScopedDirectory, DirectoryOperations, placement
from ikigai.display.html import DatasetPreview, dataset_html, preview
from ikigai.errors import InvalidArgumentError
from ikigai.transfer import Payload
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_dataset_request import CreateDatasetRequest
from ikigai_wire.models.create_dataset_request_dataset import CreateDatasetRequestDataset
from ikigai_wire.models.dataset import Dataset as WireDataset
from ikigai_wire.models.dataset_ref import DatasetRef
from ikigai_wire.models.delete_dataset_request import DeleteDatasetRequest
from ikigai_wire.models.directory_type import DirectoryType
from ikigai_wire.models.edit_dataset_request import EditDatasetRequest
from ikigai_wire.models.edit_dataset_request_dataset import EditDatasetRequestDataset
from ikigai_wire.types import UNSET, Unset

__all__ = [
    "ColumnDataType",
    "DataType",
    "Dataset",
    "DatasetBrowser",
    "DatasetDirectory",
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

    def _repr_html_(self) -> str:
        return dataset_html(self)

    def preview(self, rows: int = 5) -> DatasetPreview:
        """Download the dataset and show its metadata and first `rows` rows (in a notebook)."""
        return preview(self, rows)

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the dataset, as it says it."""
        return _get_by_id(self._ctx, self.app_id, self.dataset_id).to_dict()

    def df(self, *, progress: bool | None = None) -> pd.DataFrame:
        """The dataset's data, as pandas reads its CSV file."""
        table = self._download(progress)
        return pd.DataFrame() if table is None else transfer.to_pandas(table)

    def arrow(self, *, progress: bool | None = None) -> Any:
        """The dataset's data as a `pyarrow.Table`, typed as `df()` types it."""
        table = self._download(progress)
        return transfer.empty_table() if table is None else table

    def polars(self, *, progress: bool | None = None) -> Any:
        """The dataset's data as a polars DataFrame (polars must be installed)."""
        try:
            polars: Any = importlib.import_module("polars")
        except ImportError:
            raise InvalidArgumentError(
                "dataset.polars() needs polars: pip install polars"
            ) from None
        return polars.from_arrow(self.arrow(progress=progress))

    def download(self, path: str | Path, *, progress: bool | None = None) -> Path:
        """Save the dataset's CSV file at `path` (streamed to disk, and in place only once it
        is complete); returns the path."""
        target = Path(path)
        if target.is_dir():
            raise InvalidArgumentError(f"path {str(target)!r} is a folder: name a file in it")
        if not target.parent.is_dir():
            raise InvalidArgumentError(
                f"path {str(target)!r}: there is no folder {str(target.parent)!r} to save it in"
            )
        return transfer.download_to(
            _channel(self._ctx, progress),
            app_id=self.app_id,
            dataset_id=self.dataset_id,
            name=self.name,
            path=target,
        )

    def _download(self, progress: bool | None) -> Any:
        return transfer.download_table(
            _channel(self._ctx, progress),
            app_id=self.app_id,
            dataset_id=self.dataset_id,
            name=self.name,
        )

    def edit_data(self, df: object, *, progress: bool | None = None) -> Dataset:
        """Replace the dataset's data with `df`: a pandas DataFrame, a pyarrow Table or a polars
        DataFrame."""
        transfer.check_data(df)  # refuses what is not a frame or a table
        with transfer.encoded(df) as payload:
            self._upload(payload, progress)
        return self

    def edit_csv(self, path: str | Path, *, progress: bool | None = None) -> Dataset:
        """Replace the dataset's data with the CSV file at `path` (sent unchanged, streamed from
        disk)."""
        self._upload(transfer.file_payload(path), progress)
        return self

    def _upload(self, payload: Payload, progress: bool | None) -> None:
        transfer.upload(
            _channel(self._ctx, progress),
            app_id=self.app_id,
            dataset_id=self.dataset_id,
            filename=f"{self.name}.csv",
            payload=payload,
        )

    def move(self, directory: DatasetDirectory | None) -> Dataset:
        """Put the dataset into `directory` (None: the app's root)."""
        self._edit(directory=placement(directory, DatasetDirectory))
        return self

    def update_agent_access(self, agent_access: bool) -> Dataset:
        """Whether AI agents may use the dataset."""
        check_flag(agent_access, "agent_access")
        self._edit(agent_access=agent_access)
        return self

    def delete(self) -> None:
        _delete(self._ctx, self.app_id, self.dataset_id)

    def _edit(self, **changes: Any) -> None:
        body = EditDatasetRequest(
            dataset=EditDatasetRequestDataset(
                project_id=self.app_id, dataset_id=self.dataset_id, **changes
            )
        )
        self._ctx.api.edit_dataset(body=body)


def _get_by_id(ctx: Context, app_id: str, dataset_id: str) -> WireDataset:
    return ctx.api.get_dataset_by_id(project_id=app_id, dataset_id=dataset_id).dataset


def _delete(ctx: Context, app_id: str, dataset_id: str) -> None:
    body = DeleteDatasetRequest(dataset=DatasetRef(project_id=app_id, dataset_id=dataset_id))
    ctx.api.delete_dataset(body=body)


def _channel(ctx: Context, progress: bool | None) -> transfer.Channel:
    """The client's way to the platform for one transfer; `progress` overrides the client's
    choice of progress bars unless it is None. Made per transfer: the choice may change."""
    chosen = ctx.progress if progress is None else progress
    return transfer.Channel(ctx.transport, ctx.wait_timeout, chosen)


def list_datasets(ctx: Context, app_id: str, directory_id: str | None) -> list[Dataset]:
    """Every dataset of the app (None), or the datasets directly in one directory."""
    found = (
        ctx.api.get_all_datasets_for_project(project_id=app_id)
        if directory_id is None
        else ctx.api.get_datasets_in_directory(project_id=app_id, directory_id=directory_id)
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
        found = self._ctx.api.get_dataset_by_name(project_id=self._app_id, name=name)
        return Dataset.from_wire(self._ctx, found.dataset)

    def _search(self, query: str) -> list[Dataset]:
        found = self._ctx.api.search_datasets_for_project(project_id=self._app_id, query=query)
        warn_if_truncated("datasets", found.limit_warning)
        return [Dataset.from_wire(self._ctx, wire) for wire in found.datasets]


class NewDataset:
    """`app.dataset.new(name).df(df)` (or `.csv(path)`) `.directory(d).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str) -> None:
        self._ctx = ctx
        self._app_id = app_id
        self._name = check_name(name, "a dataset's name")
        self._data: object | None = None
        self._path: Path | None = None
        self._encoding = "utf-8"
        self._progress: bool | None = None
        self._directory: DatasetDirectory | None = None
        self._agent_access: bool | Unset = UNSET

    def df(self, df: object) -> NewDataset:
        """The data, from a pandas DataFrame, a pyarrow Table or a polars DataFrame (written as
        CSV without the index when the dataset is built)."""
        transfer.check_data(df)  # refuses what is not a frame or a table (converted in build())
        self._data, self._path = df, None
        return self

    def csv(self, path: str | Path, *, encoding: str = "utf-8") -> NewDataset:
        """The data, from a CSV file whose text is in `encoding`. The platform stores UTF-8: a
        UTF-8 file is sent unchanged, streamed from disk part by part; a file in another
        encoding is first written as UTF-8 to a temporary file. `build()` reads the whole file
        before it creates anything: a byte not valid in `encoding` raises
        `InvalidArgumentError` there."""
        self._data, self._path = None, transfer.file_payload(path).path
        transfer.check_text_encoding(encoding)
        self._encoding = encoding
        return self

    def progress(self, enabled: bool | None) -> NewDataset:
        """Show a progress bar while uploading (None: when stderr is a terminal)."""
        self._progress = enabled
        return self

    def directory(self, directory: DatasetDirectory | None) -> NewDataset:
        placement(directory, DatasetDirectory)
        self._directory = directory
        return self

    def agent_access(self, agent_access: bool) -> NewDataset:
        check_flag(agent_access, "agent_access")
        self._agent_access = agent_access
        return self

    def build(self) -> Dataset:
        """Create the dataset and upload its data; if the upload fails the dataset is removed."""
        with self._payload() as payload:
            return self._build(payload)

    @contextlib.contextmanager
    def _payload(self) -> Generator[Payload | None]:
        if self._data is not None:
            with transfer.encoded(self._data) as payload:
                yield payload
        elif self._path is None:
            yield None
        else:
            with transfer.utf8_file(self._path, self._encoding) as payload:
                yield payload

    def _build(self, payload: Payload | None) -> Dataset:
        if payload is not None and not payload.size:
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
        created = ctx.api.create_dataset(body=body)
        if payload is not None:
            try:
                transfer.upload(
                    _channel(ctx, self._progress),
                    app_id=self._app_id,
                    dataset_id=created.dataset_id,
                    filename=f"{self._name}.csv",
                    payload=payload,
                )
            except BaseException:
                with contextlib.suppress(Exception):  # the upload's error is the one to report
                    _delete(ctx, self._app_id, created.dataset_id)
                raise
        return Dataset.from_wire(ctx, _get_by_id(ctx, self._app_id, created.dataset_id))


@dataclass(eq=False)
class DatasetDirectory(AppScopedDirectory):
    """A directory of datasets inside an app."""

    directory_type: ClassVar[DirectoryType] = DirectoryType.DATASET
    operations: ClassVar[DirectoryOperations] = DirectoryOperations(
        SyncApi.create_dataset_directory,
        SyncApi.get_dataset_directory,
        SyncApi.get_dataset_directories_for_project,
    )

    def directories(self) -> NamedMapping[DatasetDirectory]:
        """The dataset directories directly inside this one."""
        return NamedMapping(self._children(), "dataset directory")

    def datasets(self) -> NamedMapping[Dataset]:
        """The datasets directly in this directory."""
        return NamedMapping(list_datasets(self._ctx, self.app_id, self.directory_id), "dataset")
