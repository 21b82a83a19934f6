"""PYTHON and CUSTOM_FACET facets: user scripts in a sandboxed child process.

The input table goes to the child as a Parquet file and is bound to `data` (None for INPUT
facets); whatever the script assigns to `result` comes back the same way, as data only. Custom
facets also get their arguments as variables. `ikigai.local.sandbox` confines the child and puts
limits on its time, memory, files and processes. Where this machine offers no sandbox, user
code runs only on a platform with one user, unless the platform was told otherwise.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from typing import Any

from ikigai.local.engine.call import FacetCall
from ikigai.local.engine_contract import CustomFacetCode
from ikigai.local.sandbox import Job, Limits, SandboxError

UNSANDBOXED_REFUSAL = (
    "user code cannot run here: this machine offers no sandbox (bubblewrap or Landlock) and the"
    " platform has more than one user; start it with LocalPlatform(allow_unsandboxed_code=True)"
    " or `ikigai local serve --allow-unsandboxed-code` to run user code unconfined anyway"
)


def _limits(call: FacetCall) -> Limits:
    limits = call.limits
    return Limits(
        seconds=limits.python_seconds,
        memory_bytes=limits.python_memory_bytes,
        file_bytes=limits.python_file_bytes,
        processes=limits.python_processes,
        scratch_bytes=limits.python_scratch_bytes,
    )


def run_script(
    call: FacetCall,
    script: str,
    table: str | None,
    *,
    variables: Mapping[str, Any],
    require_result: bool,
) -> str | None:
    """Run `script` on `table` (None: `data` is None); returns the table of `result`, if any."""
    if not call.sandbox.confines and not call.context.unsandboxed_code_allowed:
        raise call.fail(UNSANDBOXED_REFUSAL)
    workspace = call.workspace
    input_file = None
    if table is not None:
        input_file = workspace.to_parquet(table, workspace.io_file("in", ".parquet"))
    output_file = workspace.io_file("out", ".parquet")
    job = Job(
        script=script,
        variables=dict(variables),
        input_file=input_file,
        output_file=output_file,
        require_result=require_result,
        scratch_dir=workspace.directory / "jobs" / output_file.stem,
        private=[call.context.work_dir],
    )
    limits = _limits(call)
    try:
        outcome = call.sandbox.run(job, limits)
    except SandboxError as error:
        raise call.fail(str(error)) from error
    finally:
        shutil.rmtree(job.scratch_dir, ignore_errors=True)
        if input_file is not None:
            input_file.unlink(missing_ok=True)
    if outcome.timed_out:
        raise call.fail(f"the script was stopped at its time limit of {limits.seconds:g} s")
    if outcome.exit_code not in (0, 3):
        detail = outcome.log.strip() or f"exit status {outcome.exit_code}"
        if outcome.exit_code < 0:
            detail += f" (killed by signal {-outcome.exit_code}; limits: {limits.seconds:g} s, "
            detail += f"{limits.memory_bytes // 2**20} MiB)"
        raise call.fail(f"the script failed:\n{detail}")
    try:
        if not outcome.wrote_result:
            return None
        return workspace.from_parquet(call.output_table(), output_file)
    finally:
        output_file.unlink(missing_ok=True)


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
    code = call.found(
        lambda: call.context.custom_facet(custom_facet_id, version_id),
        f"custom facet {custom_facet_id!r} (version {version_id or 'unpinned'!r}) "
        "does not exist or may not be run by this user",
    )
    return run_script(
        call,
        code.python_script,
        _input_or_none(call),
        variables=_custom_arguments(call, code),
        require_result=True,
    )
