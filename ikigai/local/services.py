"""Everything a running platform holds: storage, signing, catalogs, workers, scheduler."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ikigai.local.catalog.provider import PackageCatalog, SpecCatalog
from ikigai.local.core import Core
from ikigai.local.runs.manager import EngineProvider, Runs, default_engine
from ikigai.local.scheduling.scheduler import Scheduler
from ikigai.local.settings import Settings
from ikigai.local.signing import Signer
from ikigai.local.store.db import Database
from ikigai.local.store.files import DataFiles
from ikigai.local.store.orphans import remove_orphan_files
from ikigai.local.transfer.exports import Exports
from ikigai.local.transfer.uploads import Uploads
from ikigai.local.workers import Workers

DATABASE_FILE = "platform.sqlite3"
logger = logging.getLogger("ikigai.local")


class Services:
    def __init__(
        self,
        data_dir: Path,
        settings: Settings | None = None,
        *,
        engine: EngineProvider = default_engine,
        catalog: SpecCatalog | None = None,
    ) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self.settings = settings or Settings()
        self.stopping = threading.Event()
        self.sandbox = ""
        """What confines user code ("" when nothing does); known once started."""
        self.db = Database(data_dir / DATABASE_FILE)
        self.files = DataFiles(data_dir)
        self.signer = Signer.for_data_dir(data_dir)
        self.catalog: SpecCatalog = catalog or PackageCatalog()
        self._transfer_workers = Workers("transfer", self.settings.transfer_workers, self.stopping)
        self._run_workers = Workers("runs", self.settings.run_workers, self.stopping)
        self.core = Core(self.db, self.files, self.settings, self.signer)
        self.uploads = Uploads(self.core, self._transfer_workers)
        self.exports = Exports(self.core, self._transfer_workers)
        self.runs = Runs(self.core, self._run_workers, engine)
        self.scheduler = Scheduler(
            self.db, self.runs, (self.uploads.sweep, self.exports.sweep), self.stopping
        )

    def start(self) -> None:
        """Recover from an earlier stop or crash, then start the background threads."""
        self.runs.recover()
        self.exports.recover()
        remove_orphan_files(self.db, self.files)
        self.uploads.recover()
        self.sandbox = self.runs.describe_sandbox()
        if self.sandbox:
            logger.info("user code runs confined by %s", self.sandbox)
        else:
            logger.warning(
                "this machine offers no sandbox for user code (bubblewrap or Landlock): %s",
                "it runs unconfined, as allowed"
                if self.settings.allow_unsandboxed_code
                else "it runs only while the platform has one user"
                " (allow_unsandboxed_code lifts that)",
            )
        self.scheduler.start()

    def stop(self) -> None:
        self.stopping.set()
        self.scheduler.join()
        self._run_workers.shutdown()
        self._transfer_workers.shutdown()
        self.db.close()
