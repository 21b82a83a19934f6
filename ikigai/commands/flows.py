"""`ikigai flows list|create|describe|delete|run|logs`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ikigai.commands._common import (
    APP,
    add_app_command,
    add_app_listing,
    add_describe_and_delete,
    app_from,
    app_named,
    command_group,
    connect,
    emit,
    emit_table,
    in_app,
    when,
)
from ikigai.commands._definition_file import read_definition
from ikigai.commands._progress import run_with_progress

if TYPE_CHECKING:
    from ikigai.components.flow import RunLog

__all__ = ["add_flows_commands", "parse_variables"]


def add_flows_commands(commands: Any) -> None:
    actions = command_group(commands, "flows", "the flows of an app")
    add_app_listing(actions, "flows", lambda app: app.flows().values())
    flow = ("FLOW", "the flow's name")
    create = add_app_command(
        actions, "create", "create a flow from a definition file", _create, flow
    )
    create.add_argument(
        "--definition",
        required=True,
        type=Path,
        metavar="FILE",
        help="the definition, JSON or YAML, shaped as FlowDefinition.model_dump() gives it",
    )
    add_describe_and_delete(
        actions, "flow", in_app(lambda app, name: app.flows[name], "flow"), APP, flow
    )
    run = add_app_command(actions, "run", "start a flow run (--wait: until it is over)", _run, flow)
    run.add_argument(
        "--var",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="set a run variable (repeatable); VALUE is read as JSON when it parses, else text",
    )
    run.add_argument(
        "--wait", action="store_true", help="wait for the run to end, with a progress bar"
    )
    logs = add_app_command(actions, "logs", "a flow's newest run logs, newest first", _logs, flow)
    logs.add_argument("--max-count", type=int, default=5, metavar="N", help="at most N (5)")


def parse_variables(pairs: list[str]) -> dict[str, Any]:
    """`["a=1", "b=x"]` as `{"a": 1, "b": "x"}`: values are JSON when they parse, else text."""
    variables: dict[str, Any] = {}
    for pair in pairs:
        name, equals, text = pair.partition("=")
        if not equals or not name.strip():
            raise ValueError(f"--var wants NAME=VALUE, not {pair!r}")
        try:
            variables[name.strip()] = json.loads(text)
        except json.JSONDecodeError:
            variables[name.strip()] = text
    return variables


def _log_dict(log: RunLog) -> dict[str, Any]:
    """A run log as JSON under the names of `RunLog`'s fields (what `model_dump()` gives: the
    log's text is `data`), its status as text and its time as ISO 8601."""
    return {**log.model_dump(), "status": log.status.value, "timestamp": when(log.timestamp)}


def _create(args: argparse.Namespace) -> int:
    definition = read_definition(args.definition)  # checked before anything is sent
    with connect() as client:
        facet_types = client.facet_types
        for index, facet in enumerate(definition.facets):
            if facet_types.find_uid(facet.facet_uid) is None:
                raise ValueError(
                    f"{args.definition}: facets[{index}] has facet_uid {facet.facet_uid!r}, "
                    "which is no facet type of the platform (`ikigai facet-types` lists them)"
                )
        flow = app_named(client, args.app).flow.new(args.flow).definition(definition).build()
    if args.json:
        emit({"name": flow.name, "id": flow.id, "facets": len(definition.facets)})
    else:
        print(
            f"created flow {flow.name!r} ({flow.id}) with {len(definition.facets)} facets "
            f"from {args.definition}"
        )
    return 0


def _run(args: argparse.Namespace) -> int:
    variables = parse_variables(args.var)
    with app_from(args) as app:
        flow = app.flows[args.flow]
        log = run_with_progress(flow, variables, wait=args.wait, bar=not args.json)
    if log is None:
        if args.json:
            emit({"flow": flow.name, "id": flow.id, "status": "STARTED"})
        else:
            print(f"started flow {flow.name!r}; `ikigai flows logs` shows how it went")
        return 0
    if args.json:
        emit(_log_dict(log))
    else:
        print(f"flow {flow.name!r} finished: {log.status.value}")
        if log.data:
            print(log.data)
    if log.status.value != "SUCCESS":
        print(f"ikigai: flow {flow.name!r} ended with {log.status.value}", file=sys.stderr)
        return 1
    return 0


def _logs(args: argparse.Namespace) -> int:
    with app_from(args) as app:
        flow = app.flows[args.flow]
        logs = flow.run_logs(max_count=args.max_count)
    if args.json:
        emit([_log_dict(log) for log in logs])
    else:
        emit_table(
            ("TIME", "STATUS", "USER", "FAILED FACET", "MESSAGE"),
            [
                (
                    when(log.timestamp),
                    log.status.value,
                    log.user,
                    log.erroneous_facet_id or "",
                    " ".join(log.data.split())[:80],
                )
                for log in logs
            ],
        )
    return 0
