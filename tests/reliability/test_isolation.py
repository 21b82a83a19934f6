"""Isolation through the typed client: users see and touch only their own apps, a viewer cannot
write, path traversal in names and ids fails with 4xx, bad signed URLs fail at once (no
retries), and a runaway PYTHON facet is stopped by its limit and reported FAILED. (The raw-HTTP
checks of access and signed URLs are in tests/local/test_access.py and test_signed_urls.py.)"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai.components import FlowStatus
from ikigai.errors import NotFoundError, PermissionDeniedError
from ikigai.local import LocalPlatform
from ikigai.local.engine import Limits, default_engine

from .support import FIGURES, quick_settings

DATA = pd.DataFrame({"a": [1, 2, 3]})


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    engine = default_engine(Limits(python_seconds=2.0, python_memory_bytes=2 * 1024**3))
    with LocalPlatform(engine=engine, settings=quick_settings(min_run_seconds=0.3)) as running:
        yield running


def _client(platform: LocalPlatform, email: str) -> Ikigai:
    return Ikigai(email, platform.api_key(email), platform.base_url)


def _raw(platform: LocalPlatform, email: str) -> httpx.Client:
    headers = {"user": email, "api-key": platform.api_key(email)}
    return httpx.Client(base_url=platform.base_url, headers=headers, timeout=30)


def test_users_cannot_see_or_touch_each_others_apps(platform: LocalPlatform) -> None:
    with _client(platform, "ann@example.com") as ann, _client(platform, "ben@example.com") as ben:
        app = ann.app.new("ann's app").build()
        assert "ann's app" not in ben.apps()
        assert len(ben.apps.search("ann")) == 0
        with pytest.raises(KeyError, match="ann"):
            ben.apps["ann's app"]
        # Knowing the id is not enough to read or delete it.
        with _raw(platform, ben.user_email) as raw:
            read = raw.get("/component/get-project", params={"project_id": app.app_id})
            body = {"project": {"project_id": app.app_id}}
            deleted = raw.post("/component/delete-project", json=body)
        assert (read.status_code, deleted.status_code) == (404, 404)
        assert ann.apps["ann's app"].app_id == app.app_id


def test_a_viewer_cannot_write(platform: LocalPlatform) -> None:
    with (
        _client(platform, "owen@example.com") as owner,
        _client(platform, "vic@example.com") as vic,
    ):
        app = owner.app.new("shared").build()
        app.dataset.new("data").df(DATA).build()
        app.access.grant(vic.user_email, "VIEWER")
        seen = vic.apps["shared"]
        pd.testing.assert_frame_equal(seen.datasets["data"].df(), DATA)
        with pytest.raises(PermissionDeniedError) as denied:
            seen.dataset.new("mine").df(DATA).build()
        assert "What to do" in str(denied.value)
        with pytest.raises(PermissionDeniedError):
            seen.datasets["data"].delete()
        with pytest.raises(PermissionDeniedError):
            seen.delete()
        assert list(owner.apps["shared"].datasets()) == ["data"]


TRAVERSALS = [
    "..",
    "../..",
    "../../etc/passwd",
    "..%2F..%2Fetc",
    "/etc/passwd",
    "a/../../b",
    "\\..\\x",
]


def test_traversal_in_names_and_ids_fails_with_4xx(platform: LocalPlatform) -> None:
    data_dir = platform.services.files.root.resolve()
    with _client(platform, "tom@example.com") as tom:
        app = tom.app.new("names").build()
        for text in TRAVERSALS:
            # A name is only a name: stored as given, never a path.
            dataset = app.dataset.new(f"x{text}").df(DATA).build()
            assert app.datasets[f"x{text}"].dataset_id == dataset.dataset_id
            with pytest.raises(KeyError):
                app.datasets[text]
            FIGURES["bad inputs tried"] += 2
        with _raw(platform, tom.user_email) as raw:
            for text in TRAVERSALS:
                answers = [
                    raw.get(
                        "/component/get-dataset",
                        params={"project_id": app.app_id, "dataset_id": text},
                    ),
                    raw.get("/component/get-project", params={"project_id": text}),
                    raw.put(f"/_upload/{text}/x/1?expires=9999999999&signature=x", content=b"a"),
                    raw.get(f"/_download/{text}/x.csv?expires=9999999999&signature=x"),
                    raw.get(f"/_download/x/{text}.csv"),
                ]
                for answer in answers:
                    assert 400 <= answer.status_code < 500, (text, answer.status_code, answer.text)
                    FIGURES["bad inputs tried"] += 1
    assert all(path.resolve().is_relative_to(data_dir) for path in data_dir.rglob("*"))


def test_a_bad_signed_url_fails_at_once(platform: LocalPlatform) -> None:
    with _client(platform, "sig@example.com") as client:
        app = client.app.new("signed").build()
        dataset = app.dataset.new("data").df(DATA).build()
        url = f"{platform.base_url}/_download/{dataset.dataset_id}/x.csv?expires=1&signature=x"
        answer = client._ctx.transport.presigned.get(url)  # pyright: ignore[reportPrivateUsage]
        assert answer.status_code in (403, 404)


def test_a_runaway_python_facet_is_stopped_and_reported_failed(platform: LocalPlatform) -> None:
    with _client(platform, "run@example.com") as client:
        app = client.app.new("runaway").build()
        dataset = app.dataset.new("data").df(DATA).build()
        types = client.facet_types
        definition = (
            client.builder.facet(facet_type=types.INPUT.Imported, name="input")
            .arguments(
                dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False
            )
            .facet(facet_type=types.MID.PYTHON, name="spin")
            .arguments(script="while True:\n    pass\n")
            .facet(facet_type=types.OUTPUT.EXPORTED, name="output")
            .arguments(dataset_name="never", file_type="csv", header=True)
            .build()
        )
        log = app.flow.new("spin").definition(definition).build().run()
        assert log.status == FlowStatus.FAILED
        assert "time limit" in log.data, log.data
        spin = [f.facet_id for f in definition.facets if f.name == "spin"]
        assert log.erroneous_facet_id in spin
        with pytest.raises(KeyError):
            app.datasets["never"]


def test_errors_carry_the_request_id(platform: LocalPlatform) -> None:
    with _client(platform, "nf@example.com") as client:
        app = client.app.new("ids").build()
        app.delete()
        with pytest.raises(NotFoundError) as missing:
            app.datasets()
    error = missing.value
    assert error.request_id
    assert error.request_id.startswith("req_")
    assert error.request_id in str(error)
    assert (error.status, error.operation) == (404, "get_datasets_for_project")
    assert "What to do" in str(error)
