"""Downloading a dataset's file through its presigned URL, read as it arrives.

`download_table`, `download_frame` and `download_to` wait until the platform has the file ready,
then read it from a `Body` into pyarrow's CSV reader (`_csv_read`), into `pandas.read_csv`
(when the caller gives its options), or copy it to a file.

`Body` is what the reader (or the copy) reads from: the bytes arrive while the reader parses
the ones before them, and nothing holds the whole file. The retrying transport (`ikigai._retry`)
does not read these bodies ahead (`STREAMED`); instead a connection that fails in the middle is
opened again from the byte where it stopped (`Range`), or from the start with the bytes already
read skipped when the server does not serve ranges, as often as the client's `max_retries`
allows in a row without new bytes arriving. A URL whose path ends in `.gz` is gunzipped on the
way.
"""

from __future__ import annotations

import contextlib
import io
import logging
import time
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pandas as pd

from ikigai._progress import progress_bar
from ikigai._retry import STREAMED, RetryPolicy
from ikigai.errors import TransferError
from ikigai.transfer._channel import Channel
from ikigai.transfer._csv_read import read_frame, read_table
from ikigai.transfer._tables import pa
from ikigai_wire.models.dataset_download_status import DatasetDownloadStatus
from ikigai_wire.types import Unset

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["Body", "download_frame", "download_table", "download_to"]

logger = logging.getLogger("ikigai.retry")

CHUNK = 1024 * 1024


def download_table(channel: Channel) -> Any | None:
    """The dataset's data as a pyarrow Table (None when the file is empty), parsed while it
    arrives."""
    with _download(channel) as open_body:
        try:
            return read_table(open_body)
        except pa.ArrowInvalid as error:
            raise TransferError(
                f"dataset {channel.name!r} could not be read as CSV: {str(error).splitlines()[0]}"
            ) from None


def download_frame(channel: Channel, options: Mapping[str, Any]) -> pd.DataFrame:
    """The dataset's data as `pandas.read_csv(file, **options)` reads it, parsed while it
    arrives."""
    with (
        _download(channel) as open_body,
        open_body() as body,
        io.BufferedReader(body, CHUNK) as source,
    ):
        return read_frame(source, options)


def download_to(channel: Channel, path: Path) -> Path:
    """Stream the dataset's CSV file to `path` (replaced only once it is complete)."""
    partial = path.with_name(path.name + ".partial")
    with _download(channel) as open_body:
        try:
            with open_body() as body, open(partial, "wb") as out:
                while chunk := body.read(CHUNK):
                    out.write(chunk)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
    return path


@contextlib.contextmanager
def _download(channel: Channel) -> Generator[Callable[[], Body]]:
    """Wait until the platform has the file ready; then, under a progress bar, how to open it
    (each time it is opened, its length counts towards the bar's total)."""
    url = _ready_url(channel)
    transport = channel.transport
    with progress_bar(channel.progress, total=None, description=f"download {channel.name}") as bar:

        def open_body() -> Body:
            body = Body(
                transport.presigned,
                url,
                what=f"dataset {channel.name!r}",
                policy=transport.retry_policy,
                on_read=bar.update,
            )
            bar.grow_total(body.length)
            return body

        yield open_body


def _ready_url(channel: Channel) -> str:
    name = channel.name
    ready = channel.poll(
        lambda: channel.api.get_dataset_download_url(
            project_id=channel.app_id, dataset_id=channel.dataset_id
        ),
        lambda answer: answer.status != DatasetDownloadStatus.IN_PROGRESS,
        f"dataset {name!r} to be ready for download",
    )
    if ready.status == DatasetDownloadStatus.FAILED:
        raise TransferError(
            f"the platform could not prepare dataset {name!r} for download "
            "(it may be too large to download)"
        )
    if ready.status != DatasetDownloadStatus.SUCCESS or isinstance(ready.url, Unset):
        raise TransferError(f"dataset {name!r}: unexpected download status {ready.status}")
    return ready.url


class Body(io.RawIOBase):
    """The file behind a presigned download URL, read front to back."""

    def __init__(
        self,
        client: httpx.Client,
        url: str,
        *,
        what: str,
        policy: RetryPolicy,
        on_read: Callable[[int], None] = lambda _: None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__()
        self._client = client
        self._url = url
        self._what = what
        self._policy = policy
        self._on_read = on_read
        self._sleep = sleep
        self._inflate = (
            zlib.decompressobj(16 + zlib.MAX_WBITS) if httpx.URL(url).path.endswith(".gz") else None
        )
        self._received = 0  # bytes of the body as served (before gunzipping)
        self._retries = 0
        self._pending = b""
        self._ended = False
        self._response: httpx.Response | None = None
        self._chunks: Iterator[bytes] = iter(())
        self.length: int | None = None
        """The body's length in bytes as served, when the server said."""
        self._open()

    # ---- the file interface ---------------------------------------------------------------

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` bytes (all the rest when negative); fewer only at the end."""
        wanted = -1 if size is None else size
        pieces = [self._pending]
        have = len(self._pending)
        while wanted < 0 or have < wanted:
            chunk = self._next()
            if chunk is None:
                break
            pieces.append(chunk)
            have += len(chunk)
        data = b"".join(pieces)
        if wanted < 0 or wanted >= len(data):
            self._pending = b""
            return data
        self._pending = data[wanted:]
        return data[:wanted]

    def chunks(self) -> Iterator[bytes]:
        """The rest of the file, in the pieces the network gives (a reader that cuts its own
        pieces saves the copies `read` makes)."""
        if self._pending:
            yield self._pending
            self._pending = b""
        while (chunk := self._next()) is not None:
            yield chunk

    def readinto(self, buffer: WriteableBuffer, /) -> int:
        view = memoryview(buffer).cast("B")
        data = self.read(len(view))
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        if self._response is not None:
            self._response.close()
            self._response = None
        super().close()

    # ---- receiving ------------------------------------------------------------------------

    def _next(self) -> bytes | None:
        """The next bytes of the file, None at its end."""
        while not self._ended:
            try:
                raw = next(self._chunks, None)
            except httpx.TransportError as error:
                self._resume(f"{type(error).__name__}: {error}")
                continue
            if raw is None:
                if self.length is not None and self._received < self.length:
                    self._resume(f"the body ended after {self._received} of {self.length} bytes")
                    continue
                self._finish()
                return self._inflate.flush() if self._inflate is not None else None
            if not raw:
                continue
            self._received += len(raw)
            self._retries = 0  # the retries are for failures in a row: this attempt got further
            self._on_read(len(raw))
            data = raw if self._inflate is None else self._inflate.decompress(raw)
            if data:
                return data
        return None

    def _finish(self) -> None:
        self._ended = True
        if self._response is not None:
            self._response.close()
            self._response = None

    def _open(self) -> None:
        """Ask for the body from `_received` on."""
        if self._response is not None:
            self._response.close()
            self._response = None
        headers = {"Range": f"bytes={self._received}-"} if self._received else {}
        request = self._client.build_request(
            "GET", self._url, headers=headers, extensions={STREAMED: True}
        )
        try:
            response = self._client.send(request, stream=True)
        except httpx.HTTPError as error:
            raise TransferError(f"downloading {self._what} failed: {error}") from error
        self._response = response
        status = response.status_code
        if status == 206 and self._received:
            start, total = _content_range(response.headers.get("Content-Range", ""))
            if start != self._received:
                raise TransferError(
                    f"downloading {self._what} failed: asked for byte {self._received} on,"
                    f" got a range from {start}"
                )
            self.length = total
            self._chunks = response.iter_raw()
        elif status == 200:
            length = response.headers.get("Content-Length")
            encoded = bool(response.headers.get("Content-Encoding"))
            self.length = int(length) if length and length.isdigit() and not encoded else None
            if encoded and self._received:
                raise TransferError(
                    f"downloading {self._what} failed: the connection dropped and the server"
                    " cannot resume a compressed answer; download it again"
                )
            chunks = response.iter_bytes() if encoded else response.iter_raw()
            self._chunks = _skip(chunks, self._received)
        else:
            response.close()
            self._response = None
            raise TransferError(f"downloading {self._what} failed: HTTP {status}")

    def _resume(self, why: str) -> None:
        if self._retries >= self._policy.max_retries:
            raise TransferError(
                f"downloading {self._what} failed {self._retries + 1} times in a row: {why}"
            )
        seconds = self._policy.delay(self._retries)
        # logged as the transport logs its retries; the URL's query (its signature) is not
        logger.info(
            "resuming the download of %s at byte %d in %.2f s (retry %d): %s",
            self._what,
            self._received,
            seconds,
            self._retries + 1,
            why,
            extra={"ikigai_retry": True},
        )
        self._sleep(seconds)
        self._retries += 1
        self._open()


def _skip(chunks: Iterator[bytes], count: int) -> Iterator[bytes]:
    """The chunks without their first `count` bytes (already received before a restart)."""
    for chunk in chunks:
        if count >= len(chunk):
            count -= len(chunk)
            continue
        yield chunk[count:] if count else chunk
        count = 0


def _content_range(value: str) -> tuple[int, int | None]:
    """(first byte, total length or None) of a `Content-Range: bytes a-b/total` header."""
    try:
        unit, _, spec = value.partition(" ")
        span, _, total = spec.partition("/")
        if unit.strip().lower() != "bytes":
            raise ValueError(value)
        start = int(span.partition("-")[0])
        return start, int(total) if total.strip().isdigit() else None
    except ValueError:
        raise TransferError(
            f"the server sent a Content-Range that cannot be read: {value!r}"
        ) from None
