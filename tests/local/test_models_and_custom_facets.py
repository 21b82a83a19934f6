"""Models (versions come from runs) and custom facets (drafts, versions, sharing)."""

from __future__ import annotations

import time
from typing import Any

from ikigai.local import LocalPlatform

from .conftest import new_user
from .lifecycle_engine import LifecycleEngine
from .support import Api, error_of


def _model(user: Api, app: str, name: str, model_type: str = "Linear", sub: str = "Lasso") -> Any:
    return user.post(
        "/component/create-model",
        {
            "model": {
                "project_id": app,
                "name": name,
                "directory": {},
                "model_type": model_type,
                "sub_model_type": sub,
                "description": "d",
            }
        },
    )


def test_models_and_versions(alice: Api) -> None:
    app = alice.create_app("models")
    model = alice.ok(_model(alice, app, "model-lasso"))["model_id"]
    assert "model_type" in error_of(_model(alice, app, "bad", "Nope", "Lasso"), 400)
    assert "sub_model_type" in error_of(_model(alice, app, "bad", "Linear", "Nope"), 400)
    described = alice.ok(alice.get("/component/get-model", project_id=app, model_id=model))["model"]
    assert (described["model_type"], described["sub_model_type"]) == ("Linear", "Lasso")
    assert (
        alice.ok(alice.get("/component/get-model", project_id=app, name="model-lasso"))["model"]
        == described
    )
    alice.ok(
        alice.post(
            "/component/edit-model",
            {"model": {"project_id": app, "model_id": model, "description": "new"}},
        )
    )
    assert (
        alice.ok(alice.get("/search/search-models-for-project", project_id=app, query="lasso"))[
            "models"
        ][0]["description"]
        == "new"
    )
    assert (
        alice.ok(alice.get("/component/get-model-versions", project_id=app, model_id=model))[
            "versions"
        ]
        == []
    )

    train = {
        "facet_id": "0",
        "facet_uid": "TEST_TRAIN",
        "name": "",
        "arguments": {"model_name": "model-lasso", "version": "v1"},
    }
    flow = alice.create_flow(app, "train", {"facets": [train], "arrows": []})
    for _ in range(2):  # training the same version again replaces it
        assert alice.run_to_end(app, flow)["status"] == "SUCCESS"
    versions = alice.ok(alice.get("/component/get-model-versions", project_id=app, model_id=model))[
        "versions"
    ]
    assert [v["version"] for v in versions] == ["v1"]
    version = alice.ok(
        alice.get(
            "/component/get-model-version", project_id=app, version_id=versions[0]["version_id"]
        )
    )["model_version"]
    assert version["hyperparameters"] == {"alpha": 0.5}
    assert version["metrics"]["performance"]["r2"]["average_test"] == 0.9
    model_now = alice.ok(alice.get("/component/get-model", project_id=app, model_id=model))
    assert model_now["model"]["latest_version_id"] == version["version_id"]
    alice.ok(
        alice.post("/component/delete-model", {"model": {"project_id": app, "model_id": model}})
    )
    error_of(
        alice.get("/component/get-model-version", project_id=app, version_id=version["version_id"]),
        404,
    )


def _custom_facet(
    user: Api, name: str, script: str = "result = data", token: str | None = None
) -> Any:
    facet: dict[str, Any] = {
        "name": name,
        "chain_group": "MID",
        "description": "d",
        "tags": [],
        "python_script": script,
        "libraries": ["pandas\n"],
        "arguments": [
            {"name": "x", "type": "int", "value": "1"},
            {"name": "b", "type": "bool", "value": "False"},
        ],
    }
    if token is not None:
        facet["rootkit_token"] = token
    return user.post("/component/create-custom-facet", {"custom_facet": facet})


def _facet_access(owner: Api, facet: str, email: str, level: str, path: str) -> Any:
    return owner.post(
        f"/component/{path}",
        {
            "custom_facet": {"custom_facet_id": facet},
            "user": {"email": email},
            "access_level": level,
        },
    )


def test_custom_facet_drafts_and_versions(alice: Api, platform: LocalPlatform) -> None:
    facet = alice.ok(_custom_facet(alice, "cf-double"))["custom_facet_id"]
    got = alice.ok(alice.get("/component/get-custom-facet", custom_facet_id=facet))["custom_facet"]
    assert got["arguments"][1] == {"name": "b", "type": "bool", "value": "False"}
    assert got["libraries"] == ["pandas\n"]
    assert got["rootkit_token"] == ""
    assert got["facet_uid"]  # the MID custom-facet type of the catalog
    assert (
        alice.ok(alice.get("/component/get-custom-facet", name="cf-double"))["custom_facet"] == got
    )
    message = error_of(alice.get("/component/get-custom-facet", name="cf-missing"), 404)
    assert "Custom facet was not found" in message

    alice.ok(
        alice.post(
            "/component/edit-custom-facet",
            {
                "custom_facet": {
                    "custom_facet_id": facet,
                    "chain_group": "MID",
                    "python_script": "result = data * 2",
                    "libraries": [],
                    "arguments": [{"name": "y", "type": "int", "value": "2"}],
                },
                "save_as_version": False,
            },
        )
    )
    assert (
        alice.ok(alice.get("/component/get-versions-for-custom-facet", custom_facet_id=facet))[
            "custom_facet_versions"
        ]
        == []
    )
    saved = alice.ok(
        alice.post(
            "/component/edit-custom-facet",
            {
                "save_as_version": True,
                "custom_facet_version": {
                    "custom_facet_id": facet,
                    "version": "v1",
                    "python_script": "result = data * 2",
                    "libraries": [],
                    "rootkit_token": "",
                    "arguments": [],
                    "description": "first",
                },
            },
        )
    )
    assert saved["limit_warning"] == ""
    version = alice.ok(
        alice.get(
            "/component/get-version-for-custom-facet",
            custom_facet_id=facet,
            version_id=saved["version_id"],
        )
    )["custom_facet_version"]
    assert (version["version"], version["description"]) == ("v1", "first")
    listed = alice.ok(alice.get("/component/get-versions-for-custom-facet", custom_facet_id=facet))
    assert [v["version_id"] for v in listed["custom_facet_versions"]] == [saved["version_id"]]
    found = alice.ok(alice.get("/search/search-custom-facets-for-user", query="cf-double"))
    assert [f["custom_facet_id"] for f in found["custom_facets"]] == [facet]
    assert alice.ok(
        alice.post("/component/delete-custom-facet", {"custom_facet": {"custom_facet_id": facet}})
    )
    assert alice.ok(alice.get("/component/get-custom-facets-for-user"))["custom_facets"] == []


def test_custom_facet_sharing_levels(platform: LocalPlatform, alice: Api, bob: Api) -> None:
    facet = alice.ok(_custom_facet(alice, "cf-shared"))["custom_facet_id"]
    carol = new_user(platform, "carol")
    error_of(bob.get("/component/get-custom-facet", custom_facet_id=facet), 404)
    alice.ok(_facet_access(alice, facet, bob.email, "VIEW", "share-custom-facet"))
    bob.ok(bob.get("/component/get-custom-facet", custom_facet_id=facet))
    edit = {
        "custom_facet": {"custom_facet_id": facet, "chain_group": "MID", "description": "b"},
        "save_as_version": False,
    }
    error_of(bob.post("/component/edit-custom-facet", edit), 403)
    alice.ok(_facet_access(alice, facet, bob.email, "EDIT", "edit-custom-facet-access-level"))
    bob.ok(bob.post("/component/edit-custom-facet", edit))
    error_of(_facet_access(bob, facet, carol.email, "VIEW", "share-custom-facet"), 403)
    error_of(
        bob.post("/component/delete-custom-facet", {"custom_facet": {"custom_facet_id": facet}}),
        403,
    )
    alice.ok(_facet_access(alice, facet, bob.email, "ADMIN", "edit-custom-facet-access-level"))
    bob.ok(_facet_access(bob, facet, carol.email, "RUN", "share-custom-facet"))
    carol.ok(carol.get("/component/get-custom-facet", custom_facet_id=facet))
    alice.ok(
        _facet_access(alice, facet, carol.email, "NO_ACCESS", "edit-custom-facet-access-level")
    )
    message = error_of(carol.get("/component/get-custom-facet", custom_facet_id=facet), 404)
    assert "Custom facet was not found" in message


def test_rootkit_tokens_sign_the_script(alice: Api) -> None:
    def token_for(script: str) -> str:
        answer = alice.ok(alice.post("/component/generate-rootkit-token", {"script": script}))
        return str(answer["token"])

    token = token_for("print(1)")
    assert token
    assert token == token_for("print(1)")
    assert token != token_for("print(2)")
    alice.ok(_custom_facet(alice, "cf-root", "print(1)", token))
    assert "rootkit_token" in error_of(_custom_facet(alice, "cf-root2", "print(2)", token), 400)


def test_runs_resolve_custom_facets(
    platform: LocalPlatform, alice: Api, bob: Api, engine: LifecycleEngine
) -> None:
    facet = alice.ok(_custom_facet(alice, "cf-run", "draft"))["custom_facet_id"]
    app = alice.create_app("cf-runs")

    def run(user: Api, version_id: str) -> dict[str, Any]:
        uses = {
            "facet_id": "c",
            "facet_uid": "TEST_CUSTOM",
            "name": "",
            "arguments": {"custom_facet_id": facet, "version_id": version_id},
        }
        flow = user.create_flow(
            app, f"uses-{time.monotonic_ns()}", {"facets": [uses], "arrows": []}
        )
        return user.run_to_end(app, flow)

    assert run(alice, "")["status"] == "SUCCESS"
    code = engine.resolved_custom_facets[-1]
    assert (code.python_script, code.version_id, dict(code.arguments)) == (
        "draft",
        "",
        {"x": 1, "b": False},
    )
    saved = alice.ok(
        alice.post(
            "/component/edit-custom-facet",
            {
                "save_as_version": True,
                "custom_facet_version": {
                    "custom_facet_id": facet,
                    "version": "v1",
                    "python_script": "saved",
                    "libraries": [],
                    "rootkit_token": "",
                    "arguments": [],
                    "description": "",
                },
            },
        )
    )["version_id"]
    assert run(alice, "")["status"] == "SUCCESS"
    assert engine.resolved_custom_facets[-1].python_script == "saved"
    assert run(alice, saved)["status"] == "SUCCESS"
    # A builder of the app without run access to the custom facet cannot run it.
    alice.ok(
        alice.post(
            "/component/share-project",
            {
                "project": {"project_id": app},
                "user": {"email": bob.email, "project_access_level": "BUILDER"},
            },
        )
    )
    failed = run(bob, saved)
    assert failed["status"] == "FAILED"
    assert failed["erroneous_facet_id"] == "c"
    alice.ok(_facet_access(alice, facet, bob.email, "RUN", "share-custom-facet"))
    assert run(bob, saved)["status"] == "SUCCESS"
