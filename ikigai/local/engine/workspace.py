"""The tables of one run, kept in a DuckDB database file in the run's scratch directory.

Every facet's output is a table here. DuckDB spills to disk past its memory limit, so flows over
datasets larger than memory run. Insertion order is preserved, so a plain scan returns rows in
the order they were written and `rowid` numbers them in that order (for window functions).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from ikigai.local.engine.untyped import library

pa = library("pyarrow")


def quote(name: str) -> str:
    """A SQL identifier for a column or table name."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def column_list(names: Sequence[str]) -> str:
    return ", ".join(quote(name) for name in names)


class Workspace:
    def __init__(self, directory: Path, *, memory_limit: str, threads: int | None = None) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.connection = duckdb.connect(str(directory / "run.duckdb"))
        self.connection.execute(f"SET memory_limit = {literal(memory_limit)}")
        self.connection.execute(f"SET temp_directory = {literal(str(directory / 'spill'))}")
        self.connection.execute("SET preserve_insertion_order = true")
        if threads:
            self.connection.execute(f"SET threads = {int(threads)}")
        self._count = 0

    def close(self) -> None:
        self.connection.close()

    def new_table_name(self, facet_id: str) -> str:
        self._count += 1
        cleaned = "".join(c if c.isalnum() else "_" for c in facet_id)[:40]
        return f"t{self._count}_{cleaned}"

    def scratch_file(self, stem: str, suffix: str) -> Path:
        self._count += 1
        return self.directory / f"{stem}_{self._count}{suffix}"

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> None:
        self.connection.execute(sql, list(parameters) if parameters is not None else None)

    def create(self, table: str, select: str, parameters: Sequence[Any] | None = None) -> str:
        """Materialise `select` as `table`; returns the table name."""
        self.execute(f"CREATE TABLE {quote(table)} AS {select}", parameters)
        return table

    def rows(self, sql: str, parameters: Sequence[Any] | None = None) -> list[tuple[Any, ...]]:
        return self.connection.execute(sql, list(parameters) if parameters else None).fetchall()

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
        frame: pd.DataFrame = self.connection.sql(f"SELECT {selected} FROM {quote(table)}").df()
        return frame

    def batches(self, table: str, rows_per_batch: int) -> Iterator[Any]:
        """The table in row order, as pyarrow record batches."""
        relation = self.connection.sql(f"SELECT * FROM {quote(table)}")
        if hasattr(relation, "to_arrow_reader"):  # DuckDB 2
            reader = relation.to_arrow_reader(rows_per_batch)
        else:  # DuckDB 1.x
            reader = relation.fetch_arrow_reader(rows_per_batch)
        yield from reader

    def from_frame(self, table: str, frame: pd.DataFrame) -> str:
        arrow_table = pa.Table.from_pandas(frame, preserve_index=False)
        self.connection.register("__incoming_frame", arrow_table)
        try:
            return self.create(table, "SELECT * FROM __incoming_frame")
        finally:
            self.connection.unregister("__incoming_frame")

    def from_parquet(self, table: str, path: Path) -> str:
        return self.create(table, f"SELECT * FROM read_parquet({literal(str(path))})")

    def to_parquet(self, table: str, path: Path) -> Path:
        self.execute(
            f"COPY (SELECT * FROM {quote(table)}) TO {literal(str(path))} (FORMAT parquet)"
        )
        return path

    def to_csv(self, table: str, path: Path, *, header: bool) -> Path:
        self.execute(
            f"COPY (SELECT * FROM {quote(table)}) TO {literal(str(path))} "
            f"(FORMAT csv, HEADER {'true' if header else 'false'})"
        )
        return path
