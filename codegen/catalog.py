"""The catalog snapshot: the facet and model catalogs, committed under spec/ as codegen inputs.

`spec/facet-specs.json` is the answer of the spec's `get_facet_specs` operation and
`spec/model-specs.json` that of `get_model_specs`, in the wire's own JSON. codegen ships both in
the generated package, byte for byte (the local platform serves them from there), and
``python -m codegen catalog --from-platform`` rewrites them from what a live platform answers.
"""

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import httpx

from codegen import CodegenError
from codegen.paths import shown
from codegen.spec import HTTP_METHODS, Document

FACET_CHAIN_GROUPS = ("INPUT", "MID", "OUTPUT")


def _object(value: Any) -> dict[str, Any] | None:
    """``value`` as a JSON object, or None when it is something else."""
    return cast(dict[str, Any], value) if isinstance(value, dict) else None


def _nested_objects(value: Any, depth: int) -> str | None:
    """What is wrong with ``value`` as ``depth`` levels of objects keyed by name (None if fine)."""
    mapping = _object(value)
    if mapping is None:
        return f"is {type(value).__name__}, not an object"
    if depth > 1:
        for key, inner in mapping.items():
            problem = _nested_objects(inner, depth - 1)
            if problem:
                return f"[{key!r}] {problem}"
    return None


def _facet_specs_problem(value: Any) -> str | None:
    """FacetSpecs: chain group -> facet group -> facet type -> FacetSpec."""
    mapping = _object(value)
    if mapping is None:
        return f"the top level is {type(value).__name__}, not an object"
    missing = [group for group in FACET_CHAIN_GROUPS if group not in mapping]
    if missing:
        return f"it lacks the chain groups {missing} (FacetSpecs needs {list(FACET_CHAIN_GROUPS)})"
    return _nested_objects(mapping, 4)


def _model_specs_problem(value: Any) -> str | None:
    """ModelSpecs: model type name -> ModelSpec."""
    mapping = _object(value)
    if mapping is None:
        return f"the top level is {type(value).__name__}, not an object"
    if not mapping:
        return "it lists no model types"
    return _nested_objects(value, 2)


@dataclass(frozen=True)
class CatalogFile:
    """One file of the snapshot: its name (in spec/ and in the package), the operation whose
    answer it is, and the check of its top-level shape."""

    name: str
    operation_id: str
    schema: str
    problem: Callable[[Any], str | None]

    def parse(self, text: str, where: str) -> Any:
        """The parsed contents, or a CodegenError that says what is wrong and where."""
        try:
            value: Any = json.loads(text)
        except json.JSONDecodeError as error:
            raise CodegenError(f"{where} is not valid JSON: {error}") from error
        problem = self.problem(value)
        if problem:
            raise CodegenError(
                f"{where} is not the {self.schema} of `{self.operation_id}`: {problem}"
            )
        return value


CATALOG_FILES: Sequence[CatalogFile] = (
    CatalogFile("facet-specs.json", "get_facet_specs", "FacetSpecs", _facet_specs_problem),
    CatalogFile("model-specs.json", "get_model_specs", "ModelSpecs", _model_specs_problem),
)


def read_snapshot(catalog_dir: Path) -> dict[str, bytes]:
    """The files of the snapshot in ``catalog_dir`` (name -> bytes), each checked."""
    found: dict[str, bytes] = {}
    for file in CATALOG_FILES:
        path = catalog_dir / file.name
        if not path.is_file():
            raise CodegenError(
                f"no catalog snapshot at {shown(path)} (the answer of `{file.operation_id}`); "
                "write it with `python -m codegen catalog --from-platform`"
            )
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise CodegenError(f"{shown(path)} is not UTF-8: {error}") from error
        file.parse(text, shown(path))
        found[file.name] = data
    return found


def render(value: Any) -> str:
    """The snapshot's spelling: two-space indents, the platform's key order, a final newline."""
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def operation_path(document: Document, operation_id: str) -> str:
    """The path of the operation ``operation_id`` (a GET) in the spec."""
    paths: dict[str, Any] = document.get("paths") or {}
    for path, item in paths.items():
        for method in HTTP_METHODS:
            operation = _object(item.get(method))
            if operation is not None and operation.get("operationId") == operation_id:
                if method != "get":
                    raise CodegenError(f"`{operation_id}` is a {method.upper()}, not a GET")
                return str(path)
    raise CodegenError(f"the spec has no operation `{operation_id}`")


@dataclass(frozen=True)
class Credentials:
    base_url: str
    user_email: str
    api_key: str = ""

    def __repr__(self) -> str:  # the key stays out of tracebacks and logs
        return f"Credentials(base_url={self.base_url!r}, user_email={self.user_email!r})"


def fetch_snapshot(
    document: Document, credentials: Credentials, timeout: float = 60.0
) -> dict[str, str]:
    """The two catalogs as the platform answers them (name -> the snapshot's text)."""
    base = credentials.base_url.rstrip("/")
    headers = {"user": credentials.user_email, "api-key": credentials.api_key}
    fetched: dict[str, str] = {}
    with httpx.Client(headers=headers, timeout=timeout) as client:
        for file in CATALOG_FILES:
            url = base + operation_path(document, file.operation_id)
            try:
                response = client.get(url)
            except httpx.HTTPError as error:
                raise CodegenError(f"could not reach the platform at {url}: {error}") from error
            if response.status_code != 200:
                raise CodegenError(
                    f"the platform answered {response.status_code} to GET {url} "
                    f"(`{file.operation_id}`): {_error_message(response)}; "
                    "check IKIGAI_USER_EMAIL, IKIGAI_API_KEY and IKIGAI_BASE_URL"
                )
            value = file.parse(response.text, f"the answer of GET {url}")
            fetched[file.name] = render(value)
    return fetched


def _error_message(response: httpx.Response) -> str:
    try:
        body: Any = response.json()
    except ValueError:
        return response.text.strip()[:300] or "(no body)"
    mapping = _object(body)
    if mapping is not None and isinstance(mapping.get("message"), str):
        return str(mapping["message"])
    return json.dumps(body)[:300]


def write_snapshot(catalog_dir: Path, files: dict[str, str]) -> list[Path]:
    """Replace the snapshot's files: each is written aside first, then all are renamed into
    place, so a failure while writing leaves the old snapshot whole."""
    catalog_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, text in files.items():
            target = catalog_dir / name
            aside = catalog_dir / f".{name}.codegen-new"
            aside.write_text(text, encoding="utf-8")
            staged.append((aside, target))
        for aside, target in staged:
            os.replace(aside, target)
    finally:
        for aside, _ in staged:
            aside.unlink(missing_ok=True)
    return [target for _, target in staged]
