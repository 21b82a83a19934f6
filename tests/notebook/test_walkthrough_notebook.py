"""examples/walkthrough.ipynb, executed as a user runs it: a Jupyter kernel of this interpreter
runs every cell (the notebook starts its own embedded local platform), then each tagged cell's
outputs are checked: tables for collections, the preview's rows, run logs, help texts, pictures of
flows, and the failed run's picture marking the facet that failed.
"""

from __future__ import annotations

import ast
import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

import ikigai_wire
from ikigai.specs import FacetTypes, ModelTypes
from ikigai_wire.models.facet_specs import FacetSpecs
from ikigai_wire.models.model_specs import ModelSpecs

NOTEBOOK = Path(__file__).parents[2] / "examples" / "walkthrough.ipynb"
CATALOG = Path(ikigai_wire.__file__).parent  # the catalog the local platform serves
SVG = "{http://www.w3.org/2000/svg}"
CELL_TIMEOUT = 60  # seconds; the whole notebook takes a few


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The notebook after a run, its code cells by tag (each is tagged with its id)."""
    folder = tmp_path_factory.mktemp("notebook")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # No kernel spec folders: jupyter_client falls back to ipykernel's own spec, which runs
    # sys.executable, so that a user's or the machine's "python3" kernel is never picked.
    specs = KernelSpecManager(kernel_dirs=[])
    manager = KernelManager(kernel_name="python3", kernel_spec_manager=specs)
    with pytest.MonkeyPatch.context() as patch:
        # the kernel's connection file and IPython's profile go to the test's folder
        patch.setenv("JUPYTER_RUNTIME_DIR", str(folder / "runtime"))
        patch.setenv("IPYTHONDIR", str(folder / "ipython"))
        client = NotebookClient(
            notebook,
            km=manager,
            timeout=CELL_TIMEOUT,
            startup_timeout=CELL_TIMEOUT,
            resources={"metadata": {"path": str(folder)}},  # the kernel's working folder
        )
        started = time.perf_counter()
        client.execute()
        took = time.perf_counter() - started
    nbformat.write(notebook, folder / "walkthrough.ipynb")  # for a look when a check fails
    print(f"walkthrough.ipynb ran in {took:.1f} s")
    return {tag: cell for cell in notebook.cells for tag in cell.metadata.get("tags", [])}


def result(cell: Any, kind: str) -> str:
    """The cell's displayed result of one MIME type."""
    found = [out["data"][kind] for out in cell.outputs if kind in out.get("data", {})]
    assert found, f"cell {cell.id!r} showed no {kind}: {cell.outputs}"
    text: str = found[-1]
    return text


def html(cell: Any) -> ET.Element:
    """The cell's text/html, parsed (parsing fails on anything unescaped)."""
    text = result(cell, "text/html")
    return ET.fromstring(f"<div>{text}</div>")


def tables(cell: Any) -> list[list[list[str]]]:
    """The rows of each table the cell's HTML shows, as text."""
    return [
        [["".join(c.itertext()) for c in row] for row in table.iter("tr")]
        for table in html(cell).iter("table")
    ]


def facets(svg: ET.Element) -> dict[str, dict[str, str]]:
    """The facet boxes of a flow picture by facet id: their attributes."""
    return {
        group.attrib["data-facet-id"]: dict(group.attrib)
        for group in svg.iter(f"{SVG}g")
        if "facet" in group.get("class", "").split()
    }


def shown(element: ET.Element) -> str:
    """The text an SVG element shows (its tooltips, `<title>`, left out)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != f"{SVG}title":
            parts.append(shown(child))
        parts.append(child.tail or "")
    return "".join(parts)


def catalogs() -> tuple[FacetTypes, ModelTypes]:
    facets_json = json.loads((CATALOG / "facet-specs.json").read_text("utf-8"))
    models_json = json.loads((CATALOG / "model-specs.json").read_text("utf-8"))
    return (
        FacetTypes.from_wire(FacetSpecs.from_dict(facets_json)),
        ModelTypes.from_wire(ModelSpecs.from_dict(models_json)),
    )


def test_the_stored_notebook_is_clean_and_every_code_cell_is_tagged() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code
    for cell in code:
        assert (cell.outputs, cell.execution_count) == ([], None), f"{cell.id} has outputs"
        assert cell.metadata.get("tags") == [cell.id]
    assert notebook.metadata["kernelspec"]["name"] == "python3"


def test_every_cell_ran_without_errors_or_warnings(executed: dict[str, Any]) -> None:
    for tag, cell in executed.items():
        kinds = [out.output_type for out in cell.outputs]
        assert "error" not in kinds, tag
        if tag != "platform":  # where no sandbox works, the platform says so when it starts
            stderr = [out.text for out in cell.outputs if out.get("name") == "stderr"]
            assert not stderr, f"{tag}: {stderr}"
    assert executed["stop"].outputs == []


def test_collections_show_as_tables(executed: dict[str, Any]) -> None:
    [apps] = tables(executed["apps"])
    assert apps[0] == ["name", "id", "modified"]
    assert [row[0] for row in apps[1:]] == ["Walkthrough"]
    [datasets] = tables(executed["datasets"])
    assert [row[0] for row in datasets[1:]] == ["sales"]
    [versions] = tables(executed["versions"])
    assert [row[0] for row in versions[1:]] == ["v1"]
    [flows] = tables(executed["flows"])
    assert sorted(row[0] for row in flows[1:]) == [
        "count by channel",
        "count by region",
        "train revenue",
    ]


def test_the_preview_shows_metadata_types_and_the_first_rows(executed: dict[str, Any]) -> None:
    metadata, columns, rows = tables(executed["preview"])
    assert ["name", "sales"] in metadata
    types = {row[0]: row[1] for row in columns[1:]}
    assert list(types) == ["channel", "units", "revenue"]
    assert (types["units"], types["revenue"]) == ("NUMERIC", "NUMERIC")
    assert rows[0] == ["channel", "units", "revenue"]
    assert [row[0] for row in rows[1:]] == ["web", "store", "phone"]
    assert [float(row[1]) for row in rows[1:]] == [1.0, 8.0, 6.0]
    # the flow's output: each channel counted
    *_, counted = tables(executed["output"])
    assert counted[0] == ["channel", "count"]
    assert {row[0]: int(row[1]) for row in counted[1:]} == {"web": 10, "store": 5, "phone": 5}


def test_help_texts_are_shown(executed: dict[str, Any]) -> None:
    facet_types, model_types = catalogs()
    for tag, spec in (("help", facet_types.MID.COUNT), ("model-help", model_types.Linear.Lasso)):
        [pre] = list(html(executed[tag]))
        assert pre.tag == "pre"
        assert "".join(pre.itertext()) == spec.help()


def test_runs_show_their_logs(executed: dict[str, Any]) -> None:
    assert "Run: SUCCESS" in "".join(html(executed["run"]).itertext())
    [logs] = tables(executed["run-logs"])
    assert logs[0] == ["status", "timestamp", "user", "erroneous_facet_id", "message", "log_id"]
    assert [row[0] for row in logs[1:]] == ["SUCCESS"]
    assert "1 run log" in "".join(html(executed["run-logs"]).itertext())
    # printed, the logs are still the list they were
    assert result(executed["run-logs"], "text/plain").startswith("[RunLog(log_id='")
    r2 = ast.literal_eval(result(executed["metrics"], "text/plain"))
    assert r2["average_train"] > 0.9
    assert r2["average_test"] > 0.9


def test_the_definition_is_drawn(executed: dict[str, Any]) -> None:
    svg = ET.fromstring(result(executed["definition"], "image/svg+xml"))
    boxes = facets(svg)
    assert [box["data-facet-type"] for box in boxes.values()] == ["IMPORTED", "COUNT", "EXPORTED"]
    assert [box["data-name"] for box in boxes.values()] == ["sales", "count", "export"]
    assert all(box["class"] == "facet" for box in boxes.values())
    assert "data-run-status" not in svg.attrib


def test_the_failed_run_and_its_picture_name_the_facet_that_failed(
    executed: dict[str, Any],
) -> None:
    assert "Run: FAILED" in "".join(html(executed["failed-run"]).itertext())
    fields = dict(row for row in tables(executed["failed-run"])[0][1:])
    failed_id = fields["erroneous_facet_id"]
    assert "region" in fields["message"]

    svg_text = result(executed["failed-picture"], "image/svg+xml")
    assert result(executed["failed-picture"], "text/html") == svg_text
    svg = ET.fromstring(svg_text)
    assert (svg.get("data-run-status"), svg.get("data-failed-facet")) == ("FAILED", failed_id)
    boxes = facets(svg)
    assert set(boxes) == {"0", "1", "2"}
    marked = {key for key, box in boxes.items() if box["class"] == "facet failed"}
    assert marked == {failed_id}
    assert boxes[failed_id]["data-name"] == "count regions"
    assert boxes[failed_id]["data-status"] == "FAILED"
    badge = "".join(
        shown(t)
        for group in svg.iter(f"{SVG}g")
        if group.get("data-facet-id") == failed_id
        for t in group.iter(f"{SVG}text")
        if t.get("class") == "badge"
    )
    assert badge == "\u2716 failed here"
    [line] = [t for t in svg.iter(f"{SVG}text") if t.get("class") == "run"]
    assert shown(line) == f"Run FAILED at facet 'count regions' (id 1): {fields['message']}"
    assert result(executed["failed-picture"], "text/plain") == (
        "FlowPicture('count by region: FAILED')"
    )
