"""Data transfer: this client against the published one (`ikigai==0.4.4`), and the floor.

    python benchmarks/transfer.py [--rows 100000 1000000] [--repeat 3] [--peer-checkout DIR]

`--peer-checkout DIR` makes the peer this client as another checkout has it (a `git worktree`
of an earlier commit, say), to measure a change side by side instead of against the published
client.

One local platform serves both clients. Each client runs in its own process (the published one
from a virtual environment made with `pip install ikigai==0.4.4`, created on first use under
$IKIGAI_TEST_CACHE or the temporary folder and shared with the published-client tests: see
`published_client.py`). For each size, each process builds the same frame (10 columns: ints,
floats, strings, datetimes, a categorical, some nulls) and times, `--repeat` times:

* upload:     app.dataset.new(name).df(frame).build()
* download:   dataset.df()
* edit_data:  dataset.edit_data(frame)
* flow run:   a trivial IMPORTED → EXPORTED flow on a ten-row dataset

The floor is what no client can beat on this machine: pyarrow's CSV encode and decode of the
same frame plus a raw loopback (TCP over 127.0.0.1) copy of the CSV bytes.

The table shows median seconds and peak memory (the resident set's high-water mark during the
operation above the resident set before it, MiB; Linux only), then the ratios peer/ours and
ours/floor. This script imports nothing but the standard library at the top, so the published
client's interpreter can run it as its worker too.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent


# ---- measuring (runs in a worker process) ------------------------------------------------


def _status_kib(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def measure(action: Callable[[], object]) -> tuple[float, float]:
    """Seconds the action took, and its peak memory above the memory before it (MiB)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # reset the high-water mark (VmHWM) to the current RSS
    except OSError:
        pass
    before = _status_kib("VmRSS")
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    peak = _status_kib("VmHWM")
    return seconds, max(0, peak - before) / 1024


def make_frame(rows: int) -> Any:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(7)
    ints = rng.integers(-1_000_000, 1_000_000, rows)
    floats = rng.normal(0, 1000, rows)
    holes = rng.random(rows) < 0.05
    frame = pd.DataFrame(
        {
            "id": np.arange(rows, dtype="int64"),
            "count": ints,
            "price": np.round(floats, 4),
            "ratio": np.where(holes, np.nan, rng.random(rows)),
            "name": [f"customer {i % 50_000}" for i in range(rows)],
            "note": np.where(holes, None, np.array([f"note, {i}" for i in range(rows)], object)),
            "when": pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 10**8, rows), "s"),
            "day": pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 3000, rows), "D"),
            "colour": pd.Categorical(rng.choice(["red", "green", "blue", "cyan"], rows)),
            "flag": rng.random(rows) < 0.5,
        }
    )
    return frame


def client_worker(
    base_url: str, email: str, api_key: str, rows: int, repeat: int
) -> dict[str, Any]:
    import pandas as pd

    import ikigai

    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    frame = make_frame(rows)
    app = client.app.new(f"bench-{os.getpid()}-{rows}").build()
    results: dict[str, list[tuple[float, float]]] = {}
    datasets: list[Any] = []
    # once, unmeasured: imports, thread pools and connections are made on first use
    app.dataset.new("warm-up").df(frame.head(100)).build().df()

    def upload(index: int) -> None:
        datasets.append(app.dataset.new(f"frame-{index}").df(frame).build())

    for index in range(repeat):
        results.setdefault("upload", []).append(measure(lambda i=index: upload(i)))
    dataset = datasets[-1]
    check: list[Any] = []
    for _ in range(repeat):
        results.setdefault("download", []).append(measure(lambda: check.append(dataset.df())))
        downloaded = check.pop()
        assert downloaded.shape == frame.shape, downloaded.shape
    for _ in range(repeat):
        results.setdefault("edit_data", []).append(measure(lambda: dataset.edit_data(frame)))
    source = app.dataset.new("small").df(frame.head(10)).build()
    types = client.facet_types
    imported = getattr(types.INPUT, "IMPORTED", None) or types.INPUT.Imported
    builder = client.builder
    (
        builder.facet(facet_type=imported)
        .arguments(dataset_id=source.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=types.OUTPUT.EXPORTED)
        .arguments(dataset_name="copied", file_type="csv", header=True)
    )
    flow = app.flow.new("copy").definition(builder.build()).build()
    flow.run()  # warm up the engine
    for _ in range(max(repeat, 3)):
        results.setdefault("flow run", []).append(measure(flow.run))
    frame_mib = float(frame.memory_usage(deep=True).sum()) / 2**20
    del pd
    return {"results": results, "frame_mib": frame_mib}


def floor_worker(rows: int, repeat: int) -> dict[str, Any]:
    """pyarrow's own CSV writer and reader on the frame (no pandas spelling rules), and a raw
    TCP copy of the bytes over the loopback interface."""
    import io
    import socket
    import threading

    import pyarrow as pa
    import pyarrow.csv as pacsv

    frame = make_frame(rows)

    def encode() -> bytes:
        sink = io.BytesIO()
        pacsv.write_csv(pa.Table.from_pandas(frame, preserve_index=False), sink)
        return sink.getvalue()

    payload = encode()

    def decode() -> object:
        return pacsv.read_csv(pa.BufferReader(pa.py_buffer(payload))).to_pandas()

    def loopback() -> None:
        server = socket.create_server(("127.0.0.1", 0))
        port = server.getsockname()[1]
        received = bytearray()

        def receive() -> None:
            connection, _ = server.accept()
            with connection:
                while chunk := connection.recv(1 << 20):
                    received.extend(chunk)

        thread = threading.Thread(target=receive)
        thread.start()
        with socket.create_connection(("127.0.0.1", port)) as sender:
            sender.sendall(payload)
        thread.join()
        server.close()
        assert len(received) == len(payload)

    results: dict[str, list[tuple[float, float]]] = {}
    for _ in range(repeat):
        results.setdefault("encode", []).append(measure(encode))
        results.setdefault("decode", []).append(measure(decode))
        results.setdefault("loopback", []).append(measure(loopback))
    return {"results": results, "csv_mib": len(payload) / 2**20}


# ---- orchestrating -----------------------------------------------------------------------


def run_worker(python: Path, *args: str, isolated: bool, checkout: Path = ROOT) -> dict[str, Any]:
    """Run this script as a worker: `isolated` for the published client's interpreter, else
    with the client of `checkout` (its `ikigai` and generated `ikigai_wire`) first on the path."""
    command = [str(python), *(["-I"] if isolated else []), str(HERE), "--worker", *args]
    path = f"{checkout}{os.pathsep}{checkout / 'generated'}"
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir() if isolated else checkout,
        env={**os.environ, "PYTHONPATH": "" if isolated else path},
    )
    if done.returncode != 0:
        raise SystemExit(f"worker {' '.join(args[:1])} failed:\n{done.stdout}\n{done.stderr}")
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def medians(samples: list[list[float]]) -> tuple[float, float]:
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def table(rows: int, ours: dict[str, Any], peer: dict[str, Any], floor: dict[str, Any]) -> str:
    f = {name: medians(samples) for name, samples in floor["results"].items()}
    floor_trip = f["encode"][0] + f["decode"][0] + f["loopback"][0]
    lines = [
        f"\n{rows:,} rows x 10 columns: frame {ours['frame_mib']:.0f} MiB in pandas,"
        f" CSV {floor['csv_mib']:.0f} MiB",
        f"{'operation':<12} {'ours s':>8} {'peer s':>8} {'floor s':>8} {'ours MiB':>9}"
        f" {'peer MiB':>9} {'peer/ours':>10} {'ours/floor':>11}",
    ]
    o = {name: medians(samples) for name, samples in ours["results"].items()}
    p = {name: medians(samples) for name, samples in peer["results"].items()}
    o["round trip"] = (o["upload"][0] + o["download"][0], max(o["upload"][1], o["download"][1]))
    p["round trip"] = (p["upload"][0] + p["download"][0], max(p["upload"][1], p["download"][1]))
    floors = {
        "upload": f["encode"][0] + f["loopback"][0],
        "download": f["decode"][0] + f["loopback"][0],
        "edit_data": f["encode"][0] + f["loopback"][0],
        "round trip": floor_trip,
    }
    for name in ("upload", "download", "round trip", "edit_data", "flow run"):
        mine, theirs = o[name], p[name]
        base = floors.get(name)
        lines.append(
            f"{name:<12} {mine[0]:>8.3f} {theirs[0]:>8.3f}"
            f" {'' if base is None else f'{base:.3f}':>8} {mine[1]:>9.0f} {theirs[1]:>9.0f}"
            f" {theirs[0] / mine[0]:>9.1f}x {'' if base is None else f'{mine[0] / base:.1f}x':>11}"
        )
    lines.append(
        f"floor parts: encode {f['encode'][0]:.3f} s, decode {f['decode'][0]:.3f} s,"
        f" loopback {f['loopback'][0]:.3f} s"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peer-checkout", type=Path, help="compare with this checkout's client")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker:
        kind, *rest = options.worker
        if kind == "floor":
            answer = floor_worker(int(rest[0]), int(rest[1]))
        else:
            answer = client_worker(rest[0], rest[1], rest[2], int(rest[3]), int(rest[4]))
        print(json.dumps(answer))
        return

    from published_client import PUBLISHED_VERSION, published_python

    from ikigai.local import LocalPlatform

    peer: tuple[Path, bool, Path]
    if options.peer_checkout:
        peer = (Path(sys.executable), False, options.peer_checkout.resolve())
        print(f"peer: this client as checked out in {peer[2]}")
    else:
        peer = (published_python(PUBLISHED_VERSION), True, ROOT)
    with tempfile.TemporaryDirectory() as data, LocalPlatform(data) as platform:
        for rows in options.rows:
            found: dict[str, dict[str, Any]] = {}
            for who, (python, isolated, checkout) in (
                ("ours", (Path(sys.executable), False, ROOT)),
                ("peer", peer),
            ):
                email = f"{who}-{rows}@example.com"
                key = platform.add_user(email)
                args = (platform.base_url, email, key, str(rows), str(options.repeat))
                found[who] = run_worker(
                    python, "client", *args, isolated=isolated, checkout=checkout
                )
            found["floor"] = run_worker(
                Path(sys.executable), "floor", str(rows), str(options.repeat), isolated=False
            )
            print(table(rows, found["ours"], found["peer"], found["floor"]), flush=True)


if __name__ == "__main__":
    main()
