"""The pages of the docs as pytest items: how a page's Python blocks are found and run.

A page's blocks run in order in one namespace, as a reader follows the page (see conftest.py).
Parsing, the items' failure reports and the execution of a block are pytest-markdown-docs'.
"""

from __future__ import annotations

import dataclasses
import types
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from pytest_markdown_docs.definitions import FenceTestDefinition
from pytest_markdown_docs.plugin import (
    FenceSyntax,
    MarkdownInlinePythonItem,
    MarkdownTextFile,
    extract_fence_tests,
)

from ikigai import Ikigai
from ikigai.local import LocalPlatform

ROOT = Path(__file__).absolute().parents[2]  # unresolved, as pytest spells the node ids
PAGES = (*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md")
PYTHON = frozenset({"py", "python", "python3"})  # the fence languages pytest-markdown-docs runs


def page_parser() -> MarkdownIt:
    return MarkdownIt(config="commonmark")


def page_blocks(page: Path) -> list[FenceTestDefinition]:
    """The page's Python blocks that run (all but those fenced `notest`), in order.

    Fence options are read in both spellings: `{.python notest}`, the one mkdocs renders, and
    `python notest`. Each block's source is its own code (the page's namespace carries what the
    blocks above it made), after blank lines so that tracebacks give the page's line numbers.
    """
    text = page.read_text(encoding="utf-8")
    found = extract_fence_tests(
        page_parser(), text, 0, source_path=page, fence_syntax=FenceSyntax.superfences
    )
    return [
        dataclasses.replace(
            block, source="\n" * block.start_line + _own_lines(block.source, block.start_line)
        )
        for block in found
    ]


def _own_lines(source: str, start_line: int) -> str:
    """A block's code without what a `continuation` option put before it."""
    return "\n".join(source.split("\n")[start_line:])


# ---- readers: a user of the platform and a namespace per page


@dataclasses.dataclass
class Reader:
    """One reader of one page: a new user, a folder, and the namespace its blocks share."""

    client: Ikigai
    env: dict[str, str]
    folder: Path
    namespace: dict[str, Any]
    ran: int = 0  # how many of the page's blocks have run, in order, without failing
    failed_at: int | None = None  # the line of the block that failed (its opening fence)


Given = Callable[[Reader], None]


class Readers:
    """The current reader of each page; reading a page again (out of order) makes a new one."""

    def __init__(
        self,
        platform: LocalPlatform,
        folders: pytest.TempPathFactory,
        given: dict[str, Given],
    ) -> None:
        self._platform = platform
        self._folders = folders
        self._given = given
        self._made: list[Reader] = []
        self.current: dict[Path, Reader] = {}

    def new(self, page: Path) -> Reader:
        email = f"reader-{uuid.uuid4().hex[:8]}@example.com"
        key = self._platform.add_user(email)
        client = Ikigai(user_email=email, api_key=key, base_url=self._platform.base_url)
        module = types.ModuleType(f"docs_{page.stem.replace('-', '_')}")
        module.__dict__["ikigai"] = client
        reader = Reader(
            client=client,
            env={
                "IKIGAI_USER_EMAIL": email,
                "IKIGAI_API_KEY": key,
                "IKIGAI_BASE_URL": self._platform.base_url,
            },
            folder=self._folders.mktemp(page.stem),
            namespace=module.__dict__,
        )
        self._made.append(reader)
        self.current[page] = reader
        return reader

    def prepare(self, page: Path, reader: Reader) -> None:
        """What the page takes as already there, made in the reader's account and folder."""
        given = self._given.get(page.name)
        if given is not None:
            given(reader)

    def close(self) -> None:
        """Close the readers' clients, and stop the platforms their pages started."""
        for reader in self._made:
            for value in list(reader.namespace.values()):
                if isinstance(value, LocalPlatform):
                    value.stop()
                elif isinstance(value, Ikigai):
                    value.close()
            reader.client.close()


# ---- collection


class DocsPages(pytest.Directory):
    """The pages (docs/*.md and README.md), each a collector of its Python blocks. conftest.py
    makes it beside test_pages.py's module, so that `pytest tests/docs` collects the pages. It
    is a directory, not a file, so that `--lf` reaches the pages; its node id is `docs`, and each
    page's is its path: `docs/flows.md`, `README.md`."""

    def collect(self) -> Iterator[DocsPage]:
        for page in PAGES:
            yield DocsPage.from_parent(self, path=page)


class DocsPage(MarkdownTextFile):
    """A page whose Python blocks are items, `docs/flows.md::[CodeFence#2][line:32]`."""

    def collect(self) -> Iterator[DocsBlock]:
        blocks = page_blocks(self.path)
        for index, block in enumerate(blocks):
            yield DocsBlock.from_parent(
                self,
                name=f"[CodeFence#{index + 1}][line:{block.start_line}]",
                test_definition=block,
                blocks=blocks,
                index=index,
            )


class DocsBlock(MarkdownInlinePythonItem):
    """One Python block of a page, run in the page's namespace after the blocks above it."""

    def __init__(
        self,
        name: str,
        parent: DocsPage,
        test_definition: FenceTestDefinition,
        blocks: list[FenceTestDefinition],
        index: int,
    ) -> None:
        super().__init__(name, parent, test_definition)
        self.blocks = blocks
        self.index = index

    def runtest(self) -> None:
        readers: Readers = self.fixture_request.getfixturevalue("docs_readers")
        monkeypatch: pytest.MonkeyPatch = self.fixture_request.getfixturevalue("monkeypatch")
        page = self.path
        reader = readers.current.get(page)
        if reader is not None and reader.failed_at is not None:
            pytest.skip(f"it continues the block at line {reader.failed_at}, which failed")
        fresh = reader is None or reader.ran != self.index
        if fresh:
            reader = readers.new(page)
        assert reader is not None
        for name, value in reader.env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.chdir(reader.folder)
        if fresh:
            readers.prepare(page, reader)
            for earlier in self.blocks[: self.index]:
                self._run(reader, earlier)
        self._run(reader, self.test_definition)

    def _run(self, reader: Reader, block: FenceTestDefinition) -> None:
        try:
            self.runner.runtest(block, reader.namespace)
        except BaseException:
            reader.failed_at = block.start_line  # the line of its opening fence
            raise
        reader.ran += 1
