"""The child process that runs a PYTHON or custom facet's user script.

Run as a file (`python python_child.py JOB.json`), not as a module, so that it imports nothing of
the engine. The job names the script, the Parquet file of the input frame (bound to `data`), the
file to write `result` to, the variables to inject and the limits to put on this process. On an
error the traceback of the user's script goes to stderr and the exit status is 1.
"""

from __future__ import annotations

import json
import resource
import sys
import traceback
from typing import Any

SCRIPT_NAME = "<facet script>"


def _limit(job: dict[str, Any]) -> None:
    memory = int(job["memory_bytes"])
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    seconds = int(job["cpu_seconds"])
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _user_traceback(error: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == SCRIPT_NAME]
    lines = traceback.format_list(frames) if frames else []
    return "".join(lines) + "".join(traceback.format_exception_only(type(error), error))


def _save(result: Any, path: str) -> None:
    import pandas as pd

    frame = result if isinstance(result, pd.DataFrame) else pd.DataFrame(result)
    if not isinstance(frame.index, pd.RangeIndex) or frame.index.name is not None:
        frame = frame.reset_index()
    frame.columns = [str(column) for column in frame.columns]
    frame.to_parquet(path, index=False)


def main(job_file: str) -> int:
    with open(job_file, encoding="utf-8") as handle:
        job: dict[str, Any] = json.load(handle)
    _limit(job)
    import pandas as pd

    namespace: dict[str, Any] = {"__name__": "__facet__", "pd": pd}
    namespace.update(job["variables"])
    namespace["data"] = pd.read_parquet(job["input"]) if job["input"] else None
    try:
        code = compile(job["script"], SCRIPT_NAME, "exec")
        exec(code, namespace)
    except BaseException as error:
        sys.stderr.write(_user_traceback(error))
        return 1
    result = namespace.get("result")
    if result is None:
        if job["require_result"]:
            sys.stderr.write("the script did not assign a data frame to `result`\n")
            return 1
        return 0
    try:
        _save(result, job["output"])
    except Exception as error:
        sys.stderr.write(f"`result` could not be turned into a table: {error!r}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
