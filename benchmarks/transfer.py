"""Data transfer and first answers: this client against the published one (`ikigai==0.4.4`).

    python benchmarks/transfer.py [--rows 100000 1000000] [--frames mixed strings]
                                  [--pairs 3] [--repeat 2] [--first-answers 5]
                                  [--peer-checkout DIR]

`--peer-checkout DIR` makes the peer this client as another checkout has it (a `git worktree`
of an earlier commit, say), to measure a change side by side instead of against the published
client.

One local platform serves both clients. Each client runs in its own process (the published one
from a virtual environment made with `pip install ikigai==0.4.4`, created on first use under
$IKIGAI_TEST_CACHE or the temporary folder and shared with the published-client tests: see
`published_client.py`). Two frames:

* mixed:   10 columns: ints, floats, strings, datetimes, a categorical, some nulls;
* strings: 10 columns: two of ints, two of floats, three of text (one with 5,000 distinct
           values), a date-time written as text, a boolean, a float column 10 % missing.

For each frame and size, `--pairs` pairs of worker processes run side by side, ours and the
peer's one after the other (the order alternating from pair to pair), and each times
`--repeat` times (after an unmeasured warm-up on 100 rows):

* upload:     app.dataset.new(name).df(frame).build()
* download:   dataset.df()
* edit_data:  dataset.edit_data(frame)
* flow run:   a trivial IMPORTED → EXPORTED flow on a ten-row dataset (three runs)

The floor is what no client can beat on this machine: pyarrow's CSV encode and decode of the
same frame, a raw loopback (TCP over 127.0.0.1) copy of the CSV bytes and, for uploads, the
local platform's verification of the file (it reads and types it before accepting it),
measured once per pair.

The table shows median seconds and peak memory (the resident set's high-water mark during the
operation above the resident set before it, MiB; Linux only), the median over the pairs of
peer/ours, and ours/floor. Then `--first-answers` pairs of new processes each print the number
of apps (`python -c "from ikigai import Ikigai; print(len(Ikigai(...).apps()))"`), timed from
start to exit; ours from a venv with the runtime dependencies alone, as users install it
(`published_client.runtime_python`). This script imports nothing but the standard library at
the top, so the published client's interpreter can run it as its worker too.
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


def make_frame(rows: int, kind: str = "mixed") -> Any:
    import numpy as np
    import pandas as pd

    if kind == "strings":
        return _strings_frame(rows)
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


def _strings_frame(rows: int) -> Any:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(11)
    words = np.array([f"product {i:04d}" for i in range(5_000)], dtype=object)
    when = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 10**8, rows), "s")
    return pd.DataFrame(
        {
            "order": np.arange(rows, dtype="int64"),
            "quantity": rng.integers(0, 1_000, rows),
            "price": np.round(rng.normal(50, 20, rows), 2),
            "weight": rng.random(rows) * 100,
            "product": words[rng.integers(0, len(words), rows)],
            "region": rng.choice(["north", "south", "east", "west", "centre"], rows),
            "comment": [f"order {i} looks fine" for i in range(rows)],
            "when": when.strftime("%Y-%m-%d %H:%M:%S"),
            "paid": rng.random(rows) < 0.7,
            "discount": np.where(rng.random(rows) < 0.1, np.nan, rng.random(rows)),
        }
    )


def client_worker(
    base_url: str, email: str, api_key: str, rows: int, repeat: int, kind: str
) -> dict[str, Any]:
    import pandas as pd

    import ikigai

    client = ikigai.Ikigai(user_email=email, api_key=api_key, base_url=base_url)
    frame = make_frame(rows, kind)
    app = client.app.new(f"bench-{os.getpid()}-{kind}-{rows}").build()
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
    downloaded_mib = 0.0
    for _ in range(repeat):
        results.setdefault("download", []).append(measure(lambda: check.append(dataset.df())))
        downloaded = check.pop()
        assert downloaded.shape == frame.shape, downloaded.shape
        downloaded_mib = float(downloaded.memory_usage(deep=True).sum()) / 2**20
        del downloaded
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
    return {"results": results, "frame_mib": frame_mib, "downloaded_mib": downloaded_mib}


def floor_worker(rows: int, repeat: int, kind: str) -> dict[str, Any]:
    """pyarrow's own CSV writer and reader on the frame (no pandas spelling rules), and a raw
    TCP copy of the bytes over the loopback interface."""
    import io
    import socket
    import threading

    import pyarrow as pa
    import pyarrow.csv as pacsv

    frame = make_frame(rows, kind)

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

    from ikigai.local.transfer.inference import summarise_csv

    def verify(data: bytes = payload) -> None:
        """What the local platform does to accept an uploaded file: read it and type it."""
        with tempfile.NamedTemporaryFile(suffix=".csv") as file:
            file.write(data)
            file.flush()
            summarise_csv(Path(file.name))

    verify(payload[: payload.index(b"\n", 1 << 16) + 1])  # once, unmeasured: imports, pools
    results: dict[str, list[tuple[float, float]]] = {}
    for _ in range(repeat):
        results.setdefault("encode", []).append(measure(encode))
        results.setdefault("decode", []).append(measure(decode))
        results.setdefault("loopback", []).append(measure(loopback))
        results.setdefault("verify", []).append(measure(verify))
    return {"results": results, "csv_mib": len(payload) / 2**20}


# ---- orchestrating -----------------------------------------------------------------------


def run_worker(python: Path, *args: str, isolated: bool, checkout: Path = ROOT) -> dict[str, Any]:
    """Run this script as a worker: `isolated` for the published client's interpreter, else
    with the client of `checkout` (its `ikigai` and generated `ikigai_wire`) first on the path."""
    worker = f"--worker={json.dumps(list(args))}"
    command = [str(python), *(["-I"] if isolated else []), str(HERE), worker]
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


Results = dict[str, list[list[float]]]  # operation -> [seconds, MiB] samples


def merged(runs: list[dict[str, Any]]) -> Results:
    """The samples of several workers' runs, by operation (round trip added per run)."""
    found: Results = {}
    for run in runs:
        for name, samples in run["results"].items():
            found.setdefault(name, []).extend(samples)
    return found


def _per_run(run: dict[str, Any]) -> dict[str, float]:
    """One worker run's median seconds per operation, with the round trip."""
    seconds = {name: medians(samples)[0] for name, samples in run["results"].items()}
    if "upload" in seconds:
        seconds["round trip"] = seconds["upload"] + seconds["download"]
    return seconds


def pair_ratios(ours: list[dict[str, Any]], peer: list[dict[str, Any]]) -> dict[str, float]:
    """peer/ours per operation: the median over the pairs, each pair run side by side."""
    ratios: dict[str, list[float]] = {}
    for mine, theirs in zip(ours, peer, strict=True):
        a, b = _per_run(mine), _per_run(theirs)
        for name in a:
            ratios.setdefault(name, []).append(b[name] / a[name])
    return {name: statistics.median(values) for name, values in ratios.items()}


def table(
    title: str, ours: list[dict[str, Any]], peer: list[dict[str, Any]], floor: list[dict[str, Any]]
) -> str:
    f = {name: medians(samples) for name, samples in merged(floor).items()}
    # an upload: encode, send, and the platform reads and types the file before accepting it
    floor_up = f["encode"][0] + f["loopback"][0] + f["verify"][0]
    floor_down = f["decode"][0] + f["loopback"][0]
    frame_mib = statistics.median(run["frame_mib"] for run in ours)
    # the frame a download gives (text stays text: dates and categories come back as strings)
    got = {
        name: statistics.median(run["downloaded_mib"] for run in side)
        for name, side in (("ours", ours), ("peer", peer))
    }
    csv_mib = statistics.median(run["csv_mib"] for run in floor)
    lines = [
        f"\n{title}: frame {frame_mib:.0f} MiB in pandas (downloaded: {got['ours']:.0f} MiB ours,"
        f" {got['peer']:.0f} MiB peer), CSV {csv_mib:.0f} MiB, {len(ours)} pairs",
        f"{'operation':<12} {'ours s':>8} {'peer s':>8} {'floor s':>8} {'ours MiB':>9}"
        f" {'peer MiB':>9} {'peer/ours':>10} {'ours/floor':>11}",
    ]
    o = {name: medians(samples) for name, samples in merged(ours).items()}
    p = {name: medians(samples) for name, samples in merged(peer).items()}
    for side in (o, p):
        side["round trip"] = (
            side["upload"][0] + side["download"][0],
            max(side["upload"][1], side["download"][1]),
        )
    ratios = pair_ratios(ours, peer)
    floors = {
        "upload": floor_up,
        "download": floor_down,
        "edit_data": floor_up,
        "round trip": floor_up + floor_down,
    }
    for name in ("upload", "download", "round trip", "edit_data", "flow run"):
        mine, theirs = o[name], p[name]
        base = floors.get(name)
        lines.append(
            f"{name:<12} {mine[0]:>8.3f} {theirs[0]:>8.3f}"
            f" {'' if base is None else f'{base:.3f}':>8} {mine[1]:>9.0f} {theirs[1]:>9.0f}"
            f" {ratios[name]:>9.1f}x {'' if base is None else f'{mine[0] / base:.1f}x':>11}"
        )
    lines.append(
        f"floor parts: encode {f['encode'][0]:.3f} s, decode {f['decode'][0]:.3f} s,"
        f" loopback {f['loopback'][0]:.3f} s, platform's verification {f['verify'][0]:.3f} s;"
        " download peak / downloaded frame:"
        f" ours {o['download'][1] / got['ours']:.1f}, peer {p['download'][1] / got['peer']:.1f}"
    )
    return "\n".join(lines)


FIRST_ANSWER = (
    "from ikigai import Ikigai\n"
    "print(len(Ikigai(user_email={email!r}, api_key={key!r}, base_url={url!r}).apps()))\n"
)


def first_answer(python: Path, isolated: bool, checkout: Path, source: str) -> float:
    """Seconds from starting a new interpreter to its exit, printing the number of apps."""
    command = [str(python), *(["-I", "-W", "ignore"] if isolated else []), "-c", source]
    path = f"{checkout}{os.pathsep}{checkout / 'generated'}"
    started = time.perf_counter()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
        env={**os.environ, "PYTHONPATH": "" if isolated else path},
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout.strip().isdigit():
        raise SystemExit(f"first answer failed:\n{done.stdout}\n{done.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--frames", nargs="+", default=["mixed", "strings"])
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument(
        "--repeat", type=int, default=2, help="times each worker repeats each operation"
    )
    parser.add_argument("--first-answers", type=int, default=5)
    parser.add_argument("--peer-checkout", type=Path, help="compare with this checkout's client")
    # one JSON list: an API key may start with "-", which argparse would take for an option
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.worker:
        kind, *rest = json.loads(options.worker)
        if kind == "floor":
            answer = floor_worker(int(rest[0]), int(rest[1]), rest[2])
        else:
            answer = client_worker(rest[0], rest[1], rest[2], int(rest[3]), int(rest[4]), rest[5])
        print(json.dumps(answer))
        return

    from published_client import PUBLISHED_VERSION, published_python, runtime_python

    from ikigai.local import LocalPlatform

    peer: tuple[Path, bool, Path]
    if options.peer_checkout:
        peer = (Path(sys.executable), False, options.peer_checkout.resolve())
        print(f"peer: this client as checked out in {peer[2]}")
    else:
        peer = (published_python(PUBLISHED_VERSION), True, ROOT)
    sides = {"ours": (Path(sys.executable), False, ROOT), "peer": peer}
    with tempfile.TemporaryDirectory() as data, LocalPlatform(data) as platform:
        for frame in options.frames:
            for rows in options.rows:
                runs: dict[str, list[dict[str, Any]]] = {"ours": [], "peer": [], "floor": []}
                for pair in range(options.pairs):
                    order = ("ours", "peer") if pair % 2 == 0 else ("peer", "ours")
                    for who in order:
                        python, isolated, checkout = sides[who]
                        email = f"{who}-{frame}-{rows}-{pair}@example.com"
                        key = platform.add_user(email)
                        args = (
                            platform.base_url,
                            email,
                            key,
                            str(rows),
                            str(options.repeat),
                            frame,
                        )
                        runs[who].append(
                            run_worker(
                                python, "client", *args, isolated=isolated, checkout=checkout
                            )
                        )
                    runs["floor"].append(
                        run_worker(
                            Path(sys.executable),
                            "floor",
                            str(rows),
                            str(options.repeat),
                            frame,
                            isolated=False,
                        )
                    )
                title = f"{frame} frame, {rows:,} rows x 10 columns"
                print(table(title, runs["ours"], runs["peer"], runs["floor"]), flush=True)
        email = "first-answer@example.com"
        source = FIRST_ANSWER.format(
            email=email, key=platform.add_user(email), url=platform.base_url
        )
        # ours as a user installs it: `pip install` with the runtime dependencies alone (the
        # dev tools would add to httpx's import: its command line loads click and rich)
        first = {**sides, "ours": (runtime_python(ROOT), True, ROOT)}
        answers: dict[str, list[float]] = {"ours": [], "peer": []}
        for pair in range(options.first_answers):
            for who in ("ours", "peer") if pair % 2 == 0 else ("peer", "ours"):
                answers[who].append(first_answer(*first[who], source))
        ratios = [o / p for o, p in zip(answers["ours"], answers["peer"], strict=True)]
        if not ratios:  # --first-answers 0
            return
        print(
            f"\nfirst answer in a new process ({options.first_answers} pairs): ours"
            f" {statistics.median(answers['ours']):.3f} s, peer"
            f" {statistics.median(answers['peer']):.3f} s,"
            f" ours/peer {statistics.median(ratios):.2f}"
        )


if __name__ == "__main__":
    main()
