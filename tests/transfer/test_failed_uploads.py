"""Uploads that fail end FAILED with a reason the client shows; text encodings; uploads left
half-done by a restart; request bodies that stop arriving or are cut off."""

from __future__ import annotations

import logging
import socket
import sqlite3
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pandas as pd
import pytest

from ikigai.components.app import App
from ikigai.errors import InvalidArgumentError, TransferError
from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings
from ikigai.local.transfer import uploads

from .conftest import PART_SIZE, connect
from .wire import Wire, set_state, upload_files

SETTINGS = Settings(part_size=PART_SIZE)
LATIN1_HEADER = b"caf\xe9,price\n1,2\n"


# ---- helpers -------------------------------------------------------------------------------


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def errors() -> Iterator[list[logging.LogRecord]]:
    """ERROR records of the platform and of uvicorn (whose loggers do not reach the root's)."""
    handler = Records()
    watched = [logging.getLogger("ikigai.local"), logging.getLogger("uvicorn")]
    for logger in watched:
        logger.addHandler(handler)
    yield handler.records
    for logger in watched:
        logger.removeHandler(handler)


# ---- failed verification reaches the client ------------------------------------------------


def test_a_header_that_is_not_utf8_fails_and_the_client_says_where(
    platform: LocalPlatform, app: App, tmp_path: Path
) -> None:
    dataset = app.dataset.new("kept").df(pd.DataFrame({"a": [1]})).build()
    excel = tmp_path / "excel.csv"
    excel.write_bytes(LATIN1_HEADER)
    # a wait far longer than the failure takes: the client must stop at the first FAILED
    with connect(platform, wait_timeout=60) as client, pytest.raises(TransferError) as raised:
        client.apps()[app.name].datasets()["kept"].edit_csv(excel)  # sent as it is
    assert "the header is not UTF-8: byte 0xe9 at offset 3" in str(raised.value)
    assert dataset.df().to_dict("list") == {"a": [1]}  # the old data stays


def test_a_data_row_that_is_not_utf8_fails_naming_row_and_offset(
    app: App, wire: Wire, platform: LocalPlatform
) -> None:
    dataset_id = wire.dataset(app)
    data = b"name,price\ntea,1\n" + b'"two\nlines",2\n' + b"caf\xe9,3\n"
    answer = wire.upload(app, dataset_id, data)
    assert answer["status"] == "FAILED"
    # rows as a spreadsheet counts them: the quoted value spanning two lines is one row
    offset = data.index(b"\xe9")
    expected = f"row 4 is not UTF-8: byte 0xe9 at offset {offset}"
    assert expected in answer["message"]
    log = wire.log(app, dataset_id)
    assert log[0]["status"] == "FAILED"
    assert expected in log[0]["message"]
    assert upload_files(platform) == []


def test_utf8_with_a_byte_order_mark_is_accepted(app: App, tmp_path: Path) -> None:
    marked = tmp_path / "marked.csv"
    marked.write_bytes(b"\xef\xbb\xbfname,price\ncaf\xc3\xa9,2\n")
    dataset = app.dataset.new("marked").csv(marked).build()
    assert dataset.df().to_dict("list") == {"name": ["café"], "price": [2]}


def test_ragged_rows_fail_naming_the_row(app: App, tmp_path: Path) -> None:
    ragged = tmp_path / "ragged.csv"
    ragged.write_bytes(b"a,b\n1,2\n3,4\n5,6,7\n")
    with pytest.raises(TransferError, match="row 4 has 3 fields, the header has 2"):
        app.dataset.new("ragged").csv(ragged).build()
    assert "ragged" not in app.datasets()


def test_an_error_inside_verification_fails_the_upload_with_its_name(
    platform: LocalPlatform,
    app: App,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[logging.LogRecord],
) -> None:
    def broken(path: Path) -> Any:
        raise RuntimeError("the summariser broke")

    monkeypatch.setattr(uploads, "summarise_csv", broken)
    with (
        connect(platform, wait_timeout=60) as client,
        pytest.raises(TransferError, match="RuntimeError: the summariser broke"),
    ):
        client.apps()[app.name].dataset.new("broken").df(pd.DataFrame({"a": [1]})).build()
    assert len(errors) == 1  # a bug of the platform's: logged once, with its traceback
    assert errors[0].exc_info is not None


# ---- encodings the client transcodes ----------------------------------------------------


def test_a_latin1_file_declared_so_round_trips(app: App, tmp_path: Path) -> None:
    latin = tmp_path / "latin.csv"
    latin.write_bytes("name,city\ncafé,Zürich\nthé,Besançon\n".encode("latin-1"))
    dataset = app.dataset.new("latin").csv(latin, encoding="latin-1").build()
    assert dataset.df().to_dict("list") == {
        "name": ["café", "thé"],
        "city": ["Zürich", "Besançon"],
    }
    assert dataset.df()["name"].map(type).tolist() == [str, str]


def test_utf16_is_transcoded_and_its_mark_dropped(app: App, tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_bytes("größe,n\nßig,1\n".encode("utf-16"))
    dataset = app.dataset.new("wide").csv(wide, encoding="utf-16").build()
    assert dataset.df().to_dict("list") == {"größe": ["ßig"], "n": [1]}


@pytest.mark.parametrize(
    ("content", "encoding", "offset"),
    [(LATIN1_HEADER, "utf-8", 3), ("a\nné\n".encode(), "ascii", 3)],
)
def test_a_wrongly_declared_encoding_fails_before_anything_is_created(
    app: App, tmp_path: Path, content: bytes, encoding: str, offset: int
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_bytes(content)
    builder = app.dataset.new("wrong").csv(path, encoding=encoding)
    with pytest.raises(InvalidArgumentError, match=f"byte 0x.. at offset {offset}"):
        builder.build()
    assert "wrong" not in app.datasets()


def test_an_unknown_encoding_is_refused_at_once(app: App, tmp_path: Path) -> None:
    path = tmp_path / "any.csv"
    path.write_bytes(b"a\n1\n")
    for name in ("no-such-codec", "base64"):
        with pytest.raises(InvalidArgumentError, match="is not a text encoding"):
            app.dataset.new("any").csv(path, encoding=name)


# ---- restarts and housekeeping -------------------------------------------------------------


@pytest.mark.parametrize("state", ["COMPLETED", "VERIFYING"])
def test_an_upload_left_half_done_is_verified_at_start(tmp_path: Path, state: str) -> None:
    with LocalPlatform(tmp_path, settings=SETTINGS) as first:
        client = first.client()
        app = client.app.new("restart").build()
        wire = Wire(first)
        dataset_id = wire.dataset(app, "half")
        upload_id = wire.complete(app, dataset_id, b"a,b\n1,2\n")  # stopped before verify
        wire.close()
        client.close()
    set_state(tmp_path, upload_id, state)
    with LocalPlatform(tmp_path, settings=SETTINGS) as second:
        wire = Wire(second)
        assert wire.outcome(app, dataset_id) == {"status": "SUCCESS"}
        with second.client() as client:
            frame = client.apps()["restart"].datasets()["half"].df()
        assert frame.to_dict("list") == {"a": [1], "b": [2]}
        assert upload_files(second) == []
        wire.close()


def test_a_bad_upload_left_verifying_fails_once_and_is_not_retried(
    tmp_path: Path, errors: list[logging.LogRecord]
) -> None:
    with LocalPlatform(tmp_path, settings=SETTINGS) as first:
        client = first.client()
        app = client.app.new("restart").build()
        wire = Wire(first)
        dataset_id = wire.dataset(app)
        upload_id = wire.complete(app, dataset_id, LATIN1_HEADER)
        wire.close()
        client.close()
    set_state(tmp_path, upload_id, "VERIFYING")  # as a crash during verification leaves it
    for _ in range(2):
        with LocalPlatform(tmp_path, settings=SETTINGS) as again:
            wire = Wire(again)
            answer = wire.outcome(app, dataset_id)
            assert answer["status"] == "FAILED"
            assert "the header is not UTF-8: byte 0xe9 at offset 3" in answer["message"]
            assert upload_files(again) == []
            wire.close()
    assert errors == []


def test_an_upload_whose_file_is_gone_fails_at_start(tmp_path: Path) -> None:
    with LocalPlatform(tmp_path, settings=SETTINGS) as first:
        client = first.client()
        app = client.app.new("restart").build()
        wire = Wire(first)
        dataset_id = wire.dataset(app)
        upload_id = wire.complete(app, dataset_id, b"a\n1\n")
        wire.close()
        client.close()
    set_state(tmp_path, upload_id, "VERIFYING")
    (tmp_path / "uploads" / upload_id / "assembled.csv").unlink()
    with LocalPlatform(tmp_path, settings=SETTINGS) as second:
        wire = Wire(second)
        answer = wire.outcome(app, dataset_id)
        assert answer["status"] == "FAILED"
        assert "restarted" in answer["message"]
        assert wire.log(app, dataset_id)[0]["status"] == "FAILED"
        wire.close()


@pytest.mark.parametrize("cascade", [True, False])
def test_parts_of_a_deleted_dataset_are_swept_at_start(tmp_path: Path, cascade: bool) -> None:
    with LocalPlatform(tmp_path, settings=SETTINGS) as first:
        client = first.client()
        app = client.app.new("sweep").build()
        wire = Wire(first)
        dataset_id = wire.dataset(app)
        started = wire.begin(app, dataset_id, 10_000)
        wire.put({"1": started["urls"]["1"]}, b"x" * PART_SIZE)  # one part of three
        wire.close()
        client.close()
    assert list((tmp_path / "uploads").iterdir())
    # the dataset goes as a crash between the deletion and the removal of its files leaves
    # it (with the schema's cascade), or as a database written without foreign keys does
    with sqlite3.connect(tmp_path / "platform.sqlite3") as db:
        db.execute(f"PRAGMA foreign_keys={'ON' if cascade else 'OFF'}")
        db.execute("DELETE FROM datasets WHERE dataset_id = ?", (dataset_id,))
    with LocalPlatform(tmp_path, settings=SETTINGS) as second:
        assert upload_files(second) == []
        with second.services.db.read() as tx:
            assert tx.execute("SELECT count(*) FROM uploads").fetchone()[0] == 0


def test_an_earlier_upload_never_verified_ends_when_a_later_one_is(
    platform: LocalPlatform, app: App, wire: Wire
) -> None:
    dataset_id = wire.dataset(app)
    earlier = wire.complete(app, dataset_id, b"v\nold\n")
    wire.complete(app, dataset_id, b"v\nnew\n")
    wire.verify(app, dataset_id)
    assert wire.outcome(app, dataset_id) == {"status": "SUCCESS"}
    assert not (platform.data_dir / "uploads" / earlier).exists()
    with platform.services.db.read() as tx:
        row = tx.execute("SELECT state, message FROM uploads WHERE upload_id = ?", (earlier,))
        assert tuple(row.fetchone()) == ("FAILED", uploads.SUPERSEDED)


def test_an_upload_completed_and_never_verified_is_swept(
    platform: LocalPlatform, app: App, wire: Wire
) -> None:
    dataset_id = wire.dataset(app)
    upload_id = wire.complete(app, dataset_id, b"v\n1\n")
    later = time.time() + platform.services.settings.upload_ttl_seconds + 1
    platform.services.uploads.sweep(later)
    assert not (platform.data_dir / "uploads" / upload_id).exists()
    assert wire.outcome(app, dataset_id)["status"] == "FAILED"
    assert "never verified" in wire.log(app, dataset_id)[0]["message"]


# ---- request bodies ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def impatient() -> Iterator[LocalPlatform]:
    with LocalPlatform(settings=replace(SETTINGS, body_timeout_seconds=0.5)) as running:
        yield running


def open_request(platform: LocalPlatform, request: str, sent: bytes) -> socket.socket:
    """A connection that sent the request head and the first bytes of its body."""
    host, port = platform.base_url.removeprefix("http://").split(":")
    connection = socket.create_connection((host, int(port)), timeout=10)
    connection.sendall(request.encode() + sent)
    return connection


def json_request(platform: LocalPlatform, length: int) -> str:
    return (
        "POST /component/create-project HTTP/1.1\r\n"
        f"Host: local\r\nuser: {platform.default_user}\r\napi-key: {platform.api_key()}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    )


def test_a_client_that_hangs_up_midway_is_no_internal_error(
    impatient: LocalPlatform, errors: list[logging.LogRecord]
) -> None:
    for request in (json_request(impatient, 1000), part_head(impatient, 1000)):
        connection = open_request(impatient, request, b"0123456789")
        connection.close()
    time.sleep(0.3)  # what would be logged is logged by then; nothing must be
    assert errors == []
    assert list((impatient.data_dir / "tmp").iterdir()) == []


def test_a_stalled_body_is_answered_408(
    impatient: LocalPlatform, errors: list[logging.LogRecord]
) -> None:
    for request in (json_request(impatient, 1000), part_head(impatient, 1000)):
        with open_request(impatient, request, b"0123456789") as connection:
            head = connection.recv(65536)
        assert head.startswith(b"HTTP/1.1 408 "), head
        assert b"No part of the request body arrived for 0.5 seconds" in head
    assert errors == []


def test_a_slow_body_that_keeps_coming_is_read(impatient: LocalPlatform) -> None:
    body = b'{"project": {"name": "slow", "description": "", "directory": {}}}'
    with open_request(impatient, json_request(impatient, len(body)), b"") as connection:
        for start in range(0, len(body), 20):  # each piece within the timeout, the whole not
            time.sleep(0.2)
            connection.sendall(body[start : start + 20])
        head = connection.recv(65536)
    assert head.startswith(b"HTTP/1.1 200 "), head


def part_head(platform: LocalPlatform, length: int) -> str:
    """The head of a part PUT of a fresh upload, to its presigned URL."""
    with connect(platform) as client:
        app = client.app.new(f"parts-{uuid.uuid4().hex[:8]}").build()
    wire = Wire(platform)
    dataset_id = wire.dataset(app)
    started = wire.begin(app, dataset_id, length)
    wire.close()
    url = httpx.URL(started["urls"]["1"])
    target = url.raw_path.decode()
    return (
        f"PUT {target} HTTP/1.1\r\nHost: local\r\nContent-Type: text/csv\r\n"
        f"Content-Length: {length}\r\n\r\n"
    )
