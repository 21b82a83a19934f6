"""Apps, directories, components, search and cascading deletion, over HTTP."""

from __future__ import annotations

from ikigai.local import LocalPlatform

from .support import Api, error_of


def test_app_lifecycle(alice: Api) -> None:
    app = alice.create_app("proj-first", "a description")
    project = alice.ok(alice.get("/component/get-project", project_id=app))["project"]
    assert project["owner"] == alice.email
    assert project["description"] == "a description"
    for key in ("created_at", "modified_at", "last_used_at"):
        assert project[key].isdigit()
    assert alice.ok(alice.get("/component/get-project", name="proj-first"))["project"] == project
    error_of(alice.get("/component/get-project", name="proj-absent"), 404)

    alice.ok(
        alice.post("/component/edit-project", {"project": {"project_id": app, "name": "proj-2"}})
    )
    alice.ok(
        alice.post(
            "/component/edit-project", {"project": {"project_id": app, "description": "changed"}}
        )
    )
    project = alice.ok(alice.get("/component/get-project", project_id=app))["project"]
    assert (project["name"], project["description"]) == ("proj-2", "changed")

    listing = alice.ok(alice.get("/component/get-projects-for-user", fetch_all=True))
    assert listing["limit_warning"] == ""
    assert [p["project_id"] for p in listing["projects"]] == [app]

    found = alice.ok(alice.get("/search/search-projects-for-user", query="OJ-"))
    assert [p["project_id"] for p in found["projects"]] == [app]
    assert alice.ok(alice.get("/search/search-projects-for-user", query="zzz"))["projects"] == []

    assert alice.ok(alice.post("/component/delete-project", {"project": {"project_id": app}})) == {
        "project_id": app
    }
    error_of(alice.get("/component/get-project", project_id=app), 404)


def test_components_of_a_new_app_are_empty(alice: Api) -> None:
    app = alice.create_app("components")
    components = alice.ok(alice.get("/component/get-components-for-project", project_id=app))
    inner = components["project_components"][app]
    for key in (
        "charts",
        "connectors",
        "dashboards",
        "datasets",
        "databases",
        "pipelines",
        "models",
        "external_resources",
    ):
        assert inner[key] == []
    assert inner["users"] == [{"email": alice.email, "project_access_level": "OWNER"}]


def test_app_directories(alice: Api) -> None:
    top = alice.ok(
        alice.post(
            "/component/create-project-directory", {"directory": {"name": "top", "parent_id": ""}}
        )
    )["directory_id"]
    sub = alice.ok(
        alice.post(
            "/component/create-project-directory", {"directory": {"name": "sub", "parent_id": top}}
        )
    )["directory_id"]
    directory = alice.ok(alice.get("/component/get-project-directory", directory_id=top))
    assert directory["directory"]["name"] == "top"
    assert directory["directory"]["size"] == "1"
    every = alice.ok(alice.get("/component/get-project-directories-for-user", fetch_all=True))
    assert {d["directory_id"] for d in every["directories"]} == {top, sub}
    children = alice.ok(
        alice.get("/component/get-project-directories-for-user", fetch_all=False, directory_id=top)
    )
    assert [d["directory_id"] for d in children["directories"]] == [sub]

    placed = {"directory_id": sub, "type": "PROJECT", "name": "sub"}
    body = {"project": {"name": "placed", "description": "", "directory": placed}}
    app = alice.ok(alice.post("/component/create-project", body))["project_id"]
    project = alice.ok(alice.get("/component/get-project", project_id=app))["project"]
    assert project["directory"]["directory_id"] == sub
    inside = alice.ok(
        alice.get("/component/get-projects-for-user", fetch_all=False, directory_id=sub)
    )
    assert [p["project_id"] for p in inside["projects"]] == [app]
    assert (
        alice.ok(alice.get("/component/get-projects-for-user", fetch_all=False, directory_id=top))[
            "projects"
        ]
        == []
    )

    # Deleting a directory never deletes apps: they go back to the root.
    alice.ok(
        alice.post("/component/delete-project-directory", {"directory": {"directory_id": top}})
    )
    every = alice.ok(alice.get("/component/get-project-directories-for-user", fetch_all=True))
    assert every["directories"] == []
    project = alice.ok(alice.get("/component/get-project", project_id=app))["project"]
    assert project["directory"]["directory_id"] == ""


def test_directories_inside_an_app(alice: Api) -> None:
    app = alice.create_app("dirs")
    for kind in ("dataset", "pipeline", "model"):
        top = alice.ok(
            alice.post(
                f"/component/create-{kind}-directory",
                {"directory": {"name": "a", "project_id": app, "parent_id": ""}},
            )
        )
        nested = alice.ok(
            alice.post(
                f"/component/create-{kind}-directory",
                {"directory": {"name": "b", "project_id": app, "parent_id": top["directory_id"]}},
            )
        )
        every = alice.ok(
            alice.get(f"/component/get-{kind}-directories-for-project", project_id=app)
        )["directories"]
        assert {d["name"] for d in every} == {"a", "b"}
        assert all(d["project_id"] == app and d["type"] == kind.upper() for d in every)
        children = alice.ok(
            alice.get(
                f"/component/get-{kind}-directories-for-project",
                project_id=app,
                directory_id=top["directory_id"],
            )
        )
        assert [d["directory_id"] for d in children["directories"]] == [nested["directory_id"]]
        one = alice.ok(
            alice.get(
                f"/component/get-{kind}-directory",
                project_id=app,
                directory_id=nested["directory_id"],
            )
        )
        assert one["directory"]["parent_id"] == top["directory_id"]


def test_items_are_listed_by_directory(alice: Api) -> None:
    app = alice.create_app("listing")
    directory = alice.ok(
        alice.post(
            "/component/create-dataset-directory",
            {"directory": {"name": "d", "project_id": app, "parent_id": ""}},
        )
    )["directory_id"]
    ref = {"directory_id": directory, "type": "DATASET", "name": "d"}
    inside = alice.ok(
        alice.post(
            "/component/create-dataset",
            {"dataset": {"project_id": app, "name": "in", "directory": ref}},
        )
    )
    outside = alice.create_dataset(app, "out")
    every = alice.ok(
        alice.get("/component/get-datasets-for-project", project_id=app, fetch_all=True)
    )
    assert {d["dataset_id"] for d in every["datasets"]} == {inside["dataset_id"], outside}
    listed = alice.ok(
        alice.get(
            "/component/get-datasets-for-project",
            project_id=app,
            fetch_all=False,
            directory_id=directory,
        )
    )
    assert [d["dataset_id"] for d in listed["datasets"]] == [inside["dataset_id"]]
    assert listed["datasets"][0]["directory"]["type"] == "DATASET"
    # Moving to the root.
    alice.ok(
        alice.post(
            "/component/edit-dataset",
            {"dataset": {"project_id": app, "dataset_id": inside["dataset_id"], "directory": {}}},
        )
    )
    listed = alice.ok(
        alice.get(
            "/component/get-datasets-for-project",
            project_id=app,
            fetch_all=False,
            directory_id=directory,
        )
    )
    assert listed["datasets"] == []


def test_dataset_records(alice: Api) -> None:
    app = alice.create_app("records")
    dataset_id = alice.create_dataset(app, "dats-one")
    dataset = alice.dataset(app, dataset_id)
    assert dataset["agent_access"] is False
    assert dataset["filename"] == ""
    assert dataset["size"] == 0
    by_name = alice.ok(alice.get("/component/get-dataset", project_id=app, name="dats-one"))
    assert by_name["dataset"]["dataset_id"] == dataset_id
    error_of(alice.get("/component/get-dataset", project_id=app, name="dats-none"), 404)
    alice.ok(
        alice.post(
            "/component/edit-dataset",
            {"dataset": {"project_id": app, "dataset_id": dataset_id, "agent_access": True}},
        )
    )
    alice.ok(
        alice.post(
            "/component/edit-dataset",
            {"dataset": {"project_id": app, "dataset_id": dataset_id, "name": "dats-two"}},
        )
    )
    dataset = alice.dataset(app, dataset_id)
    assert dataset["agent_access"] is True
    assert dataset["name"] == "dats-two"
    found = alice.ok(alice.get("/search/search-datasets-for-project", project_id=app, query="two"))
    assert [d["dataset_id"] for d in found["datasets"]] == [dataset_id]
    body = {
        "dataset": {"project_id": app, "name": "dats-agent", "directory": {}, "agent_access": True}
    }
    other = alice.ok(alice.post("/component/create-dataset", body))["dataset_id"]
    assert alice.dataset(app, other)["agent_access"] is True
    alice.ok(
        alice.post(
            "/component/delete-dataset", {"dataset": {"project_id": app, "dataset_id": dataset_id}}
        )
    )
    error_of(alice.get("/component/get-dataset", project_id=app, dataset_id=dataset_id), 404)


def test_deleting_an_app_deletes_everything_in_it(platform: LocalPlatform, alice: Api) -> None:
    app = alice.create_app("cascade")
    dataset_id = alice.create_dataset(app, "data")
    assert alice.upload(app, dataset_id, b"a,b\n1,2\n") == "SUCCESS"
    alice.download(app, dataset_id)
    flow = alice.ok(
        alice.post(
            "/component/create-pipeline",
            {
                "pipeline": {
                    "project_id": app,
                    "name": "f",
                    "directory": {},
                    "high_volume_preference": False,
                    "definition": {"facets": [], "arrows": []},
                    "schedule": None,
                }
            },
        )
    )["pipeline_id"]
    model = alice.ok(
        alice.post(
            "/component/create-model",
            {
                "model": {
                    "project_id": app,
                    "name": "m",
                    "directory": {},
                    "model_type": "Linear",
                    "sub_model_type": "Lasso",
                    "description": "",
                }
            },
        )
    )["model_id"]
    data_dir = platform.data_dir
    assert any((data_dir / "datasets" / dataset_id).iterdir())
    assert any((data_dir / "exports").iterdir())

    alice.ok(alice.post("/component/delete-project", {"project": {"project_id": app}}))
    assert not (data_dir / "datasets" / dataset_id).exists()
    assert not any((data_dir / "exports").iterdir())
    error_of(alice.get("/component/get-pipeline", pipeline_id=flow), 404)
    error_of(alice.get("/component/get-model", project_id=app, model_id=model), 404)
    with platform.services.db.read() as tx:
        for table in ("datasets", "pipelines", "models", "directories", "project_members"):
            count = tx.execute(f"SELECT count(*) FROM {table} WHERE project_id = ?", (app,))
            assert count.fetchone()[0] == 0, table
