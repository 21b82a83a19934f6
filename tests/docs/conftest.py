"""The documentation's Python blocks, run as tests against an embedded local platform.

Every fenced `python` block of `docs/*.md` and `README.md` is a test item, collected with this
directory (beside test_pages.py): `pytest tests/docs` runs them, and so does the project's test
command, `scripts/test`, with everything else. pytest-markdown-docs parses the pages, runs each
block and reports its failures with the page's line numbers. Its `--markdown-docs` option is not
used: that would also collect the docstrings of every test module, and it would find the
fixtures here only for pages under this directory.

How a page runs, as a reader follows it:

- Its blocks run in order, in one namespace: a block sees what the blocks above it made. A block
  run on its own (`-k`) replays the blocks above it first; after a block fails, the ones below
  it on the page are skipped.
- Each page starts as a new user of the platform, with `ikigai`, a client for that user, already
  defined. `IKIGAI_USER_EMAIL`, `IKIGAI_API_KEY` and `IKIGAI_BASE_URL` name that user and the
  platform, so that `Ikigai()` connects as it. The working directory is a folder of the page's.
- `GIVEN` makes what a page takes as already there (the reader's app, files on the reader's
  disk) before its first block.
- A block that cannot run here is fenced `{.python notest}` and says why on its first line,
  `# Not run by the tests: ...` (test_pages.py checks it). A block that shows an error on
  purpose runs, and checks that the error is raised.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from docs_support import ROOT, DocsPages, Given, Reader, Readers

from ikigai.local import LocalPlatform

ANCHOR = Path(__file__).absolute().parent / "test_pages.py"


def _my_app(reader: Reader) -> None:
    """The app and dataset the first example reads."""
    app = reader.client.app.new("my app").build()
    frame = pd.DataFrame({"id": [1, 2, 3], "total": [9.5, 3.0, 4.25]})
    app.dataset.new("my dataset").df(frame).build()


def _order_files(reader: Reader) -> None:
    """The reader's CSV files that the datasets page uploads."""
    orders = "id,total\n3,12.5\n4,7.0\n"
    (reader.folder / "orders-2025.csv").write_text(orders, encoding="utf-8")
    (reader.folder / "orders.csv").write_text(orders, encoding="utf-8")
    # as Excel saves "CSV" on Windows in Western Europe: cp1252, not UTF-8
    (reader.folder / "export.csv").write_text("café,total\nLe Zinc,3.5\n", encoding="cp1252")


GIVEN: dict[str, Given] = {
    "README.md": _my_app,
    "index.md": _my_app,
    "datasets.md": _order_files,
}


def pytest_collect_file(file_path: Path, parent: pytest.Dir) -> DocsPages | None:
    """The pages, collected beside test_pages.py's own tests."""
    if file_path == ANCHOR:
        return DocsPages.from_parent(parent, path=ROOT / "docs")
    return None


@pytest.fixture(scope="session")
def docs_platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as platform:
        yield platform


@pytest.fixture(scope="session")
def docs_readers(
    docs_platform: LocalPlatform, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Readers]:
    readers = Readers(docs_platform, tmp_path_factory, GIVEN)
    yield readers
    readers.close()
