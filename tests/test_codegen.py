"""codegen: the drift check, its guard rails, and what our templates change in the client."""

import asyncio
import inspect
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen import CodegenError
from codegen.files import CACHE_DIRS, package_files
from codegen.spec import load
from codegen.toolchain import Toolchain
from ikigai_wire import AuthenticatedClient, Client
from ikigai_wire.api.health import search_heartbeat
from ikigai_wire.api.projects import get_projects_for_user
from ikigai_wire.client import DEFAULT_TIMEOUT

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "spec" / "ikigai.yaml"
PACKAGE = ROOT / "generated" / "ikigai_wire"
TYPED_CATALOG = ROOT / "generated" / "ikigai_catalog"
BASE_URL = "https://ikigai.invalid"
EMAIL = "bob@example.com"
KEY = "KEY-d41d8cd98f00"


def codegen(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "codegen", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def copy_package(tmp_path: Path) -> Path:
    copy = tmp_path / "ikigai_wire"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns(*CACHE_DIRS))
    return copy


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {name: (root / name).read_bytes() for name in package_files(root)}


def spec_with(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """A copy of the spec, changed by ``change(document)``, written as JSON (which is YAML).

    JSON keeps the order of keys; ruamel's YAML dumper would sort them and so reorder fields.
    """
    document = load(SPEC)
    change(document)
    copy = tmp_path / "ikigai.json"
    copy.write_text(json.dumps(document), encoding="utf-8")
    return copy


# --- the drift check, on real generator runs ------------------------------------------------


@pytest.mark.slow
def test_check_passes_on_the_committed_tree() -> None:
    result = codegen("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("codegen: OK")


@pytest.mark.slow
def test_check_names_a_hand_edited_file(tmp_path: Path) -> None:
    copy = copy_package(tmp_path)
    model = sorted((copy / "models").glob("[!_]*.py"))[0]
    with model.open("a", encoding="utf-8") as stream:
        stream.write("# edited by hand\n")

    result = codegen("--check", "--out", copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"models/{model.name}" in result.stdout
    assert "-# edited by hand" in result.stdout  # the diff shows what regenerating would undo


@pytest.mark.slow
def test_check_and_regenerating_cover_the_typed_catalog_beside_the_package(
    tmp_path: Path,
) -> None:
    copy = copy_package(tmp_path)
    typed = tmp_path / TYPED_CATALOG.name
    shutil.copytree(TYPED_CATALOG, typed, ignore=shutil.ignore_patterns(*CACHE_DIRS))
    with (typed / "__init__.py").open("a", encoding="utf-8") as stream:
        stream.write("# edited by hand\n")

    result = codegen("--check", "--out", copy)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{typed.name} does not match" in result.stdout
    assert f"{copy.name} does not match" not in result.stdout
    assert "-# edited by hand" in result.stdout
    assert codegen("--out", copy).returncode == 0
    assert tree_bytes(typed) == tree_bytes(TYPED_CATALOG)


@pytest.mark.slow
def test_check_fails_when_the_spec_changed_without_regenerating(tmp_path: Path) -> None:
    def add_optional_property(document: dict[str, Any]) -> None:
        schemas = document["components"]["schemas"]
        name = next(n for n, s in schemas.items() if "properties" in s)
        schemas[name]["properties"]["added_by_test"] = {"type": "string"}

    result = codegen("--check", "--spec", spec_with(tmp_path, add_optional_property))

    assert result.returncode == 1, result.stdout + result.stderr
    assert "changed:" in result.stdout
    assert "added_by_test" in result.stdout


@pytest.mark.slow
def test_regenerating_restores_a_hand_edited_copy(tmp_path: Path) -> None:
    copy = copy_package(tmp_path)
    (copy / "client.py").write_text("broken = True\n", encoding="utf-8")
    (copy / "stray.py").write_text("", encoding="utf-8")

    assert codegen("--out", copy).returncode == 0
    assert tree_bytes(copy) == tree_bytes(PACKAGE)


@pytest.mark.slow
def test_a_spec_the_generator_rejects_fails_loudly_and_leaves_the_output_alone(
    tmp_path: Path,
) -> None:
    def break_a_reference(document: dict[str, Any]) -> None:
        schemas = document["components"]["schemas"]
        schemas["Broken"] = {"$ref": "#/components/schemas/DoesNotExist"}

    copy = copy_package(tmp_path)
    before = tree_bytes(copy)

    result = codegen("--spec", spec_with(tmp_path, break_a_reference), "--out", copy)

    assert result.returncode == 2
    assert "codegen: error: openapi-python-client rejected" in result.stderr
    assert "DoesNotExist" in result.stderr
    assert tree_bytes(copy) == before


def test_regenerating_refuses_to_replace_a_directory_that_is_not_a_package(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")

    result = codegen("--out", tmp_path)

    assert result.returncode == 2
    assert "refusing to replace it" in result.stderr
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_the_committed_package_is_typed_and_free_of_tool_caches() -> None:
    assert (PACKAGE / "py.typed").is_file()
    assert not [p for p in PACKAGE.rglob("*") if p.name == ".ruff_cache"]


# --- the pinned tools -----------------------------------------------------------------------


def python_in(bin_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make codegen look for its tools in ``bin_dir``, as if this Python lived there."""
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "python").symlink_to(sys.executable)
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))


def test_a_missing_ruff_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    python_in(tmp_path / "bin", monkeypatch)
    with pytest.raises(CodegenError, match="ruff was not found next to"):
        Toolchain.pinned()


def test_a_ruff_of_another_version_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python_in(tmp_path / "bin", monkeypatch)
    fake_ruff = tmp_path / "bin" / "ruff"
    fake_ruff.write_text("#!/bin/sh\necho 'ruff 0.0.1'\n", encoding="utf-8")
    fake_ruff.chmod(0o755)
    with pytest.raises(CodegenError, match=r"needs ruff==\S+ .* found 0\.0\.1"):
        Toolchain.pinned()


def test_the_tools_of_this_environment_are_the_pinned_ones() -> None:
    toolchain = Toolchain.pinned()
    assert toolchain.env()["PATH"].startswith(str(toolchain.bin_dir))


# --- what the custom templates change in the generated client -------------------------------


class Recorder:
    """An httpx transport handler that keeps the requests and answers with an empty list."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"projects": [], "limit_warning": ""})


def authenticated(recorder: Recorder, **kwargs: Any) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=BASE_URL,
        user_email=EMAIL,
        api_key=KEY,
        httpx_args={"transport": httpx.MockTransport(recorder)},
        **kwargs,
    )


def test_authenticated_requests_carry_the_user_and_api_key_headers() -> None:
    recorder = Recorder()
    with authenticated(recorder) as client:
        get_projects_for_user.sync_detailed(client=client, fetch_all=True)

    (request,) = recorder.requests
    assert request.headers["user"] == EMAIL
    assert request.headers["api-key"] == KEY
    assert "authorization" not in request.headers


def test_an_unauthenticated_client_sends_no_credentials() -> None:
    recorder = Recorder()
    client = Client(base_url=BASE_URL, httpx_args={"transport": httpx.MockTransport(recorder)})
    search_heartbeat.sync_detailed(client=client)

    (request,) = recorder.requests
    assert request.url.path == "/search/heartbeat"
    assert "user" not in request.headers
    assert "api-key" not in request.headers


def test_secured_operations_require_the_authenticated_client() -> None:
    secured = inspect.signature(get_projects_for_user.sync_detailed).parameters["client"]
    heartbeat = inspect.signature(search_heartbeat.sync_detailed).parameters["client"]
    assert secured.annotation is AuthenticatedClient
    assert heartbeat.annotation != AuthenticatedClient


@pytest.mark.parametrize(
    ("arguments", "query"),
    [
        ({"fetch_all": True}, b"fetch_all=True"),
        ({"fetch_all": False, "directory_id": "d1"}, b"fetch_all=False&directory_id=d1"),
    ],
)
def test_query_booleans_are_spelled_the_python_way(arguments: dict[str, Any], query: bytes) -> None:
    recorder = Recorder()
    get_projects_for_user.sync_detailed(client=authenticated(recorder), **arguments)

    (request,) = recorder.requests
    assert request.url.path == "/component/get-projects-for-user"
    assert request.url.query == query


def test_the_async_functions_send_the_same_request() -> None:
    recorder = Recorder()

    async def call() -> None:
        async with authenticated(recorder) as client:
            await get_projects_for_user.asyncio_detailed(client=client, fetch_all=True)

    asyncio.run(call())

    (request,) = recorder.requests
    assert request.url.query == b"fetch_all=True"
    assert request.headers["api-key"] == KEY


def test_the_default_timeout_is_finite_and_can_be_overridden() -> None:
    timeout = authenticated(Recorder()).get_httpx_client().timeout
    assert timeout == DEFAULT_TIMEOUT
    assert None not in (timeout.connect, timeout.read, timeout.write, timeout.pool)

    custom = httpx.Timeout(3.0)
    assert authenticated(Recorder(), timeout=custom).get_httpx_client().timeout == custom


def test_the_api_key_never_shows_in_repr() -> None:
    client = authenticated(Recorder())
    client.get_httpx_client()
    assert KEY not in repr(client)
    assert EMAIL in repr(client)


def test_a_derived_client_keeps_the_credentials() -> None:
    recorder = Recorder()
    client = authenticated(recorder).with_headers({"x-trace": "1"})
    get_projects_for_user.sync_detailed(client=client, fetch_all=True)

    (request,) = recorder.requests
    assert isinstance(client, AuthenticatedClient)
    assert (request.headers["x-trace"], request.headers["api-key"]) == ("1", KEY)
