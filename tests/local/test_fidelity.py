"""The local platform behaves as the hosted one where programs rely on it, over real HTTP.

* Fan-out: an output feeds any number of facets, and an INPUT facet may be the destination of
  arrows (they only order the run); the catalog's `facet_requirement` counts say so.
* A flow whose INPUT facets lead to no OUTPUT facet writes nothing, and its run fails naming
  the facet by name and id.
* Asynchronous exports: the first download request for a high-volume flow's output, or for a
  dataset past `Settings.async_export_bytes`, answers IN_PROGRESS, then the export is ready; small
  datasets stay on the fast path; an export that cannot be made, or takes too long, answers
  FAILED and the next request starts again.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from ikigai.local import LocalPlatform
from ikigai.local.settings import Settings

from .conftest import new_user, unique
from .support import Api, wait_for

IMPORTED, EXPORTED, COUNT, UNION, COPY = "I_005", "O_005", "M_003", "M_019", "M_002"
FRAME = pd.DataFrame({"n": [1, 2, 3, 4], "label": ["a", "b", "a", "c"]})
OTHER = pd.DataFrame({"n": [10, 20], "label": ["x", "y"]})


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    """A platform with the real engine (the package's conftest gives a test double)."""
    with LocalPlatform() as running:
        yield running


@pytest.fixture
def user(platform: LocalPlatform) -> Api:
    return new_user(platform, "fidelity")


def csv_of(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode()


def dataset_with(user: Api, app: str, name: str, frame: pd.DataFrame) -> str:
    dataset = user.create_dataset(app, name)
    assert user.upload(app, dataset, csv_of(frame), name) == "SUCCESS"
    return dataset


def imported(facet_id: str, dataset_id: str, name: str = "") -> dict[str, Any]:
    arguments = {
        "dataset_id": dataset_id,
        "file_type": "csv",
        "header": True,
        "use_raw_file": False,
    }
    return {"facet_id": facet_id, "facet_uid": IMPORTED, "name": name, "arguments": arguments}


def exported(facet_id: str, dataset_name: str) -> dict[str, Any]:
    arguments = {"dataset_name": dataset_name, "file_type": "csv", "header": True}
    return {"facet_id": facet_id, "facet_uid": EXPORTED, "name": "", "arguments": arguments}


def facet(facet_id: str, facet_uid: str, **arguments: Any) -> dict[str, Any]:
    return {"facet_id": facet_id, "facet_uid": facet_uid, "name": "", "arguments": arguments}


def arrow(source: str, destination: str, **arguments: Any) -> dict[str, Any]:
    return {"source": source, "destination": destination, "arguments": arguments}


def run(user: Api, app: str, definition: dict[str, Any], **extra: Any) -> dict[str, Any]:
    flow = user.create_flow(app, unique("flow"), definition, **extra)
    return user.run_to_end(app, flow)


def dataset_id_named(user: Api, app: str, name: str) -> str:
    answer = user.ok(user.get("/component/get-dataset", project_id=app, name=name))
    return str(answer["dataset"]["dataset_id"])


def frame_of(user: Api, app: str, name: str) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(user.download(app, dataset_id_named(user, app, name))))


def dataset_names(user: Api, app: str) -> set[str]:
    answer = user.ok(
        user.get("/component/get-datasets-for-project", project_id=app, fetch_all=True)
    )
    return {str(dataset["name"]) for dataset in answer["datasets"]}


def download_answer(user: Api, app: str, dataset: str) -> dict[str, Any]:
    path = "/component/get-dataset-download-url"
    return user.ok(user.get(path, project_id=app, dataset_id=dataset))


def answers_until_ready(user: Api, app: str, dataset: str) -> tuple[list[str], float]:
    """The statuses of download requests made back to back until one is not IN_PROGRESS, and
    how long the export stayed IN_PROGRESS (seconds)."""
    started = time.monotonic()
    statuses = [download_answer(user, app, dataset)["status"]]
    while statuses[-1] == "IN_PROGRESS":
        assert time.monotonic() - started < 20, statuses
        time.sleep(0.002)
        statuses.append(download_answer(user, app, dataset)["status"])
    return statuses, time.monotonic() - started


# ---- the catalog ---------------------------------------------------------------------------


def test_the_catalog_counts_allow_fan_out_and_arrows_into_input_facets(user: Api) -> None:
    specs = user.ok(user.get("/component/get-facet-specs"))
    seen: set[str] = set()
    for chain, groups in specs.items():
        for group in groups.values():
            for spec in group.values():
                need = spec["facet_requirement"]
                assert spec["facet_requirements"] == [need]
                label = spec["facet_info"]["facet_type"]
                seen.add(chain)
                if chain == "OUTPUT":
                    assert (need["min_child_count"], need["max_child_count"]) == (0, 0), label
                    assert need["min_parent_count"] == 1, label
                    continue
                assert need["max_child_count"] >= 100, f"{chain} {label} fans out"
                if chain == "INPUT":
                    assert need["min_child_count"] == 1, f"INPUT {label} must feed something"
                    assert need["min_parent_count"] == 0, label
                    assert need["max_parent_count"] >= 100, f"INPUT {label} takes arrows"
    assert seen == {"INPUT", "MID", "OUTPUT"}
    union = specs["MID"]["TRANSFORM"]["UNION"]["facet_requirement"]
    assert (union["min_parent_count"], union["max_parent_count"]) == (2, 2)


# ---- fan-out ---------------------------------------------------------------------------------


def test_an_output_feeds_any_number_of_facets(user: Api) -> None:
    app = user.create_app(unique("fan-out"))
    source = dataset_with(user, app, "source", FRAME)
    consumers = 5
    definition = {
        "facets": [
            imported("in", source),
            facet("count", COUNT, target_columns=["label"], output_column_name="count"),
            exported("counted", "counted"),
            *(exported(f"out{i}", f"copy {i}") for i in range(consumers)),
        ],
        "arrows": [
            arrow("in", "count"),
            arrow("count", "counted"),
            *(arrow("in", f"out{i}") for i in range(consumers)),
        ],
    }
    log = run(user, app, definition)
    assert log["status"] == "SUCCESS", log
    for i in range(consumers):
        pd.testing.assert_frame_equal(frame_of(user, app, f"copy {i}"), FRAME)
    counted = frame_of(user, app, "counted")
    assert counted.values.tolist() == [["a", 2], ["b", 1], ["c", 1]]


def test_an_arrow_into_an_input_facet_only_orders_the_run(user: Api) -> None:
    """The second Imported facet runs after the first and imports its own dataset."""
    app = user.create_app(unique("into-input"))
    first = dataset_with(user, app, "first", FRAME)
    second = dataset_with(user, app, "second", OTHER)
    definition = {
        "facets": [imported("i1", first), imported("i2", second), exported("out", "out")],
        "arrows": [arrow("i1", "i2"), arrow("i2", "out")],
    }
    log = run(user, app, definition)
    assert log["status"] == "SUCCESS", log
    pd.testing.assert_frame_equal(frame_of(user, app, "out"), OTHER)


def test_the_guides_branch_stacks_both_inputs(user: Api) -> None:
    """The guide's branching flow as the clients send it: import_1 feeds import_2 and the
    UNION's top, import_2 its bottom."""
    app = user.create_app(unique("branch"))
    first = dataset_with(user, app, "first", FRAME)
    second = dataset_with(user, app, "second", OTHER)
    definition = {
        "facets": [
            imported("0", first),
            imported("1", second),
            {**facet("2", UNION, option="full"), "name": "union"},
            exported("3", "stacked"),
        ],
        "arrows": [
            arrow("0", "1"),
            arrow("0", "2", table_side="top"),
            arrow("1", "2", table_side="bottom"),
            arrow("2", "3"),
        ],
    }
    log = run(user, app, definition)
    assert log["status"] == "SUCCESS", log
    expected = pd.concat([FRAME, OTHER], ignore_index=True)
    pd.testing.assert_frame_equal(frame_of(user, app, "stacked"), expected)


# ---- flows that write nothing ----------------------------------------------------------------


def test_a_flow_of_one_imported_facet_fails_naming_it(user: Api) -> None:
    app = user.create_app(unique("import-only"))
    source = dataset_with(user, app, "source", FRAME)
    log = run(user, app, {"facets": [imported("7", source, name="lonely")], "arrows": []})
    assert (log["status"], log["erroneous_facet_id"]) == ("FAILED", "7"), log
    assert log["message"].startswith("INPUT IMPORTED facet 'lonely' (facet_id '7') feeds no facet")
    assert dataset_names(user, app) == {"source"}


@pytest.mark.parametrize(
    ("facets", "arrows", "blamed", "words"),
    [
        pytest.param(
            lambda d: [imported("in", d)],
            [],
            "in",
            "INPUT IMPORTED facet 'in' feeds no facet",
            id="unnamed",
        ),
        pytest.param(
            lambda d: [imported("in", d), facet("c", COUNT, target_columns=["label"])],
            [arrow("in", "c")],
            "in",
            "INPUT IMPORTED facet 'in' leads to no OUTPUT facet",
            id="through a mid facet to nothing",
        ),
        pytest.param(
            lambda d: [imported("in", d), imported("stray", d), exported("out", "written")],
            [arrow("in", "out")],
            "stray",
            "INPUT IMPORTED facet 'stray' feeds no facet",
            id="one input of two",
        ),
        pytest.param(
            lambda d: [imported("a", d), imported("b", d)],
            [arrow("a", "b")],
            "a",
            "INPUT IMPORTED facet 'a' leads to no OUTPUT facet",
            id="inputs into inputs",
        ),
    ],
)
def test_a_flow_whose_inputs_lead_to_no_output_fails(
    user: Api, facets: Any, arrows: list[dict[str, Any]], blamed: str, words: str
) -> None:
    app = user.create_app(unique("nowhere"))
    source = dataset_with(user, app, "source", FRAME)
    log = run(user, app, {"facets": facets(source), "arrows": arrows})
    assert (log["status"], log["erroneous_facet_id"]) == ("FAILED", blamed), log
    assert words in log["message"]
    assert "OUTPUT facet such as EXPORTED" in log["message"]
    assert dataset_names(user, app) == {"source"}, "a failed run writes nothing"


# ---- asynchronous exports --------------------------------------------------------------------


def test_a_high_volume_flows_output_is_exported_in_the_background(user: Api) -> None:
    app = user.create_app(unique("high-volume"))
    source = dataset_with(user, app, "source", FRAME)
    definition = {
        "facets": [imported("in", source), exported("out", "big output")],
        "arrows": [arrow("in", "out")],
    }
    log = run(user, app, definition, high_volume_preference=True)
    assert log["status"] == "SUCCESS", log
    output = dataset_id_named(user, app, "big output")

    statuses, seconds = answers_until_ready(user, app, output)
    assert statuses[0] == "IN_PROGRESS"
    assert statuses[-1] == "SUCCESS"
    assert seconds < 5, f"the export was ready after {seconds:.3f} s"
    print(f"high-volume export: IN_PROGRESS for {seconds * 1000:.1f} ms, {len(statuses)} requests")
    pd.testing.assert_frame_equal(frame_of(user, app, "big output"), FRAME)
    # The snapshot is kept for that version of the data: later downloads are ready at once.
    assert download_answer(user, app, output)["status"] == "SUCCESS"
    # The flow's input is an ordinary small dataset: the fast path.
    assert download_answer(user, app, source)["status"] == "SUCCESS"

    # A new run writes new data, and its first download is prepared again.
    flow_run = run(user, app, definition, high_volume_preference=True)
    assert flow_run["status"] == "SUCCESS", flow_run
    assert answers_until_ready(user, app, output)[0][0] == "IN_PROGRESS"


def test_a_flow_without_the_preference_keeps_the_fast_path(user: Api) -> None:
    app = user.create_app(unique("ordinary"))
    source = dataset_with(user, app, "source", FRAME)
    definition = {
        "facets": [imported("in", source), exported("out", "small output")],
        "arrows": [arrow("in", "out")],
    }
    assert run(user, app, definition)["status"] == "SUCCESS"
    output = dataset_id_named(user, app, "small output")
    assert download_answer(user, app, output)["status"] == "SUCCESS"


def test_our_client_polls_a_high_volume_download_until_ready(platform: LocalPlatform) -> None:
    client = platform.client()
    try:
        types = client.facet_types
        app = client.app.new(unique("ours")).build()
        source = app.dataset.new("source").df(FRAME).build()
        definition = (
            client.builder.facet(facet_type=types.INPUT.Imported)
            .arguments(dataset_id=source.dataset_id, use_raw_file=False)
            .facet(facet_type=types.OUTPUT.EXPORTED)
            .arguments(dataset_name="ours big")
            .build()
        )
        flow = (
            app.flow.new("high volume")
            .definition(definition)
            .high_volume_preference(optimize=True)
            .build()
        )
        assert flow.run().status.value == "SUCCESS"
        started = time.monotonic()
        output = app.datasets["ours big"].df()
        print(f"our client's high-volume download: {time.monotonic() - started:.3f} s")
        pd.testing.assert_frame_equal(output, FRAME, check_dtype=False)
    finally:
        client.close()


def test_a_dataset_past_the_threshold_is_exported_in_the_background() -> None:
    settings = Settings(async_export_bytes=1000)
    with LocalPlatform(settings=settings) as platform:
        user = new_user(platform, "threshold")
        app = user.create_app("threshold")
        big = pd.DataFrame({"n": range(300), "text": [f"row number {i}" for i in range(300)]})
        assert len(csv_of(big)) > 1000 > len(csv_of(FRAME))
        large = dataset_with(user, app, "large", big)
        small = dataset_with(user, app, "small", FRAME)
        statuses, seconds = answers_until_ready(user, app, large)
        assert statuses[0] == "IN_PROGRESS", statuses
        assert statuses[-1] == "SUCCESS", statuses
        print(f"export past the threshold: IN_PROGRESS for {seconds * 1000:.1f} ms")
        assert download_answer(user, app, small)["status"] == "SUCCESS"
        got = pd.read_csv(io.BytesIO(user.download(app, large)))
        pd.testing.assert_frame_equal(got, big)


def test_an_export_that_cannot_be_made_fails_then_starts_again() -> None:
    with LocalPlatform(settings=Settings(instant_exports=False)) as platform:
        user = new_user(platform, "broken")
        app = user.create_app("broken")
        dataset = dataset_with(user, app, "data", FRAME)
        stored = next((platform.data_dir / "datasets" / dataset).glob("*.csv"))
        kept = stored.read_bytes()
        stored.unlink()  # the disk lost the file: the snapshot cannot be made
        assert download_answer(user, app, dataset)["status"] == "IN_PROGRESS"
        failed = wait_for(
            lambda: download_answer(user, app, dataset)["status"],
            lambda status: status != "IN_PROGRESS",
        )
        assert failed == "FAILED"
        stored.write_bytes(kept)
        # FAILED is answered once; the next request starts a new export.
        assert download_answer(user, app, dataset)["status"] == "IN_PROGRESS"
        pd.testing.assert_frame_equal(pd.read_csv(io.BytesIO(user.download(app, dataset))), FRAME)


def test_an_export_that_takes_too_long_is_given_up() -> None:
    """With the one transfer worker busy verifying an upload (held for 2 s), an export waits
    behind it; past `export_timeout_seconds` the request answers FAILED instead of IN_PROGRESS
    for ever, and once the worker is free a new request gets the data."""
    settings = Settings(
        transfer_workers=1,
        min_verify_seconds=2.0,
        export_timeout_seconds=0.3,
        instant_exports=False,
    )
    with LocalPlatform(settings=settings) as platform:
        user = new_user(platform, "slow")
        app = user.create_app("slow")
        dataset = dataset_with(user, app, "data", FRAME)
        other = user.create_dataset(app, "other")
        data = csv_of(OTHER)
        started = user.begin_upload(app, other, data, "other")
        etags = user.put_parts(started["urls"], data)
        user.ok(user.complete(app, other, started["upload_id"], etags, "other"))
        path = "/component/verify-dataset-upload"
        user.ok(user.get(path, project_id=app, dataset_id=other, filename="other.csv"))
        # the worker now holds the verification until 2 s after the complete call
        began = time.monotonic()
        assert download_answer(user, app, dataset)["status"] == "IN_PROGRESS"
        status = wait_for(
            lambda: download_answer(user, app, dataset)["status"],
            lambda answer: answer != "IN_PROGRESS",
        )
        waited = time.monotonic() - began
        assert status == "FAILED"
        assert 0.3 <= waited < 1.8, waited
        assert user.wait_confirm(app, other) == "SUCCESS"
        pd.testing.assert_frame_equal(pd.read_csv(io.BytesIO(user.download(app, dataset))), FRAME)
