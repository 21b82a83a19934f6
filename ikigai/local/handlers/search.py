"""Search: the objects whose name contains the query (case-insensitively)."""

from __future__ import annotations

from ikigai.local.handlers.access import VIEWER, project_row
from ikigai.local.handlers.custom_facets import facet_view
from ikigai.local.handlers.pipelines import flows_of
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import app_view, dataset_view, model_view
from ikigai.local.store import custom_facets, projects
from ikigai.local.store.datasets import DATASET_TABLE
from ikigai.local.store.models import MODEL_TABLE


def _matches(call: Call, name: str) -> bool:
    return call.text("query").casefold() in name.casefold()


@operation("search_projects_for_user")
def search_projects_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = projects.all_seen_by(tx, call.user)
    return {
        "projects": [app_view(row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }


@operation("search_custom_facets_for_user")
def search_custom_facets_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = custom_facets.visible_to(tx, call.user)
    return {
        "custom_facets": [facet_view(call, row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }


@operation("search_datasets_for_project")
def search_datasets_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        rows = DATASET_TABLE.all(tx, project_id)
    return {
        "datasets": [dataset_view(row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }


@operation("search_pipelines_for_project")
def search_pipelines_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        flows = flows_of(tx, project_id)
    return {
        "pipelines": [flow for flow in flows if _matches(call, flow["name"])],
        "limit_warning": "",
    }


@operation("search_models_for_project")
def search_models_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        rows = MODEL_TABLE.all(tx, project_id)
    return {
        "models": [model_view(row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }
