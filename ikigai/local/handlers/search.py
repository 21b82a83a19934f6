"""Search: the objects whose name contains the query (case-insensitively)."""

from __future__ import annotations

from ikigai.local.handlers.access import VIEWER, project_row
from ikigai.local.handlers.custom_facets import facet_view, visible_facets
from ikigai.local.handlers.datasets import datasets_of
from ikigai.local.handlers.models import models_of
from ikigai.local.handlers.pipelines import flows_of
from ikigai.local.handlers.projects import visible_apps
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import app_view, dataset_view, model_view


def _matches(call: Call, name: str) -> bool:
    return call.text("query").casefold() in name.casefold()


@operation("search_projects_for_user")
def search_projects_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = visible_apps(tx, call.user)
    return {
        "projects": [app_view(row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }


@operation("search_custom_facets_for_user")
def search_custom_facets_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = visible_facets(tx, call.user)
    return {
        "custom_facets": [facet_view(call, row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }


@operation("search_datasets_for_project")
def search_datasets_for_project(call: Call) -> Json:
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        rows = datasets_of(tx, project_id)
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
        rows = models_of(tx, project_id)
    return {
        "models": [model_view(row) for row in rows if _matches(call, row["name"])],
        "limit_warning": "",
    }
