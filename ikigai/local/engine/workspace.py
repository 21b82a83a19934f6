"""The tables of one run, kept in a DuckDB database file in the run's scratch directory.

Every facet's output is a table here. DuckDB spills to disk past its memory limit, so flows over
datasets larger than memory run. Insertion order is preserved, so a plain scan returns rows in
the order they were written and `rowid` numbers them in that order (for window functions).

The connection is locked before any facet runs: DuckDB opens files only in the run's `io/`
directory (and its own spill directory), installs, loads and attaches nothing, and refuses `SET`.
So the SQL facets build from their arguments, and FREE_FORM_SQL's query, reach only this run's
tables, whatever they hold. Files pass in and out of the engine through `io/` only; the rest of
the run's directory (user code's job folders among it) stays out of DuckDB's reach.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ikigai.local.engine.libraries import library

pa = library("pyarrow")

_OPTIONAL_SETTINGS = {"allow_community_extensions", "python_enable_replacements"}
"""Settings that older DuckDB versions lack; every other lock-down setting must exist."""


def quote(name: str) -> str:
    """A SQL identifier for a column or table name."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


_NUMERIC = re.compile(
    r"^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|REAL|DECIMAL)"
)


def is_numeric(duckdb_type: str) -> bool:
    """Whether a column of this DuckDB type (as `Workspace.columns` names it) holds numbers."""
    return bool(_NUMERIC.match(duckdb_type))


def column_list(names: Sequence[str]) -> str:
    return ", ".join(quote(name) for name in names)


class Workspace:
    def __init__(self, directory: Path, *, memory_limit: str, threads: int | None = None) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        root = directory.resolve()
        self.io_dir = root / "io"
        spill = root / "spill"
        # Made here, not found: a link planted in their place would widen what DuckDB may open.
        self.io_dir.mkdir()
        spill.mkdir()
        self.connection = duckdb.connect(str(root / "run.duckdb"))
        try:
            self._lock(memory_limit, threads, spill)
        except BaseException:
            self.connection.close()
            raise
        self._count = 0

    def _lock(self, memory_limit: str, threads: int | None, spill: Path) -> None:
        settings = {
            "memory_limit": literal(memory_limit),
            "temp_directory": literal(str(spill)),
            "preserve_insertion_order": "true",
            **({"threads": str(int(threads))} if threads else {}),
            # With the separator it names the directory, so `io2/` next to it stays closed.
            "allowed_directories": f"[{literal(str(self.io_dir) + os.sep)}]",
            "autoinstall_known_extensions": "false",
            "autoload_known_extensions": "false",
            "allow_community_extensions": "false",
            "python_enable_replacements": "false",
            # Last: external access off confines file access to allowed_directories, and the
            # lock refuses any SET that would undo that.
            "enable_external_access": "false",
            "lock_configuration": "true",
        }
        known = {str(row[0]) for row in self.rows("SELECT name FROM duckdb_settings()")}
        for name, value in settings.items():
            if name in known or name not in _OPTIONAL_SETTINGS:
                self.execute(f"SET {name} = {value}")

    def close(self) -> None:
        self.connection.close()

    def new_table_name(self, facet_id: str) -> str:
        self._count += 1
        cleaned = "".join(c if c.isalnum() else "_" for c in facet_id)[:40]
        return f"t{self._count}_{cleaned}"

    # ------------------------------------------------------------------ files (io/ only)
    def io_file(self, stem: str, suffix: str) -> Path:
        """A new path in `io/`, the one directory DuckDB may read and write."""
        self._count += 1
        return self.io_dir / f"{stem}_{self._count}{suffix}"

    def import_file(self, path: Path) -> Path:
        """A file from anywhere (a dataset's CSV) made readable to DuckDB: linked into `io/`."""
        target = self.io_file("import", path.suffix)
        try:
            os.link(path, target)
        except OSError:  # another file system, or a file this process may not link
            # "x": never through something already at `target` (a planted link, say).
            with path.open("rb") as source, target.open("xb") as copy:
                shutil.copyfileobj(source, copy)
        return target

    def _in_io(self, path: Path) -> str:
        resolved = path.resolve()
        if resolved.parent != self.io_dir:
            raise ValueError(f"{path} is not a file in the run's io directory")
        return literal(str(resolved))

    def from_parquet(self, table: str, path: Path) -> str:
        return self.create(table, f"SELECT * FROM read_parquet({self._in_io(path)})")

    def to_parquet(self, table: str, path: Path) -> Path:
        target = self._in_io(path)
        self.execute(f"COPY (SELECT * FROM {quote(table)}) TO {target} (FORMAT parquet)")
        return path

    def to_csv(self, table: str, path: Path, *, header: bool) -> Path:
        target = self._in_io(path)
        self.execute(
            f"COPY (SELECT * FROM {quote(table)}) TO {target} "
            f"(FORMAT csv, HEADER {'true' if header else 'false'})"
        )
        return path

    # ------------------------------------------------------------------ SQL
    def statements(self, sql: str) -> list[duckdb.Statement]:
        """The statements `sql` holds, as DuckDB's parser splits them."""
        return self.connection.extract_statements(sql)

    def _one(self, sql: str) -> duckdb.Statement:
        # The engine's SQL is always one statement; more means an argument escaped its quotes.
        found = self.statements(sql)
        if len(found) != 1:
            raise ValueError(f"refusing to run SQL that holds {len(found)} statements")
        return found[0]

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> None:
        self.connection.execute(
            self._one(sql), list(parameters) if parameters is not None else None
        )

    def create(self, table: str, select: str, parameters: Sequence[Any] | None = None) -> str:
        """Materialise `select` as `table`; returns the table name."""
        self.execute(f"CREATE TABLE {quote(table)} AS {select}", parameters)
        return table

    def create_from(self, table: str, statement: duckdb.Statement) -> str:
        """Materialise one parsed SELECT statement as `table`, its text never spliced into ours."""
        self.connection.sql(statement).create(quote(table))
        return table

    def rows(self, sql: str, parameters: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        parameters = list(parameters) if parameters else None
        return self.connection.execute(self._one(sql), parameters).fetchall()

    def columns(self, table: str) -> list[tuple[str, str]]:
        """(name, DuckDB type) of each column, in order."""
        described = self.rows(f"DESCRIBE {quote(table)}")
        return [(str(row[0]), str(row[1])) for row in described]

    def column_names(self, table: str) -> list[str]:
        return [name for name, _ in self.columns(table)]

    def count(self, table: str) -> int:
        (row,) = self.rows(f"SELECT count(*) FROM {quote(table)}")
        return int(row[0])

    def frame(self, table: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
        """The table (or some of its columns) as a pandas frame, in row order."""
        selected = column_list(columns) if columns is not None else "*"
        statement = self._one(f"SELECT {selected} FROM {quote(table)}")
        frame: pd.DataFrame = self.connection.sql(statement).df()
        return frame

    def batches(self, table: str, rows_per_batch: int) -> Iterator[Any]:
        """The table in row order, as pyarrow record batches."""
        relation = self.connection.sql(self._one(f"SELECT * FROM {quote(table)}"))
        if hasattr(relation, "to_arrow_reader"):  # DuckDB 2
            reader = relation.to_arrow_reader(rows_per_batch)
        else:  # DuckDB 1.x
            reader = relation.fetch_arrow_reader(rows_per_batch)
        yield from reader

    def from_arrow(self, table: str, data: Any) -> str:
        """Materialise a pyarrow Table or RecordBatchReader as `table`."""
        self._count += 1
        view = f"__incoming_{self._count}"
        self.connection.register(view, data)
        try:
            return self.create(table, f"SELECT * FROM {quote(view)}")
        finally:
            self.connection.unregister(view)

    def from_frame(self, table: str, frame: pd.DataFrame) -> str:
        return self.from_arrow(table, pa.Table.from_pandas(frame, preserve_index=False))
