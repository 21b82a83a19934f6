"""Uploading and downloading dataset contents (the work itself is in `ikigai.local.transfer`)."""

from __future__ import annotations

from ikigai.local.errors import Conflict
from ikigai.local.handlers.access import BUILDER, VIEWER, touch_project
from ikigai.local.handlers.datasets import DATASETS
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import dataset_log_view
from ikigai.local.store import datasets
from ikigai.local.store.db import Row

_MAX_LOG_ENTRIES = 1000


@operation("get_dataset_multipart_upload_urls")
def get_dataset_multipart_upload_urls(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    with call.services.db.write() as tx:
        DATASETS.reached(tx, call, project_id, dataset_id, BUILDER)
        return dict(
            call.services.uploads.begin(
                tx, dataset_id, call.text("filename"), int(call.query["file_size"]), call.base_url
            )
        )


@operation("complete_dataset_multipart_upload")
def complete_dataset_multipart_upload(call: Call) -> Json:
    dataset = call.body["dataset"]
    project_id, dataset_id = dataset["project_id"], dataset["dataset_id"]
    with call.services.db.read() as tx:
        DATASETS.reached(tx, call, project_id, dataset_id, BUILDER)
    uploads = call.services.uploads
    if call.body["abort"]:
        uploads.abort(dataset_id, call.body["upload_id"])
    else:
        uploads.complete(dataset_id, call.body["upload_id"], call.body["etags"])
    return {"dataset_id": dataset_id}


@operation("verify_dataset_upload")
def verify_dataset_upload(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    with call.services.db.write() as tx:
        DATASETS.reached(tx, call, project_id, dataset_id, BUILDER)
        touch_project(tx, project_id)
    call.services.uploads.verify(dataset_id)
    return {"dataset_id": dataset_id}


def _viewed(call: Call) -> tuple[str, Row]:
    """The id and row of the dataset a query names, which the caller may view."""
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    with call.services.db.read() as tx:
        return dataset_id, DATASETS.reached(tx, call, project_id, dataset_id, VIEWER)


@operation("confirm_dataset_upload")
def confirm_dataset_upload(call: Call) -> Json:
    dataset_id, _ = _viewed(call)
    status, message = call.services.uploads.confirm(dataset_id)
    return {"status": status, "message": message} if message else {"status": status}


@operation("get_dataset_log")
def get_dataset_log(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    limit = min(int(call.query["limit"]), _MAX_LOG_ENTRIES)
    with call.services.db.read() as tx:
        DATASETS.reached(tx, call, project_id, dataset_id, VIEWER)
        rows = datasets.log(tx, dataset_id, limit)
    return {"dataset_log": [dataset_log_view(row) for row in rows]}


@operation("get_dataset_download_url")
def get_dataset_download_url(call: Call) -> Json:
    dataset_id, row = _viewed(call)
    data_file = row["data_file"]
    if not data_file:
        raise Conflict(f"Dataset {dataset_id!r} has no data yet: upload some first")
    return dict(call.services.exports.request(dataset_id, data_file, call.base_url))
