"""Removing the files no row refers to: left by a crash between a file move and its commit, or
between a deletion and the removal of its files."""

from __future__ import annotations

from ikigai.local.store import datasets, exports, models, uploads
from ikigai.local.store.db import Database
from ikigai.local.store.files import DataFiles

_LIVE_UPLOADS = ("OPEN", "COMPLETED", "VERIFYING")
"""The states of the uploads whose parts or assembled file are still needed."""


def remove_orphan_files(db: Database, files: DataFiles) -> None:
    with db.write() as tx:
        uploads.delete_orphans(tx)
    with db.read() as tx:
        current = datasets.data_files(tx)
        export_ids = exports.all_ids(tx)
        version_ids = models.all_version_ids(tx)
        upload_ids = uploads.ids_in_states(tx, _LIVE_UPLOADS)
    dataset_ids = {dataset_id for dataset_id, _ in current}
    root = files.root
    for folder in (root / "datasets").iterdir():
        if folder.name not in dataset_ids:
            files.remove(folder)
            continue
        for data in folder.iterdir():
            if (folder.name, data.stem) not in current:
                files.remove(data)
    for export in (root / "exports").iterdir():
        if export.stem not in export_ids:
            files.remove(export)
    for artifact in (root / "models").iterdir():
        if artifact.stem not in version_ids:
            files.remove(artifact)
    for upload in (root / "uploads").iterdir():
        if upload.name not in upload_ids:
            files.remove(upload)
    for leftover in (*(root / "tmp").iterdir(), *(root / "runs").iterdir()):
        files.remove(leftover)
