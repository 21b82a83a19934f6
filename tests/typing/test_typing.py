"""User scripts checked by `mypy --strict` and pyright (strict): the typed catalog at work.

* guide_flows.py (the guide's flow-building examples) and guide_style.py pass both clean;
* mistakes.py has an error on each line that ends in `# planted`, and on no other line;
* reveal.py: `reveal_type` of a facet builder names its facet type.

Each tool runs once over the four scripts (a module fixture); the tests read its JSON output.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import tokenize
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRIPTS = ("guide_flows.py", "guide_style.py", "mistakes.py", "reveal.py")
CLEAN = ("guide_flows.py", "guide_style.py")

# The guide's flow-building examples, in the guide's order, by the names test_guide gives them.
GUIDE_FLOW_EXAMPLES = (
    "creating a new model",
    "adding and configuring a model facet",
    "flow builder and facet builder objects",
    "adding and configuring a facet",
    "chaining facets",
    "creating a branch in the flow",
    "creating a new flow",
)

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Finding:
    line: int  # 1-based
    severity: str  # "error", or "note" / "information" (reveal_type)
    message: str


Report = dict[str, list[Finding]]  # script name -> what the tool said of it


def _run(command: list[str]) -> str:
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
    )
    if result.returncode not in (0, 1):  # 1: errors found, which mistakes.py must give
        raise AssertionError(f"{command[:3]} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


@pytest.fixture(scope="module")
def mypy() -> Report:
    paths = [str(HERE / name) for name in SCRIPTS]
    out = _run([sys.executable, "-m", "mypy", "--strict", "-O", "json", *paths])
    report: Report = defaultdict(list)
    for line in out.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            name = Path(item["file"]).name
            report[name].append(Finding(item["line"], item["severity"], item["message"]))
    return report


@pytest.fixture(scope="module")
def pyright() -> Report:
    paths = [str(HERE / name) for name in SCRIPTS]
    pyright_cli = Path(sys.executable).parent / "pyright"
    out = _run([str(pyright_cli), "--outputjson", "--pythonpath", sys.executable, *paths])
    report: Report = defaultdict(list)
    for item in json.loads(out)["generalDiagnostics"]:
        name = Path(item["file"]).name
        line = item["range"]["start"]["line"] + 1
        report[name].append(Finding(line, item["severity"], item["message"]))
    return report


def _errors(report: Report, script: str) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for finding in report.get(script, []):
        if finding.severity == "error":
            found[finding.line].append(finding.message)
    return found


def _marked(script: str, marker: str) -> dict[int, str]:
    """The lines of `script` with a comment that starts with `marker` (docstrings that name
    the marker do not count): line number -> the rest of the comment."""
    with (HERE / script).open(encoding="utf-8") as source:
        comments = [
            (token.start[0], token.string.lstrip("# "))
            for token in tokenize.generate_tokens(source.readline)
            if token.type == tokenize.COMMENT
        ]
    return {
        line: text.removeprefix(marker).strip(": ")
        for line, text in comments
        if text.startswith(marker)
    }


TOOLS = ["mypy", "pyright"]


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("script", CLEAN)
def test_scripts_written_as_the_guide_writes_them_pass(
    tool: str, script: str, request: pytest.FixtureRequest
) -> None:
    report: Report = request.getfixturevalue(tool)
    assert _errors(report, script) == {}


@pytest.mark.parametrize("tool", TOOLS)
def test_every_planted_mistake_is_reported_where_it_is(
    tool: str, request: pytest.FixtureRequest
) -> None:
    report: Report = request.getfixturevalue(tool)
    planted = set(_marked("mistakes.py", "planted"))
    assert len(planted) >= 15
    errors = _errors(report, "mistakes.py")
    missed = sorted(planted - set(errors))
    stray = {line: errors[line] for line in sorted(set(errors) - planted)}
    assert (missed, stray) == ([], {})


@pytest.mark.parametrize("tool", TOOLS)
def test_reveal_type_names_the_facet(tool: str, request: pytest.FixtureRequest) -> None:
    report: Report = request.getfixturevalue(tool)
    revealed = {  # mypy qualifies names (ikigai_catalog.MidCount); pyright does not
        finding.line: re.sub(r"\b(?:\w+\.)+(?=\w)", "", finding.message)
        for finding in report.get("reveal.py", [])
        if finding.severity in ("note", "information")
    }
    expected = _marked("reveal.py", "reveals")
    assert len(expected) >= 5
    for line, name in expected.items():
        assert name in revealed.get(line, ""), (line, name, revealed.get(line))
    assert _errors(report, "reveal.py") == {}


def _guide_examples() -> dict[str, str]:
    """The examples tests/guide/test_guide.py runs, by name: `example(name, source)` calls."""
    tree = ast.parse((ROOT / "tests" / "guide" / "test_guide.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "example":
            name, source = (ast.literal_eval(argument) for argument in node.args[:2])
            found[name] = source
    return found


def test_the_guide_flow_file_holds_the_guide_examples_unchanged() -> None:
    examples = _guide_examples()
    text = (HERE / "guide_flows.py").read_text(encoding="utf-8")
    position = 0
    for name in GUIDE_FLOW_EXAMPLES:
        found = text.find(examples[name].strip(), position)
        assert found >= 0, f"the guide's example {name!r} is not in guide_flows.py as written"
        position = found
