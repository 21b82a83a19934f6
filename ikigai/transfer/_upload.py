"""Uploading a dataset's file through presigned URLs.

Ask for part URLs sized to the payload, PUT the parts concurrently (`_parts`), then complete
the upload (or abort it when a part fails), start verification, wait for it, and check the
dataset log.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from ikigai._progress import progress_bar
from ikigai.errors import InvalidArgumentError, TransferError
from ikigai.transfer._channel import Channel
from ikigai.transfer._parts import put_parts
from ikigai.transfer._payload import Payload
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.abort_dataset_upload_request import AbortDatasetUploadRequest
from ikigai_wire.models.complete_dataset_upload_request import CompleteDatasetUploadRequest
from ikigai_wire.models.dataset_job_status import DatasetJobStatus
from ikigai_wire.models.dataset_job_type import DatasetJobType
from ikigai_wire.models.dataset_upload_status import DatasetUploadStatus
from ikigai_wire.models.part_etags import PartEtags
from ikigai_wire.models.uploaded_file_ref import UploadedFileRef
from ikigai_wire.types import Unset

__all__ = ["upload"]

DATASET_LOG_LIMIT = 5


def upload(channel: Channel, payload: Payload, *, clock: Callable[[], float] = time.time) -> None:
    """Put `payload` into the dataset as its file (`channel.filename`), and wait until it is
    accepted."""
    size = payload.size
    if not size:
        raise InvalidArgumentError("the dataset is empty: there is nothing to upload")
    api, filename = channel.api, channel.filename
    file = UploadedFileRef(
        dataset_id=channel.dataset_id, project_id=channel.app_id, filename=filename
    )
    urls = api.get_dataset_multipart_upload_urls(
        dataset_id=file.dataset_id, project_id=file.project_id, filename=filename, file_size=size
    )
    with progress_bar(channel.progress, total=size, description=f"upload {filename}") as bar:
        try:
            etags = put_parts(
                channel.transport.presigned,
                urls.urls.additional_properties,
                urls.content_type,
                payload,
                on_sent=bar.update,
            )
        except BaseException:
            _abort(api, file, urls.upload_id)
            raise
    api.complete_dataset_upload(
        body=CompleteDatasetUploadRequest(
            dataset=file, upload_id=urls.upload_id, etags=PartEtags.from_dict(etags)
        )
    )
    completed_at = clock()
    api.verify_dataset_upload(
        project_id=file.project_id, dataset_id=file.dataset_id, filename=filename
    )
    _await_confirmation(channel)
    _check_log(channel, completed_at)


def _abort(api: SyncApi, file: UploadedFileRef, upload_id: str) -> None:
    with contextlib.suppress(Exception):  # the upload failed already: that error is reported
        api.abort_dataset_upload(body=AbortDatasetUploadRequest(dataset=file, upload_id=upload_id))


def _await_confirmation(channel: Channel) -> None:
    final = channel.poll(
        lambda: channel.api.confirm_dataset_upload(
            project_id=channel.app_id, dataset_id=channel.dataset_id
        ),
        lambda answer: answer.status != DatasetUploadStatus.RUNNING,
        f"the upload of {channel.filename} to be verified",
    )
    if final.status != DatasetUploadStatus.SUCCESS:
        # platforms that give no reason (the field is optional) get the status reported
        reason = final.message if isinstance(final.message, str) and final.message else ""
        raise TransferError(
            f"the platform did not accept {channel.filename}: {reason or f'upload {final.status}'}"
        )


def _check_log(channel: Channel, completed_at: float) -> None:
    log = channel.api.get_dataset_log(
        dataset_id=channel.dataset_id, project_id=channel.app_id, limit=DATASET_LOG_LIMIT
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
        f"the platform has no successful upload of {channel.filename} in the dataset log"
        + (f": {'; '.join(m for m in messages if m)}" if any(messages) else "")
    )
