"""The SQLite database: one connection per thread, WAL, explicit transactions.

Readers run in `read()` (a snapshot: every statement in it sees the same committed state);
writers run in `write()`, which takes a process-wide lock and `BEGIN IMMEDIATE`, so writers of
this process never race each other and other processes on the same file wait for the lock.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeAlias

from ikigai.local.store.schema import SCHEMA_VERSION, schema_statements

Transaction: TypeAlias = sqlite3.Connection
"""A transaction of `Database.read()` or `Database.write()`: what the store's functions run in,
so that a caller that checks and writes in one transaction passes the same one to each."""
Row: TypeAlias = sqlite3.Row


class Database:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._local = threading.local()
        self._write_lock = threading.Lock()
        self._registry_lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._closed = False
        with self.write() as tx:
            for statement in schema_statements():
                tx.execute(statement)
            tx.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)",
                (SCHEMA_VERSION,),
            )

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            if self._closed:
                raise RuntimeError("the database is closed")
            connection = sqlite3.connect(
                self._path, isolation_level=None, check_same_thread=False, timeout=30.0
            )
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            self._local.connection = connection
            with self._registry_lock:
                self._connections.append(connection)
        return connection

    @contextmanager
    def read(self) -> Generator[Transaction, None, None]:
        """A read transaction; joins the transaction already open on this thread, if any."""
        connection = self._connection()
        if connection.in_transaction:
            yield connection
            return
        connection.execute("BEGIN")
        try:
            yield connection
        finally:
            connection.execute("COMMIT")

    @contextmanager
    def write(self) -> Generator[Transaction, None, None]:
        """A write transaction: committed when the block ends, rolled back if it raises."""
        connection = self._connection()
        if connection.in_transaction:
            raise RuntimeError("a write transaction cannot be nested in another transaction")
        with self._write_lock:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")

    def close(self) -> None:
        self._closed = True
        with self._registry_lock:
            connections, self._connections = self._connections, []
        for connection in connections:
            connection.close()
