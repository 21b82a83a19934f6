"""Uploading and downloading dataset contents (the work itself is in `ikigai.local.transfer`)."""

from __future__ import annotations

from ikigai.local.errors import Conflict
from ikigai.local.handlers.access import BUILDER, VIEWER, project_row, touch_project
from ikigai.local.handlers.datasets import DATASETS
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.store import datasets

_MAX_LOG_ENTRIES = 1000


@operation("get_dataset_multipart_upload_urls")
def get_dataset_multipart_upload_urls(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    with call.services.db.write() as tx:
        project_row(tx, call.user, project_id, BUILDER)
        DATASETS.row(tx, project_id, dataset_id)
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
        project_row(tx, call.user, project_id, BUILDER)
        DATASETS.row(tx, project_id, dataset_id)
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
        project_row(tx, call.user, project_id, BUILDER)
        DATASETS.row(tx, project_id, dataset_id)
        touch_project(tx, project_id)
    call.services.uploads.verify(dataset_id)
    return {"dataset_id": dataset_id}


@operation("confirm_dataset_upload")
def confirm_dataset_upload(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        DATASETS.row(tx, project_id, dataset_id)
    status, message = call.services.uploads.confirm(dataset_id)
    return {"status": status, "message": message} if message else {"status": status}


@operation("get_dataset_log")
def get_dataset_log(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    limit = min(int(call.query["limit"]), _MAX_LOG_ENTRIES)
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        DATASETS.row(tx, project_id, dataset_id)
        rows = datasets.log(tx, dataset_id, limit)
    return {
        "dataset_log": [
            {
                "status": row["status"],
                "timestamp": str(row["timestamp"]),
                "job_type": row["job_type"],
                "message": row["message"],
            }
            for row in rows
        ]
    }


@operation("get_dataset_download_url")
def get_dataset_download_url(call: Call) -> Json:
    project_id, dataset_id = call.text("project_id"), call.text("dataset_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        data_file = DATASETS.row(tx, project_id, dataset_id)["data_file"]
    if not data_file:
        raise Conflict(f"Dataset {dataset_id!r} has no data yet: upload some first")
    return dict(call.services.exports.request(dataset_id, data_file, call.base_url))
