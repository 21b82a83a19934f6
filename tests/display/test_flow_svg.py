"""The SVG picture of a flow definition: its boxes, arrows and labels, parsed back; and a
picture of a run, with the facet it failed at marked."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pytest
from display_support import branching_flow

from ikigai import Ikigai
from ikigai.builders.definition import FlowDefinition
from ikigai.components.flow import FlowStatus, RunLog
from ikigai.display.flow_svg import CHAR_WIDTH, RUN_HEIGHT, flow_svg
from ikigai.display.layout import place
from ikigai.errors import ArgumentTypeError
from ikigai.local import LocalPlatform
from ikigai.specs import FacetTypes

NASTY = "<i>&'\""

SVG = "{http://www.w3.org/2000/svg}"
EXAMPLE = Path(__file__).parents[2] / "docs" / "images" / "branching-flow.svg"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def facets(root: ET.Element) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for group in root.iter(f"{SVG}g"):
        if "facet" in group.get("class", "").split():  # "facet", or "facet failed"
            texts = ["".join(t.itertext()) for t in group.iter(f"{SVG}text")]
            rect = group.find(f"{SVG}rect")
            assert rect is not None
            found[group.attrib["data-facet-id"]] = {
                **group.attrib,
                "texts": " | ".join(texts),
                "x": rect.attrib["x"],
                "y": rect.attrib["y"],
            }
    return found


def arrows(root: ET.Element) -> list[tuple[str, str, str]]:
    return [
        (g.attrib["data-source"], g.attrib["data-destination"], g.attrib["data-label"])
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "arrow"
    ]


def test_branching_flow_nodes_and_edges(facet_types: FacetTypes) -> None:
    root = parse(branching_flow(facet_types).to_svg())
    boxes = facets(root)
    assert {key: box["data-facet-type"] for key, box in boxes.items()} == {
        "0": "IMPORTED",
        "1": "IMPORTED",
        "2": "UNION",
        "3": "EXPORTED",
    }
    assert {key: box["data-name"] for key, box in boxes.items()} == {
        "0": "sales 2025",
        "1": "sales 2026",
        "2": "all sales",
        "3": "export",
    }
    for key, box in boxes.items():
        assert box["data-name"] in box["texts"]
        assert box["data-facet-type"] in box["texts"]
        assert f"id {key}" in box["texts"]
    assert arrows(root) == [("0", "2", "top"), ("1", "2", "bottom"), ("2", "3", "")]
    labels = ["".join(t.itertext()) for t in root.iter(f"{SVG}text") if t.get("class") == "label"]
    assert sorted(labels) == ["bottombottom", "toptop"]  # <title> + shown text
    # Left to right: the imports share the first column, UNION and EXPORTED follow.
    x = {key: float(box["x"]) for key, box in boxes.items()}
    assert x["0"] == x["1"] < x["2"] < x["3"]
    assert boxes["0"]["y"] != boxes["1"]["y"]


def test_to_svg_writes_the_file(facet_types: FacetTypes, tmp_path: Path) -> None:
    definition = branching_flow(facet_types)
    target = tmp_path / "flow.svg"
    text = definition.to_svg(target)
    assert target.read_text("utf-8") == text
    assert definition._repr_svg_() == text
    assert definition._repr_html_() == text


def test_without_names_the_uid_shows_unless_facet_types_are_given(
    facet_types: FacetTypes,
) -> None:
    stored = FlowDefinition.from_dict(branching_flow(facet_types).model_dump())
    assert stored.facet_type_names == {}
    union_uid = facet_types.MID.UNION.facet_uid
    assert facets(parse(stored.to_svg()))["2"]["data-facet-type"] == union_uid
    named = facets(parse(stored.to_svg(facet_types=facet_types)))
    assert named["2"]["data-facet-type"] == "UNION"


def test_names_are_escaped() -> None:
    definition = FlowDefinition.from_dict(
        {
            "facets": [
                {"facet_id": "a", "facet_uid": "u<1>", "name": "<script>&"},
                {"facet_id": "b", "facet_uid": "u2", "name": 'say "hi"'},
            ],
            "arrows": [{"source": "a", "destination": "b", "arguments": {"k": "<v>"}}],
        }
    )
    svg = definition.to_svg()
    assert "<script>" not in svg
    boxes = facets(parse(svg))
    assert boxes["a"]["data-name"] == "<script>&"
    assert arrows(parse(svg)) == [("a", "b", "k=<v>")]


def test_an_empty_definition_is_still_a_picture() -> None:
    root = parse(FlowDefinition().to_svg())
    assert facets(root) == {}
    assert "(no facets)" in "".join(root.itertext())


def test_layout_layers_and_cycles() -> None:
    placed = place(["a", "b", "c", "d"], [("a", "c"), ("b", "c"), ("c", "d"), ("a", "d")])
    assert [placed[n].layer for n in "abcd"] == [0, 0, 1, 2]
    looped = place(["a", "b"], [("a", "b"), ("b", "a")])
    assert {p.layer for p in looped.values()} <= {0, 1}


def test_the_example_in_the_docs_is_current(facet_types: FacetTypes) -> None:
    svg = branching_flow(facet_types).to_svg()
    if os.environ.get("IKIGAI_REGENERATE_DOCS"):
        EXAMPLE.write_text(svg, encoding="utf-8")
    assert EXAMPLE.read_text("utf-8") == svg, (
        "docs/images/branching-flow.svg is stale: IKIGAI_REGENERATE_DOCS=1 pytest tests/display"
    )


def _log(status: FlowStatus, facet: str | None, message: str = "") -> RunLog:
    return RunLog("l1", status, "ann@example.com", facet, message, datetime(2026, 1, 2, tzinfo=UTC))


def shown(element: ET.Element) -> str:
    """The text an SVG element shows (its tooltips, `<title>`, left out)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{SVG}title":
            parts.append(shown(child))
        parts.append(child.tail or "")
    return "".join(parts)


def run_line(root: ET.Element) -> str:
    [line] = [t for t in root.iter(f"{SVG}text") if t.get("class") == "run"]
    return shown(line)


def test_a_failed_run_marks_its_facet(facet_types: FacetTypes) -> None:
    definition = branching_flow(facet_types)
    plain = flow_svg(definition)
    svg = flow_svg(definition, run_log=_log(FlowStatus.FAILED, "2", f"no column {NASTY}"))
    root = parse(svg)
    assert (root.get("data-run-status"), root.get("data-failed-facet")) == ("FAILED", "2")
    boxes = facets(root)
    assert {key: box["class"] for key, box in boxes.items()} == {
        "0": "facet",
        "1": "facet",
        "2": "facet failed",
        "3": "facet",
    }
    assert boxes["2"]["data-status"] == "FAILED"
    assert "failed here" in boxes["2"]["texts"]
    [badge] = [t for t in root.iter(f"{SVG}text") if t.get("class") == "badge"]
    assert "".join(badge.itertext()).startswith(f"no column {NASTY}")  # its tooltip
    assert run_line(root) == f"Run FAILED at facet 'all sales' (id 2): no column {NASTY}"
    # the rest is drawn as before, one band lower for the run's line
    assert float(root.attrib["height"]) == float(parse(plain).attrib["height"]) + RUN_HEIGHT
    assert {k: b["x"] for k, b in boxes.items()} == {
        k: b["x"] for k, b in facets(parse(plain)).items()
    }
    assert ".facet.failed" in svg
    assert ".facet.failed" not in plain
    assert "data-run-status" not in plain


def test_a_run_without_a_failed_facet_marks_none(facet_types: FacetTypes) -> None:
    definition = branching_flow(facet_types)
    root = parse(flow_svg(definition, run_log=_log(FlowStatus.SUCCESS, None)))
    assert root.get("data-run-status") == "SUCCESS"
    assert "data-failed-facet" not in root.attrib
    assert {box["class"] for box in facets(root).values()} == {"facet"}
    assert run_line(root) == "Run SUCCESS"
    # a facet the definition no longer has is named, not drawn
    gone = parse(flow_svg(definition, run_log=_log(FlowStatus.FAILED, "9", "boom")))
    assert {box["class"] for box in facets(gone).values()} == {"facet"}
    assert run_line(gone) == "Run FAILED at facet id 9 (not in this definition): boom"


def test_a_long_message_is_cut_to_the_picture_and_kept_whole_in_the_tooltip() -> None:
    definition = FlowDefinition.from_dict({"facets": [{"facet_id": "a", "facet_uid": "u"}]})
    message = "x" * 500
    root = parse(flow_svg(definition, run_log=_log(FlowStatus.FAILED, "a", message)))
    line = run_line(root)
    assert line.endswith("\u2026")
    assert len(line) * CHAR_WIDTH <= float(root.attrib["width"])
    [text] = [t for t in root.iter(f"{SVG}text") if t.get("class") == "run"]
    title = text.find(f"{SVG}title")
    assert title is not None
    assert title.text == f"Run FAILED at facet id a: {message}"


@pytest.fixture(scope="module")
def client() -> Iterator[Ikigai]:
    with LocalPlatform() as platform, platform.client() as client:
        yield client


def test_a_flow_draws_its_failed_run(client: Ikigai, tmp_path: Path) -> None:
    app = client.app.new("pictures").build()
    dataset = app.dataset.new("data").df(pd.DataFrame({"k": ["a", "b"]})).build()
    facet_types = client.facet_types
    definition = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported, name="in")
        .arguments(dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=facet_types.MID.COUNT, name="count")
        .arguments(output_column_name="n", sort=True, target_columns=["missing"])
        .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="out")
        .arguments(dataset_name="counted", file_type="csv", header=True)
        .build()
    )
    flow = app.flow.new("broken").definition(definition).build()
    log = flow.run()
    assert (log.status, log.erroneous_facet_id) == (FlowStatus.FAILED, "1")

    picture = flow.picture(log)
    assert picture._repr_svg_() == picture._repr_html_() == str(picture) == picture.svg
    assert repr(picture) == "FlowPicture('broken: FAILED')"
    root = parse(picture.svg)
    boxes = facets(root)
    # the stored definition has no facet type names: the client's facet types give them
    assert [b["data-facet-type"] for b in boxes.values()] == ["IMPORTED", "COUNT", "EXPORTED"]
    assert [b["class"] for b in boxes.values()] == ["facet", "facet failed", "facet"]
    assert run_line(root) == f"Run FAILED at facet 'count' (id 1): {log.data}"

    unmarked = flow.picture()
    assert repr(unmarked) == "FlowPicture('broken')"
    assert unmarked.svg == definition.to_svg()  # the same picture as the built definition's
    target = unmarked.save(tmp_path / "flow.svg")
    assert target.read_text("utf-8") == unmarked.svg
    with pytest.raises(ArgumentTypeError, match="RunLog"):
        flow.picture("FAILED")  # type: ignore[arg-type]
