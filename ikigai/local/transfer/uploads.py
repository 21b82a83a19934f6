"""Multipart uploads into a dataset, and their asynchronous verification.

1. `begin` cuts the declared file size into parts and signs one PUT URL per part; the URLs
   point back at this server (`/_upload/...`) and are bound to the dataset, the upload and the
   part, and expire.
2. Each part PUT stores the bytes and answers the part's ETag (`parts`: where parts are kept).
3. `complete` checks the ETags the client reports and assembles the parts; `abort` drops them.
4. `verify` starts a worker that reads the CSV, infers column types and, only if that succeeds,
   swaps the dataset's data for the new file in one transaction. Until then readers see the old
   data. `confirm` answers RUNNING, then SUCCESS or FAILED (with the reason, in `message`), and
   a dataset-log entry records the outcome, stamped by `log_stamp` so that it is later than a
   client's clock reading taken when the complete call returned.

Every completed upload ends SUCCESS or FAILED and its files go: a verification that raises
fails the upload with the error's name; a restart verifies again what was completed or being
verified (`recover`); an upload completed and never verified is failed by the sweep once it
is older than the upload TTL, or as soon as a later upload of the dataset is being verified.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

from ikigai.local.core import Core
from ikigai.local.errors import Conflict, Invalid, TooLarge
from ikigai.local.stamps import log_stamp
from ikigai.local.store import datasets, uploads
from ikigai.local.store.db import Row, Transaction
from ikigai.local.store.files import DataFiles
from ikigai.local.store.ids import new_id
from ikigai.local.transfer.inference import InvalidCsv, summarise_csv
from ikigai.local.transfer.parts import OPEN, Parts, unquote_etag, upload_row
from ikigai.local.workers import Workers

logger = logging.getLogger("ikigai.local")

COMPLETED, VERIFYING, SUCCESS, FAILED, ABORTED = (
    "COMPLETED",
    "VERIFYING",
    "SUCCESS",
    "FAILED",
    "ABORTED",
)
CONTENT_TYPE = "text/csv"
JOB_TYPE = "UPLOAD_DATASET"
"""The job type of the dataset-log entries uploads write."""
SUPERSEDED = "A later upload of the dataset replaced this one before it was verified"


def _remove_all(files: DataFiles, paths: list[Path]) -> None:
    for path in paths:
        files.remove(path)


class Uploads:
    def __init__(self, core: Core, workers: Workers) -> None:
        self._core = core
        self._workers = workers
        self._parts = Parts(core)
        # 2. each part PUT stores its bytes and answers the part's ETag
        self.receive_part = self._parts.receive

    # ------------------------------------------------------------------ 1. begin
    def begin(
        self, tx: Transaction, dataset_id: str, filename: str, file_size: int, base_url: str
    ) -> dict[str, object]:
        settings = self._core.settings
        if not filename.lower().endswith(".csv"):
            raise Invalid(f"filename must end in .csv (only CSV data is accepted): {filename!r}")
        if file_size > settings.max_upload_bytes:
            raise TooLarge(
                f"file_size {file_size} is over the limit of {settings.max_upload_bytes} bytes"
            )
        part_size = max(settings.part_size, math.ceil(file_size / settings.max_parts))
        part_count = max(1, math.ceil(file_size / part_size))
        upload_id = new_id()
        uploads.create(
            tx,
            upload_id,
            dataset_id,
            filename,
            file_size=file_size,
            part_size=part_size,
            part_count=part_count,
            state=OPEN,
            now=time.time(),
        )
        urls = {
            str(part): self.part_url(base_url, dataset_id, upload_id, part)
            for part in range(1, part_count + 1)
        }
        return {"upload_id": upload_id, "content_type": CONTENT_TYPE, "urls": urls}

    def part_url(self, base_url: str, dataset_id: str, upload_id: str, part: int) -> str:
        signature = self._core.signer.sign(
            "upload", (dataset_id, upload_id, str(part)), self._core.settings.url_ttl_seconds
        )
        return f"{base_url}/_upload/{dataset_id}/{upload_id}/{part}?{urlencode(signature)}"

    # ------------------------------------------------------------------ 3. complete / abort
    def complete(self, dataset_id: str, upload_id: str, etags: dict[str, str]) -> None:
        if not etags:
            raise Invalid("etags: list the ETag of every uploaded part")
        with self._core.db.read() as tx:
            upload = upload_row(tx, dataset_id, upload_id)
            if upload["state"] != OPEN:
                raise Conflict(f"Upload {upload_id!r} is {upload['state'].lower()}, not open")
            stored = uploads.part_etags(tx, upload_id)
        reported = {int(key): etag for key, etag in etags.items()}
        parts = sorted(reported)
        for part in parts:
            if part not in stored:
                raise Invalid(f"etags: part {part} was never uploaded")
            if unquote_etag(reported[part]) != unquote_etag(stored[part]):
                raise Invalid(f"etags: the ETag of part {part} does not match the uploaded part")
        # flushed to disk by verification, before the data replaces the dataset's
        self._parts.assemble(upload, parts)
        with self._core.db.write() as tx:
            state = uploads.state(tx, upload_id)
            if state != OPEN:
                # deleted or aborted meanwhile: what this call wrote is nobody else's to remove
                # (a repeated complete call leaves the first call's file alone)
                if state is None or state == ABORTED:
                    self._core.files.remove(self._core.files.upload_dir(upload_id))
                raise Conflict(f"Upload {upload_id!r} is no longer open")
            uploads.mark_completed(tx, upload_id, COMPLETED, time.time())
            for part in set(stored) - set(parts):
                uploads.drop_part(tx, upload_id, part)
            # the others stay until the upload is verified: a restart checks the file by them
        # unlinking large files takes a while: not while the client waits
        files = self._core.files
        leftovers = [files.upload_part(upload_id, part) for part in stored]
        self._workers.submit(
            functools.partial(_remove_all, files, [*leftovers, files.placed_parts(upload_id)])
        )

    def abort(self, dataset_id: str, upload_id: str) -> None:
        with self._core.db.write() as tx:
            upload = upload_row(tx, dataset_id, upload_id)
            if upload["state"] not in (OPEN, ABORTED):
                raise Conflict(
                    f"Upload {upload_id!r} is {upload['state'].lower()}; it cannot be aborted"
                )
            uploads.set_state(tx, upload_id, ABORTED)
            uploads.drop_parts(tx, upload_id)
        self._core.files.remove(self._core.files.upload_dir(upload_id))

    # ------------------------------------------------------------------ 4. verify / confirm
    def verify(self, dataset_id: str) -> None:
        with self._core.db.write() as tx:
            upload = uploads.latest_completed(tx, dataset_id)
            if upload is None:
                raise Conflict(f"Dataset {dataset_id!r} has no completed upload to verify")
            if upload["state"] != COMPLETED:
                return  # already verifying or verified
            uploads.set_state(tx, upload["upload_id"], VERIFYING)
            # earlier uploads completed but never verified will not be: end them now
            superseded = uploads.others_in_state(tx, dataset_id, COMPLETED, upload["upload_id"])
            for earlier in superseded:
                self._fail_in(tx, earlier, SUPERSEDED)
        for earlier in superseded:
            self._core.files.remove(self._core.files.upload_dir(earlier["upload_id"]))
        upload_id = str(upload["upload_id"])
        self._workers.submit(functools.partial(self._verify, upload_id))

    def confirm(self, dataset_id: str) -> tuple[str, str]:
        """The latest upload's status as the wire spells it, and why it failed ("" unless it
        did)."""
        with self._core.db.read() as tx:
            upload = uploads.latest_completed(tx, dataset_id)
        if upload is None:
            raise Conflict(f"Dataset {dataset_id!r} has no completed upload")
        state = str(upload["state"])
        if state == COMPLETED:
            raise Conflict(
                "The upload is complete but was never verified: call verify-dataset-upload"
            )
        if state == FAILED:
            return state, str(upload["message"]) or "The upload failed"
        return ("RUNNING" if state == VERIFYING else state), ""

    def _verify(self, upload_id: str) -> None:
        """Verify an upload in the background. Whatever goes wrong, the upload ends FAILED with
        a reason, so that no client waits for it in vain and no restart tries it again."""
        try:
            self._verify_upload(upload_id)
        except Exception as error:
            logger.exception("verifying upload %s failed", upload_id)
            self._end_failed(upload_id, f"The platform could not verify the upload: {_name(error)}")

    def _verify_upload(self, upload_id: str) -> None:
        with self._core.db.read() as tx:
            upload = uploads.find(tx, upload_id)
        if upload is None or upload["state"] != VERIFYING:
            return
        dataset_id, completed_at = str(upload["dataset_id"]), float(upload["completed_at"])
        assembled = self._core.files.assembled_upload(upload_id)
        with ThreadPoolExecutor(1) as syncing:  # to disk while the CSV is read
            synced = syncing.submit(self._core.files.sync, assembled)
            try:
                summary = summarise_csv(assembled)
                message = ""
            except (InvalidCsv, OSError) as error:
                summary, message = None, f"The file is not a readable CSV: {error}"
            try:
                synced.result()
            except OSError as error:
                summary, message = None, f"The upload could not be stored: {error}"
        if not self._workers.sleep_until(
            completed_at + self._core.settings.min_verify_seconds, time.time
        ):
            return  # stopping; recovered on the next start
        stamp = log_stamp(completed_at, time.time())
        file_id = new_id()
        target = self._core.files.dataset_file(dataset_id, file_id)
        installed = summary is not None
        if installed:
            self._core.files.install(assembled, target)
        with self._core.db.write() as tx:
            dataset = datasets.data_file(tx, dataset_id)
            latest = uploads.latest_completed(tx, dataset_id)
            if summary is not None and latest is not None and latest["upload_id"] != upload_id:
                summary, message = None, SUPERSEDED  # a later upload's data is the newer
            old_file = None
            if dataset is None:
                pass  # deleted meanwhile, with its uploads
            elif summary is None:
                self._fail_in(tx, upload, message, stamp)
            else:
                old_file = dataset["data_file"]
                datasets.set_data(
                    tx,
                    dataset_id,
                    filename=upload["filename"],
                    file_extension=Path(upload["filename"]).suffix.lstrip(".").lower(),
                    data_types=json.dumps(summary.data_types),
                    size=summary.size,
                    data_file=file_id,
                    now=time.time(),
                )
                uploads.set_state(tx, upload_id, SUCCESS)
                uploads.drop_parts(tx, upload_id)
                datasets.add_log_entry(tx, dataset_id, JOB_TYPE, SUCCESS, "", stamp)
        if dataset is None:
            self._core.files.remove(self._core.files.dataset_dir(dataset_id))
        elif summary is None and installed:
            self._core.files.remove(target)
        elif old_file:
            self._core.files.remove(self._core.files.dataset_file(dataset_id, old_file))
        self._core.files.remove(self._core.files.upload_dir(upload_id))

    # ------------------------------------------------------------------ failing
    @staticmethod
    def _fail_in(tx: Transaction, upload: Row, message: str, stamp: int | None = None) -> None:
        """End an upload FAILED within `tx`, with a dataset-log entry saying why."""
        uploads.mark_failed(tx, upload["upload_id"], FAILED, message)
        uploads.drop_parts(tx, upload["upload_id"])
        if stamp is None:
            stamp = log_stamp(float(upload["completed_at"] or time.time()), time.time())
        datasets.add_log_entry(tx, str(upload["dataset_id"]), JOB_TYPE, FAILED, message, stamp)

    def _end_failed(self, upload_id: str, message: str) -> None:
        """End an upload that is still being verified FAILED, and drop its files."""
        with self._core.db.write() as tx:
            upload = uploads.find(tx, upload_id)
            if upload is not None and upload["state"] in (COMPLETED, VERIFYING):
                self._fail_in(tx, upload, message)
        self._core.files.remove(self._core.files.upload_dir(upload_id))

    # ------------------------------------------------------------------ housekeeping
    def recover(self) -> None:
        """After a restart: verify again every upload left completed or being verified, so that
        each ends SUCCESS or FAILED; fail at once those whose file is gone or torn (`Parts.intact`)
        or that a later upload of the same dataset superseded. Open uploads keep the parts that
        reached the disk."""
        pending: list[str] = []
        ended: list[str] = []
        with self._core.db.write() as tx:
            for upload in uploads.in_states(tx, (OPEN,)):
                self._parts.check_open(tx, upload)
            for upload in uploads.in_states(tx, (COMPLETED, VERIFYING)):
                upload_id = str(upload["upload_id"])
                latest = uploads.latest_completed(tx, str(upload["dataset_id"]))
                if latest is not None and latest["upload_id"] != upload_id:
                    self._fail_in(tx, upload, SUPERSEDED)
                elif not self._parts.intact(tx, upload_id):
                    self._fail_in(tx, upload, "The platform restarted and the upload was lost")
                else:
                    uploads.set_state(tx, upload_id, VERIFYING)
                    pending.append(upload_id)
                    continue
                ended.append(upload_id)
        for upload_id in ended:
            self._core.files.remove(self._core.files.upload_dir(upload_id))
        for upload_id in pending:
            self._workers.submit(functools.partial(self._verify, upload_id))

    def sweep(self, now: float) -> None:
        """Drop uploads left open, or completed and never verified, for longer than the upload
        TTL."""
        cutoff = now - self._core.settings.upload_ttl_seconds
        with self._core.db.write() as tx:
            stale = uploads.created_before(tx, OPEN, cutoff)
            for upload_id in stale:
                uploads.set_state(tx, upload_id, ABORTED)
                uploads.drop_parts(tx, upload_id)
            for upload in uploads.completed_before(tx, COMPLETED, cutoff):
                self._fail_in(tx, upload, "The upload was completed but never verified")
                stale.append(str(upload["upload_id"]))
        for upload_id in stale:
            self._core.files.remove(self._core.files.upload_dir(upload_id))


def _name(error: Exception) -> str:
    return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
