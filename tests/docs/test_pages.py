"""The documentation's pages: how their Python blocks are fenced, and where the tutorial is.

The blocks themselves are collected with this module (see conftest.py): each is an item under
its page, `docs/flows.md::[CodeFence#2][line:32]`, run against an embedded local platform.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from docs_support import PAGES, PYTHON, ROOT, page_parser

NOT_RUN = "# Not run by the tests:"


def fences(page: Path) -> list[tuple[int, str, str]]:
    """(line, info string, code) of each fenced block of the page, nested ones included."""
    tokens = page_parser().parse(page.read_text(encoding="utf-8"))
    return [
        (t.map[0] + 1, t.info.strip(), t.content) for t in tokens if t.type == "fence" and t.map
    ]


def words(info: str) -> list[str]:
    """The language and options of a fence: `{.python notest}` and `python notest` alike."""
    return [word.removeprefix(".") for word in info.strip("{} ").split()]


def test_the_pages_are_every_page_of_the_docs_and_the_readme() -> None:
    assert {page.relative_to(ROOT).as_posix() for page in PAGES} == {
        "README.md",
        *(f"docs/{page.name}" for page in (ROOT / "docs").glob("*.md")),
    }


def test_fence_options_are_written_as_mkdocs_reads_them() -> None:
    """mkdocs (Python-Markdown's fenced_code) takes "```python notest" for text, not code: on a
    page of the site, options go in braces, "```{.python notest}"."""
    unreadable = [
        f"{page.name}:{line}: {info}"
        for page in PAGES
        if page.parent.name == "docs"
        for line, info, _ in fences(page)
        if len(info.split()) > 1 and not info.startswith("{")
    ]
    assert unreadable == []


def test_a_python_block_that_does_not_run_says_why() -> None:
    unexplained = []
    for page in PAGES:
        for line, info, code in fences(page):
            language, *options = words(info) or [""]
            if language in PYTHON and "notest" in options:
                first = code.split("\n", 1)[0]
                if not (first.startswith(NOT_RUN) and first.removeprefix(NOT_RUN).strip()):
                    unexplained.append(f"{page.name}:{line}")
    assert unexplained == [], f"a block fenced notest must start with '{NOT_RUN} <why>'"


def test_python_blocks_are_fenced_as_python() -> None:
    """A block of Python under another name (`Python`, `py3`) would silently not run."""
    misnamed = [
        f"{page.name}:{line}: {info}"
        for page in PAGES
        for line, info, _ in fences(page)
        if words(info)
        and re.fullmatch(r"(?i)py(thon)?3?", words(info)[0])
        and words(info)[0] not in PYTHON
    ]
    assert misnamed == []


def test_the_tutorial_comes_early_in_the_site() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = [next(iter(entry.values())) for entry in config["nav"]]
    assert "tutorial.md" in pages[:3]
