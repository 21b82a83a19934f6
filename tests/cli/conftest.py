"""A local platform with one app (a dataset, a flow) for driving `ikigai` as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from cli_support import APP, BROKEN_FLOW, DATASET, FLOW, SALES, Cli, Setup

from ikigai.local import LocalPlatform


@pytest.fixture(scope="session")
def setup() -> Iterator[Setup]:
    with LocalPlatform() as platform:
        client = platform.client()
        app = client.app.new(APP).build()
        dataset = app.dataset.new(DATASET).df(SALES).build()
        facet_types = client.facet_types
        definition = (
            client.builder.facet(facet_type=facet_types.INPUT.Imported)
            .arguments(
                dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False
            )
            .facet(facet_type=facet_types.MID.COUNT)
            .arguments(output_column_name="count", sort=True, target_columns=["channel"])
            .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="export")
            .arguments(dataset_name="by channel", file_type="csv", header=True)
            .variables(out="dataset_name")
            .build()
        )
        app.flow.new(FLOW).definition(definition).build()
        broken = (
            client.builder.facet(facet_type=facet_types.INPUT.Imported)
            .arguments(
                dataset_id="no-such-dataset", file_type="csv", header=True, use_raw_file=False
            )
            .facet(facet_type=facet_types.OUTPUT.EXPORTED)
            .arguments(dataset_name="never", file_type="csv", header=True)
            .build()
        )
        app.flow.new(BROKEN_FLOW).definition(broken).build()
        env = {
            **os.environ,
            "IKIGAI_USER_EMAIL": platform.default_user,
            "IKIGAI_API_KEY": platform.api_key(),
            "IKIGAI_BASE_URL": platform.base_url,
        }
        env.pop("IKIGAI_DEBUG", None)
        yield Setup(platform, env)


@pytest.fixture
def cli(setup: Setup) -> Cli:
    """Runs `ikigai ARGS...` in a new process with the platform's credentials (`env=` changes
    them)."""

    def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ikigai.cli", *args],
            env={**setup.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run
