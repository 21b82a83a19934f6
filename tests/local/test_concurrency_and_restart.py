"""Concurrent clients, and persistence across restarts of the platform."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ikigai.local import LocalPlatform

from .conftest import FAST
from .lifecycle_engine import LifecycleEngine
from .support import Api, error_of


def test_concurrent_uploads_to_different_datasets(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("concurrent")
    contents = {
        alice.create_dataset(app, f"d{index}"): (
            "n,label\n" + "".join(f"{row},{index}-{row}\n" for row in range(20))
        ).encode()
        for index in range(8)
    }
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(
            pool.map(
                lambda item: alice.upload(app, item[0], item[1], name=item[0]), contents.items()
            )
        )
    assert statuses == ["SUCCESS"] * len(contents)
    with ThreadPoolExecutor(max_workers=8) as pool:
        downloaded = dict(
            zip(
                contents,
                pool.map(lambda dataset: alice.download(app, dataset), contents),
                strict=True,
            )
        )
    assert downloaded == contents


def test_concurrent_creates_keep_names_unique(alice: Api) -> None:
    app = alice.create_app("races")
    body = {"dataset": {"project_id": app, "name": "same", "directory": {}}}
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(
            pool.map(lambda _: alice.post("/component/create-dataset", body).status_code, range(8))
        )
    assert sorted(codes) == [200] + [409] * 7


def test_everything_survives_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "platform"
    engine = LifecycleEngine()
    with LocalPlatform(data_dir, settings=FAST, engine=engine) as first:
        key = first.add_user("keeper@example.com")
        user = Api(first.base_url, "keeper@example.com", key)
        app = user.create_app("kept", "still here")
        dataset = user.create_dataset(app, "data")
        assert user.upload(app, dataset, b"a,b\n1,2\n") == "SUCCESS"
        definition = {
            "facets": [
                {
                    "facet_id": "0",
                    "facet_uid": "I_005",
                    "name": "in",
                    "arguments": {"dataset_id": dataset},
                },
                {
                    "facet_id": "1",
                    "facet_uid": "O_005",
                    "name": "out",
                    "arguments": {"dataset_name": "copied"},
                },
            ],
            "arrows": [{"source": "0", "destination": "1", "arguments": {}}],
        }
        schedule = {"name": "s", "start_time": "1", "end_time": "", "cron": "0 3 * * *"}
        flow = user.create_flow(app, "copy", definition, schedule, high_volume_preference=True)
        assert user.run_to_end(app, flow)["status"] == "SUCCESS"
        before = {
            "project": user.ok(user.get("/component/get-project", project_id=app)),
            "datasets": user.ok(
                user.get("/component/get-datasets-for-project", project_id=app, fetch_all=True)
            ),
            "flow": user.ok(user.get("/component/get-pipeline", pipeline_id=flow)),
            "log": user.ok(
                user.get("/component/get-pipeline-log", pipeline_id=flow, project_id=app, limit=5)
            ),
        }
        old_url = user.download_url(app, dataset)

    with LocalPlatform(data_dir, settings=FAST, engine=engine) as second:
        user = Api(second.base_url, "keeper@example.com", key)  # the same key still works
        after = {
            "project": user.ok(user.get("/component/get-project", project_id=app)),
            "datasets": user.ok(
                user.get("/component/get-datasets-for-project", project_id=app, fetch_all=True)
            ),
            "flow": user.ok(user.get("/component/get-pipeline", pipeline_id=flow)),
            "log": user.ok(
                user.get("/component/get-pipeline-log", pipeline_id=flow, project_id=app, limit=5)
            ),
        }
        assert after == before
        assert after["log"]["pipeline_log"][0]["status"] == "SUCCESS"
        assert user.download(app, dataset) == b"a,b\n1,2\n"
        copied = user.ok(user.get("/component/get-dataset", project_id=app, name="copied"))
        assert user.download(app, copied["dataset"]["dataset_id"]) == b"a,b\n1,2\n"
        # URLs signed before the restart still verify (the secret is kept with the data).
        port = old_url.split("/")[2]
        new_port = second.base_url.split("/")[2]
        import httpx

        assert httpx.get(old_url.replace(port, new_port)).content == b"a,b\n1,2\n"
        error_of(user.get("/component/get-project", project_id="missing"), 404)


def test_a_platform_shows_where_it_runs_and_keeps_its_data(tmp_path: Path) -> None:
    platform = LocalPlatform(tmp_path / "data")
    assert repr(platform) == f"LocalPlatform(not running, data_dir={str(tmp_path / 'data')!r})"
    with platform:
        assert repr(platform) == (
            f"LocalPlatform({platform.base_url}, data_dir={str(tmp_path / 'data')!r})"
        )
    assert repr(LocalPlatform()) == "LocalPlatform(not running, a temporary folder)"
