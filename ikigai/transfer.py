"""Dataset contents moving through presigned URLs.

Upload (`upload`): ask for part URLs sized to the payload, PUT the parts concurrently (see
`ikigai._parts`), then complete the upload (or abort it when a part fails), start
verification, wait for it, and check the dataset log. Download (`download_table`,
`download_to`): wait until the platform has the file ready, then read it as it arrives
(`ikigai._download`) into pyarrow's CSV reader, or to a file. CSV encoding and decoding live
in `ikigai._csv`.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ikigai._context import Context
from ikigai._csv import decode_csv, pa, read_table
from ikigai._csv_writer import encode_csv
from ikigai._download import Body
from ikigai._parts import Payload, put_parts, split_parts
from ikigai._progress import progress_bar
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

__all__ = [
    "Payload",
    "decode_csv",
    "download_table",
    "download_to",
    "encode_csv",
    "split_parts",
    "upload",
]

DATASET_LOG_LIMIT = 5
CHUNK = 1024 * 1024


# ---- upload ------------------------------------------------------------------------------


def upload(
    ctx: Context,
    *,
    app_id: str,
    dataset_id: str,
    filename: str,
    payload: Payload,
    progress: bool | None = None,
    clock: Callable[[], float] = time.time,
) -> None:
    """Put `payload` into the dataset as its file `filename`, and wait until it is accepted."""
    size = payload.size
    if not size:
        raise InvalidArgumentError("the dataset is empty: there is nothing to upload")
    urls = ctx.call(
        "get_dataset_multipart_upload_urls",
        get_dataset_multipart_upload_urls.sync_detailed,
        client=ctx.client,
        dataset_id=dataset_id,
        project_id=app_id,
        filename=filename,
        file_size=size,
    )
    file = UploadedFileRef(dataset_id=dataset_id, project_id=app_id, filename=filename)
    chosen = ctx.progress if progress is None else progress
    with progress_bar(chosen, total=size, description=f"upload {filename}") as bar:
        try:
            etags = put_parts(
                ctx.transport.presigned,
                urls.urls.additional_properties,
                urls.content_type,
                payload,
                on_sent=bar.update,
            )
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
        # platforms that give no reason (the field is optional) get the status reported
        reason = final.message if isinstance(final.message, str) and final.message else ""
        raise TransferError(
            f"the platform did not accept {filename}: {reason or f'upload {final.status}'}"
        )


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


def download_table(
    ctx: Context, *, app_id: str, dataset_id: str, name: str, progress: bool | None = None
) -> Any:
    """The dataset's data as a pyarrow Table (None when the file is empty), parsed while it
    arrives."""
    url = _ready_url(ctx, app_id, dataset_id, name)
    chosen = ctx.progress if progress is None else progress
    with progress_bar(chosen, total=None, description=f"download {name}") as bar:

        def open_body() -> Body:
            body = _body(ctx, url, name, bar.update)
            bar.grow_total(body.length)
            return body

        try:
            return read_table(open_body)
        except pa.ArrowInvalid as error:
            raise TransferError(
                f"dataset {name!r} could not be read as CSV: {str(error).splitlines()[0]}"
            ) from None


def download_to(
    ctx: Context,
    *,
    app_id: str,
    dataset_id: str,
    name: str,
    path: Path,
    progress: bool | None = None,
) -> Path:
    """Stream the dataset's CSV file to `path` (replaced only once it is complete)."""
    url = _ready_url(ctx, app_id, dataset_id, name)
    chosen = ctx.progress if progress is None else progress
    partial = path.with_name(path.name + ".partial")
    try:
        with (
            progress_bar(chosen, total=None, description=f"download {name}") as bar,
            _body(ctx, url, name, bar.update) as body,
            open(partial, "wb") as out,
        ):
            bar.grow_total(body.length)
            while chunk := body.read(CHUNK):
                out.write(chunk)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _body(ctx: Context, url: str, name: str, on_read: Callable[[int], None]) -> Body:
    return Body(
        ctx.transport.presigned,
        url,
        what=f"dataset {name!r}",
        policy=ctx.transport.retry_policy,
        on_read=on_read,
    )


def _ready_url(ctx: Context, app_id: str, dataset_id: str, name: str) -> str:
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
    return ready.url
