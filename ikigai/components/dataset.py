"""Datasets: data files in an app.

app.datasets()                      # every dataset, by name
dataset = app.datasets["sales"]     # one, asked by name
df = dataset.df()                   # pandas; also dataset.arrow(), dataset.polars()
df = dataset.df(sep=";", dtype=str) # pandas.read_csv options: read as pandas reads them
dataset.download("copy.csv")        # the CSV file, streamed to disk
app.dataset.new("New Dataset").df(df).build()   # pandas, pyarrow or polars; or .csv(path)
dataset.edit_data(df)

Transfers take `progress=True/False` (a tqdm bar; by default only when stderr is a terminal).
The builders carry the published client's names too (`DatasetBuilder` is `NewDataset`,
`DatasetDirectoryBuilder` is `NewDatasetDirectory`).
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ikigai import transfer
from ikigai.components._base import (
    AgentAccessBuilder,
    AgentAccessible,
    NamedMapping,
    dump_fields,
    from_epoch,
)
from ikigai.components._context import Context
from ikigai.components._placement import (
    AppObjectBrowser,
    AppObjects,
    AppScopedDirectory,
    DirectoryOperations,
    NewDirectory,
    PlacedBuilder,
    placement,
)
from ikigai.display.html import DatasetPreview, dataset_html, preview
from ikigai.errors import InvalidArgumentError
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.create_dataset_request import CreateDatasetRequest
from ikigai_wire.models.create_dataset_request_dataset import CreateDatasetRequestDataset
from ikigai_wire.models.dataset import Dataset as WireDataset
from ikigai_wire.models.dataset_ref import DatasetRef
from ikigai_wire.models.delete_dataset_request import DeleteDatasetRequest
from ikigai_wire.models.directory_type import DirectoryType as WireDirectoryType
from ikigai_wire.models.edit_dataset_request import EditDatasetRequest
from ikigai_wire.models.edit_dataset_request_dataset import EditDatasetRequestDataset

if TYPE_CHECKING:  # pandas loads with the first transfer, not with the client
    import pandas as pd

    from ikigai.transfer import Payload

__all__ = [
    "ColumnDataType",
    "DataType",
    "Dataset",
    "DatasetBrowser",
    "DatasetBuilder",
    "DatasetDataType",
    "DatasetDirectory",
    "DatasetDirectoryBuilder",
    "DatasetDownloadStatus",
    "NewDataset",
    "NewDatasetDirectory",
]


class DataType(StrEnum):
    """The type the platform inferred for a column (equal to its value: `== "TEXT"`)."""

    NUMERIC = "NUMERIC"
    TEXT = "TEXT"
    CATEGORICAL = "CATEGORICAL"
    TIME = "TIME"


DatasetDataType = DataType
"""The published client's name for `DataType`."""


class DatasetDownloadStatus(StrEnum):
    """How far the platform is with preparing a dataset's file for download."""

    SUCCESS = "SUCCESS"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"


@dataclass(frozen=True)
class ColumnDataType:
    """The type of one column, and the formats the platform noticed in it."""

    data_type: DataType
    data_formats: dict[str, str]

    def model_dump(self) -> dict[str, Any]:
        """`{"data_type", "data_formats"}`."""
        return dump_fields(self)


@dataclass(eq=False)
class Dataset(AgentAccessible):
    """A dataset of an app. `df()` downloads it; `edit_data(df)` replaces its data. Printing
    it shows its `repr()`."""

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
    agent_access: bool = field(default=False, repr=False)
    """Whether AI agents may use the dataset."""

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
            agent_access=wire.agent_access,
        )

    @property
    def id(self) -> str:
        return self.dataset_id

    def to_dict(self) -> dict[str, Any]:
        """The dataset's fields as the published client gives them (without `app_id`)."""
        return {
            "dataset_id": self.dataset_id,
            "name": self.name,
            "filename": self.filename,
            "file_extension": self.file_extension,
            "data_types": self.data_types,
            "size": self.size,
            "agent_access": self.agent_access,
            "created_at": self.created_at,
            "modified_at": self.modified_at,
        }

    def _repr_html_(self) -> str:
        return dataset_html(self)

    def preview(self, rows: int = 5) -> DatasetPreview:
        """Download the dataset and show its metadata and first `rows` rows (in a notebook)."""
        return preview(self, rows)

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the dataset, as it says it: times are epoch-second
        strings (as the published client gives them; the attributes hold datetimes)."""
        return _get_by_id(self._ctx, self.app_id, self.dataset_id).to_dict()

    def df(self, *, progress: bool | None = None, **parser_options: Any) -> pd.DataFrame:
        """The dataset's data, as `pandas.read_csv` reads its CSV file.

        Keyword arguments are `pandas.read_csv` options (`sep`, `dtype`, `usecols`, ...); with
        them the file is parsed by pandas itself, as it arrives. Without them a faster reader
        gives the same frame.
        """
        if parser_options:
            transfer.check_read_csv_options(parser_options)
            return transfer.download_frame(self._channel(progress), parser_options)
        table = self._download(progress)
        return transfer.to_pandas(table)

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
        return transfer.download_to(self._channel(progress), target)

    def _download(self, progress: bool | None) -> Any:
        return transfer.download_table(self._channel(progress))

    def edit_data(self, data: object, *, progress: bool | None = None) -> Self:
        """Replace the dataset's data with `data`: a pandas DataFrame, a pyarrow Table or a
        polars DataFrame."""
        transfer.check_data(data)  # refuses what is not a frame or a table
        with transfer.encoded(data) as payload:
            self._upload(payload, progress)
        return self

    def edit_csv(self, path: str | Path, *, progress: bool | None = None) -> Self:
        """Replace the dataset's data with the CSV file at `path` (sent unchanged, streamed from
        disk)."""
        self._upload(transfer.file_payload(path), progress)
        return self

    def _upload(self, payload: Payload, progress: bool | None) -> None:
        transfer.upload(self._channel(progress), payload)

    def _channel(self, progress: bool | None) -> transfer.Channel:
        return _channel(self._ctx, progress, self.app_id, self.dataset_id, self.name)

    def move(self, directory: DatasetDirectory | None) -> Self:
        """Put the dataset into `directory` (None: the app's root)."""
        self._edit(directory=placement(directory, DatasetDirectory))
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


def _channel(
    ctx: Context, progress: bool | None, app_id: str, dataset_id: str, name: str
) -> transfer.Channel:
    """The client's way to the platform for one transfer of the dataset's file; `progress`
    overrides the client's choice of progress bars unless it is None. Made per transfer: the
    choice may change."""
    chosen = ctx.progress if progress is None else progress
    return transfer.Channel(ctx.transport, ctx.wait_timeout, app_id, dataset_id, name, chosen)


_DATASETS = AppObjects(
    "dataset",
    Dataset.from_wire,
    every=SyncApi.get_all_datasets_for_project,
    in_directory=SyncApi.get_datasets_in_directory,
    search=SyncApi.search_datasets_for_project,
    items=lambda found: found.datasets,
    by_name=SyncApi.get_dataset_by_name,
    item=lambda found: found.dataset,
)


class DatasetBrowser(AppObjectBrowser[Dataset]):
    """`app.datasets`: call it to list, index it by name, or `search()`."""

    def __init__(self, ctx: Context, app_id: str) -> None:
        super().__init__(ctx, app_id, _DATASETS)


class NewDataset(PlacedBuilder["DatasetDirectory"], AgentAccessBuilder):
    """`app.dataset.new(name).df(data)` (or `.csv(file)`) `.directory(d).build()`."""

    noun = "dataset"

    def __init__(self, ctx: Context, app_id: str, name: str | None = None) -> None:
        super().__init__(ctx, DatasetDirectory, name)
        self._app_id = app_id
        self._data: object | None = None
        self._path: Path | None = None
        self._encoding = "utf-8"
        self._progress: bool | None = None

    def df(self, data: object) -> Self:
        """The data, from a pandas DataFrame, a pyarrow Table or a polars DataFrame (written as
        CSV without the index when the dataset is built)."""
        transfer.check_data(data)  # refuses what is not a frame or a table (converted in build())
        self._data, self._path = data, None
        return self

    def csv(self, file: str | Path, *, encoding: str = "utf-8") -> Self:
        """The data, from a CSV file whose text is in `encoding`. The platform stores UTF-8: a
        UTF-8 file is sent unchanged, streamed from disk part by part; a file in another
        encoding is first written as UTF-8 to a temporary file. `build()` reads the whole file
        before it creates anything: a byte not valid in `encoding` raises
        `InvalidArgumentError` there."""
        self._data, self._path = None, transfer.file_payload(file).path
        transfer.check_text_encoding(encoding)
        self._encoding = encoding
        return self

    def progress(self, enabled: bool | None) -> Self:
        """Show a progress bar while uploading (None: when stderr is a terminal)."""
        self._progress = enabled
        return self

    def build(self) -> Dataset:
        """Create the dataset and upload its data; if the upload fails the dataset is removed."""
        self._built_name()
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
        name = self._built_name()
        if payload is not None and not payload.size:
            raise InvalidArgumentError(f"dataset {name!r}: the data is empty")
        ctx = self._ctx
        body = CreateDatasetRequest(
            dataset=CreateDatasetRequestDataset(
                project_id=self._app_id,
                name=name,
                directory=self._placement(),
                agent_access=self._agent_access,
            )
        )
        created = ctx.api.create_dataset(body=body)
        if payload is not None:
            try:
                channel = _channel(ctx, self._progress, self._app_id, created.dataset_id, name)
                transfer.upload(channel, payload)
            except BaseException:
                with contextlib.suppress(Exception):  # the upload's error is the one to report
                    _delete(ctx, self._app_id, created.dataset_id)
                raise
        return Dataset.from_wire(ctx, _get_by_id(ctx, self._app_id, created.dataset_id))


@dataclass(eq=False)
class DatasetDirectory(AppScopedDirectory):
    """A directory of datasets inside an app."""

    directory_type: ClassVar[WireDirectoryType] = WireDirectoryType.DATASET
    operations: ClassVar[DirectoryOperations] = DirectoryOperations(
        SyncApi.create_dataset_directory,
        SyncApi.get_dataset_directory,
        SyncApi.get_dataset_directories_for_project,
    )

    def datasets(self) -> NamedMapping[Dataset]:
        """The datasets directly in this directory."""
        return _DATASETS.in_directory_listing(self._ctx, self.app_id, self.directory_id)


class NewDatasetDirectory(NewDirectory[DatasetDirectory]):
    """`app.dataset_directory.new(name).parent(directory).build()`."""

    def __init__(self, ctx: Context, app_id: str, name: str | None = None) -> None:
        super().__init__(ctx, DatasetDirectory, app_id, name)


DatasetBuilder = NewDataset
"""The published client's name for `NewDataset`."""

DatasetDirectoryBuilder = NewDatasetDirectory
"""The published client's name for `NewDatasetDirectory`."""
