"""Multipart upload parts: where each part starts, and PUTting them concurrently.

Parts go out on a bounded thread pool over the shared presigned-URL client, each read from its
`Payload` while it is sent; a part that fails is sent again a few times before the upload gives
up.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

import httpx

from ikigai.errors import TransferError
from ikigai.transfer._payload import Payload

__all__ = ["PART_ATTEMPTS", "PART_WORKERS", "part_bounds", "put_parts", "split_parts"]

PART_WORKERS = 4
PART_ATTEMPTS = 4
RETRY_PAUSE = 0.1


def part_bounds(size: int, count: int) -> list[tuple[int, int]]:
    """(start, length) of `count` parts of ceil(size / count) bytes (trailing ones may be
    empty)."""
    step = math.ceil(size / count) if count else 0
    return [(min(i * step, size), max(0, min(step, size - i * step))) for i in range(count)]


def split_parts(payload: bytes, count: int) -> list[bytes]:
    return [payload[start : start + length] for start, length in part_bounds(len(payload), count)]


def put_parts(
    presigned: httpx.Client,
    urls: Mapping[str, str],
    content_type: str,
    payload: Payload,
    *,
    on_sent: Callable[[int], None] = lambda _: None,
    workers: int = PART_WORKERS,
) -> dict[str, str]:
    """PUT every part; their ETags by part number. Raises `TransferError` when a part fails
    after `PART_ATTEMPTS` tries (the other parts are stopped)."""
    keys = sorted(urls, key=int)
    bounds = part_bounds(payload.size, len(keys))
    headers = {"Content-Type": content_type, "Cache-Control": "no-cache"}
    failed = threading.Event()

    def send(key: str, start: int, length: int) -> tuple[str, str]:
        sized = {**headers, "Content-Length": str(length)}  # sent as is, not chunked
        etag = _put_with_retries(
            presigned, key, urls[key], lambda: payload.chunks(start, length), sized, failed
        )
        on_sent(length)
        return key, etag

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(keys)))) as pool:
        futures = [
            pool.submit(send, key, start, length)
            for key, (start, length) in zip(keys, bounds, strict=True)
        ]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        errors = [error for future in done if (error := future.exception()) is not None]
        if errors:
            failed.set()
            for future in futures:
                future.cancel()
            raise errors[0]
        return dict(future.result() for future in futures)


def _put_with_retries(
    presigned: httpx.Client,
    key: str,
    url: str,
    content: Callable[[], Iterator[bytes]],
    headers: dict[str, str],
    failed: threading.Event,
) -> str:
    problem = ""
    for attempt in range(PART_ATTEMPTS):
        if failed.is_set():
            break
        if attempt and failed.wait(RETRY_PAUSE * 2 ** (attempt - 1)):
            break  # another part failed while this one waited to be sent again
        try:
            answer = presigned.put(url, content=content(), headers=headers)
        except httpx.HTTPError as error:
            problem = str(error) or type(error).__name__
            continue
        etag = answer.headers.get("ETag")
        if answer.status_code == 200 and etag is not None:
            return str(etag)
        problem = f"HTTP {answer.status_code}" + ("" if etag else " without an ETag header")
        if answer.status_code < 500 and answer.status_code not in (408, 429):
            break  # the URL or the part is refused: sending it again will not help
    raise TransferError(f"uploading part {key} failed: {problem or 'another part failed'}")
