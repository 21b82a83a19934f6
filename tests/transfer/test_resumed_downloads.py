"""Downloads read as they arrive, and resumed where a dropped connection left them.

Against the local platform with faults on, GET bodies are cut off partway: every download
must still arrive whole, resumed with a `Range` request from the byte it stopped at. A server
that ignores `Range`, a range from the wrong byte, an expired URL, and running out of retries
cannot be made to happen on the local platform: those run against a scripted transport.
"""

from __future__ import annotations

import contextlib
import gzip
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import numpy as np
import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai._retry import RetryPolicy
from ikigai.components.dataset import Dataset
from ikigai.errors import TransferError
from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings
from ikigai.transfer._csv_read import read_table
from ikigai.transfer._download import Body

ROWS = 60_000
FRAME = pd.DataFrame(
    {
        "id": np.arange(ROWS, dtype="int64"),
        "x": np.linspace(0, 1, ROWS),
        "name": [f"customer number {i}" for i in range(ROWS)],
    }
)


class Resumes(logging.Handler):
    """Collects the client's 'resuming the download' records."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("resuming the download"):
            self.messages.append(record.getMessage())


@pytest.fixture
def resumes() -> Iterator[Resumes]:
    logger = logging.getLogger("ikigai.retry")
    handler, level = Resumes(), logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(level)


@contextlib.contextmanager
def _faulty_dataset(seed: int) -> Iterator[Dataset]:
    """FRAME as a dataset on a platform where half the requests fail transiently."""
    settings = Settings(fault_seed=seed, fault_delay_seconds=0.01)
    with LocalPlatform(faults=0.5, settings=settings) as faulty:
        client = Ikigai(
            user_email=faulty.default_user,
            api_key=faulty.api_key(),
            base_url=faulty.base_url,
            max_retries=8,
        )
        with client:
            yield client.app.new("resumed").build().dataset.new("frame").df(FRAME).build()


def test_downloads_cut_off_midway_are_resumed_and_arrive_whole(resumes: Resumes) -> None:
    with _faulty_dataset(seed=1) as dataset:
        for _ in range(12):
            pd.testing.assert_frame_equal(dataset.df(), FRAME)
    resumed_midway = [m for m in resumes.messages if " at byte 0 " not in m]
    assert resumed_midway, resumes.messages


def test_a_download_to_a_file_is_resumed_too(tmp_path: Path) -> None:
    with _faulty_dataset(seed=2) as dataset:
        for index in range(6):
            saved = dataset.download(tmp_path / f"copy-{index}.csv")
            pd.testing.assert_frame_equal(pd.read_csv(saved), FRAME)


# ---- what only a scripted server can do ---------------------------------------------------

CSV = b"a,b\n" + b"".join(b"%d,row %d\n" % (i, i) for i in range(5000))


class Sent(httpx.SyncByteStream):
    """A body as a server sends it: in pieces, and cut off after `cut` bytes if given."""

    def __init__(self, data: bytes, cut: int | None = None) -> None:
        self.data, self.cut = data, cut

    def __iter__(self) -> Iterator[bytes]:
        end = len(self.data) if self.cut is None else self.cut
        for start in range(0, end, 4096):
            yield self.data[start : min(start + 4096, end)]
        if self.cut is not None:
            raise httpx.RemoteProtocolError("peer closed connection")


def _answer(status: int, data: bytes, cut: int | None = None, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers, stream=Sent(data, cut))


Answer = Callable[[httpx.Request], httpx.Response]


SEEN: list[httpx.Request] = []
"""The requests the scripted server got, in the current test."""


def _body(*answers: Answer, retries: int = 3, url: str = "http://files.test/d.csv") -> Body:
    steps = list(answers)
    SEEN.clear()

    def handle(request: httpx.Request) -> httpx.Response:
        SEEN.append(request)
        return steps.pop(0)(request)

    client = httpx.Client(transport=httpx.MockTransport(handle))
    return Body(client, url, what="dataset 'd'", policy=RetryPolicy(retries), sleep=lambda _: None)


def _first_then_cut(at: int) -> Answer:
    return lambda _: _answer(200, CSV, at, **{"Content-Length": str(len(CSV))})


def test_a_server_that_ignores_range_is_read_again_and_the_start_skipped() -> None:
    body = _body(_first_then_cut(1000), lambda _: _answer(200, CSV))
    assert body.read() == CSV
    assert SEEN[1].headers["Range"] == "bytes=1000-"


def test_a_range_answer_continues_where_the_body_stopped() -> None:
    def ranged(request: httpx.Request) -> httpx.Response:
        start = int(request.headers["Range"].removeprefix("bytes=").rstrip("-"))
        span = f"bytes {start}-{len(CSV) - 1}/{len(CSV)}"
        return _answer(206, CSV[start:], **{"Content-Range": span})

    body = _body(_first_then_cut(777), ranged)
    assert body.read() == CSV


def test_drops_that_each_get_further_do_not_use_up_the_retries() -> None:
    def ranged_then_cut(request: httpx.Request) -> httpx.Response:
        start = int(request.headers.get("Range", "bytes=0-").removeprefix("bytes=").rstrip("-"))
        span = f"bytes {start}-{len(CSV) - 1}/{len(CSV)}"
        end = min(start + 9000, len(CSV))  # each answer gets 9000 bytes further, then drops
        cut = end - start if end < len(CSV) else None
        if not start:
            return _answer(200, CSV, cut, **{"Content-Length": str(len(CSV))})
        return _answer(206, CSV[start:], cut, **{"Content-Range": span})

    drops = len(CSV) // 9000
    assert drops > 3
    body = _body(*[ranged_then_cut] * (drops + 1), retries=1)
    assert body.read() == CSV


def test_a_range_from_the_wrong_byte_is_an_error() -> None:
    wrong = _answer(206, CSV, **{"Content-Range": f"bytes 0-9/{len(CSV)}"})
    body = _body(_first_then_cut(500), lambda _: wrong)
    with pytest.raises(TransferError, match="asked for byte 500 on"):
        body.read()


def test_a_body_shorter_than_announced_is_resumed() -> None:
    short = _answer(200, CSV[:300], **{"Content-Length": str(len(CSV))})
    body = _body(lambda _: short, lambda _: _answer(200, CSV))
    assert body.read() == CSV


def test_giving_up_names_the_dataset_and_the_attempts() -> None:
    body = _body(*[_first_then_cut(100)] * 3, retries=2)
    with pytest.raises(TransferError, match=r"dataset 'd' failed 3 times in a row"):
        body.read()
    # the same error comes out of pyarrow's CSV reader, which reads the body on its threads
    body = _body(*[_first_then_cut(100)] * 3, retries=2)
    with pytest.raises(TransferError, match=r"dataset 'd' failed 3 times in a row"):
        read_table(lambda: body)


def test_an_expired_url_while_resuming_is_an_error_not_a_hang() -> None:
    body = _body(_first_then_cut(100), lambda _: _answer(403, b"expired"))
    with pytest.raises(TransferError, match="HTTP 403"):
        body.read()


def test_a_gz_url_is_gunzipped_and_resumed_in_its_compressed_bytes() -> None:
    packed = gzip.compress(CSV)

    def cut(_: httpx.Request) -> httpx.Response:
        return _answer(200, packed, 200, **{"Content-Length": str(len(packed))})

    def rest(request: httpx.Request) -> httpx.Response:
        assert request.headers["Range"] == "bytes=200-"
        span = f"bytes 200-{len(packed) - 1}/{len(packed)}"
        return _answer(206, packed[200:], **{"Content-Range": span})

    body = _body(cut, rest, url="http://files.test/d.csv.gz")
    assert body.read() == CSV
