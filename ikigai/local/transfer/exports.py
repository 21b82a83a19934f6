"""Downloads: a dataset's data is exported (a snapshot of its file), then served from a signed
URL.

The first request for a given version of the data starts an export; a snapshot, so that a later
replacement cannot change or remove what a URL serves. Two ways:

* **At once** (the fast path, for small datasets): the snapshot is a hard link, made within the
  request, which answers SUCCESS with a URL.
* **In the background**, as the hosted platform prepares large exports: the request answers
  IN_PROGRESS and a transfer worker makes the snapshot; the requests that follow answer
  IN_PROGRESS until it is made, then SUCCESS. This way is taken for the output of a flow that
  prefers high-volume processing (`high_volume_preference`: a flow of the app whose OUTPUT
  facet writes a dataset of this name), for a dataset larger than
  `Settings.async_export_bytes`, when `Settings.instant_exports` is off, and whenever the
  file system cannot hard-link the file (the snapshot is then a copy).

An export is bounded: one still under way `Settings.export_timeout_seconds` after it started,
and one whose snapshot could not be made, answers FAILED once (the reason goes to the
`ikigai.local` log), and the next request starts a new one. Clients poll as they do on the
hosted platform, and never wait forever.

Later requests for the same version of the data reuse its snapshot (SUCCESS at once), each
with a fresh URL that expires. Snapshots of replaced data are dropped once every URL handed
out for them has expired.
"""

from __future__ import annotations

import functools
import json
import logging
import time
from urllib.parse import urlencode

from ikigai.local.catalog import load_facet_specs
from ikigai.local.core import Core
from ikigai.local.narrowing import as_list, as_mapping
from ikigai.local.store import exports
from ikigai.local.store.db import Transaction
from ikigai.local.store.ids import new_id
from ikigai.local.workers import Workers

IN_PROGRESS, SUCCESS, FAILED = "IN_PROGRESS", "SUCCESS", "FAILED"
logger = logging.getLogger("ikigai.local")


class Exports:
    def __init__(self, core: Core, workers: Workers) -> None:
        self._core = core
        self._workers = workers

    def request(self, dataset_id: str, data_file: str, base_url: str) -> dict[str, str]:
        """The answer of get-dataset-download-url for the dataset's current data."""
        now = time.time()
        background = False
        with self._core.db.write() as tx:
            export = exports.latest(tx, dataset_id, data_file)
            if export is not None and self._given_up(export["state"], export["created_at"], now):
                logger.warning(
                    "the export of dataset %s took longer than %.0f s and was given up",
                    dataset_id,
                    self._core.settings.export_timeout_seconds,
                )
                exports.delete(tx, export["export_id"])
                return {"status": FAILED}
            if export is not None and export["state"] == FAILED:
                exports.delete(tx, export["export_id"])
                return {"status": FAILED}
            if export is None:
                export_id, state = new_id(), IN_PROGRESS
                background = self._in_background(tx, dataset_id)
                exports.create(tx, export_id, dataset_id, data_file, IN_PROGRESS, now)
            else:
                export_id, state = str(export["export_id"]), str(export["state"])
                if state == SUCCESS:
                    exports.mark_signed(tx, export_id, now)
        if export is None:
            if not background and self._link(export_id, dataset_id, data_file):
                state = SUCCESS
            else:
                self._workers.submit(
                    functools.partial(self._export, export_id, dataset_id, data_file)
                )
        if state != SUCCESS:
            return {"status": IN_PROGRESS}
        return {"status": SUCCESS, "url": self.url(base_url, dataset_id, export_id)}

    def url(self, base_url: str, dataset_id: str, export_id: str) -> str:
        signature = self._core.signer.sign(
            "download", (dataset_id, export_id), self._core.settings.url_ttl_seconds
        )
        return f"{base_url}/_download/{dataset_id}/{export_id}.csv?{urlencode(signature)}"

    # ------------------------------------------------------------------ which way
    def _given_up(self, state: object, created_at: object, now: float) -> bool:
        """Whether an export under way has taken longer than it may."""
        if state != IN_PROGRESS or not isinstance(created_at, int | float):
            return False
        return now - created_at > self._core.settings.export_timeout_seconds

    def _in_background(self, tx: Transaction, dataset_id: str) -> bool:
        """Whether this dataset's export is prepared in the background (module docstring)."""
        if not self._core.settings.instant_exports:
            return True
        facts = exports.dataset_facts(tx, dataset_id)
        if facts is None:
            return False
        if int(facts["size"] or 0) > self._core.settings.async_export_bytes:
            return True
        name = str(facts["name"])
        return any(
            name in written_dataset_names(definition)
            for definition in exports.high_volume_definitions(tx, str(facts["project_id"]))
        )

    # ------------------------------------------------------------------ snapshots
    def _link(self, export_id: str, dataset_id: str, data_file: str) -> bool:
        """Make the snapshot at once when it is only a hard link."""
        source = self._core.files.dataset_file(dataset_id, data_file)
        if not self._core.files.link_in(source, self._core.files.export_file(export_id)):
            return False
        with self._core.db.write() as tx:
            exports.set_state(tx, export_id, SUCCESS)
        return True

    def _export(self, export_id: str, dataset_id: str, data_file: str) -> None:
        """Make the snapshot (a worker's job): a hard link where it can, else a copy."""
        target = self._core.files.export_file(export_id)
        try:
            self._core.files.copy_in(self._core.files.dataset_file(dataset_id, data_file), target)
            state = SUCCESS
        except Exception as error:  # reported to the client as FAILED, never lost
            logger.warning("the export of dataset %s failed: %s", dataset_id, error)
            state = FAILED
        with self._core.db.write() as tx:
            kept = exports.set_state(tx, export_id, state)
        if not kept:  # given up (or its dataset deleted) meanwhile
            self._core.files.remove(target)

    # ------------------------------------------------------------------ housekeeping
    def recover(self) -> None:
        """After a restart: exports that were under way start again on the next request."""
        with self._core.db.write() as tx:
            exports.delete_unless(tx, SUCCESS)

    def sweep(self, now: float) -> None:
        """Drop snapshots of replaced data whose URLs have all expired."""
        with self._core.db.write() as tx:
            stale = exports.replaced_signed_before(tx, now - self._core.settings.url_ttl_seconds)
            for export_id in stale:
                exports.delete(tx, export_id)
        for export_id in stale:
            self._core.files.remove(self._core.files.export_file(export_id))


@functools.cache
def _dataset_writers() -> frozenset[str]:
    """The facet uids of the OUTPUT facets that write a dataset (they take a `dataset_name`)."""
    return frozenset(
        str(spec["facet_info"]["facet_uid"])
        for group in load_facet_specs().get("OUTPUT", {}).values()
        for spec in group.values()
        if any(argument.get("name") == "dataset_name" for argument in spec["facet_arguments"])
    )


def written_dataset_names(definition_text: str) -> set[str]:
    """The names of the datasets a stored flow definition writes: its dataset-writing OUTPUT
    facets' `dataset_name`, and the value a flow variable bound to one declares. (A name given
    only as a run variable when the flow is run is not known here.)"""
    try:
        definition = as_mapping(json.loads(definition_text))
    except ValueError:
        return set()
    if definition is None:
        return set()
    names: set[str] = set()
    writers: set[str] = set()
    for raw in as_list(definition.get("facets")) or []:
        facet = as_mapping(raw)
        if facet is None or facet.get("facet_uid") not in _dataset_writers():
            continue
        arguments = as_mapping(facet.get("arguments")) or {}
        if isinstance(arguments.get("dataset_name"), str):
            names.add(arguments["dataset_name"])
        if isinstance(facet.get("name"), str) and facet["name"]:
            writers.add(facet["name"])
    for raw in (as_mapping(definition.get("variables")) or {}).values():
        binding = as_mapping(raw)
        if binding is None or binding.get("name") != "dataset_name":
            continue
        if binding.get("facet_name") in writers and isinstance(binding.get("value"), str):
            names.add(binding["value"])
    return names
