"""SQL a user writes or steers reaches only the tables of their own run.

Over real HTTP against a `LocalPlatform`, a second user runs FREE_FORM_SQL flows that try to
write files (stacked statements, COPY), attach databases, load extensions, change settings and
read the platform's files (its signing key, its SQLite database, the first user's dataset) or
the machine's. Each run must fail because it was refused (not because the attempt broke on
the way), and no secret may show in the run log or in any dataset. Legitimate queries still
compute the right values. The last tests check the run's DuckDB connection directly: files
outside the run's io directory stay closed to it even for a single SELECT, and its
configuration is locked.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai.components import App, FlowStatus, RunLog
from ikigai.local import LocalPlatform
from ikigai.local.engine.libraries import library
from ikigai.local.engine.workspace import Workspace

pa = library("pyarrow")

DATA = pd.DataFrame({"a": [1, 2, 3, 4], "g": ["x", "y", "x", "y"], "b": [10.5, 20.5, 30.5, 40.5]})
OWNER_MARKER = "owner-only-7f3a9c"
REFUSED = ("takes one SELECT statement", "Permission Error")
"""What a refusal says: the query is not one SELECT (or does not parse), or DuckDB may not open
the file."""

_names = (f"run{i}" for i in itertools.count())


@dataclass(frozen=True)
class Targets:
    """What the attacker is after, and the text that would show it was reached."""

    data_dir: Path
    secret_key: Path
    sqlite: Path
    owner_file: Path
    key_as_text: str
    """The signing key as DuckDB renders a BLOB as text (what an export would hold)."""
    passwd_line: str


@dataclass(frozen=True)
class Attacker:
    client: Ikigai
    app: App
    dataset_id: str


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as running:
        yield running


@pytest.fixture(scope="module")
def targets(platform: LocalPlatform) -> Iterator[Targets]:
    with platform.client("owner@example.com") as owner:
        app = owner.app.new("owner's app").build()
        secret = pd.DataFrame({"name": ["ann"], "code": [OWNER_MARKER]})
        dataset = app.dataset.new("payroll").df(secret).build()
        (owner_file,) = (platform.data_dir / "datasets" / dataset.dataset_id).glob("*.csv")
        assert OWNER_MARKER in owner_file.read_text()
        data_dir = platform.data_dir.resolve()
        key = (data_dir / "secret.key").read_bytes()
        (as_text,) = duckdb.execute("SELECT CAST(? AS VARCHAR)", [key]).fetchone() or ("",)
        passwd = Path("/etc/passwd").read_text().splitlines()[0]
        yield Targets(
            data_dir=data_dir,
            secret_key=data_dir / "secret.key",
            sqlite=data_dir / "platform.sqlite3",
            owner_file=owner_file.resolve(),
            key_as_text=str(as_text),
            passwd_line=passwd,
        )


@pytest.fixture(scope="module")
def attacker(platform: LocalPlatform) -> Iterator[Attacker]:
    with platform.client("mallory@example.com") as client:
        app = client.app.new("mallory's app").build()
        dataset = app.dataset.new("data").df(DATA).build()
        yield Attacker(client, app, dataset.dataset_id)


def _run_sql(attacker: Attacker, query: str) -> tuple[RunLog, str, str]:
    """IMPORTED(data) → FREE_FORM_SQL(query) → EXPORTED; the log, the SQL facet's id and the
    name of the dataset the run exports."""
    types = attacker.client.facet_types
    name = next(_names)
    definition = (
        attacker.client.builder.facet(facet_type=types.INPUT.Imported, name="input")
        .arguments(dataset_id=attacker.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=types.MID.FREE_FORM_SQL, name="sql")
        .arguments(query=query)
        .facet(facet_type=types.OUTPUT.EXPORTED, name="output")
        .arguments(dataset_name=f"out {name}", file_type="csv", header=True)
        .build()
    )
    (sql_facet,) = [f.facet_id for f in definition.facets if f.name == "sql"]
    log = attacker.app.flow.new(name).definition(definition).build().run()
    return log, sql_facet, f"out {name}"


def _datasets_text(app: App) -> str:
    return "\n".join(app.datasets[name].df().to_csv() for name in app.datasets())


def _assert_refused(attacker: Attacker, query: str, secrets: list[str]) -> RunLog:
    log, sql_facet, export = _run_sql(attacker, query)
    everything = log.data + _datasets_text(attacker.app)
    leaked = [secret for secret in secrets if secret and secret in everything]
    assert log.status == FlowStatus.FAILED, (query, log, leaked)
    assert log.erroneous_facet_id == sql_facet
    assert any(reason in log.data for reason in REFUSED), log.data
    assert leaked == [], log.data
    assert export not in attacker.app.datasets()
    return log


def _blob(path: Path) -> str:
    return f"SELECT * FROM read_blob('{path}')"


ATTACKS: dict[str, Callable[[Targets], tuple[str, list[str]]]] = {
    "read_blob of the signing key": lambda t: (_blob(t.secret_key), [t.key_as_text]),
    "read_blob of the platform database": lambda t: (_blob(t.sqlite), ["SQLite format 3"]),
    "read_text of the owner's dataset": lambda t: (
        f"SELECT content FROM read_text('{t.owner_file}')",
        [OWNER_MARKER],
    ),
    "read_csv of the owner's dataset": lambda t: (
        f"SELECT * FROM read_csv('{t.owner_file}')",
        [OWNER_MARKER],
    ),
    "a replacement scan of the owner's dataset": lambda t: (
        f"SELECT * FROM '{t.owner_file}'",
        [OWNER_MARKER],
    ),
    "a join of data with the owner's dataset": lambda t: (
        f"SELECT d.a, o.code FROM data d, read_csv('{t.owner_file}') o",
        [OWNER_MARKER],
    ),
    "read_csv of /etc/passwd": lambda t: (
        "SELECT * FROM read_csv('/etc/passwd', delim = ':', header = false)",
        [t.passwd_line, t.passwd_line.replace(":", ",")],
    ),
    "read_text of /etc/passwd": lambda t: (
        "SELECT content FROM read_text('/etc/passwd')",
        [t.passwd_line],
    ),
    "glob of the data dir": lambda t: (
        f"SELECT file FROM glob('{t.data_dir}/**')",
        ["secret.key", "platform.sqlite3"],
    ),
}


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_reading_files_is_refused(attacker: Attacker, targets: Targets, attack: str) -> None:
    query, secrets = ATTACKS[attack](targets)
    log = _assert_refused(attacker, query, secrets)
    assert "Permission Error" in log.data  # one SELECT, stopped by DuckDB's own file check


def test_the_stacked_copy_writes_no_file(
    attacker: Attacker, targets: Targets, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = Path.cwd()
    monkeypatch.chdir(tmp_path)  # a relative COPY target lands in the server's working dir
    query = "SELECT * FROM data); COPY (SELECT 42 AS x) TO 'x.csv'; SELECT (1"
    log = _assert_refused(attacker, query, [])
    assert "the query does not parse" in log.data
    written = [
        *targets.data_dir.rglob("x.csv"),
        *(folder / "x.csv" for folder in (tmp_path, before) if (folder / "x.csv").exists()),
    ]
    assert written == []


STACKED: dict[str, Callable[[Path], str]] = {
    "COPY TO an absolute path": lambda d: f"COPY (SELECT * FROM data) TO '{d / 'copied.csv'}'",
    "ATTACH of a new database file": lambda d: f"ATTACH '{d / 'evil.duckdb'}' AS evil",
    "LOAD": lambda d: "LOAD parquet",
    "INSTALL": lambda d: "INSTALL parquet",
    "SET": lambda d: "SET memory_limit = '64GB'",
}


@pytest.mark.parametrize("statement", list(STACKED))
def test_stacked_statements_are_refused(attacker: Attacker, tmp_path: Path, statement: str) -> None:
    # Closes the parenthesis the old code wrapped the query in, which then ran all three.
    query = f"SELECT * FROM data); {STACKED[statement](tmp_path)}; SELECT (1"
    log = _assert_refused(attacker, query, [])
    assert "the query does not parse" in log.data
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("COPY data TO 'y.csv'", "the query is a COPY statement"),
        ("ATTACH 'z.duckdb' AS z", "the query is an ATTACH statement"),
        ("INSTALL httpfs", "the query is a LOAD statement"),
        ("SET threads = 1", "the query is a SET statement"),
        ("SELECT 1; SELECT 2", "the query holds 2 statements"),
        ("SELECT * FROM data; COPY data TO 'y.csv'; SELECT 1", "the query holds 3 statements"),
        ("PIVOT data ON g", "the query is a MULTI statement"),
        ("-- only a comment", "the query holds no statements"),
    ],
)
def test_the_refusal_names_what_was_found(attacker: Attacker, query: str, found: str) -> None:
    log = _assert_refused(attacker, query, [])
    assert f"takes one SELECT statement; {found}" in log.data


LEGITIMATE: dict[str, tuple[str, pd.DataFrame]] = {
    "with": (
        "WITH big AS (SELECT a, b FROM data WHERE a > 1) SELECT a, b * 2 AS b2 FROM big ORDER BY a",
        pd.DataFrame({"a": [2, 3, 4], "b2": [41.0, 61.0, 81.0]}),
    ),
    "aggregates": (
        "SELECT g, sum(a) AS total, avg(b) AS mean, count(*) AS n FROM data GROUP BY g ORDER BY g",
        pd.DataFrame({"g": ["x", "y"], "total": [4, 6], "mean": [20.5, 30.5], "n": [2, 2]}),
    ),
    "self-join": (
        "SELECT l.a AS low, r.a AS high FROM data l JOIN data r ON l.g = r.g AND l.a < r.a "
        "ORDER BY low",
        pd.DataFrame({"low": [1, 2], "high": [3, 4]}),
    ),
    "order by, descending": (
        "SELECT a, g FROM data ORDER BY a DESC",
        pd.DataFrame({"a": [4, 3, 2, 1], "g": ["y", "x", "y", "x"]}),
    ),
    "a trailing semicolon": (
        "SELECT a FROM data WHERE g = 'y' ORDER BY a;",
        pd.DataFrame({"a": [2, 4]}),
    ),
    "a semicolon inside a string and a comment line": (
        "SELECT a, 'x;y' AS s -- not the end;\nFROM data WHERE a < 3 ORDER BY a",
        pd.DataFrame({"a": [1, 2], "s": ["x;y", "x;y"]}),
    ),
    "a union of selects": (
        "SELECT a FROM data WHERE a < 2 UNION ALL SELECT a * 10 FROM data WHERE a > 3",
        pd.DataFrame({"a": [1, 40]}),
    ),
}


@pytest.mark.parametrize("case", list(LEGITIMATE))
def test_legitimate_queries_compute_the_right_values(attacker: Attacker, case: str) -> None:
    query, expected = LEGITIMATE[case]
    log, _, export = _run_sql(attacker, query)
    assert log.status == FlowStatus.SUCCESS, log.data
    dataset = attacker.app.datasets[export]
    try:
        pd.testing.assert_frame_equal(dataset.df(), expected, check_dtype=False)
    finally:
        dataset.delete()


# ---- the run's DuckDB connection itself -------------------------------------------------------


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = Workspace(tmp_path / "run", memory_limit="100MB", threads=2)
    yield opened
    opened.close()


def _denied(workspace: Workspace, sql: str) -> str:
    with pytest.raises((duckdb.PermissionException, duckdb.InvalidInputException)) as caught:
        workspace.rows(sql)
    return str(caught.value)


def test_only_the_io_directory_is_open(workspace: Workspace, tmp_path: Path) -> None:
    run = tmp_path / "run"
    for folder in ("io2", "jobs/job1"):
        (run / folder).mkdir(parents=True)
        (run / folder / "t.csv").write_text("a\n1\n")
    (run / "io" / "t.csv").write_text("a\n1\n")
    (run / "io" / "link.csv").symlink_to(run / "jobs" / "job1" / "t.csv")
    assert workspace.rows(f"SELECT a FROM read_csv('{run / 'io' / 't.csv'}')") == [(1,)]
    for path in (run / "io2" / "t.csv", run / "jobs/job1/t.csv", run / "io" / "link.csv"):
        assert "Permission" in _denied(workspace, f"SELECT * FROM read_csv('{path}')")
    assert "Permission" in _denied(workspace, f"SELECT * FROM read_text('{run}/io/../io2/t.csv')")
    assert "Permission" in _denied(workspace, f"SELECT * FROM glob('{run}/*')")
    assert "Permission" in _denied(workspace, "SELECT * FROM read_text('/etc/passwd')")


def test_attach_install_and_set_are_refused(workspace: Workspace, tmp_path: Path) -> None:
    assert "Permission" in _denied(workspace, f"ATTACH '{tmp_path / 'other.duckdb'}' AS other")
    assert "Permission" in _denied(workspace, "INSTALL httpfs")
    for setting in ("enable_external_access = true", "allowed_directories = ['/']"):
        assert "locked" in _denied(workspace, f"SET {setting}")
    assert not (tmp_path / "other.duckdb").exists()


def test_engine_sql_is_one_statement(workspace: Workspace) -> None:
    with pytest.raises(ValueError, match="2 statements"):
        workspace.execute("CREATE TABLE a AS SELECT 1; CREATE TABLE b AS SELECT 2")
    assert workspace.rows("SELECT count(*) FROM duckdb_tables()") == [(0,)]


def test_files_move_through_the_io_directory(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "elsewhere.csv"
    source.write_text("a\n1\n")
    linked = workspace.import_file(source)
    assert linked.parent == workspace.io_dir
    assert linked.stat().st_ino == source.stat().st_ino
    monkeypatch.setattr(os, "link", _no_link)
    copied = workspace.import_file(source)
    assert copied.read_text() == "a\n1\n"
    assert copied.stat().st_ino != source.stat().st_ino
    table = workspace.from_arrow("t", pa.table({"x": [3, 1, 2]}))
    path = workspace.to_parquet(table, workspace.io_file("t", ".parquet"))
    assert workspace.rows(f"SELECT * FROM {workspace.from_parquet('u', path)}") == [
        (3,),
        (1,),
        (2,),
    ]
    for outside in (tmp_path / "t.parquet", workspace.directory / "t.parquet"):
        with pytest.raises(ValueError, match="io directory"):
            workspace.to_parquet(table, outside)
        with pytest.raises(ValueError, match="io directory"):
            workspace.from_parquet("v", outside)


def _no_link(source: object, target: object) -> None:
    raise OSError("cross-device link")


def test_an_import_never_writes_through_a_planted_link(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.key"
    victim.write_text("keep me")
    planted = workspace.io_dir / "import_next.csv"
    planted.symlink_to(victim)
    source = tmp_path / "dataset.csv"
    source.write_text("a\n1\n")
    monkeypatch.setattr(workspace, "io_file", lambda stem, suffix: planted)
    for link in (os.link, _no_link):
        monkeypatch.setattr(os, "link", link)
        with pytest.raises(FileExistsError):
            workspace.import_file(source)
    assert victim.read_text() == "keep me"


def test_arrow_readers_and_spilling_work(workspace: Workspace) -> None:
    batches = pa.table({"x": list(range(1000))}).to_batches(max_chunksize=100)
    reader = pa.RecordBatchReader.from_batches(batches[0].schema, batches)
    assert workspace.count(workspace.from_arrow("r", reader)) == 1000
    big = "SELECT random() AS k, repeat('x', 40) || i AS s FROM range(2000000) t(i)"
    workspace.create("big", big)
    # Well past the memory limit: the sort spills, which the lock must leave possible.
    workspace.create("sorted", "SELECT * FROM big ORDER BY k")
    assert workspace.count("sorted") == 2_000_000
    assert any((workspace.directory / "spill").iterdir())
