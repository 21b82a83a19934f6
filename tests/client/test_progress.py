"""What a progress bar leaves behind when stderr is a file or a terminal.

Each check downloads a dataset of the local platform in a new process whose stderr is a file
(or the other end of a pseudo-terminal), then reads what the bar wrote there. tqdm redraws at
most every 0.1 s, and a download of this size ends well within that."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ikigai.components.app import App
from ikigai.local import LocalPlatform

tqdm = pytest.importorskip("tqdm")

DATASET = "progress"
FRAME = pd.DataFrame({"n": np.arange(60_000), "x": np.linspace(0.0, 1.0, 60_000)})

DOWNLOAD = """
import sys
import termios
from pathlib import Path
from ikigai import Ikigai

with Ikigai(progress=True) as client:
    dataset = client.apps[sys.argv[1]].datasets[sys.argv[2]]
    how, target = sys.argv[3], Path(sys.argv[4])
    if how == "download":
        dataset.download(target)
    elif how == "df":
        target.write_text(dataset.df().to_csv(index=False))
    else:
        target.write_text(dataset.arrow().to_pandas().to_csv(index=False))
"""


@pytest.fixture(scope="module")
def stored(platform: LocalPlatform, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    """An app holding the dataset; its name and the size of the dataset's CSV file."""
    client = platform.client()
    app: App = client.app.new("progress bars").build()
    dataset = app.dataset.new(DATASET).df(FRAME).build()
    size = dataset.download(tmp_path_factory.mktemp("stored") / "data.csv").stat().st_size
    return app.name, size


def _run(platform: LocalPlatform, app: str, how: str, target: Path, stderr: int) -> None:
    """Read the dataset in a new process (`how`: download, df or arrow), its stderr on `stderr`."""
    env = {
        **os.environ,
        "IKIGAI_USER_EMAIL": platform.default_user,
        "IKIGAI_API_KEY": platform.api_key(),
        "IKIGAI_BASE_URL": platform.base_url,
    }
    process = subprocess.Popen(
        [sys.executable, "-c", DOWNLOAD, app, DATASET, how, str(target)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    assert process.wait(timeout=120) == 0


def _frames(written: bytes) -> list[str]:
    """The states the bar was drawn in, in order (tqdm redraws after a carriage return)."""
    text = written.decode("utf-8").replace("\n", "\r")
    return [frame.strip() for frame in text.split("\r")]


@pytest.mark.parametrize("how", ["download", "df", "arrow"])
def test_a_bar_written_to_a_file_ends_at_100_percent_of_the_total(
    platform: LocalPlatform, stored: tuple[str, int], tmp_path: Path, how: str
) -> None:
    app, size = stored
    log = tmp_path / "stderr.log"
    with log.open("wb") as stderr:
        _run(platform, app, how, tmp_path / "data.csv", stderr=stderr.fileno())
    written = log.read_bytes()
    assert written.endswith(b"\n"), written  # the bar's line is finished, not left to a redraw
    last = [frame for frame in _frames(written) if frame][-1]
    total = tqdm.std.tqdm.format_sizeof(size, divisor=1024)
    assert last.startswith(f"download {DATASET}: 100%"), written
    assert f"| {total}/{total} [" in last, written


def test_a_bar_on_a_terminal_is_removed_when_it_ends(
    platform: LocalPlatform, stored: tuple[str, int], tmp_path: Path
) -> None:
    app, _ = stored
    reader, writer = pty.openpty()
    # 24 rows of 80 columns: tqdm fits the bar to the terminal, and draws none on a 0-wide one
    fcntl.ioctl(writer, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    received = b""
    try:
        _run(platform, app, "download", tmp_path / "data.csv", stderr=writer)
        # Our end of the terminal stays open: what the process wrote waits in it to be read.
        while select.select([reader], [], [], 0.5)[0]:
            received += os.read(reader, 65536)
    finally:
        os.close(reader)
        os.close(writer)
    frames = _frames(received)
    assert any(frame.startswith(f"download {DATASET}:") for frame in frames), received
    assert frames[-1] == "", received  # cleared: the prompt comes back on an empty line
