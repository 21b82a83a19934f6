"""The catalog snapshot (spec/facet-specs.json, spec/model-specs.json): one source of truth for
codegen and the local platform, covered by `--check`, and refreshed from a live platform."""

import copy
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen import CodegenError
from codegen.catalog import CATALOG_FILES, render
from codegen.files import CACHE_DIRS, package_files
from ikigai.local import LocalPlatform
from ikigai.local.catalog import load_facet_specs, load_model_specs
from ikigai.local.catalog.provider import CatalogUnavailable

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = ROOT / "spec"
PACKAGE = ROOT / "generated" / "ikigai_wire"
NAMES = [file.name for file in CATALOG_FILES]
EMAIL = "catalog@example.com"


def codegen(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("IKIGAI_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "codegen", *map(str, args)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def snapshot_bytes(directory: Path) -> dict[str, bytes]:
    return {name: (directory / name).read_bytes() for name in NAMES}


def stale_copy(tmp_path: Path) -> Path:
    """A catalog directory whose files are valid but not what the platform serves."""
    directory = tmp_path / "catalog"
    directory.mkdir()
    facets = json.loads((SNAPSHOT / "facet-specs.json").read_text(encoding="utf-8"))
    facets["MID"] = {}
    (directory / "facet-specs.json").write_text(render(facets), encoding="utf-8")
    (directory / "model-specs.json").write_text(render({"Old": {"name": "Old"}}), encoding="utf-8")
    return directory


def credentials(platform: LocalPlatform, api_key: str | None = None) -> dict[str, str]:
    return {
        "IKIGAI_BASE_URL": platform.base_url,
        "IKIGAI_USER_EMAIL": EMAIL,
        "IKIGAI_API_KEY": api_key if api_key is not None else platform.api_key(EMAIL),
    }


class ChangedCatalog:
    """The installed catalog with one model type more: a platform newer than the snapshot."""

    def facet_specs(self) -> dict[str, Any]:
        return load_facet_specs()

    def model_specs(self) -> dict[str, Any]:
        models = copy.deepcopy(load_model_specs())
        models["Brand New"] = {**copy.deepcopy(next(iter(models.values()))), "name": "Brand New"}
        return models


class NoCatalog:
    def facet_specs(self) -> dict[str, Any]:
        raise CatalogUnavailable("no catalog here")

    def model_specs(self) -> dict[str, Any]:
        raise CatalogUnavailable("no catalog here")


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as running:
        yield running


# --- one source of truth ---------------------------------------------------------------------


def test_the_package_ships_the_snapshot_byte_for_byte() -> None:
    for name in NAMES:
        shipped = resources.files("ikigai_wire").joinpath(name).read_bytes()
        assert shipped == (SNAPSHOT / name).read_bytes(), name


def test_the_local_platform_has_no_copy_of_its_own() -> None:
    catalog_dir = ROOT / "ikigai" / "local" / "catalog"
    assert sorted(path.name for path in catalog_dir.glob("*.json")) == []


def test_the_local_platform_serves_the_snapshot(platform: LocalPlatform) -> None:
    headers = {"user": EMAIL, "api-key": platform.api_key(EMAIL)}
    served = {
        "facet-specs.json": httpx.get(
            f"{platform.base_url}/component/get-facet-specs", headers=headers
        ).json(),
        "model-specs.json": httpx.get(
            f"{platform.base_url}/component/get-model-specs", headers=headers
        ).json(),
    }
    for name in NAMES:
        assert served[name] == json.loads((SNAPSHOT / name).read_text(encoding="utf-8")), name
    assert load_facet_specs() == served["facet-specs.json"]
    assert load_model_specs() == served["model-specs.json"]


def test_the_snapshot_is_spelled_as_the_refresh_writes_it() -> None:
    for name in NAMES:
        text = (SNAPSHOT / name).read_text(encoding="utf-8")
        assert render(json.loads(text)) == text, name


# --- the shape checks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("facet-specs.json", "{not json", "is not valid JSON"),
        ("facet-specs.json", "[]", "the top level is list, not an object"),
        ("facet-specs.json", '{"INPUT": {}, "MID": {}}', "lacks the chain groups ['OUTPUT']"),
        ("facet-specs.json", '{"INPUT": {"G": []}, "MID": {}, "OUTPUT": {}}', "['INPUT'] ['G']"),
        ("model-specs.json", '"Linear"', "the top level is str, not an object"),
        ("model-specs.json", "{}", "lists no model types"),
        ("model-specs.json", '{"Linear": 1}', "['Linear'] is int, not an object"),
    ],
)
def test_a_catalog_of_the_wrong_shape_is_named(name: str, text: str, message: str) -> None:
    file = next(file for file in CATALOG_FILES if file.name == name)
    with pytest.raises(CodegenError, match="some/where") as raised:
        file.parse(text, "some/where")
    assert message in str(raised.value)


# --- --check covers the snapshot (real generator runs) ---------------------------------------


@pytest.mark.slow
def test_check_fails_when_the_snapshot_changed_without_regenerating(tmp_path: Path) -> None:
    result = codegen("--check", "--catalog", stale_copy(tmp_path))

    assert result.returncode == 1, result.stdout + result.stderr
    assert "changed:" in result.stdout
    assert "facet-specs.json" in result.stdout
    assert "model-specs.json" in result.stdout
    assert "--catalog" in result.stdout  # the command to regenerate names the catalog
    # The typed catalog drifts with it: the stale copy has no MID facet types to declare.
    assert "generated/ikigai_catalog does not match" in result.stdout
    assert "-class MidFilterFilters(TypedDict, total=False):" in result.stdout


@pytest.mark.slow
def test_check_fails_on_a_generated_copy_edited_by_hand(tmp_path: Path) -> None:
    out = tmp_path / "ikigai_wire"
    shutil.copytree(PACKAGE, out, ignore=shutil.ignore_patterns(*CACHE_DIRS))
    (out / "model-specs.json").write_text("{}\n", encoding="utf-8")

    result = codegen("--check", "--out", out)

    assert result.returncode == 1, result.stdout + result.stderr
    assert "model-specs.json" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "message"),
    [("{broken", "is not valid JSON"), ('{"INPUT": {}}', "is not the FacetSpecs")],
)
def test_check_refuses_a_catalog_that_is_not_the_wire_json(
    tmp_path: Path, text: str, message: str
) -> None:
    directory = tmp_path / "catalog"
    shutil.copytree(SNAPSHOT, directory)
    (directory / "facet-specs.json").write_text(text, encoding="utf-8")

    result = codegen("--check", "--catalog", directory)

    assert result.returncode == 2, result.stdout + result.stderr
    assert "codegen: error:" in result.stderr
    assert "facet-specs.json" in result.stderr
    assert message in result.stderr


def test_a_missing_catalog_file_says_how_to_make_it(tmp_path: Path) -> None:
    result = codegen("--check", "--catalog", tmp_path)

    assert result.returncode == 2
    assert "no catalog snapshot at" in result.stderr
    assert "python -m codegen catalog --from-platform" in result.stderr


# --- the refresh from a live platform -----------------------------------------------------------


def test_refreshing_from_the_local_platform_writes_what_it_serves(
    platform: LocalPlatform, tmp_path: Path
) -> None:
    directory = stale_copy(tmp_path)

    result = codegen(
        "catalog", "--from-platform", "--catalog", directory, "--no-regenerate",
        env=credentials(platform),
    )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    assert snapshot_bytes(directory) == snapshot_bytes(SNAPSHOT)
    assert sorted(path.name for path in directory.iterdir()) == NAMES  # nothing left aside


def test_the_flags_stand_in_for_the_environment(platform: LocalPlatform, tmp_path: Path) -> None:
    directory = stale_copy(tmp_path)

    result = codegen(
        "catalog", "--from-platform", "--catalog", directory, "--no-regenerate",
        "--base-url", platform.base_url, "--user-email", EMAIL,
        "--api-key", platform.api_key(EMAIL),
    )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    assert snapshot_bytes(directory) == snapshot_bytes(SNAPSHOT)


@pytest.mark.slow
def test_refreshing_from_a_changed_platform_rewrites_the_snapshot_and_regenerates(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "catalog"
    shutil.copytree(SNAPSHOT, directory)
    out = tmp_path / "ikigai_wire"
    shutil.copytree(PACKAGE, out, ignore=shutil.ignore_patterns(*CACHE_DIRS))
    changed = ChangedCatalog()

    with LocalPlatform(catalog=changed) as newer:
        result = codegen(
            "catalog", "--from-platform", "--catalog", directory, "--out", out,
            env=credentials(newer),
        )  # fmt: skip

    assert result.returncode == 0, result.stdout + result.stderr
    models = (directory / "model-specs.json").read_text(encoding="utf-8")
    assert models == render(changed.model_specs())  # the platform's key order, the new type last
    assert (directory / "facet-specs.json").read_bytes() == (
        SNAPSHOT / "facet-specs.json"
    ).read_bytes()
    assert (out / "model-specs.json").read_text(encoding="utf-8") == models  # regenerated
    assert package_files(out) == package_files(PACKAGE)
    assert "codegen: wrote" in result.stdout


def test_a_wrong_api_key_leaves_the_snapshot_alone(platform: LocalPlatform, tmp_path: Path) -> None:
    directory = stale_copy(tmp_path)
    before = snapshot_bytes(directory)

    result = codegen(
        "catalog", "--from-platform", "--catalog", directory,
        env=credentials(platform, api_key="not-the-key"),
    )  # fmt: skip

    assert result.returncode == 2
    assert "codegen: error: the platform answered 401" in result.stderr
    assert "/component/get-facet-specs" in result.stderr
    assert "IKIGAI_API_KEY" in result.stderr
    assert "not-the-key" not in result.stderr + result.stdout
    assert snapshot_bytes(directory) == before


def test_a_platform_without_a_catalog_leaves_the_snapshot_alone(tmp_path: Path) -> None:
    directory = stale_copy(tmp_path)
    before = snapshot_bytes(directory)

    with LocalPlatform(catalog=NoCatalog()) as empty:
        result = codegen(
            "catalog", "--from-platform", "--catalog", directory, env=credentials(empty)
        )

    assert result.returncode == 2
    assert "the platform answered 503" in result.stderr
    assert "no catalog here" in result.stderr
    assert snapshot_bytes(directory) == before


def test_an_unreachable_platform_leaves_the_snapshot_alone(tmp_path: Path) -> None:
    directory = stale_copy(tmp_path)
    before = snapshot_bytes(directory)
    env = {"IKIGAI_BASE_URL": "http://127.0.0.1:9", "IKIGAI_USER_EMAIL": EMAIL}
    env["IKIGAI_API_KEY"] = "key"

    result = codegen("catalog", "--from-platform", "--catalog", directory, env=env)

    assert result.returncode == 2
    assert "could not reach the platform at http://127.0.0.1:9/component/get-facet-specs" in (
        result.stderr
    )
    assert snapshot_bytes(directory) == before


def test_the_refresh_needs_credentials(tmp_path: Path) -> None:
    result = codegen("catalog", "--from-platform", "--catalog", tmp_path)

    assert result.returncode == 2
    assert "set IKIGAI_USER_EMAIL and IKIGAI_API_KEY" in result.stderr
    assert list(tmp_path.iterdir()) == []
