"""The generated facade `ikigai_wire.bound.SyncApi`: a method per operation and per mode, each
handing the generated function, the bound client and the operation's name to the caller."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codegen.facade import render_facade
from codegen.modes import HTTP_METHODS, ModeError, collect_modes
from codegen.spec import load
from ikigai_wire import AuthenticatedClient, modes
from ikigai_wire.bound import SyncApi
from ikigai_wire.models.error_message import ErrorMessage

ROOT = Path(__file__).resolve().parents[1]
SPEC = load(ROOT / "spec" / "ikigai.yaml")
PACKAGE = ROOT / "generated" / "ikigai_wire"


def _operation_ids() -> list[str]:
    return [
        item[method]["operationId"]
        for item in SPEC["paths"].values()
        for method in HTTP_METHODS
        if method in item
    ]


class Recorder:
    """A caller that records what it was handed and answers a fixed value."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[tuple[str, Callable[..., Any], dict[str, Any]]] = []

    def __call__(self, operation: str, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        assert not args
        self.calls.append((operation, fn, kwargs))
        return self.answer


CLIENT = AuthenticatedClient("http://127.0.0.1:9", user_email="a@example.com", api_key="k")


def test_every_operation_and_every_mode_is_a_method() -> None:
    names = {name for name, _ in inspect.getmembers(SyncApi, inspect.isfunction)}
    expected = set(_operation_ids()) | {mode.name for mode in collect_modes(SPEC)}
    assert expected <= names
    assert names - expected == {"__init__"}


def test_an_operation_method_passes_the_client_and_its_name() -> None:
    recorder = Recorder(answer="created")
    api = SyncApi(CLIENT, recorder)
    body: Any = object()
    assert api.create_pipeline(body=body) == "created"
    [(operation, fn, kwargs)] = recorder.calls
    assert operation == "create_pipeline"
    assert fn.__module__ == "ikigai_wire.api.pipelines.create_pipeline"
    assert kwargs == {"client": CLIENT, "body": body}


def test_a_mode_method_calls_the_mode_under_the_operations_name() -> None:
    recorder = Recorder(answer="found")
    api = SyncApi(CLIENT, recorder)
    assert api.get_pipeline_by_name(project_id="p", name="n") == "found"
    [(operation, fn, kwargs)] = recorder.calls
    assert (operation, fn) == ("get_pipeline", modes.get_pipeline_by_name)
    assert kwargs == {"client": CLIENT, "project_id": "p", "name": "n"}


def test_a_caller_that_returns_an_error_message_breaks_its_contract() -> None:
    api = SyncApi(CLIENT, Recorder(answer=ErrorMessage(message="no")))
    with pytest.raises(AssertionError):
        api.get_facet_specs()


def test_a_mode_named_like_an_operation_is_refused() -> None:
    spec = load(ROOT / "spec" / "ikigai.yaml")
    operation = spec["paths"]["/component/get-pipeline"]["get"]
    operation["x-ikigai-modes"][0]["name"] = "get_pipeline"
    with pytest.raises(ModeError, match="has the name of an operation"):
        render_facade(spec, PACKAGE)
