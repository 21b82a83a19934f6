"""Dataset contents, upload parts, exports and model artifacts as files under the data dir.

Every file is written to a temporary file in the same file system, flushed to disk and then
renamed into place, so a reader (or a restart after a crash) sees the old file or the new one,
never a torn one. Names come only from identifiers this platform generated, and each is
checked again before it becomes part of a path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from ikigai.local.store.ids import is_id


class DataFiles:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        for folder in ("datasets", "uploads", "exports", "models", "runs", "tmp"):
            (root / folder).mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ layout
    def _under(self, folder: str, *names: str) -> Path:
        for name in names:
            stem = name.removesuffix(".csv").removesuffix(".part").removesuffix(".bin")
            if not is_id(stem):
                raise ValueError(f"not a safe file name: {name!r}")
        return self.root.joinpath(folder, *names)

    def dataset_file(self, dataset_id: str, file_id: str) -> Path:
        return self._under("datasets", dataset_id, f"{file_id}.csv")

    def dataset_dir(self, dataset_id: str) -> Path:
        return self._under("datasets", dataset_id)

    def upload_dir(self, upload_id: str) -> Path:
        return self._under("uploads", upload_id)

    def upload_part(self, upload_id: str, part: int) -> Path:
        return self._under("uploads", upload_id, f"{part:d}.part")

    def assembled_upload(self, upload_id: str) -> Path:
        return self._under("uploads", upload_id, "assembled.csv")

    def placed_parts(self, upload_id: str) -> Path:
        """The file an upload's parts are written into, each at its offset."""
        return self._under("uploads", upload_id, "placed.bin")

    def export_file(self, export_id: str) -> Path:
        return self._under("exports", f"{export_id}.csv")

    def model_artifact(self, version_id: str) -> Path:
        return self._under("models", f"{version_id}.bin")

    def run_dir(self, run_id: str) -> Path:
        return self._under("runs", run_id)

    # ------------------------------------------------------------------ writing
    def temporary(self, suffix: str = "") -> tuple[BinaryIO, Path]:
        """An open temporary file in the data dir (same file system as the destination)."""
        handle, name = tempfile.mkstemp(dir=self.tmp, suffix=suffix)
        return os.fdopen(handle, "wb"), Path(name)

    def commit(self, handle: BinaryIO, temporary: Path, destination: Path) -> None:
        """Flush `handle` to disk, close it and rename `temporary` to `destination`."""
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        self.install(temporary, destination)

    def install(self, source: Path, destination: Path) -> None:
        """Atomically move a complete file from the data dir's tmp folder (or the same file
        system) into place."""
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, destination)
        _sync_directory(destination.parent)

    def write_bytes(self, destination: Path, data: bytes) -> None:
        handle, temporary = self.temporary()
        try:
            handle.write(data)
            self.commit(handle, temporary, destination)
        except BaseException:
            handle.close()
            temporary.unlink(missing_ok=True)
            raise

    def open_placed(self, upload_id: str) -> BinaryIO:
        """The upload's `placed_parts` file, open for writing anywhere in it (made when
        missing; nothing in it is cut)."""
        path = self.placed_parts(upload_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600), "wb")

    def concatenate(self, sources: list[tuple[Path, int, int]], destination: Path) -> None:
        """Write the (file, offset, length) ranges one after another into `destination`
        (copied inside the kernel where it can), atomically but not yet flushed to disk: `sync`
        it before relying on it."""
        handle, temporary = self.temporary()
        try:
            for source, offset, length in sources:
                with open(source, "rb") as reading:
                    _copy_range(reading, offset, length, handle)
            handle.close()
            self.install(temporary, destination)
        except BaseException:
            handle.close()
            temporary.unlink(missing_ok=True)
            raise

    def cut_and_install(self, source: Path, length: int, destination: Path) -> None:
        """Cut `source` to `length` bytes and move it into place (not yet flushed to disk)."""
        os.truncate(source, length)
        self.install(source, destination)

    @staticmethod
    def sync(path: Path) -> None:
        """Flush a file's contents to disk."""
        with open(path, "rb+") as synced:
            os.fsync(synced.fileno())

    def link_in(self, source: Path, destination: Path) -> bool:
        """Put a hard link to `source` at `destination` (atomically); False when the file
        system cannot link it."""
        handle, temporary = self.temporary()
        handle.close()
        temporary.unlink()
        try:
            os.link(source, temporary)
        except OSError:
            return False
        self.install(temporary, destination)
        return True

    def copy_in(self, source: Path, destination: Path) -> None:
        """Copy any file into place atomically (hard link when possible)."""
        if self.link_in(source, destination):
            return
        handle, temporary = self.temporary()
        handle.close()
        try:
            shutil.copyfile(source, temporary)
            self.sync(temporary)
            self.install(temporary, destination)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise

    # ------------------------------------------------------------------ removal
    @staticmethod
    def remove(path: Path) -> None:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _copy_range(source: BinaryIO, offset: int, length: int, target: BinaryIO) -> None:
    """Append `length` bytes of `source` from `offset` to `target`: in the kernel when
    possible, else through memory. Raises OSError when `source` holds fewer."""
    target.flush()
    copied = 0
    try:
        while copied < length:
            sent = os.copy_file_range(
                source.fileno(), target.fileno(), length - copied, offset + copied
            )
            if sent == 0:
                break
            copied += sent
    except (AttributeError, OSError):
        pass  # not Linux, or not this file system: copy the rest by hand
    if copied < length:
        source.seek(offset + copied)
        target.seek(0, os.SEEK_END)
        while copied < length and (block := source.read(min(1024 * 1024, length - copied))):
            target.write(block)
            copied += len(block)
    if copied < length:
        raise OSError(f"{source.name} ends {length - copied} bytes short of the range to copy")


def _sync_directory(directory: Path) -> None:
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
