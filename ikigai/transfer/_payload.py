"""The bytes an upload sends: in memory, a file on disk, or an open (temporary) file.

A part is read from a `Payload` a MiB at a time while it is sent, so each sender holds about a
MiB. `encoded` writes a user's table as CSV to a temporary file and `utf8_file` makes a CSV file
UTF-8, both before anything is sent.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ikigai.errors import InvalidArgumentError
from ikigai.transfer._csv_write import write_csv
from ikigai.transfer._encoding import same_as_utf8, to_utf8

__all__ = ["SEND_CHUNK", "Payload", "encoded", "file_payload", "utf8_file"]

SEND_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Payload:
    """The bytes to upload: `data` in memory, the file at `path`, or an open file `handle`."""

    data: bytes | None = None
    path: Path | None = None
    handle: BinaryIO | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    @property
    def size(self) -> int:
        if self.data is not None:
            return len(self.data)
        if self.handle is not None:
            return os.fstat(self.handle.fileno()).st_size
        assert self.path is not None
        return self.path.stat().st_size

    def chunks(self, start: int, length: int) -> Iterator[bytes]:
        """Bytes `start` to `start + length`, a MiB at a time (so that a part PUT never holds
        its whole part: large buffers freed by several threads at once tend to stay with the
        process instead of going back to the system)."""
        end = start + length
        for offset in range(start, end, SEND_CHUNK):
            yield self.read(offset, min(SEND_CHUNK, end - offset))

    def read(self, start: int, length: int) -> bytes:
        if self.data is not None:
            return self.data[start : start + length]
        if self.handle is not None:
            return self._read_from(self.handle, start, length)
        assert self.path is not None
        with open(self.path, "rb") as file:
            return self._read_from(file, start, length)

    def _read_from(self, file: BinaryIO, start: int, length: int) -> bytes:
        if hasattr(os, "pread"):  # reads at an offset without moving the file's position
            return os.pread(file.fileno(), length, start)
        with self._lock:
            file.seek(start)
            return file.read(length)


def file_payload(path: str | Path) -> Payload:
    """The file at `path`, sent as it is; InvalidArgumentError when there is no such file."""
    file = Path(path)
    if not file.is_file():
        raise InvalidArgumentError(f"there is no file {str(file)!r}")
    return Payload(path=file)


@contextlib.contextmanager
def encoded(data: object) -> Generator[Payload]:
    """The data as CSV in a temporary file (on disk, not in memory), for the time of an
    upload."""
    with tempfile.TemporaryFile(prefix="ikigai-", suffix=".csv") as handle:
        write_csv(data, handle)
        handle.flush()
        yield Payload(handle=handle)


@contextlib.contextmanager
def utf8_file(path: Path, encoding: str) -> Generator[Payload]:
    """The CSV file at `path`, read as `encoding`, as UTF-8: checked, and when it is in another
    encoding written as UTF-8 to a temporary file, before anything is sent."""
    if same_as_utf8(encoding):
        to_utf8(path, encoding, None)
        yield Payload(path=path)
        return
    with tempfile.TemporaryFile(prefix="ikigai-", suffix=".csv") as handle:
        to_utf8(path, encoding, handle)
        handle.flush()
        yield Payload(handle=handle)
