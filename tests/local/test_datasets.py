"""Dataset uploads, verification, type inference, atomic replacement and downloads."""

from __future__ import annotations

import math
import time
import zlib

import httpx

from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings

from .support import Api, error_of

CSV = (
    b"a,b,c,when,colour\n"
    b"1,x,1.5,2024-01-01,red\n"
    b'2,"y,z",2.5,2024-01-02,red\n'
    b"3,w,,2024-01-03,blue\n"
    b"4,v,4.5,2024-01-04,red\n"
)


def test_upload_and_download_round_trip(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("round-trip")
    dataset_id = alice.create_dataset(app, "data")
    started = alice.begin_upload(app, dataset_id, CSV)
    part_size = platform.services.settings.part_size
    assert started["content_type"] == "text/csv"
    assert sorted(started["urls"], key=int) == [
        str(i) for i in range(1, math.ceil(len(CSV) / part_size) + 1)
    ]
    assert all(url.startswith(platform.base_url + "/_upload/") for url in started["urls"].values())
    etags = alice.put_parts(started["urls"], CSV)
    alice.ok(alice.complete(app, dataset_id, started["upload_id"], etags))
    completed = time.time()
    alice.ok(
        alice.get(
            "/component/verify-dataset-upload",
            project_id=app,
            dataset_id=dataset_id,
            filename="data.csv",
        )
    )
    assert alice.wait_confirm(app, dataset_id) == "SUCCESS"
    log = alice.ok(
        alice.get("/component/get-dataset-log", dataset_id=dataset_id, project_id=app, limit=5)
    )["dataset_log"]
    assert log[0]["status"] == "SUCCESS"
    assert log[0]["job_type"] == "UPLOAD_DATASET"
    assert int(log[0]["timestamp"]) > completed

    dataset = alice.dataset(app, dataset_id)
    assert (dataset["filename"], dataset["file_extension"], dataset["size"]) == (
        "data.csv",
        "csv",
        len(CSV),
    )
    types = {name: value["data_type"] for name, value in dataset["data_types"].items()}
    assert types == {
        "a": "NUMERIC",
        "b": "TEXT",
        "c": "NUMERIC",
        "when": "TIME",
        "colour": "CATEGORICAL",
    }
    assert dataset["data_types"]["a"]["data_formats"] == {"numeric_format": "INTEGER"}

    first = alice.ok(
        alice.get("/component/get-dataset-download-url", project_id=app, dataset_id=dataset_id)
    )
    assert first["status"] == "SUCCESS"  # the snapshot is a hard link: ready at once
    url = alice.download_url(app, dataset_id)
    response = httpx.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content == CSV


def test_exports_that_are_copies_answer_in_progress_first() -> None:
    """With instant exports off (a hosted platform's behaviour, and what a file system
    without hard links gets) the first request starts the export and answers IN_PROGRESS."""
    with LocalPlatform(settings=Settings(part_size=64, instant_exports=False)) as slow:
        email = "exports@example.com"
        user = Api(slow.base_url, email, slow.add_user(email))
        app = user.create_app("exports")
        dataset_id = user.create_dataset(app, "data")
        user.upload(app, dataset_id, CSV)
        first = user.ok(
            user.get("/component/get-dataset-download-url", project_id=app, dataset_id=dataset_id)
        )
        assert first == {"status": "IN_PROGRESS"}
        assert httpx.get(user.download_url(app, dataset_id)).content == CSV


def test_an_empty_trailing_part_is_accepted(alice: Api) -> None:
    """The published client cuts ceil(size / N) bytes per part, so the last part may be empty."""
    app = alice.create_app("parts")
    dataset_id = alice.create_dataset(app, "data")
    started = alice.begin_upload(app, dataset_id, b"a\n1\n")
    extra = dict(started["urls"])
    etags = alice.put_parts(extra, b"a\n1\n")
    empty = httpx.put(extra["1"], content=b"")
    assert empty.status_code == 200
    assert empty.headers["ETag"] == f'"{zlib.crc32(b""):08x}-0"'
    etags["1"] = empty.headers["ETag"]
    alice.ok(alice.complete(app, dataset_id, started["upload_id"], etags))


def test_wrong_etags_and_oversize_parts_are_refused(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("etags")
    dataset_id = alice.create_dataset(app, "data")
    started = alice.begin_upload(app, dataset_id, CSV)
    etags = alice.put_parts(started["urls"], CSV)
    wrong = dict(etags, **{"1": '"0000"'})
    assert "part 1" in error_of(alice.complete(app, dataset_id, started["upload_id"], wrong), 400)
    missing = dict(etags, **{"999": '"0000"'})
    error_of(alice.complete(app, dataset_id, started["upload_id"], missing), 400)
    too_big = b"x" * (platform.services.settings.part_size + 1)
    error_of(httpx.put(started["urls"]["1"], content=too_big), 413)
    # Still open: the right ETags complete it.
    alice.ok(alice.complete(app, dataset_id, started["upload_id"], etags))
    error_of(alice.complete(app, dataset_id, started["upload_id"], etags), 409)


def test_abort_drops_the_parts(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("abort")
    dataset_id = alice.create_dataset(app, "data")
    started = alice.begin_upload(app, dataset_id, CSV)
    alice.put_parts(started["urls"], CSV)
    upload_dir = platform.data_dir / "uploads" / started["upload_id"]
    assert any(upload_dir.iterdir())
    body = {
        "abort": True,
        "upload_id": started["upload_id"],
        "dataset": {"dataset_id": dataset_id, "project_id": app, "filename": "data.csv"},
    }
    alice.ok(alice.post("/component/complete-dataset-multipart-upload", body))
    assert not upload_dir.exists()
    error_of(httpx.put(started["urls"]["1"], content=b"a"), 409)
    assert alice.dataset(app, dataset_id)["size"] == 0


def test_a_bad_csv_fails_and_keeps_the_old_data(alice: Api) -> None:
    app = alice.create_app("bad-csv")
    dataset_id = alice.create_dataset(app, "data")
    assert alice.upload(app, dataset_id, b"a,b\n1,2\n") == "SUCCESS"
    assert alice.upload(app, dataset_id, b"a,b\n1,2,3,4\n") == "FAILED"
    log = alice.ok(
        alice.get("/component/get-dataset-log", dataset_id=dataset_id, project_id=app, limit=5)
    )["dataset_log"]
    assert [entry["status"] for entry in log] == ["FAILED", "SUCCESS"]
    assert "CSV" in log[0]["message"]
    assert alice.download(app, dataset_id) == b"a,b\n1,2\n"


def test_replacing_data_is_atomic(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("replace")
    dataset_id = alice.create_dataset(app, "data")
    assert alice.upload(app, dataset_id, b"v\nold\n") == "SUCCESS"
    old_url = alice.download_url(app, dataset_id)
    started = alice.begin_upload(app, dataset_id, b"v\nnew\n")
    alice.ok(
        alice.complete(
            app, dataset_id, started["upload_id"], alice.put_parts(started["urls"], b"v\nnew\n")
        )
    )
    # Completed but not verified: readers still get the old data.
    assert alice.download(app, dataset_id) == b"v\nold\n"
    assert alice.dataset(app, dataset_id)["size"] == len(b"v\nold\n")
    alice.ok(
        alice.get(
            "/component/verify-dataset-upload",
            project_id=app,
            dataset_id=dataset_id,
            filename="data.csv",
        )
    )
    assert alice.wait_confirm(app, dataset_id) == "SUCCESS"
    assert alice.download(app, dataset_id) == b"v\nnew\n"
    # A URL handed out for the old data still serves exactly the old data until it expires.
    assert httpx.get(old_url).content == b"v\nold\n"


def test_confirm_without_an_upload_is_refused(alice: Api) -> None:
    app = alice.create_app("no-upload")
    dataset_id = alice.create_dataset(app, "data")
    error_of(
        alice.get("/component/confirm-dataset-upload", project_id=app, dataset_id=dataset_id), 409
    )
    error_of(
        alice.get("/component/get-dataset-download-url", project_id=app, dataset_id=dataset_id), 409
    )
    error_of(
        alice.get(
            "/component/verify-dataset-upload",
            project_id=app,
            dataset_id=dataset_id,
            filename="data.csv",
        ),
        409,
    )
    error_of(
        alice.get(
            "/component/get-dataset-multipart-upload-urls",
            dataset_id=dataset_id,
            project_id=app,
            filename="data.txt",
            file_size=3,
        ),
        400,
    )


def test_every_success_is_stamped_after_its_complete_call(alice: Api) -> None:
    """The log stamp is a whole second strictly after the complete call's second."""
    app = alice.create_app("stamps")
    dataset_id = alice.create_dataset(app, "data")
    for _ in range(3):
        assert alice.upload(app, dataset_id, b"a\n1\n") == "SUCCESS"  # asserts the stamp


def test_renaming_onto_a_taken_name_is_a_conflict_and_changes_nothing(alice: Api) -> None:
    app = alice.create_app("renames")
    first = alice.create_dataset(app, "first")
    alice.create_dataset(app, "second")
    answer = alice.post(
        "/component/edit-dataset",
        {"dataset": {"project_id": app, "dataset_id": first, "name": "second"}},
    )
    assert "second" in error_of(answer, 409)
    assert alice.dataset(app, first)["name"] == "first"
