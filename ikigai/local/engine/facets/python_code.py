"""PYTHON and CUSTOM_FACET facets: user scripts in a child process with time and memory limits.

The input table goes to the child as a Parquet file and is bound to `data` (None for INPUT
facets); whatever the script assigns to `result` comes back the same way. Custom facets also
get their arguments as variables. The child is the same interpreter running `python_child.py`;
it limits its own address space (RLIMIT_AS) and CPU time, and the parent kills it at the
wall-clock limit.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ikigai.local.engine.call import FacetCall
from ikigai.local.run_context import CustomFacetCode

_CHILD = Path(__file__).resolve().parents[1] / "python_child.py"
_STDERR_TAIL = 4000


def _run_child(call: FacetCall, job: dict[str, Any]) -> None:
    job_file = call.workspace.scratch_file("python_job", ".json")
    job_file.write_text(json.dumps(job), encoding="utf-8")
    seconds = call.limits.python_seconds
    try:
        finished = subprocess.run(
            [sys.executable, str(_CHILD), str(job_file)],
            capture_output=True,
            text=True,
            timeout=seconds,
            cwd=call.workspace.directory,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise call.fail(f"the script was stopped at its time limit of {seconds:g} s") from error
    if finished.returncode != 0:
        detail = finished.stderr.strip()[-_STDERR_TAIL:] or f"exit status {finished.returncode}"
        if finished.returncode < 0:
            detail += f" (killed by signal {-finished.returncode}; limits: {seconds:g} s, "
            detail += f"{call.limits.python_memory_bytes // 2**20} MiB)"
        raise call.fail(f"the script failed:\n{detail}")


def run_script(
    call: FacetCall,
    script: str,
    table: str | None,
    *,
    variables: Mapping[str, Any],
    require_result: bool,
) -> str | None:
    """Run `script` on `table` (None: `data` is None); returns the table of `result`, if any."""
    input_file = None
    if table is not None:
        input_file = call.workspace.to_parquet(table, call.workspace.scratch_file("in", ".parquet"))
    output_file = call.workspace.scratch_file("out", ".parquet")
    _run_child(
        call,
        {
            "script": script,
            "input": str(input_file) if input_file else None,
            "output": str(output_file),
            "variables": dict(variables),
            "require_result": require_result,
            "memory_bytes": call.limits.python_memory_bytes,
            "cpu_seconds": math.ceil(call.limits.python_seconds) + 1,
        },
    )
    if not output_file.exists():
        return None
    return call.workspace.from_parquet(call.output_table(), output_file)


def run_script_on_table(
    call: FacetCall, script: str, table: str, *, variables: Mapping[str, Any], require_result: bool
) -> str:
    output = run_script(call, script, table, variables=variables, require_result=require_result)
    if output is None:
        raise call.fail("the script did not assign a data frame to `result`")
    return output


def _input_or_none(call: FacetCall) -> str | None:
    return call.input_table() if call.inputs else None


def python(call: FacetCall) -> str | None:
    """INPUT, MID and OUTPUT PYTHON: MID and INPUT must produce `result`, OUTPUT may not."""
    script = str(call.arguments["script"])
    produces = call.spec.chain != "OUTPUT"
    output = run_script(call, script, _input_or_none(call), variables={}, require_result=produces)
    return output if produces else None


def _cast(value: Any, kind: str) -> Any:
    if kind == "NUMBER" and isinstance(value, str):
        number = float(value)
        return int(number) if number.is_integer() and "." not in value else number
    if kind == "BOOLEAN" and isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return value


def _custom_arguments(call: FacetCall, code: CustomFacetCode) -> dict[str, Any]:
    values = dict(code.arguments)
    for item in call.objects("arguments"):
        name = item.get("name")
        if not isinstance(name, str):
            raise call.fail("every entry of `arguments` needs a name")
        values[name] = _cast(item.get("value"), str(item.get("type", "")))
    for name, value in values.items():
        if not name.isidentifier():
            raise call.fail(f"custom facet argument {name!r} is not a Python name")
        if not isinstance(value, str | int | float | bool) and value is not None:
            raise call.fail(f"custom facet argument {name!r} has a value of an unusable type")
    return values


def custom_facet(call: FacetCall) -> str | None:
    custom_facet_id = str(call.arguments["custom_facet_id"])
    version_id = call.text("version_id") or ""
    try:
        code = call.context.custom_facet(custom_facet_id, version_id)
    except KeyError as error:
        raise call.fail(
            f"custom facet {custom_facet_id!r} (version {version_id or 'unpinned'!r}) "
            "does not exist or may not be run by this user"
        ) from error
    return run_script(
        call,
        code.python_script,
        _input_or_none(call),
        variables=_custom_arguments(call, code),
        require_result=True,
    )
