"""Fixtures for the client's tests: the catalogs, a local platform, and a request recorder."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from client_support import Recorder

import ikigai_wire
from ikigai import Ikigai
from ikigai.components.app import App
from ikigai.local import LocalPlatform
from ikigai.specs import FacetTypes, ModelTypes
from ikigai_wire.models.facet_specs import FacetSpecs
from ikigai_wire.models.model_specs import ModelSpecs

CATALOG = Path(ikigai_wire.__file__).parent  # the catalog snapshot, as package data


def _catalog(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CATALOG / name).read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def facet_types() -> FacetTypes:
    """The facet types of the local platform's catalog, without a server."""
    return FacetTypes.from_wire(FacetSpecs.from_dict(_catalog("facet-specs.json")))


@pytest.fixture(scope="session")
def model_types() -> ModelTypes:
    """The model types of the local platform's catalog, without a server."""
    return ModelTypes.from_wire(ModelSpecs.from_dict(_catalog("model-specs.json")))


@pytest.fixture(scope="session")
def session_recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def recorder(session_recorder: Recorder) -> Recorder:
    """What the clients of `connect` and `client` send, from the start of the test on."""
    session_recorder.clear()
    return session_recorder


@pytest.fixture(scope="session")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as running:
        yield running


@pytest.fixture(scope="session")
def connect(platform: LocalPlatform, session_recorder: Recorder) -> Iterator[Callable[..., Ikigai]]:
    """Make clients of the local platform whose requests the recorder sees."""
    made: list[Ikigai] = []

    def make(email: str | None = None, **options: Any) -> Ikigai:
        user = email or platform.default_user
        client = Ikigai(
            user_email=user,
            api_key=platform.api_key(user),
            base_url=platform.base_url,
            httpx_args={"event_hooks": {"request": [session_recorder.record]}},
            **options,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture(scope="session")
def client(connect: Callable[..., Ikigai]) -> Ikigai:
    """A client of the local platform for its default user (shared by the tests)."""
    return connect()


@pytest.fixture
def app(client: Ikigai) -> Iterator[App]:
    """A fresh app, deleted afterwards (with everything in it)."""
    made = client.app.new(f"app-{uuid.uuid4().hex[:8]}").description("a test app").build()
    yield made
    made.delete()


@pytest.fixture
def unique() -> Callable[[str], str]:
    """A name no other test uses: `unique("flow")` -> `flow-1a2b3c4d`."""
    return lambda prefix: f"{prefix}-{uuid.uuid4().hex[:8]}"
