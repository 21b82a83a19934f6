"""The documentation site, built as CI builds it: its pages load nothing from the network (no
CDN scripts, styles or images), so they read the same offline, code colours included."""

from __future__ import annotations

import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# the attributes by which a page loads something (an anchor's href is a link, not a load)
LOADED = {"script": "src", "img": "src", "link": "href", "iframe": "src", "source": "src"}


class Assets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = LOADED.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.found.append(value)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    return out


@pytest.mark.slow
def test_no_page_loads_anything_from_the_network(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 10
    remote: dict[str, list[str]] = {}
    for page in pages:
        parser = Assets()
        parser.feed(page.read_text(encoding="utf-8"))
        urls = [url for url in parser.found if url.startswith(("http:", "https:", "//"))]
        if urls:
            remote[str(page.relative_to(site))] = urls
    assert remote == {}


@pytest.mark.slow
def test_code_is_coloured_at_build_time(site: Path) -> None:
    page = (site / "cli" / "index.html").read_text(encoding="utf-8")
    assert 'class="codehilite"' in page
    assert (site / "css" / "highlight.css").read_text(encoding="utf-8").count(".codehilite") > 10
