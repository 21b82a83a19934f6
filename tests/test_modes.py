"""The per-mode wrappers generated from `x-ikigai-modes`."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

from codegen.modes import ModeError, collect_modes, render_modes
from codegen.spec import load
from ikigai_wire import modes

ROOT = Path(__file__).resolve().parents[1]
SPEC = load(ROOT / "spec" / "ikigai.yaml")
PACKAGE = ROOT / "generated" / "ikigai_wire"


def _keyword_names(function: Any) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_every_mode_has_a_sync_and_an_async_function() -> None:
    for mode in collect_modes(SPEC):
        assert inspect.isfunction(getattr(modes, mode.name))
        assert inspect.iscoroutinefunction(getattr(modes, f"{mode.name}_async"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("get_project_by_name", ["client", "name"]),
        ("get_pipeline_by_id", ["client", "pipeline_id"]),
        ("get_pipeline_by_name", ["client", "project_id", "name"]),
        ("get_all_datasets_for_project", ["client", "project_id"]),
        ("get_datasets_in_directory", ["client", "project_id", "directory_id"]),
        ("abort_dataset_upload", ["client", "body"]),
    ],
)
def test_a_mode_takes_only_its_own_arguments(name: str, expected: list[str]) -> None:
    assert _keyword_names(getattr(modes, name)) == expected


def test_a_mode_parameter_is_required_even_when_the_operation_makes_it_optional() -> None:
    parameter = inspect.signature(modes.get_dataset_by_name).parameters["name"]
    assert parameter.default is inspect.Parameter.empty
    assert "Unset" not in str(parameter.annotation)


def test_a_body_mode_is_typed_with_its_own_variant() -> None:
    annotation = inspect.signature(modes.save_custom_facet_version).parameters["body"].annotation
    assert "SaveCustomFacetVersionRequest" in str(annotation)
    assert "EditCustomFacetDraftRequest" not in str(annotation)


def _spec_with_mode(mode: dict[str, Any]) -> dict[str, Any]:
    operation = {"operationId": "get_project", "tags": ["projects"], "x-ikigai-modes": [mode]}
    return {"paths": {"/component/get-project": {"get": operation}}}


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ({"name": "m", "query": ["nope"]}, "has no parameter 'nope'"),
        ({"name": "m", "fixed": {"nope": True}}, "has no parameter 'nope'"),
        ({"name": "m", "body": "CreateProjectRequest"}, "is not a body of get_project"),
        ({"name": "m", "colour": "red"}, "not understood"),
    ],
)
def test_a_mode_that_does_not_fit_its_operation_is_an_error(
    mode: dict[str, Any], message: str
) -> None:
    with pytest.raises(ModeError, match=message):
        render_modes(_spec_with_mode(mode), PACKAGE)


def test_two_modes_with_one_name_are_an_error() -> None:
    spec = _spec_with_mode({"name": "twice", "query": ["name"]})
    operation = spec["paths"]["/component/get-project"]["get"]
    operation["x-ikigai-modes"].append({"name": "twice", "query": ["project_id"]})
    with pytest.raises(ModeError, match="used twice"):
        collect_modes(spec)
