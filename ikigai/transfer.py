"""Dataset contents: DataFrame ⇄ CSV bytes, and moving those bytes through presigned URLs.

Encoding and decoding use pyarrow's CSV writer and reader, set up to behave like pandas'
`to_csv(index=False)` and `read_csv()`: floats keep a decimal point (`1.0`), booleans are
`True`/`False`, missing values are empty fields; on reading, empty fields are missing values and
text that looks like a timestamp stays text.

Upload (`upload`): ask for part URLs sized to the payload, PUT the parts in order, then complete
the upload (or abort it when a part fails), start verification, wait for it, and check the
dataset log. Download (`download`): wait until the platform has the file ready, then GET it.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib
import io
import math
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
import pandas as pd

from ikigai._context import Context
from ikigai._waiting import poll
from ikigai.errors import InvalidArgumentError, TransferError
from ikigai_wire import modes
from ikigai_wire.api.dataset_transfer import (
    confirm_dataset_upload,
    get_dataset_download_url,
    get_dataset_log,
    get_dataset_multipart_upload_urls,
    verify_dataset_upload,
)
from ikigai_wire.models.abort_dataset_upload_request import AbortDatasetUploadRequest
from ikigai_wire.models.complete_dataset_upload_request import CompleteDatasetUploadRequest
from ikigai_wire.models.confirm_dataset_upload_response import ConfirmDatasetUploadResponse
from ikigai_wire.models.dataset_download_status import DatasetDownloadStatus
from ikigai_wire.models.dataset_download_url_response import DatasetDownloadUrlResponse
from ikigai_wire.models.dataset_job_status import DatasetJobStatus
from ikigai_wire.models.dataset_job_type import DatasetJobType
from ikigai_wire.models.dataset_upload_status import DatasetUploadStatus
from ikigai_wire.models.part_etags import PartEtags
from ikigai_wire.models.uploaded_file_ref import UploadedFileRef
from ikigai_wire.types import Unset

__all__ = ["decode_csv", "download", "encode_csv", "split_parts", "upload"]

# pyarrow ships no type information (pyarrow-stubs would add it): it is used as Any here, in
# these two functions only.
pa: Any = importlib.import_module("pyarrow")
pc: Any = importlib.import_module("pyarrow.compute")
pacsv: Any = importlib.import_module("pyarrow.csv")

DATASET_LOG_LIMIT = 5


# ---- CSV ---------------------------------------------------------------------------------


def encode_csv(df: pd.DataFrame) -> bytes:
    """The DataFrame as CSV bytes (header row, no index), as pandas would write it."""
    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        # Columns pyarrow cannot type (say, mixed objects): pandas writes those as text.
        return df.to_csv(index=False).encode("utf-8")
    columns = [_pandas_text(column) for column in table.columns]
    names = [str(name) for name in table.column_names]
    table = pa.Table.from_arrays(columns, names=names)
    # Like pandas, quote only when a value needs it. Arrow quotes every text value or none, so
    # text is quoted only when some value of the table needs quotes.
    options = pacsv.WriteOptions(
        include_header=True,
        quoting_style="needed" if any(_needs_quotes(c) for c in columns) else "none",
        quoting_header="needed" if any(_SPECIAL.search(name) for name in names) else "none",
    )
    sink = io.BytesIO()
    pacsv.write_csv(table, sink, options)
    return sink.getvalue()


_SPECIAL = re.compile(r'[,"\r\n]')


def _needs_quotes(column: Any) -> bool:
    if not (pa.types.is_string(column.type) or pa.types.is_large_string(column.type)):
        return False
    found = pc.any(pc.match_substring_regex(column, _SPECIAL.pattern)).as_py()
    return bool(found)


def _pandas_text(column: Any) -> Any:
    """Floats and booleans spelled as pandas spells them; other columns unchanged."""
    kind = column.type
    if pa.types.is_floating(kind):
        text = pc.cast(column, pa.string())
        is_nan = pc.is_nan(column)
        # 1.0 is "1" to arrow but "1.0" to pandas; keep the point so it reads back as a float
        integral = pc.match_substring_regex(text, r"^-?\d+$")
        text = pc.if_else(integral, pc.binary_join_element_wise(text, ".0", ""), text)
        return pc.if_else(is_nan, pa.scalar(None, pa.string()), text)
    if pa.types.is_boolean(kind):
        return pc.if_else(column, "True", "False")
    return column


def decode_csv(data: bytes) -> pd.DataFrame:
    """CSV bytes as a DataFrame, typed as `pandas.read_csv` would type them."""
    if not data.strip():
        return pd.DataFrame()
    options = pacsv.ConvertOptions(strings_can_be_null=True, quoted_strings_can_be_null=True)
    table = pacsv.read_csv(io.BytesIO(data), convert_options=options)
    as_text = [
        name
        for name, kind in zip(table.column_names, table.schema.types, strict=True)
        if pa.types.is_temporal(kind)
    ]
    if as_text:  # pandas does not parse dates unless asked: read those columns as text
        options.column_types = dict.fromkeys(as_text, pa.string())
        table = pacsv.read_csv(io.BytesIO(data), convert_options=options)
    frame: pd.DataFrame = table.to_pandas()
    for name, kind in zip(table.column_names, table.schema.types, strict=True):
        if pa.types.is_null(kind):  # a column with no values at all
            frame[name] = pd.Series([float("nan")] * len(frame), dtype="float64")
    return frame


# ---- upload ------------------------------------------------------------------------------


def split_parts(payload: bytes, count: int) -> list[bytes]:
    """Cut the payload into `count` parts of ceil(size / count) bytes (trailing ones may be
    empty)."""
    size = math.ceil(len(payload) / count) if count else 0
    return [payload[index * size : (index + 1) * size] for index in range(count)]


def upload(
    ctx: Context,
    *,
    app_id: str,
    dataset_id: str,
    filename: str,
    payload: bytes,
    clock: Callable[[], float] = time.time,
) -> None:
    """Put `payload` into the dataset as its file `filename`, and wait until it is accepted."""
    if not payload:
        raise InvalidArgumentError("the dataset is empty: there is nothing to upload")
    urls = ctx.call(
        "get_dataset_multipart_upload_urls",
        get_dataset_multipart_upload_urls.sync_detailed,
        client=ctx.client,
        dataset_id=dataset_id,
        project_id=app_id,
        filename=filename,
        file_size=len(payload),
    )
    file = UploadedFileRef(dataset_id=dataset_id, project_id=app_id, filename=filename)
    try:
        etags = _put_parts(ctx, urls.urls.additional_properties, urls.content_type, payload)
    except BaseException:
        _abort(ctx, file, urls.upload_id)
        raise
    ctx.call(
        "complete_dataset_multipart_upload",
        modes.complete_dataset_upload,
        client=ctx.client,
        body=CompleteDatasetUploadRequest(
            dataset=file, upload_id=urls.upload_id, etags=PartEtags.from_dict(etags)
        ),
    )
    completed_at = clock()
    ctx.call(
        "verify_dataset_upload",
        verify_dataset_upload.sync_detailed,
        client=ctx.client,
        project_id=app_id,
        dataset_id=dataset_id,
        filename=filename,
    )
    _await_confirmation(ctx, app_id, dataset_id, filename)
    _check_log(ctx, app_id, dataset_id, filename, completed_at)


def _put_parts(
    ctx: Context, urls: dict[str, str], content_type: str, payload: bytes
) -> dict[str, str]:
    keys = sorted(urls, key=int)
    etags: dict[str, str] = {}
    headers = {"Content-Type": content_type, "Cache-Control": "no-cache"}
    for key, part in zip(keys, split_parts(payload, len(keys)), strict=True):
        try:
            answer = ctx.transport.presigned.put(urls[key], content=part, headers=headers)
        except httpx.HTTPError as error:
            raise TransferError(f"uploading part {key} failed: {error}") from error
        etag = answer.headers.get("ETag")
        if answer.status_code != 200 or etag is None:
            raise TransferError(
                f"uploading part {key} failed: HTTP {answer.status_code}"
                + ("" if etag is not None else " without an ETag header")
            )
        etags[key] = etag
    return etags


def _abort(ctx: Context, file: UploadedFileRef, upload_id: str) -> None:
    with contextlib.suppress(Exception):  # the upload failed already: that error is reported
        ctx.call(
            "complete_dataset_multipart_upload",
            modes.abort_dataset_upload,
            client=ctx.client,
            body=AbortDatasetUploadRequest(dataset=file, upload_id=upload_id),
        )


def _await_confirmation(ctx: Context, app_id: str, dataset_id: str, filename: str) -> None:
    def ask() -> ConfirmDatasetUploadResponse:
        return ctx.call(
            "confirm_dataset_upload",
            confirm_dataset_upload.sync_detailed,
            client=ctx.client,
            project_id=app_id,
            dataset_id=dataset_id,
        )

    final = poll(
        ask,
        lambda answer: answer.status != DatasetUploadStatus.RUNNING,
        what=f"the upload of {filename} to be verified",
        timeout=ctx.wait_timeout,
    )
    if final.status != DatasetUploadStatus.SUCCESS:
        raise TransferError(f"the platform did not accept {filename}: upload {final.status}")


def _check_log(
    ctx: Context, app_id: str, dataset_id: str, filename: str, completed_at: float
) -> None:
    log = ctx.call(
        "get_dataset_log",
        get_dataset_log.sync_detailed,
        client=ctx.client,
        dataset_id=dataset_id,
        project_id=app_id,
        limit=DATASET_LOG_LIMIT,
    ).dataset_log
    for entry in log:
        if (
            entry.status == DatasetJobStatus.SUCCESS
            and entry.job_type == DatasetJobType.UPLOAD_DATASET
            and int(entry.timestamp) >= int(completed_at)
        ):
            return
    messages = [entry.message for entry in log if not isinstance(entry.message, Unset)]
    raise TransferError(
        f"the platform has no successful upload of {filename} in the dataset log"
        + (f": {'; '.join(m for m in messages if m)}" if any(messages) else "")
    )


# ---- download ----------------------------------------------------------------------------


def download(ctx: Context, *, app_id: str, dataset_id: str, name: str) -> bytes:
    """The dataset's file, once the platform has it ready."""

    def ask() -> DatasetDownloadUrlResponse:
        return ctx.call(
            "get_dataset_download_url",
            get_dataset_download_url.sync_detailed,
            client=ctx.client,
            project_id=app_id,
            dataset_id=dataset_id,
        )

    ready = poll(
        ask,
        lambda answer: answer.status != DatasetDownloadStatus.IN_PROGRESS,
        what=f"dataset {name!r} to be ready for download",
        timeout=ctx.wait_timeout,
    )
    if ready.status == DatasetDownloadStatus.FAILED:
        raise TransferError(
            f"the platform could not prepare dataset {name!r} for download "
            "(it may be too large to download)"
        )
    if ready.status != DatasetDownloadStatus.SUCCESS or isinstance(ready.url, Unset):
        raise TransferError(f"dataset {name!r}: unexpected download status {ready.status}")
    try:
        answer = ctx.transport.presigned.get(ready.url)
    except httpx.HTTPError as error:
        raise TransferError(f"downloading dataset {name!r} failed: {error}") from error
    if answer.status_code != 200:
        raise TransferError(f"downloading dataset {name!r} failed: HTTP {answer.status_code}")
    content = answer.content
    if httpx.URL(ready.url).path.endswith(".gz"):
        content = gzip.decompress(content)
    return content
