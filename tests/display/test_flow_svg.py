"""The SVG picture of a flow definition: its boxes, arrows and labels, parsed back."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from display_support import branching_flow

from ikigai.builders.definition import FlowDefinition
from ikigai.display.layout import place
from ikigai.specs import FacetTypes

SVG = "{http://www.w3.org/2000/svg}"
EXAMPLE = Path(__file__).parents[2] / "docs" / "images" / "branching-flow.svg"


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    return root


def facets(root: ET.Element) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") == "facet":
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
