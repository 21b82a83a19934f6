"""An upload's parts on disk: received, assembled into one file, checked after a restart.

The wire cuts a file of `file_size` bytes into `part_count` parts of ceil(file_size /
part_count) bytes, the last one shorter (`span`). A part that arrives with its span's length
and is not stored yet is written straight into the upload's one file (`placed_parts`) at its
offset, so completing an upload whose parts all came that way copies nothing: the file is cut to
length and renamed. A part of another length, a part sent again once stored, and one sent while
the same part is being placed go to a file of their own, flushed to disk; completing then copies
the parts one after another (inside the kernel).

Placed parts are not flushed to disk one by one (that, and copying the parts at completion,
took a third as long as the parts took to arrive): verification flushes the assembled file,
once. After a crash, a part's row may therefore promise bytes that never reached the disk, so
a restart checks placed parts, and the files of completed uploads, against their ETags (CRC-32
and length): `check_open` drops the parts that do not match, `intact` says whether a completed
upload's file still holds what was sent.
"""

from __future__ import annotations

import math
import threading
import zlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import BinaryIO

import anyio.to_thread

from ikigai.local.core import Core
from ikigai.local.errors import Conflict, Invalid, NotFound, TooLarge, not_found
from ikigai.local.store import uploads
from ikigai.local.store.db import Row, Transaction

__all__ = ["ABSORB_BYTES", "OPEN", "PartDigest", "Parts", "span", "unquote_etag", "upload_row"]

OPEN = "OPEN"

ABSORB_BYTES = 1024 * 1024
"""Part bytes are hashed and written a MiB at a time on a worker thread, so that parts that
arrive together are hashed on several cores and the event loop keeps receiving."""


class PartDigest:
    """A part's ETag: the CRC-32 and length of its bytes. ETags are opaque to clients (the
    reference only asks for one); a checksum tells the versions of a part apart as well as MD5
    does here, at a fifth of the cost."""

    def __init__(self) -> None:
        self._crc = 0
        self._size = 0

    def update(self, data: bytes) -> None:
        self._crc = zlib.crc32(data, self._crc)
        self._size += len(data)

    def etag(self) -> str:
        return f'"{self._crc:08x}-{self._size:x}"'


def unquote_etag(etag: str) -> str:
    return etag.strip().removeprefix("W/").strip('"')


def span(upload: Row, part: int) -> tuple[int, int]:
    """Where the wire puts `part` (1-based) in the file: its offset and length."""
    file_size, count = int(upload["file_size"]), int(upload["part_count"])
    step = math.ceil(file_size / count)
    start = min((part - 1) * step, file_size)
    return start, max(0, min(step, file_size - start))


def upload_row(tx: Transaction, dataset_id: str, upload_id: str) -> Row:
    row = uploads.find(tx, upload_id, dataset_id)
    if row is None:
        raise not_found("Upload", upload_id)
    return row


class Parts:
    def __init__(self, core: Core) -> None:
        self._core = core
        self._lock = threading.Lock()
        self._placing: dict[str, set[int]] = {}  # upload -> parts being written in place
        self._assembling: set[str] = set()  # uploads whose placed file must not grow

    # ------------------------------------------------------------------ receiving
    async def receive(
        self,
        dataset_id: str,
        upload_id: str,
        part: int,
        declared_length: int | None,
        chunks: AsyncIterator[bytes],
    ) -> str:
        """Store one part (URL already verified); returns its ETag header value."""
        limit, (offset, length), stored = await anyio.to_thread.run_sync(
            self._open, dataset_id, upload_id, part
        )
        if declared_length is not None and declared_length > limit:
            raise TooLarge(f"A part may hold at most {limit} bytes")
        placed = not stored and declared_length == length and self._claim(upload_id, part)
        files = self._core.files
        temporary: Path | None = None
        try:
            if placed:
                handle = files.open_placed(upload_id)
                handle.seek(offset)
                limit = length
            else:
                handle, temporary = files.temporary(".part")
        except BaseException:
            if placed:
                self._release(upload_id, part)
            raise
        try:
            etag, size = await _absorb_all(chunks, handle, limit)
            if placed and size != length:
                raise Invalid(f"The part held {size} bytes, not the {length} it announced")
            await anyio.to_thread.run_sync(
                self._store, handle, temporary, upload_id, part, etag, size
            )
        except BaseException:
            handle.close()
            if temporary is not None:
                temporary.unlink(missing_ok=True)
            raise
        finally:
            if placed:
                self._release(upload_id, part)
        return etag

    def _open(
        self, dataset_id: str, upload_id: str, part: int
    ) -> tuple[int, tuple[int, int], bool]:
        """The largest size the part may have, its span, and whether it is stored already;
        404/409 when the upload cannot take it."""
        with self._core.db.read() as tx:
            row = upload_row(tx, dataset_id, upload_id)
            if row["state"] != OPEN:
                raise Conflict(f"Upload {upload_id!r} is {row['state'].lower()}, not open")
            if not 1 <= part <= row["part_count"]:
                raise NotFound(f"Upload {upload_id!r} has no part {part}")
            stored = uploads.has_part(tx, upload_id, part)
        return int(row["part_size"]), span(row, part), stored

    def _claim(self, upload_id: str, part: int) -> bool:
        """Whether this request may write `part` in place (nobody else is, and the upload is
        not being assembled)."""
        with self._lock:
            placing = self._placing.setdefault(upload_id, set())
            if upload_id in self._assembling or part in placing:
                return False
            placing.add(part)
            return True

    def _release(self, upload_id: str, part: int) -> None:
        with self._lock:
            placing = self._placing.get(upload_id, set())
            placing.discard(part)
            if not placing:
                self._placing.pop(upload_id, None)

    def _store(
        self,
        handle: BinaryIO,
        temporary: Path | None,
        upload_id: str,
        part: int,
        etag: str,
        size: int,
    ) -> None:
        files = self._core.files
        own = files.upload_part(upload_id, part)
        with self._core.db.write() as tx:
            if uploads.state(tx, upload_id) != OPEN:
                raise Conflict(f"Upload {upload_id!r} is no longer open")
            if temporary is None:
                handle.close()  # flushed to disk when the upload is verified
                files.remove(own)  # an earlier version of the part sent on its own
            else:
                files.commit(handle, temporary, own)
            uploads.store_part(tx, upload_id, part, etag, size)

    # ------------------------------------------------------------------ assembling
    def assemble(self, upload: Row, parts: list[int]) -> None:
        """Put `parts` (stored, in order) one after another in the upload's assembled file."""
        upload_id = str(upload["upload_id"])
        files = self._core.files
        with self._lock:
            self._assembling.add(upload_id)
            quiet = not self._placing.get(upload_id)
        try:
            with self._core.db.read() as tx:
                sizes = {int(row["part"]): int(row["size"]) for row in uploads.parts(tx, upload_id)}
            own = {part for part in parts if files.upload_part(upload_id, part).exists()}
            assembled, placed = files.assembled_upload(upload_id), files.placed_parts(upload_id)
            if quiet and not own and parts == list(range(1, len(parts) + 1)):
                # the parts lie in place, one after another from the start
                files.cut_and_install(placed, sum(sizes[part] for part in parts), assembled)
                return
            files.concatenate(
                [
                    (files.upload_part(upload_id, part), 0, sizes[part])
                    if part in own
                    else (placed, span(upload, part)[0], sizes[part])
                    for part in parts
                ],
                assembled,
            )
        finally:
            with self._lock:
                self._assembling.discard(upload_id)

    # ------------------------------------------------------------------ after a restart
    def check_open(self, tx: Transaction, upload: Row) -> None:
        """Drop the placed parts of an open upload whose bytes did not reach the disk."""
        upload_id = str(upload["upload_id"])
        files = self._core.files
        placed = files.placed_parts(upload_id)
        for row in uploads.parts(tx, upload_id):
            part = int(row["part"])
            if files.upload_part(upload_id, part).exists():
                continue  # flushed to disk before its row was written
            offset, _ = span(upload, part)
            if not _holds(placed, offset, int(row["size"]), str(row["etag"])):
                uploads.drop_part(tx, upload_id, part)

    def intact(self, tx: Transaction, upload_id: str) -> bool:
        """Whether a completed upload's assembled file holds the parts it was made of (uploads
        completed before parts were kept until verified have no parts to check against)."""
        assembled = self._core.files.assembled_upload(upload_id)
        if not assembled.exists():
            return False
        offset = 0
        for row in uploads.parts(tx, upload_id):
            if not _holds(assembled, offset, int(row["size"]), str(row["etag"])):
                return False
            offset += int(row["size"])
        return True


async def _absorb_all(
    chunks: AsyncIterator[bytes], handle: BinaryIO, limit: int
) -> tuple[str, int]:
    """Write the body's chunks to `handle`, hashing them; its ETag and size. At most `limit`
    bytes are taken (413 past that)."""
    digest, size = PartDigest(), 0
    pending: list[bytes] = []
    waiting = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"A part may hold at most {limit} bytes")
        pending.append(chunk)
        waiting += len(chunk)
        if waiting >= ABSORB_BYTES:
            await anyio.to_thread.run_sync(_absorb, digest.update, handle, pending)
            pending, waiting = [], 0
    await anyio.to_thread.run_sync(_absorb, digest.update, handle, pending)
    handle.flush()
    return digest.etag(), size


def _absorb(hash_: Callable[[bytes], None], handle: BinaryIO, chunks: list[bytes]) -> None:
    data = b"".join(chunks)
    hash_(data)
    handle.write(data)


def _holds(path: Path, offset: int, length: int, etag: str) -> bool:
    """Whether `length` bytes of `path` from `offset` have this ETag."""
    digest = PartDigest()
    try:
        with open(path, "rb") as file:
            file.seek(offset)
            left = length
            while left and (block := file.read(min(ABSORB_BYTES, left))):
                digest.update(block)
                left -= len(block)
    except OSError:
        return False
    return unquote_etag(digest.etag()) == unquote_etag(etag)
