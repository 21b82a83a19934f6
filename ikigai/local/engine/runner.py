"""The flow engine: validate a definition, run its facets in DAG order, then publish results."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import duckdb

from ikigai.local.engine.arguments import with_defaults
from ikigai.local.engine.call import FacetCall, Input, Limits, RunState
from ikigai.local.engine.catalog import facet_specs
from ikigai.local.engine.definition import Flow, parse_flow
from ikigai.local.engine.facets import RUNNERS
from ikigai.local.engine.validate import validate_flow
from ikigai.local.engine.workspace import Workspace
from ikigai.local.engine_contract import RunContext, RunError, RunOutcome
from ikigai.local.sandbox import Sandbox, SandboxChoice, find_sandbox


class Engine:
    """Runs flow definitions on the local platform (implements `FlowEngine`).

    `sandbox` picks what confines user code: "auto" (every mechanism this machine offers),
    "bubblewrap", "landlock", or "none" (for a platform with one user).
    """

    def __init__(self, limits: Limits | None = None, *, sandbox: SandboxChoice = "auto") -> None:
        self.limits = limits or Limits()
        self._sandbox_choice: SandboxChoice = sandbox

    @property
    def sandbox(self) -> Sandbox:
        return find_sandbox(self._sandbox_choice)

    def describe_sandbox(self) -> str:
        return self.sandbox.describe() if self.sandbox.confines else ""

    def run(
        self, definition: Mapping[str, Any], variables: Mapping[str, Any], context: RunContext
    ) -> RunOutcome:
        flow = parse_flow(definition, variables)
        order = validate_flow(flow, facet_specs())
        context.work_dir.mkdir(parents=True, exist_ok=True)
        directory = Path(tempfile.mkdtemp(prefix="engine-", dir=context.work_dir))
        workspace = Workspace(
            directory, memory_limit=self.limits.duckdb_memory, threads=self.limits.duckdb_threads
        )
        try:
            state = self._run_facets(flow, order, workspace, context)
            return _publish(state, context)
        finally:
            workspace.close()
            shutil.rmtree(directory, ignore_errors=True)

    def _run_facets(
        self, flow: Flow, order: list[str], workspace: Workspace, context: RunContext
    ) -> RunState:
        state = RunState()
        outputs: dict[str, str | None] = {}
        for done, facet_id in enumerate(order):
            if context.cancelled():
                raise RunError(facet_id, "the run was cancelled before this facet started")
            node = flow.facets[facet_id]
            spec = facet_specs()[node.facet_uid]
            context.progress(facet_id, done / len(order), f"running {spec.facet_type}")
            inputs: list[Input] = []
            # An arrow into an INPUT facet only orders the run: the facet reads no table of it.
            for arrow in [] if spec.chain == "INPUT" else flow.incoming(facet_id):
                table = outputs[arrow.source]
                if table is None:
                    raise RunError(facet_id, f"facet {arrow.source!r} produces no table")
                inputs.append(Input(table, arrow.arguments))
            call = FacetCall(
                node=node,
                spec=spec,
                arguments=with_defaults(node.arguments, spec.arguments),
                inputs=inputs,
                workspace=workspace,
                context=context,
                limits=self.limits,
                state=state,
                sandbox=self.sandbox,
            )
            outputs[facet_id] = _run_one(call)
        if order:
            context.progress(order[-1], 1.0, "publishing results")
        return state


def _run_one(call: FacetCall) -> str | None:
    try:
        return RUNNERS[call.spec.uid](call)
    except RunError:
        raise
    except duckdb.Error as error:
        raise call.fail(str(error)) from error
    except (ValueError, TypeError, KeyError, ArithmeticError, MemoryError, OSError) as error:
        raise call.fail(f"{type(error).__name__}: {error}") from error


def _publish(state: RunState, context: RunContext) -> RunOutcome:
    """Write what the run made, now that every facet has succeeded."""
    outcome = RunOutcome()
    for version in state.model_versions.values():
        outcome.model_versions.append(
            context.save_model_version(
                version.model_id,
                version.version,
                version.hyperparameters,
                version.metrics,
                version.artifact,
            )
        )
    for export in state.exports:
        context.export_dataset(export.dataset_name, export.csv_file)
        if export.dataset_name not in outcome.exported_datasets:
            outcome.exported_datasets.append(export.dataset_name)
    return outcome
