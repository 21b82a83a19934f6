"""A TEST DOUBLE of the flow engine, for testing the platform's run lifecycle only.

It understands just enough to exercise the server side of a run: an IMPORTED facet (I_005)
reads a dataset, an EXPORTED facet (O_005) writes it back under `dataset_name` (run variables
may override that), a facet with uid `TEST_FAIL` fails the run, `TEST_SLOW` waits for its
`seconds` argument while reporting progress, `TEST_TRAIN` saves a model version and
`TEST_CUSTOM` resolves a custom facet. The real engine is `ikigai.local.engine`.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Mapping
from typing import Any

from ikigai.local.engine_contract import RunContext, RunError, RunOutcome


class LifecycleEngine:
    def __init__(self) -> None:
        self.resolved_custom_facets: list[Any] = []

    def describe_sandbox(self) -> str:
        return "nothing: this stand-in runs no user code"

    def run(
        self, definition: Mapping[str, Any], variables: Mapping[str, Any], context: RunContext
    ) -> RunOutcome:
        outcome = RunOutcome()
        facets = list(definition.get("facets", []))
        declared = definition.get("variables") or {}
        current = None
        for index, facet in enumerate(facets):
            facet_id, uid = facet["facet_id"], facet["facet_uid"]
            arguments = dict(facet.get("arguments", {}))
            for name, binding in declared.items():
                if name in variables and binding["facet_name"] == facet.get("name"):
                    arguments[binding["name"]] = variables[name]
            context.progress(facet_id, index / max(len(facets), 1), f"running {uid}")
            if uid == "I_005":
                try:
                    current = context.dataset_csv(arguments["dataset_id"])
                except KeyError as error:
                    raise RunError(facet_id, str(error)) from None
            elif uid == "O_005":
                if current is None:
                    raise RunError(facet_id, "nothing to export")
                copy = context.work_dir / f"{facet_id}.csv"
                shutil.copyfile(current, copy)
                context.export_dataset(arguments["dataset_name"], copy)
                outcome.exported_datasets.append(arguments["dataset_name"])
            elif uid == "TEST_FAIL":
                raise RunError(facet_id, arguments.get("message", "the facet failed on purpose"))
            elif uid == "TEST_SLOW":
                deadline = time.monotonic() + float(arguments.get("seconds", 1))
                while time.monotonic() < deadline and not context.cancelled():
                    time.sleep(0.05)
            elif uid == "TEST_TRAIN":
                model = context.model(arguments["model_name"])
                version_id = context.save_model_version(
                    model.model_id,
                    arguments.get("version", "initial"),
                    {"alpha": 0.5},
                    {"performance": {"r2": {"average_test": 0.9, "average_train": 0.95}}},
                    b"trained-bytes",
                )
                outcome.model_versions.append(version_id)
            elif uid == "TEST_CUSTOM":
                code = context.custom_facet(arguments["custom_facet_id"], arguments["version_id"])
                self.resolved_custom_facets.append(code)
            else:
                raise RunError(facet_id, f"the lifecycle test engine does not know {uid}")
        return outcome
