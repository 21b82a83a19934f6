"""Text encodings of users' CSV files.

The platform stores CSV as UTF-8 only. `to_utf8` checks a user's CSV file against the text
encoding they declare and, unless that is UTF-8 already, writes it as UTF-8.
"""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path
from typing import BinaryIO

from ikigai.errors import InvalidArgumentError

__all__ = ["check_text_encoding", "same_as_utf8", "to_utf8"]

TEXT_BLOCK = 4 * 1024 * 1024
_AS_UTF8 = {"utf-8", "utf-8-sig", "ascii"}
"""Encodings whose valid files are valid UTF-8 as they are (a byte-order mark is allowed)."""


def check_text_encoding(encoding: str) -> None:
    """InvalidArgumentError unless `encoding` names a text encoding Python knows."""
    try:
        # bytes-to-bytes codecs such as "base64" are refused only when there are bytes to decode
        with contextlib.suppress(UnicodeDecodeError):  # one byte is too few for some encodings
            b"a".decode(encoding)
    except LookupError:
        raise InvalidArgumentError(f"encoding {encoding!r} is not a text encoding") from None


def same_as_utf8(encoding: str) -> bool:
    return codecs.lookup(encoding).name in _AS_UTF8


def to_utf8(path: Path, encoding: str, sink: BinaryIO | None) -> None:
    """Read the file at `path` as `encoding` text and write it to `sink` as UTF-8 (None: only
    check it). Raises InvalidArgumentError naming the first byte that is not valid in
    `encoding`."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = 0
    with open(path, "rb") as source:
        while True:
            block = source.read(TEXT_BLOCK)
            pending = len(decoder.getstate()[0])  # the start of a character cut by the block
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as error:  # error.object: the pending bytes + block
                at, byte = offset - pending + error.start, error.object[error.start]
                raise InvalidArgumentError(
                    f"{str(path)!r} is not valid {encoding}: byte 0x{byte:02x} at offset {at};"
                    " name the file's encoding with csv(path, encoding=...)"
                ) from None
            if sink is not None and text:
                sink.write(text.encode("utf-8"))
            if not block:
                return
            offset += len(block)
