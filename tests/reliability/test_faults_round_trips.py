"""Through a platform that fails 20 % of requests: 30 frames round-trip exactly, nothing is left
half-made, and the guide's walkthrough (app, dataset, flow, run, logs, download) completes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ikigai import Ikigai
from ikigai.components import FlowStatus
from ikigai.local import LocalPlatform

from .support import FIGURES, random_frame

FRAMES = 30


def _sizes(rng: np.random.Generator) -> list[int]:
    """Mostly small frames (the round trip, not the size, is under test), a few large ones."""
    small = [int(n) for n in rng.integers(1_000, 5_000, size=FRAMES - 5)]
    return [*small, 20_000, 50_000, 100_000, 150_000, 200_000]


def _orphans(platform: LocalPlatform) -> dict[str, int]:
    """Datasets without data, unfinished uploads, and upload files on disk."""
    services = platform.services
    with services.db.read() as tx:
        counts = {
            "datasets without data": tx.execute(
                "SELECT COUNT(*) FROM datasets WHERE data_file IS NULL"
            ).fetchone()[0],
            "unfinished uploads": tx.execute(
                "SELECT COUNT(*) FROM uploads WHERE state IN ('OPEN', 'COMPLETED', 'VERIFYING')"
            ).fetchone()[0],
        }
    counts["upload files"] = sum(1 for _ in services.files.root.joinpath("uploads").rglob("*"))
    return counts


def test_thirty_frames_round_trip_through_faults(
    faulty: LocalPlatform, faulty_client: Ikigai
) -> None:
    rng = np.random.default_rng(2026)
    app = faulty_client.app.new("round trips").build()
    for number, rows in enumerate(_sizes(rng)):
        source = random_frame(rng, rows)
        dataset = app.dataset.new(f"frame {number}").df(source).build()
        pd.testing.assert_frame_equal(dataset.df(), source)
        FIGURES["round trips checked"] += 1
    assert len(app.datasets()) == FRAMES
    assert _orphans(faulty) == {
        "datasets without data": 0,
        "unfinished uploads": 0,
        "upload files": 0,
    }


def test_the_walkthrough_completes_with_faults_on(faulty_client: Ikigai) -> None:
    client = faulty_client
    data = pd.DataFrame({"city": ["Oslo", "Rome", "Lima"], "n": [1, 2, 3]})
    app = client.app.new("walkthrough").description("under faults").build()
    assert client.apps()["walkthrough"].app_id == app.app_id
    dataset = app.dataset.new("input").df(data).build()
    facet_types = client.facet_types
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported, name="input")
        .arguments(dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=facet_types.MID.PYTHON, name="script")
        .arguments(script="result = data\n")
        .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="output")
        .arguments(dataset_name="copy", file_type="csv", header=True)
        .build()
    )
    flow = app.flow.new("copy").definition(definition).build()
    log = flow.run()
    assert log.status == FlowStatus.SUCCESS, log
    assert flow.run_logs() == [log]
    pd.testing.assert_frame_equal(app.datasets["copy"].df(), data)
    FIGURES["round trips checked"] += 1
