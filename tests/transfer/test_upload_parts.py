"""Where the platform keeps an upload's parts: in place in one file when they come as the wire
cuts them (completing then copies nothing), each in its own file otherwise; and what a restart
keeps of parts and completed uploads whose bytes may not have reached the disk."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from ikigai.components.app import App
from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings

from .conftest import PART_SIZE
from .wire import Wire, set_state

SETTINGS = Settings(part_size=PART_SIZE)
ROWS = b"".join(b"%d,word %d\n" % (i, i * 7) for i in range(700))
CSV = b"n,text\n" + ROWS  # three parts of at most PART_SIZE bytes


def cut(data: bytes, count: int) -> list[bytes]:
    """The parts the wire cuts: ceil(size / count) bytes each, the last shorter."""
    step = -(-len(data) // count)
    return [data[index * step : (index + 1) * step] for index in range(count)]


def put(url: str, data: bytes) -> str:
    answer = httpx.put(url, content=data, timeout=30)
    assert answer.status_code == 200, answer.text
    return str(answer.headers["ETag"])


def complete(wire: Wire, app: App, dataset_id: str, upload_id: str, etags: dict[str, str]) -> Any:
    body = {
        "abort": False,
        "dataset": {"dataset_id": dataset_id, "project_id": app.app_id, "filename": "data.csv"},
        "upload_id": upload_id,
        "etags": etags,
    }
    return wire.http.post("/component/complete-dataset-multipart-upload", json=body)


def stored(wire: Wire, app: App, dataset_id: str) -> bytes:
    """The dataset's file, once the upload is verified."""
    wire.verify(app, dataset_id)
    assert wire.outcome(app, dataset_id)["status"] == "SUCCESS"
    url = wire.get(
        "/component/get-dataset-download-url", project_id=app.app_id, dataset_id=dataset_id
    )["url"]
    return httpx.get(url, timeout=30).content


def begun(wire: Wire, app: App, data: bytes = CSV) -> tuple[str, str, dict[str, str]]:
    """A new dataset, and an upload of `data` begun into it: their ids, and the part URLs."""
    dataset_id = wire.dataset(app)
    started = wire.begin(app, dataset_id, len(data))
    return dataset_id, str(started["upload_id"]), dict(started["urls"])


def upload_dir(platform: LocalPlatform, upload_id: str) -> Path:
    return platform.data_dir / "uploads" / upload_id


def test_parts_cut_as_the_wire_cuts_them_are_assembled_without_a_copy(
    platform: LocalPlatform, app: App, wire: Wire
) -> None:
    dataset_id, upload_id, urls = begun(wire, app)
    assert len(urls) == 3
    parts, etags = cut(CSV, 3), {}
    for key in ("3", "1", "2"):  # in any order
        etags[key] = put(urls[key], parts[int(key) - 1])
    folder = upload_dir(platform, upload_id)
    assert sorted(path.name for path in folder.iterdir()) == ["placed.bin"]
    inode = (folder / "placed.bin").stat().st_ino
    assert complete(wire, app, dataset_id, upload_id, etags).status_code == 200
    assert (folder / "assembled.csv").stat().st_ino == inode  # renamed, not copied
    assert stored(wire, app, dataset_id) == CSV


def test_parts_cut_otherwise_are_kept_apart_and_joined_in_order(
    platform: LocalPlatform, app: App, wire: Wire
) -> None:
    dataset_id, upload_id, urls = begun(wire, app)
    # a first part shorter than the wire's cut, the rest after it: every offset is off
    first, second, third = CSV[:3000], CSV[3000:6500], CSV[6500:]
    etags = {"1": put(urls["1"], first), "2": put(urls["2"], second), "3": put(urls["3"], third)}
    folder = upload_dir(platform, upload_id)
    assert {"1.part", "2.part", "3.part"} <= {path.name for path in folder.iterdir()}
    assert complete(wire, app, dataset_id, upload_id, etags).status_code == 200
    assert stored(wire, app, dataset_id) == CSV


def test_a_part_sent_again_replaces_the_placed_one(app: App, wire: Wire) -> None:
    dataset_id, upload_id, urls = begun(wire, app)
    parts = cut(CSV, 3)
    stale = bytearray(parts[1])
    stale[0:1] = b"9"  # same length, other bytes
    etags = {"1": put(urls["1"], parts[0]), "2": put(urls["2"], bytes(stale))}
    etags["3"] = put(urls["3"], parts[2])
    first_etag = etags["2"]
    etags["2"] = put(urls["2"], parts[1])  # sent again: kept in a file of its own
    wrong = complete(wire, app, dataset_id, upload_id, {**etags, "2": first_etag})
    assert wrong.status_code == 400
    assert "part 2" in wrong.json()["message"]
    assert complete(wire, app, dataset_id, upload_id, etags).status_code == 200
    assert stored(wire, app, dataset_id) == CSV


def test_a_part_still_arriving_when_the_upload_completes_does_not_reach_the_file(
    platform: LocalPlatform, app: App, wire: Wire
) -> None:
    """Completing with parts 1 and 2 while part 3 is still being written in place: the parts
    must not be renamed into the assembled file, which part 3 would then grow."""
    dataset_id, upload_id, urls = begun(wire, app)
    parts = cut(CSV, 3)
    etags = {"1": put(urls["1"], parts[0]), "2": put(urls["2"], parts[1])}
    release = threading.Event()
    answers: list[httpx.Response] = []

    def slowly() -> Iterator[bytes]:
        yield parts[2][:100]
        release.wait(20)
        yield parts[2][100:]

    def send() -> None:
        answers.append(
            httpx.put(
                urls["3"],
                content=slowly(),
                headers={"Content-Length": str(len(parts[2]))},
                timeout=30,
            )
        )

    sender = threading.Thread(target=send)
    sender.start()
    try:
        placing = platform.services.uploads._parts._placing  # the server took part 3 to place
        deadline = time.monotonic() + 10
        while not placing.get(upload_id) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert placing.get(upload_id) == {3}
        assert complete(wire, app, dataset_id, upload_id, etags).status_code == 200
    finally:
        release.set()
        sender.join()
    assert answers[0].status_code == 409  # the upload was no longer open
    assert stored(wire, app, dataset_id) == parts[0] + parts[1]


def test_two_sendings_of_one_part_at_once_end_with_the_last_stored(tmp_path: Path) -> None:
    """A part (of more than a MiB, written a MiB at a time) sent a second time while the first
    sending is still being written in place: the second goes to a file of its own, so the two
    never write over each other's bytes, and the one stored last is the part."""
    data = b"n,text\n" + b"".join(b"%d,row %d\n" % (i, i) for i in range(250_000))
    assert 2**21 < len(data) < Settings().part_size  # one part, written in several pieces
    other = b"7" + data[1:]
    release = threading.Event()
    answers: list[httpx.Response] = []

    def slowly() -> Iterator[bytes]:
        yield data[: 3 * 2**19]  # a MiB and a half: the first MiB is written in place
        release.wait(20)
        yield data[3 * 2**19 :]

    with LocalPlatform(tmp_path) as platform, platform.client() as client:
        app = client.app.new("twice").build()
        wire = Wire(platform)
        dataset_id, upload_id, urls = begun(wire, app, data)
        url = urls["1"]

        def send() -> None:
            headers = {"Content-Length": str(len(data))}
            answers.append(httpx.put(url, content=slowly(), headers=headers, timeout=30))

        sender = threading.Thread(target=send)
        sender.start()
        try:
            placing = platform.services.uploads._parts._placing  # the first sending is placed
            deadline = time.monotonic() + 10
            while not placing.get(upload_id) and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(0.2)  # its first MiB is written
            meanwhile = put(url, other)
        finally:
            release.set()
            sender.join()
        assert answers[0].status_code == 200
        last = answers[0].headers["ETag"]  # stored after `meanwhile`: the part now holds it
        refused = complete(wire, app, dataset_id, upload_id, {"1": meanwhile})
        assert refused.status_code == 400
        assert complete(wire, app, dataset_id, upload_id, {"1": last}).is_success
        assert stored(wire, app, dataset_id) == data
        wire.close()


# ---- after a restart -----------------------------------------------------------------------


def spoil(path: Path, offset: int) -> None:
    """Zero some bytes, as a crash leaves a write that never reached the disk."""
    with open(path, "r+b") as file:
        file.seek(offset)
        file.write(b"\0" * 64)


def test_a_placed_part_that_did_not_reach_the_disk_is_dropped_at_restart(
    tmp_path: Path,
) -> None:
    with LocalPlatform(tmp_path, settings=SETTINGS) as first, first.client() as client:
        app = client.app.new("restart").build()
        wire = Wire(first)
        dataset_id, upload_id, urls = begun(wire, app)
        parts = cut(CSV, 3)
        etags = {key: put(urls[key], parts[int(key) - 1]) for key in urls}
        old_base = first.base_url
        wire.close()
    spoil(upload_dir(first, upload_id) / "placed.bin", len(parts[0]) + 10)
    with LocalPlatform(tmp_path, settings=SETTINGS) as second:
        wire = Wire(second)
        refused = complete(wire, app, dataset_id, upload_id, etags)
        assert refused.status_code == 400
        assert "part 2 was never uploaded" in refused.json()["message"]
        etags["2"] = put(urls["2"].replace(old_base, second.base_url), parts[1])
        assert complete(wire, app, dataset_id, upload_id, etags).status_code == 200
        assert stored(wire, app, dataset_id) == CSV
        wire.close()


@pytest.mark.parametrize("state", ["COMPLETED", "VERIFYING"])
def test_a_completed_upload_whose_file_is_torn_fails_at_restart(tmp_path: Path, state: str) -> None:
    with LocalPlatform(tmp_path, settings=SETTINGS) as first, first.client() as client:
        app = client.app.new("restart").build()
        wire = Wire(first)
        dataset_id = wire.dataset(app)
        upload_id = wire.complete(app, dataset_id, CSV)  # stopped before verify
        wire.close()
    set_state(tmp_path, upload_id, state)
    spoil(upload_dir(first, upload_id) / "assembled.csv", 5000)
    with LocalPlatform(tmp_path, settings=SETTINGS) as second:
        wire = Wire(second)
        answer = wire.outcome(app, dataset_id)
        assert answer["status"] == "FAILED"
        assert "restarted" in answer["message"]
        wire.close()
