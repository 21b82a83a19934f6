"""The spec as the contract: schemathesis generates valid and invalid requests for every
operation and checks that the platform never fails with a server error and that every answer
conforms to the spec."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import response_schema_conformance

from ikigai.local import LocalPlatform
from ikigai.local.server.openapi import load_spec

from .conftest import FAST
from .support import SCHEMATHESIS_CASES as CASES
from .support import Api

MAX_EXAMPLES = 25

CONFIG = SchemathesisConfig.from_dict(
    {"generation": {"mode": "all", "max-examples": MAX_EXAMPLES, "deterministic": True}}
)
schema = schemathesis.openapi.from_dict(copy.deepcopy(load_spec()), config=CONFIG)


@pytest.fixture(scope="module")
def contract_platform() -> Iterator[tuple[LocalPlatform, Api, str]]:
    with LocalPlatform(settings=FAST) as running:
        email = "contract@example.com"
        api = Api(running.base_url, email, running.add_user(email))
        # Something to find, so that generated requests reach past "not found".
        app = api.create_app("contract-app")
        api.create_dataset(app, "contract-data")
        yield running, api, app


def _aim(value: Any, app: str) -> Any:
    """Point the `project_id`s of a valid request at the real app (other ids stay random)."""
    if isinstance(value, dict):
        return {k: app if k == "project_id" else _aim(v, app) for k, v in value.items()}
    return value


@pytest.mark.slow
@schema.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck), max_examples=MAX_EXAMPLES)
def test_the_platform_honours_the_spec(
    case: schemathesis.Case[Any], contract_platform: tuple[LocalPlatform, Api, str]
) -> None:
    running, api, app = contract_platform
    mode = case.meta.generation.mode.value if case.meta else "unknown"
    CASES[mode] += 1
    if mode == "positive" and CASES[mode] % 2:
        case.query = _aim(case.query, app)
        case.body = _aim(case.body, app)
    headers = {"user": api.email, "api-key": str(api.http.headers["api-key"])}
    case.call_and_validate(
        base_url=running.base_url,
        headers=headers,
        checks=[not_a_server_error, response_schema_conformance],
    )
