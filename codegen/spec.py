"""Reading the OpenAPI document, and the changes codegen makes to it before the generator runs.

The generator reads the document codegen writes (JSON, in codegen's working directory), never
spec/ikigai.yaml itself, so that these changes never touch the spec.
"""

import json
from pathlib import Path
from typing import Any, cast

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from codegen import CodegenError
from codegen.paths import shown

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Document = dict[str, Any]


def load(path: Path, what: str = "OpenAPI document") -> Document:
    """The YAML (or JSON) mapping at ``path``, parsed as the generator parses it (ruamel.yaml)."""
    if not path.is_file():
        raise CodegenError(f"no {what} at {shown(path)}")
    yaml = YAML(typ="safe", pure=True)
    try:
        loaded: object = yaml.load(path.read_text(encoding="utf-8"))  # pyright: ignore[reportUnknownMemberType]
    except (OSError, YAMLError) as error:
        raise CodegenError(f"cannot read {shown(path)}: {error}") from error
    if not isinstance(loaded, dict):
        raise CodegenError(f"{shown(path)}, the {what}, has no mapping at the top")
    return cast(Document, loaded)


def inherit_document_security(document: Document) -> None:
    """Copy the document-level ``security`` onto each operation that has none of its own.

    OpenAPI applies the top-level ``security`` to every operation that does not override it,
    but openapi-python-client 0.29.1 reads only an operation's own ``security``: without this,
    every operation would accept the unauthenticated Client. ``security: []`` on an operation
    (the heartbeats) still marks it as open.
    """
    security = document.get("security")
    if not security:
        return
    paths: dict[str, Any] = document.get("paths") or {}
    for path_item in paths.values():
        for method in HTTP_METHODS:
            operation: Any = path_item.get(method)
            if isinstance(operation, dict) and "security" not in operation:
                operation["security"] = security


def write_json(document: Document, path: Path) -> Path:
    path.write_text(json.dumps(document, indent=1, default=str), encoding="utf-8")
    return path
