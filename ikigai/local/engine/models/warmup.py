"""The model modules imported ahead of the first ML facet, while the process is idle.

Importing them takes about 2 s: scikit-learn's own import pulls in scipy.stats (about 1 s), and
skops, to know which types it trusts, lists every scikit-learn estimator, importing each of
scikit-learn's modules. A small training then takes about 0.3 s, so a process's first one spent
nearly all its time importing.

`start()` (the platform's engine calls it as the platform starts) begins a daemon thread that
waits until the process has been idle for a moment (a notebook between cells, a server between
requests) and then imports them. It waits because an import holds the GIL for most of those 2 s:
started at once, it made a script's first upload, download and run take 1.2 s instead of 0.4 s.
A process busy from its start to its first training gains nothing, and loses nothing either.

The thread and the ML facets import under one lock (`ensure()`): a run never imports these
modules alongside the thread, which could hand one of them a module half initialised by the
other; a run that comes while the thread imports waits for it.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time

__all__ = ["MODULES", "ensure", "start"]

MODULES = (
    "ikigai.local.engine.models.supervised",
    "ikigai.local.engine.models.unsupervised",
    "ikigai.local.engine.models.forecasting",
    "ikigai.local.engine.models.changepoints",
    "skops.io",
)
"""What the ML facets import on first use (the model families, and skops for the versions)."""

IDLE_WINDOW = 0.25
"""Seconds over which the process must have been idle before the thread imports."""

IDLE_SHARE = 0.1
"""Idle: the process used less than this share of one core's time over the window."""

logger = logging.getLogger("ikigai.local")

_lock = threading.Lock()  # held by whoever imports MODULES
_done = threading.Event()
_starting = threading.Lock()  # not _lock, which a run can hold for seconds
_started = threading.Event()


def ensure() -> None:
    """Import MODULES, unless they are imported already or the thread is importing them (then
    wait for it). A module that fails to import is left for its importer to report."""
    if _done.is_set():
        return
    with _lock:
        if _done.is_set():
            return
        for name in MODULES:
            try:
                importlib.import_module(name)
            except Exception as error:  # e.g. a missing library: the facet needing it says so
                logger.debug("importing %s ahead of the ML facets failed: %s", name, error)
        _done.set()


def start() -> None:
    """Import MODULES in a background thread once the process is idle (once per process)."""
    with _starting:
        if _started.is_set() or _done.is_set():
            return
        _started.set()
    threading.Thread(target=_when_idle, name="ikigai-model-imports", daemon=True).start()


def _when_idle() -> None:
    used, since = time.process_time(), time.monotonic()  # CPU time of all the process's threads
    while not _done.wait(IDLE_WINDOW):
        now, at = time.process_time(), time.monotonic()
        if now - used < IDLE_SHARE * (at - since):
            ensure()
            return
        used, since = now, at
