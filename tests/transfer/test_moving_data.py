"""Uploads and downloads through the local platform over HTTP: many parts sent concurrently,
files streamed from and to disk, pyarrow and polars in and out, failed parts sent again, and
nothing left behind when an upload fails."""

from __future__ import annotations

import io
import threading
import time
from pathlib import Path

import httpx
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from ikigai import Ikigai
from ikigai.components.app import App
from ikigai.errors import InvalidArgumentError, TransferError
from ikigai.local import LocalPlatform
from ikigai.transfer._parts import part_bounds, put_parts
from ikigai.transfer._payload import SEND_CHUNK, Payload

from .conftest import PART_SIZE, connect

ROWS = 2_000
FRAME = pd.DataFrame(
    {
        "id": np.arange(ROWS, dtype="int64"),
        "x": np.linspace(0, 1, ROWS),
        "name": [f"name {i}" if i % 7 else None for i in range(ROWS)],
        "flag": [i % 3 == 0 for i in range(ROWS)],
    }
)


class Flaky(httpx.BaseTransport):
    """Real HTTP, except that PUTs of the chosen parts fail `times` times first (answered
    `status`), and that it counts the PUTs under way at once."""

    def __init__(self, parts: set[int], times: int, status: int = 500) -> None:
        self._inner = httpx.HTTPTransport()
        self._left = dict.fromkeys(parts, times)
        self._status = status
        self._lock = threading.Lock()
        self.puts = 0
        self.in_flight = 0
        self.most_in_flight = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "PUT" or not request.url.path.startswith("/_upload/"):
            return self._inner.handle_request(request)
        part = int(request.url.path.rsplit("/", 1)[1])
        with self._lock:
            self.puts += 1
            if self._left.get(part, 0) > 0:
                self._left[part] -= 1
                request.read()
                return httpx.Response(self._status, request=request)
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            time.sleep(0.01)  # long enough for the parts to overlap
            return self._inner.handle_request(request)
        finally:
            with self._lock:
                self.in_flight -= 1


def test_a_frame_goes_up_in_many_parts_and_comes_back(app: App) -> None:
    dataset = app.dataset.new("frame").df(FRAME).build()
    assert dataset.size > 4 * PART_SIZE
    pd.testing.assert_frame_equal(dataset.df(), FRAME)


def test_arrow_and_polars_go_in_and_come_out(app: App) -> None:
    table = pa.Table.from_pandas(FRAME, preserve_index=False)
    dataset = app.dataset.new("arrow").df(table).build()
    back = dataset.arrow()
    assert back.column_names == table.column_names
    pd.testing.assert_frame_equal(back.to_pandas(), FRAME)
    pl = pytest.importorskip("polars")
    dataset.edit_data(pl.from_pandas(FRAME.head(10)))
    frame = dataset.polars()
    assert isinstance(frame, pl.DataFrame)
    pd.testing.assert_frame_equal(frame.to_pandas(), FRAME.head(10))


def test_a_csv_file_is_sent_unchanged_and_saved_to_a_file(app: App, tmp_path: Path) -> None:
    source = tmp_path / "data.csv"
    source.write_bytes(FRAME.to_csv(index=False).encode())
    dataset = app.dataset.new("file").csv(source).build()
    target = dataset.download(tmp_path / "copy.csv")
    assert target.read_bytes() == source.read_bytes()
    assert not list(tmp_path.glob("*.partial"))
    dataset.edit_csv(source)
    pd.testing.assert_frame_equal(dataset.df(), FRAME)
    # a folder, or a file in a folder that is not there: refused before any request
    with pytest.raises(InvalidArgumentError, match="is a folder"):
        dataset.download(tmp_path)
    with pytest.raises(InvalidArgumentError, match="there is no folder"):
        dataset.download(tmp_path / "missing" / "copy.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.csv", "data.csv"]


def test_a_file_payload_reads_each_part_from_disk(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40
    path = tmp_path / "bytes"
    path.write_bytes(data)
    payload = Payload(path=path)
    assert payload.size == len(data)
    bounds = part_bounds(len(data), 7)
    assert b"".join(payload.read(start, length) for start, length in bounds) == data
    assert part_bounds(4, 3) == [(0, 2), (2, 2), (4, 0)]


def test_a_part_is_sent_a_mebibyte_at_a_time(tmp_path: Path) -> None:
    data = bytes(range(256)) * (SEND_CHUNK // 64)  # 4 MiB
    path = tmp_path / "bytes"
    path.write_bytes(data)
    for payload in (Payload(path=path), Payload(data=data)):
        pieces = list(payload.chunks(1000, 3 * SEND_CHUNK + 5))
        assert b"".join(pieces) == data[1000 : 1000 + 3 * SEND_CHUNK + 5]
        assert max(len(piece) for piece in pieces) == SEND_CHUNK
        assert list(payload.chunks(7, 0)) == []


def _upload_urls(client: Ikigai, app: App, size: int) -> tuple[dict[str, str], str]:
    dataset = app.dataset.new("target").build()
    ctx = client._ctx  # pyright: ignore[reportPrivateUsage]
    urls = ctx.api.get_dataset_multipart_upload_urls(
        dataset_id=dataset.dataset_id,
        project_id=app.app_id,
        filename="target.csv",
        file_size=size,
    )
    return urls.urls.additional_properties, urls.content_type


def test_parts_go_out_concurrently_and_a_failed_part_is_sent_again(
    client: Ikigai, app: App
) -> None:
    data = FRAME.to_csv(index=False).encode()
    urls, content_type = _upload_urls(client, app, len(data))
    flaky = Flaky(parts={2, 5}, times=2)
    with httpx.Client(transport=flaky) as presigned:
        etags = put_parts(presigned, urls, content_type, Payload(data=data), workers=4)
    assert sorted(etags, key=int) == sorted(urls, key=int)
    assert flaky.puts == len(urls) + 4
    assert flaky.most_in_flight > 1


def test_a_part_that_keeps_failing_fails_the_upload(client: Ikigai, app: App) -> None:
    data = FRAME.to_csv(index=False).encode()
    urls, content_type = _upload_urls(client, app, len(data))
    with (
        httpx.Client(transport=Flaky(parts={3}, times=100)) as presigned,
        pytest.raises(TransferError, match="part 3 failed: HTTP 500"),
    ):
        put_parts(presigned, urls, content_type, Payload(data=data))


def test_a_failed_upload_leaves_nothing_behind(platform: LocalPlatform, app: App) -> None:
    # 403 is final: neither the transport nor the upload loop sends the part again
    broken = connect(platform, httpx_args={"transport": Flaky(parts={2}, times=100, status=403)})
    try:
        mirror = broken.apps[app.name]
        with pytest.raises(TransferError, match="part 2 failed"):
            mirror.dataset.new("doomed").df(FRAME).build()
        assert "doomed" not in {d.name for d in mirror.datasets()}
        existing = mirror.dataset.new("kept").df(FRAME.head(3)).build()
        with pytest.raises(TransferError):
            existing.edit_data(FRAME)
        pd.testing.assert_frame_equal(existing.df(), FRAME.head(3))  # the old data stays
    finally:
        broken.close()


def test_uploads_and_downloads_wait_without_fixed_sleeps(app: App, pauses: list[float]) -> None:
    dataset = app.dataset.new("quick").df(FRAME.head(5)).build()
    pauses.clear()
    dataset.edit_data(FRAME.head(6))
    # verification is polled after short pauses that grow, never a fixed second
    assert all(pause <= 0.25 for pause in pauses), pauses
    pauses.clear()
    assert len(dataset.df()) == 6
    assert pauses == []  # the download was ready at the first ask: no pause at all


def test_progress_bars_show_on_request(app: App, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    dataset = app.dataset.new("shown").df(FRAME).progress(True).build()
    dataset.df(progress=True)
    shown = capsys.readouterr().err
    assert "upload shown.csv" in shown
    assert "download shown" in shown
    dataset.df(progress=False)
    assert capsys.readouterr().err == ""


def test_the_client_wide_progress_setting_applies_unless_a_call_says_otherwise(
    platform: LocalPlatform, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    with connect(platform, progress=True) as shown:
        dataset = shown.app.new("bars").build().dataset.new("barred").df(FRAME).build()
        dataset.df()
        out = capsys.readouterr().err
        assert "upload barred.csv" in out
        assert "download barred" in out
        dataset.df(progress=False)
        assert capsys.readouterr().err == ""
    with connect(platform, progress=False) as hidden:
        hidden.apps()["bars"].datasets["barred"].df()
        assert capsys.readouterr().err == ""
        hidden.apps()["bars"].delete()
    with pytest.raises(InvalidArgumentError, match="progress must be True, False or None"):
        connect(platform, progress="yes")


def test_times_of_day_come_back_as_written(app: App) -> None:
    """Arrow would read "12:30" as a time; pandas keeps it as text. Those columns are read a
    second time as text, which for a download means a second request for the file."""
    frame = pd.DataFrame({"at": ["12:30", "08:15:00", None, "23:59"], "n": [1, 2, 3, 4]})
    dataset = app.dataset.new("times").df(frame).build()
    pd.testing.assert_frame_equal(dataset.df(), pd.read_csv(io.StringIO(frame.to_csv(index=False))))
    assert dataset.arrow().column("at").to_pylist() == ["12:30", "08:15:00", None, "23:59"]
