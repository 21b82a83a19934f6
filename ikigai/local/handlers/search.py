"""Search: the objects whose name contains the query (case-insensitively)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from ikigai.local.handlers.access import VIEWER, project_row
from ikigai.local.handlers.custom_facets import facet_view
from ikigai.local.handlers.pipelines import flows_of
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.handlers.views import app_view, dataset_view, model_view
from ikigai.local.store import custom_facets, projects
from ikigai.local.store.datasets import DATASET_TABLE
from ikigai.local.store.db import Transaction
from ikigai.local.store.models import MODEL_TABLE

Item = TypeVar("Item")


def _found(call: Call, key: str, views: Iterable[Json]) -> Json:
    query = call.text("query").casefold()
    return {
        key: [view for view in views if query in view["name"].casefold()],
        "limit_warning": "",
    }


def _in_project(call: Call, read: Callable[[Transaction, str], Sequence[Item]]) -> Sequence[Item]:
    """What `read` finds in the app of the call, which the caller may view."""
    project_id = call.text("project_id")
    with call.services.db.read() as tx:
        project_row(tx, call.user, project_id, VIEWER)
        return read(tx, project_id)


@operation("search_projects_for_user")
def search_projects_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = projects.all_seen_by(tx, call.user)
    return _found(call, "projects", map(app_view, rows))


@operation("search_custom_facets_for_user")
def search_custom_facets_for_user(call: Call) -> Json:
    with call.services.db.read() as tx:
        rows = custom_facets.visible_to(tx, call.user)
    return _found(call, "custom_facets", (facet_view(call, row) for row in rows))


@operation("search_datasets_for_project")
def search_datasets_for_project(call: Call) -> Json:
    return _found(call, "datasets", map(dataset_view, _in_project(call, DATASET_TABLE.all)))


@operation("search_pipelines_for_project")
def search_pipelines_for_project(call: Call) -> Json:
    return _found(call, "pipelines", _in_project(call, flows_of))


@operation("search_models_for_project")
def search_models_for_project(call: Call) -> Json:
    return _found(call, "models", map(model_view, _in_project(call, MODEL_TABLE.all)))
