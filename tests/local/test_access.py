"""Isolation between users and the access levels of shared apps."""

from __future__ import annotations

from ikigai.local import LocalPlatform

from .conftest import new_user
from .support import Api, error_of


def _flow(project_id: str, name: str) -> dict[str, object]:
    return {
        "pipeline": {
            "project_id": project_id,
            "name": name,
            "directory": {},
            "high_volume_preference": False,
            "definition": {"facets": [], "arrows": []},
            "schedule": None,
        }
    }


def _share(owner: Api, app: str, email: str, level: str, path: str = "share-project") -> None:
    body = {"project": {"project_id": app}, "user": {"email": email, "project_access_level": level}}
    owner.ok(owner.post(f"/component/{path}", body))


def test_users_see_only_their_own_apps(alice: Api, bob: Api) -> None:
    app = alice.create_app("private")
    dataset = alice.create_dataset(app, "secret")
    assert bob.ok(bob.get("/component/get-projects-for-user", fetch_all=True))["projects"] == []
    assert bob.ok(bob.get("/search/search-projects-for-user", query="priv"))["projects"] == []
    error_of(bob.get("/component/get-project", project_id=app), 404)
    error_of(bob.get("/component/get-project", name="private"), 404)
    error_of(bob.get("/component/get-dataset", project_id=app, dataset_id=dataset), 404)
    error_of(bob.post("/component/delete-project", {"project": {"project_id": app}}), 404)
    # Both may use the same names without meeting.
    own = bob.create_app("private")
    assert own != app
    assert bob.ok(bob.get("/component/get-project", name="private"))["project"]["project_id"] == own


def test_a_viewer_reads_but_cannot_change_anything(alice: Api, bob: Api) -> None:
    app = alice.create_app("shared-view")
    dataset = alice.create_dataset(app, "d")
    assert alice.upload(app, dataset, b"x\n1\n") == "SUCCESS"
    flow = alice.ok(alice.post("/component/create-pipeline", _flow(app, "f")))["pipeline_id"]
    _share(alice, app, bob.email, "VIEWER")

    assert (
        bob.ok(bob.get("/component/get-project", project_id=app))["project"]["owner"] == alice.email
    )
    assert bob.download(app, dataset) == b"x\n1\n"
    bob.ok(bob.get("/component/get-pipeline", pipeline_id=flow))

    forbidden = [
        bob.post(
            "/component/create-dataset",
            {"dataset": {"project_id": app, "name": "mine", "directory": {}}},
        ),
        bob.post(
            "/component/edit-dataset",
            {"dataset": {"project_id": app, "dataset_id": dataset, "name": "renamed"}},
        ),
        bob.post(
            "/component/delete-dataset", {"dataset": {"project_id": app, "dataset_id": dataset}}
        ),
        bob.get(
            "/component/get-dataset-multipart-upload-urls",
            dataset_id=dataset,
            project_id=app,
            filename="d.csv",
            file_size=10,
        ),
        bob.post("/component/run-pipeline", {"pipeline": {"project_id": app, "pipeline_id": flow}}),
        bob.post(
            "/component/edit-pipeline",
            {"pipeline": {"project_id": app, "pipeline_id": flow, "name": "g"}},
        ),
        bob.post("/component/edit-project", {"project": {"project_id": app, "name": "mine"}}),
        bob.post("/component/delete-project", {"project": {"project_id": app}}),
    ]
    for response in forbidden:
        assert "VIEWER" in error_of(response, 403)
    assert alice.dataset(app, dataset)["name"] == "d"


def test_a_builder_builds_but_cannot_share_or_delete_the_app(
    platform: LocalPlatform, alice: Api, bob: Api
) -> None:
    carol = new_user(platform, "carol")
    app = alice.create_app("shared-build")
    _share(alice, app, bob.email, "VIEWER")
    _share(alice, app, bob.email, "BUILDER", "edit-project-access-level-for-user")
    dataset = bob.create_dataset(app, "by-bob")
    assert bob.upload(app, dataset, b"y\n2\n") == "SUCCESS"
    bob.ok(bob.post("/component/create-pipeline", _flow(app, "bobs")))
    bob.ok(
        bob.post(
            "/component/edit-project",
            {"project": {"project_id": app, "description": "bob was here"}},
        )
    )
    body = {
        "project": {"project_id": app},
        "user": {"email": carol.email, "project_access_level": "VIEWER"},
    }
    assert "OWNER" in error_of(bob.post("/component/share-project", body), 403)
    error_of(bob.post("/component/delete-project", {"project": {"project_id": app}}), 403)

    # An OWNER grant gives those rights.
    _share(alice, app, bob.email, "OWNER", "edit-project-access-level-for-user")
    bob.ok(bob.post("/component/share-project", body))
    assert carol.ok(carol.get("/component/get-project", project_id=app))


def test_revoking_access(alice: Api, bob: Api) -> None:
    app = alice.create_app("revoked")
    _share(alice, app, bob.email, "BUILDER")
    bob.ok(bob.get("/component/get-project", project_id=app))
    alice.ok(
        alice.post(
            "/component/unshare-project",
            {"project": {"project_id": app}, "user": {"email": bob.email}},
        )
    )
    error_of(bob.get("/component/get-project", project_id=app), 404)
    error_of(
        alice.post(
            "/component/unshare-project",
            {"project": {"project_id": app}, "user": {"email": bob.email}},
        ),
        404,
    )
    # The creator keeps OWNER; sharing with an unknown user is refused.
    body = {
        "project": {"project_id": app},
        "user": {"email": alice.email, "project_access_level": "VIEWER"},
    }
    error_of(alice.post("/component/edit-project-access-level-for-user", body), 400)
    body["user"]["email"] = "nobody@example.com"
    error_of(alice.post("/component/share-project", body), 404)


def test_app_placement_is_per_user(alice: Api, bob: Api) -> None:
    app = alice.create_app("placed")
    _share(alice, app, bob.email, "VIEWER")
    folder = bob.ok(
        bob.post(
            "/component/create-project-directory", {"directory": {"name": "bobs", "parent_id": ""}}
        )
    )["directory_id"]
    ref = {"directory_id": folder, "type": "PROJECT", "name": "bobs"}
    bob.ok(bob.post("/component/edit-project", {"project": {"project_id": app, "directory": ref}}))
    assert (
        bob.ok(bob.get("/component/get-project", project_id=app))["project"]["directory"][
            "directory_id"
        ]
        == folder
    )
    assert (
        alice.ok(alice.get("/component/get-project", project_id=app))["project"]["directory"][
            "directory_id"
        ]
        == ""
    )
    error_of(alice.get("/component/get-project-directory", directory_id=folder), 404)
