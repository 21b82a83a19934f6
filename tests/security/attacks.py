"""The attack scripts a second user runs as PYTHON facets, and how the tests run them.

Each script does one hostile thing and, only when it works, returns what it got as `result` (a
frame with one text column), so that a script the sandbox stops fails its run. `secrets` are the
strings that must not show up in the run's log.
"""

from __future__ import annotations

import os
import textwrap
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ikigai import Ikigai
from ikigai.components import FlowStatus

CANARY_NAME = "IKIGAI_TEST_CANARY"
_RETURN = "import pandas as pd\nresult = pd.DataFrame({'stolen': [str(stolen)]})\n"


@dataclass(frozen=True)
class Attack:
    name: str
    script: str
    secrets: list[str] = field(default_factory=lambda: list[str]())


def _key_hex(data_dir: str) -> str:
    path = Path(data_dir) / "secret.key"
    return path.read_bytes().hex() if data_dir and path.exists() else "no-key-here"


def attacks_for(context: Mapping[str, Any]) -> list[Attack]:
    """The attacks, aimed with `context` (paths, ports and secrets the test knows)."""
    data_dir = str(context.get("data_dir", ""))
    canary = str(context.get("canary", "no-canary"))
    key = _key_hex(data_dir)
    scripts = {
        # what the data dir holds
        "list data dir": (f"stolen = sorted(os.listdir({data_dir!r}))", ["platform.sqlite3"]),
        # the first user's dataset, by its path in the data dir
        "dataset": (f"stolen = open({context.get('victim_file')!r}).read()", ["4111-1111"]),
        # the key that signs presigned URLs: with it, any download can be forged
        "key": (f"stolen = open({data_dir + '/secret.key'!r}, 'rb').read().hex()", [key]),
        # the platform's database: read who the users are
        "database": (
            f"""
            import sqlite3
            db = sqlite3.connect({data_dir + "/platform.sqlite3"!r})
            stolen = db.execute("SELECT group_concat(email) FROM users").fetchone()[0]
            """,
            ["victim@example.com"],
        ),
        # ... and make oneself OWNER of the first user's app
        "database write": (
            f"""
            import sqlite3
            db = sqlite3.connect({data_dir + "/platform.sqlite3"!r})
            with db:
                db.execute(
                    "INSERT INTO project_members (project_id, email, level)"
                    " SELECT project_id, 'mallory@example.com', 'OWNER' FROM projects"
                    " WHERE owner = 'victim@example.com'"
                )
            stolen = "inserted"
            """,
            [],
        ),
        # a file in the data dir (the model store among it), by path and by walking up
        "plant": (
            f"""
            import os
            open({data_dir + "/planted-by-mallory"!r}, "w").write("x")
            open({data_dir + "/models/planted-by-mallory.bin"!r}, "w").write("x")
            stolen = "planted"
            """,
            [],
        ),
        "walk up": (
            """
            import os
            here, stolen = os.getcwd(), None
            while stolen is None and here != "/":
                here = os.path.dirname(here)
                if os.path.exists(os.path.join(here, "secret.key")):
                    stolen = open(os.path.join(here, "secret.key"), "rb").read().hex()
                    open(os.path.join(here, "planted-by-mallory"), "w").write("x")
            assert stolen is not None, "nothing found above " + os.getcwd()
            """,
            [key],
        ),
        # the server's environment, inherited or read through /proc
        "env": (
            f"stolen = os.environ[{CANARY_NAME!r}]",
            [canary],
        ),
        "proc environ": (
            f"""
            import os
            stolen = []
            for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
                try:
                    if {canary!r}.encode() in open(f"/proc/{{pid}}/environ", "rb").read():
                        stolen.append(pid)
                except OSError:
                    pass
            assert stolen, "no environment with the canary"
            """,
            [],
        ),
        "parent environ": (
            "stolen = open(f'/proc/{os.getppid()}/environ', 'rb').read()",
            [canary],
        ),
        # the network: the platform's own port, and another loopback port
        "server socket": (
            f"""
            import socket
            connection = socket.create_connection(("127.0.0.1", {context.get("server_port")}), 3)
            connection.sendall(b"GET /component/is-alive HTTP/1.0\\r\\n\\r\\n")
            stolen = connection.recv(100)
            """,
            [],
        ),
        "other socket": (
            f"""
            import socket
            stolen = socket.create_connection(("127.0.0.1", {context.get("other_port")}), 3)
            """,
            [],
        ),
        # signal the server process (0 only asks whether a signal would be allowed)
        "signal server": (f"os.kill({os.getpid()}, 0)\nstolen = 'may signal'", []),
        # a file past the file-size limit (the tests' limit: 64 MiB)
        "big file": (
            """
            with open("big", "wb") as handle:
                for _ in range(65):
                    handle.write(bytes(1024 * 1024))
            stolen = os.path.getsize("big")
            """,
            [],
        ),
        # 300 processes
        "processes": (
            """
            import subprocess
            started = [subprocess.Popen(["sleep", "5"]) for _ in range(300)]
            stolen = len(started)
            """,
            [],
        ),
    }
    return [
        Attack(name, "import os\n" + textwrap.dedent(script).strip() + "\n" + _RETURN, secrets)
        for name, (script, secrets) in scripts.items()
    ]


@dataclass(frozen=True)
class Run:
    status: str
    log: str
    output: pd.DataFrame | None


def _app(client: Ikigai) -> Any:
    return client.apps["mallory's app"]


def run_python(
    client: Ikigai,
    script: str,
    *,
    frame: pd.DataFrame | None = None,
    in_imported: bool = False,
) -> Run:
    """Imported → PYTHON(script) → Exported in the attacker's app; the run's status, log and
    output. `in_imported`: the script runs as the Imported facet's own `script` argument."""
    app = _app(client)
    name = f"input-{time.time_ns()}"
    dataset = app.dataset.new(name).df(frame if frame is not None else pd.DataFrame({"a": [1]}))
    dataset = dataset.build()
    types = client.facet_types
    imported = client.builder.facet(facet_type=types.INPUT.Imported, name="input")
    arguments: dict[str, Any] = {"script": script} if in_imported else {}
    step = imported.arguments(
        dataset_id=dataset.dataset_id,
        file_type="csv",
        header=True,
        use_raw_file=False,
        **arguments,
    )
    if not in_imported:
        step = step.facet(facet_type=types.MID.PYTHON, name="attack").arguments(script=script)
    return _run(client, step, name)


def run_custom_facet(client: Ikigai, script: str, **arguments: Any) -> Run:
    """Imported → a custom facet of the attacker's with `script` → Exported."""
    app = _app(client)
    name = f"custom-{time.time_ns()}"
    types = client.facet_types
    custom = (
        client.custom_facet.new(name, facet_type=types.MID.CUSTOM_FACET)
        .script(script, arguments=arguments or None)
        .build()
    )
    frame = pd.DataFrame({"n": [1, 4, 9, 16]})
    dataset = app.dataset.new(name).df(frame).build()
    step = (
        client.builder.facet(facet_type=types.INPUT.Imported, name="input")
        .arguments(dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .custom_facet(custom_facet_version=custom.unpinned(), name="attack")
    )
    if arguments:
        step = step.arguments(**arguments)
    return _run(client, step, name)


def _run(client: Ikigai, step: Any, name: str) -> Run:
    app = _app(client)
    output = f"{name}-out"
    definition = (
        step.facet(facet_type=client.facet_types.OUTPUT.EXPORTED, name="output")
        .arguments(dataset_name=output, file_type="csv", header=True)
        .build()
    )
    flow = app.flow.new(name).definition(definition).build()
    log = flow.run()
    frame = app.datasets[output].df() if log.status == FlowStatus.SUCCESS else None
    return Run(str(log.status), str(log.data), frame)


def host_processes_with(token: str) -> list[int]:
    """Processes on this machine whose command line holds `token` (after a short grace: the
    run's clean-up is done by then, a survivor is not)."""
    deadline = time.monotonic() + 2
    while True:
        found = []
        for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
            try:
                if token.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                    found.append(int(pid))
            except OSError:
                pass
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.1)
