"""Presigned URLs: tampering, reuse for something else, and expiry are refused with 403."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import httpx
import pytest

from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings

from .conftest import new_user
from .support import Api, error_of


def _with_query(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    query.update(changes)
    return urlunsplit(parts._replace(query=urlencode(query)))


def _with_path(url: str, old: str, new: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=parts.path.replace(old, new)))


def test_tampered_upload_urls_are_refused(alice: Api) -> None:
    app = alice.create_app("tamper")
    first = alice.create_dataset(app, "first")
    second = alice.create_dataset(app, "second")
    started = alice.begin_upload(app, first, b"a\n1\n")
    other = alice.begin_upload(app, second, b"a\n1\n")
    url = started["urls"]["1"]
    signature = parse_qs(urlsplit(url).query)["signature"][0]
    forged = ("0" if signature[0] != "0" else "1") + signature[1:]
    attempts = [
        _with_query(url, signature=forged),
        _with_query(url, expires=str(int(time.time()) + 10_000)),
        _with_path(url, first, second),  # the same URL for another dataset
        _with_path(url, started["upload_id"], other["upload_id"]),  # for another upload
        _with_path(url, f"{started['upload_id']}/1", f"{started['upload_id']}/2"),  # another part
        url.split("?")[0],
    ]
    for attempt in attempts:
        response = httpx.put(attempt, content=b"a\n1\n")
        assert response.status_code == 403, (attempt, response.text)
        assert response.json()["message"]
    assert httpx.put(url, content=b"a\n1\n").status_code == 200


def test_tampered_download_urls_are_refused(alice: Api, bob: Api) -> None:
    app = alice.create_app("tamper-down")
    first = alice.create_dataset(app, "first")
    second = alice.create_dataset(app, "second")
    assert alice.upload(app, first, b"a\n1\n") == "SUCCESS"
    assert alice.upload(app, second, b"a\n2\n") == "SUCCESS"
    url = alice.download_url(app, first)
    other = alice.download_url(app, second)
    export_of_other = urlsplit(other).path.rsplit("/", 1)[1]
    export_of_first = urlsplit(url).path.rsplit("/", 1)[1]
    assert httpx.get(url).content == b"a\n1\n"
    error_of(httpx.get(_with_path(url, first, second)), 403)
    error_of(httpx.get(_with_path(url, export_of_first, export_of_other)), 403)
    error_of(httpx.get(_with_query(url, expires=str(int(time.time()) + 99_999))), 403)
    error_of(httpx.get(url.split("?")[0]), 403)


@pytest.fixture
def short_lived() -> Iterator[LocalPlatform]:
    settings = Settings(url_ttl_seconds=1)
    with LocalPlatform(settings=settings) as running:
        yield running


def test_expired_urls_are_refused(short_lived: LocalPlatform) -> None:
    user = new_user(short_lived)
    app = user.create_app("expiry")
    dataset = user.create_dataset(app, "d")
    started = user.begin_upload(app, dataset, b"a\n1\n")
    assert user.upload(app, dataset, b"a\n1\n") == "SUCCESS"
    download = user.download_url(app, dataset)
    time.sleep(2.1)
    assert "expired" in error_of(httpx.put(started["urls"]["1"], content=b"a\n1\n"), 403)
    assert "expired" in error_of(httpx.get(download), 403)
    # A fresh URL works again.
    assert httpx.get(user.download_url(app, dataset)).content == b"a\n1\n"
