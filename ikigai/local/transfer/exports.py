"""Downloads: a dataset's data is exported asynchronously, then served from a signed URL.

The first request for a given version of the data starts an export (a snapshot of the file,
so a later replacement cannot change or remove what a URL serves). A snapshot that is a hard
link is made at once and the request answers SUCCESS; otherwise (a copy, or when
`Settings.instant_exports` is off) it answers IN_PROGRESS until the snapshot exists. SUCCESS
carries a fresh URL that expires.
Snapshots of replaced data are dropped once every URL handed out for them has expired.
"""

from __future__ import annotations

import functools
import time
from urllib.parse import urlencode

from ikigai.local.settings import Settings
from ikigai.local.signing import Signer
from ikigai.local.store import exports
from ikigai.local.store.db import Database
from ikigai.local.store.files import DataFiles
from ikigai.local.store.ids import new_id
from ikigai.local.workers import Workers

IN_PROGRESS, SUCCESS, FAILED = "IN_PROGRESS", "SUCCESS", "FAILED"


class Exports:
    def __init__(
        self, db: Database, files: DataFiles, signer: Signer, settings: Settings, workers: Workers
    ) -> None:
        self._db = db
        self._files = files
        self._signer = signer
        self._settings = settings
        self._workers = workers

    def request(self, dataset_id: str, data_file: str, base_url: str) -> dict[str, str]:
        """The answer of get-dataset-download-url for the dataset's current data."""
        now = time.time()
        with self._db.write() as tx:
            export = exports.latest(tx, dataset_id, data_file)
            if export is not None and export["state"] == FAILED:
                exports.delete(tx, export["export_id"])
                return {"status": FAILED}
            if export is None:
                export_id = new_id()
                exports.create(tx, export_id, dataset_id, data_file, IN_PROGRESS, now)
                state = IN_PROGRESS
            else:
                export_id, state = str(export["export_id"]), str(export["state"])
                if state == SUCCESS:
                    exports.mark_signed(tx, export_id, now)
        if export is None:
            if self._settings.instant_exports and self._link(export_id, dataset_id, data_file):
                state = SUCCESS
            else:
                self._workers.submit(
                    functools.partial(self._export, export_id, dataset_id, data_file)
                )
        if state != SUCCESS:
            return {"status": IN_PROGRESS}
        return {"status": SUCCESS, "url": self.url(base_url, dataset_id, export_id)}

    def url(self, base_url: str, dataset_id: str, export_id: str) -> str:
        signature = self._signer.sign(
            "download", (dataset_id, export_id), self._settings.url_ttl_seconds
        )
        return f"{base_url}/_download/{dataset_id}/{export_id}.csv?{urlencode(signature)}"

    def _link(self, export_id: str, dataset_id: str, data_file: str) -> bool:
        """Make the snapshot at once when it is only a hard link."""
        source = self._files.dataset_file(dataset_id, data_file)
        if not self._files.link_in(source, self._files.export_file(export_id)):
            return False
        with self._db.write() as tx:
            exports.set_state(tx, export_id, SUCCESS)
        return True

    def _export(self, export_id: str, dataset_id: str, data_file: str) -> None:
        try:
            self._files.copy_in(
                self._files.dataset_file(dataset_id, data_file), self._files.export_file(export_id)
            )
            state = SUCCESS
        except OSError:
            state = FAILED
        with self._db.write() as tx:
            exports.set_state(tx, export_id, state)

    def recover(self) -> None:
        """After a restart: exports that were under way start again on the next request."""
        with self._db.write() as tx:
            exports.delete_unless(tx, SUCCESS)

    def sweep(self, now: float) -> None:
        """Drop snapshots of replaced data whose URLs have all expired."""
        with self._db.write() as tx:
            stale = exports.replaced_signed_before(tx, now - self._settings.url_ttl_seconds)
            for export_id in stale:
                exports.delete(tx, export_id)
        for export_id in stale:
            self._files.remove(self._files.export_file(export_id))
