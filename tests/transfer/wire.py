"""The upload steps as raw HTTP requests, and a look at what the platform keeps of uploads."""

from __future__ import annotations

import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from ikigai.components.app import App
from ikigai.local import LocalPlatform


class Wire:
    """The upload steps as raw HTTP requests, one user's."""

    def __init__(self, platform: LocalPlatform) -> None:
        self.http = httpx.Client(
            base_url=platform.base_url,
            headers={"user": platform.default_user, "api-key": platform.api_key()},
            timeout=30,
        )

    def close(self) -> None:
        self.http.close()

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self.http.get(path, params=params)
        assert response.status_code == 200, response.text
        answer: dict[str, Any] = response.json()
        return answer

    def dataset(self, app: App, name: str = "") -> str:
        name = name or uuid.uuid4().hex
        body = {"dataset": {"project_id": app.app_id, "name": name, "directory": {}}}
        response = self.http.post("/component/create-dataset", json=body)
        assert response.status_code == 200, response.text
        return str(response.json()["dataset_id"])

    def begin(self, app: App, dataset_id: str, size: int) -> dict[str, Any]:
        """Begin an upload of `size` bytes: its id and part URLs."""
        return self.get(
            "/component/get-dataset-multipart-upload-urls",
            dataset_id=dataset_id,
            project_id=app.app_id,
            filename="data.csv",
            file_size=size,
        )

    def complete(self, app: App, dataset_id: str, data: bytes) -> str:
        """Begin an upload, put its parts and complete it (not verified); the upload id."""
        started = self.begin(app, dataset_id, len(data))
        etags = self.put(started["urls"], data)
        body = {
            "abort": False,
            "dataset": {"dataset_id": dataset_id, "project_id": app.app_id, "filename": "d.csv"},
            "upload_id": started["upload_id"],
            "etags": etags,
        }
        response = self.http.post("/component/complete-dataset-multipart-upload", json=body)
        assert response.status_code == 200, response.text
        return str(started["upload_id"])

    @staticmethod
    def put(urls: dict[str, str], data: bytes) -> dict[str, str]:
        keys = sorted(urls, key=int)
        size = -(-len(data) // len(keys))
        etags = {}
        for index, key in enumerate(keys):
            response = httpx.put(urls[key], content=data[index * size : (index + 1) * size])
            assert response.status_code == 200, response.text
            etags[key] = response.headers["ETag"]
        return etags

    def verify(self, app: App, dataset_id: str) -> None:
        self.get(
            "/component/verify-dataset-upload",
            project_id=app.app_id,
            dataset_id=dataset_id,
            filename="d.csv",
        )

    def outcome(self, app: App, dataset_id: str) -> dict[str, Any]:
        """The confirm answer once it is no longer RUNNING."""
        deadline = time.monotonic() + 20
        while True:
            answer = self.get(
                "/component/confirm-dataset-upload", project_id=app.app_id, dataset_id=dataset_id
            )
            if answer["status"] != "RUNNING" or time.monotonic() > deadline:
                return answer
            time.sleep(0.02)

    def upload(self, app: App, dataset_id: str, data: bytes) -> dict[str, Any]:
        self.complete(app, dataset_id, data)
        self.verify(app, dataset_id)
        return self.outcome(app, dataset_id)

    def log(self, app: App, dataset_id: str) -> list[dict[str, Any]]:
        answer = self.get(
            "/component/get-dataset-log", dataset_id=dataset_id, project_id=app.app_id, limit=5
        )
        return list(answer["dataset_log"])


def upload_files(platform: LocalPlatform) -> list[Path]:
    return list((platform.data_dir / "uploads").rglob("*"))


def set_state(data_dir: Path, upload_id: str, state: str) -> None:
    with sqlite3.connect(data_dir / "platform.sqlite3") as db:
        db.execute("UPDATE uploads SET state = ? WHERE upload_id = ?", (state, upload_id))
