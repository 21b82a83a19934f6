"""Helpers for talking to a running local platform over real HTTP with httpx."""

from __future__ import annotations

import math
import time
import zlib
from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

T = TypeVar("T")

SCHEMATHESIS_CASES: Counter[str] = Counter()
"""Generated requests by generation mode (reported at the end of the session)."""

SCHEMATHESIS_STATEFUL: Counter[str] = Counter()
"""Scenarios, steps and answers of the stateful schemathesis run (reported likewise)."""


class Api:
    """One user's authenticated view of the platform's API."""

    def __init__(self, base_url: str, email: str, api_key: str) -> None:
        self.base_url = base_url
        self.email = email
        self.http = httpx.Client(
            base_url=base_url, headers={"user": email, "api-key": api_key}, timeout=30
        )

    def get(self, path: str, **params: Any) -> httpx.Response:
        converted = {k: str(v) if isinstance(v, bool) else v for k, v in params.items()}
        return self.http.get(path, params=converted)

    def post(self, path: str, body: Any) -> httpx.Response:
        return self.http.post(path, json=body)

    def ok(self, response: httpx.Response) -> dict[str, Any]:
        assert response.status_code == 200, (response.status_code, response.text)
        data: dict[str, Any] = response.json()
        return data

    # ------------------------------------------------------------------ shortcuts
    def create_app(self, name: str, description: str = "") -> str:
        body = {"project": {"name": name, "description": description, "directory": {}}}
        return str(self.ok(self.post("/component/create-project", body))["project_id"])

    def create_dataset(self, project_id: str, name: str) -> str:
        body = {"dataset": {"project_id": project_id, "name": name, "directory": {}}}
        return str(self.ok(self.post("/component/create-dataset", body))["dataset_id"])

    def dataset(self, project_id: str, dataset_id: str) -> dict[str, Any]:
        answer = self.ok(
            self.get("/component/get-dataset", project_id=project_id, dataset_id=dataset_id)
        )
        return dict(answer["dataset"])

    def upload(self, project_id: str, dataset_id: str, data: bytes, name: str = "data") -> str:
        """The whole upload sequence as the published client does it; returns the final
        confirm status."""
        started = self.begin_upload(project_id, dataset_id, data, name)
        etags = self.put_parts(started["urls"], data)
        self.ok(self.complete(project_id, dataset_id, started["upload_id"], etags, name))
        completed = time.time()
        self.ok(
            self.get(
                "/component/verify-dataset-upload",
                project_id=project_id,
                dataset_id=dataset_id,
                filename=f"{name}.csv",
            )
        )
        status = self.wait_confirm(project_id, dataset_id)
        if status == "SUCCESS":
            log = self.ok(
                self.get(
                    "/component/get-dataset-log",
                    dataset_id=dataset_id,
                    project_id=project_id,
                    limit=5,
                )
            )["dataset_log"]
            assert any(
                e["status"] == "SUCCESS"
                and e["job_type"] == "UPLOAD_DATASET"
                and int(e["timestamp"]) > completed
                for e in log
            ), (log, completed)
        return status

    def create_flow(
        self,
        project_id: str,
        name: str,
        definition: dict[str, Any],
        schedule: dict[str, str] | None = None,
        **extra: Any,
    ) -> str:
        body = {
            "pipeline": {
                "project_id": project_id,
                "name": name,
                "directory": {},
                "high_volume_preference": False,
                "definition": definition,
                "schedule": schedule,
                **extra,
            }
        }
        return str(self.ok(self.post("/component/create-pipeline", body))["pipeline_id"])

    def run_to_end(self, project_id: str, pipeline_id: str) -> dict[str, Any]:
        """Start a run, wait until the flow is idle, and return the newest log entry."""
        body = {"pipeline": {"project_id": project_id, "pipeline_id": pipeline_id}}
        self.ok(self.post("/component/run-pipeline", body))
        wait_for(
            lambda: self.ok(
                self.get(
                    "/component/is-pipeline-running",
                    project_id=project_id,
                    pipeline_id=pipeline_id,
                )
            ),
            lambda answer: answer["status"] is False,
        )
        log = self.ok(
            self.get(
                "/component/get-pipeline-log",
                pipeline_id=pipeline_id,
                project_id=project_id,
                limit=1,
            )
        )["pipeline_log"]
        return dict(log[0])

    def begin_upload(
        self, project_id: str, dataset_id: str, data: bytes, name: str = "data"
    ) -> dict[str, Any]:
        return self.ok(
            self.get(
                "/component/get-dataset-multipart-upload-urls",
                dataset_id=dataset_id,
                project_id=project_id,
                filename=f"{name}.csv",
                file_size=len(data),
            )
        )

    @staticmethod
    def put_parts(urls: dict[str, str], data: bytes) -> dict[str, str]:
        keys = sorted(urls, key=int)
        chunk = math.ceil(len(data) / len(keys))
        etags = {}
        for index, key in enumerate(keys):
            part = data[index * chunk : (index + 1) * chunk]
            response = httpx.put(
                urls[key], content=part, headers={"Content-Type": "text/csv"}, timeout=30
            )
            assert response.status_code == 200, response.text
            assert response.headers["ETag"] == f'"{zlib.crc32(part):08x}-{len(part):x}"'
            etags[key] = response.headers["ETag"]
        return etags

    def complete(
        self,
        project_id: str,
        dataset_id: str,
        upload_id: str,
        etags: dict[str, str],
        name: str = "data",
    ) -> httpx.Response:
        body = {
            "abort": False,
            "dataset": {
                "dataset_id": dataset_id,
                "project_id": project_id,
                "filename": f"{name}.csv",
            },
            "upload_id": upload_id,
            "etags": etags,
        }
        return self.post("/component/complete-dataset-multipart-upload", body)

    def wait_confirm(self, project_id: str, dataset_id: str) -> str:
        def status() -> str:
            answer = self.ok(
                self.get(
                    "/component/confirm-dataset-upload",
                    project_id=project_id,
                    dataset_id=dataset_id,
                )
            )
            return str(answer["status"])

        return wait_for(status, lambda value: value != "RUNNING")

    def download_url(self, project_id: str, dataset_id: str) -> str:
        def ask() -> dict[str, Any]:
            return self.ok(
                self.get(
                    "/component/get-dataset-download-url",
                    project_id=project_id,
                    dataset_id=dataset_id,
                )
            )

        answer = wait_for(ask, lambda value: value["status"] != "IN_PROGRESS")
        assert answer["status"] == "SUCCESS", answer
        return str(answer["url"])

    def download(self, project_id: str, dataset_id: str) -> bytes:
        response = httpx.get(self.download_url(project_id, dataset_id), timeout=30)
        assert response.status_code == 200, response.text
        return response.content


def wait_for(probe: Callable[[], T], done: Callable[[T], bool], timeout: float = 20.0) -> T:
    """Poll `probe` with a short, growing interval until `done` holds (or fail)."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        value = probe()
        if done(value):
            return value
        assert time.monotonic() < deadline, f"still waiting after {timeout}s; last: {value!r}"
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


def error_of(response: httpx.Response, status: int) -> str:
    """The message of an error answer with the expected status."""
    assert response.status_code == status, (response.status_code, response.text)
    message = response.json()["message"]
    assert isinstance(message, str)
    assert message
    return message
