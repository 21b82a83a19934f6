"""The OpenAPI description the platform serves, read into a table of operations.

The spec ships as package data of `ikigai_wire` (`openapi.yaml`, a byte-for-byte copy that
`python -m codegen` writes and `--check` keeps in step with `spec/ikigai.yaml`).
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from ikigai.local.narrowing import as_mapping

Document = dict[str, Any]


def spec_text() -> str:
    return (importlib.resources.files("ikigai_wire") / "openapi.yaml").read_text(encoding="utf-8")


@cache
def load_spec() -> Document:
    document = as_mapping(yaml.safe_load(spec_text()))
    if document is None:
        raise ValueError("the OpenAPI description is not a mapping")
    return dict(document)


@dataclass(frozen=True)
class Parameter:
    name: str
    required: bool
    schema_pointer: str
    """JSON pointer (inside the spec) of the parameter's schema."""
    kind: str
    """The JSON type the query string is converted to: string, boolean or integer."""


@dataclass(frozen=True)
class QueryMode:
    name: str
    query: tuple[str, ...]
    fixed: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    public: bool
    parameters: tuple[Parameter, ...]
    body_pointer: str | None
    """JSON pointer of the request body's schema, None when the operation takes no body."""
    modes: tuple[QueryMode, ...] = field(default=())


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(document: Document, pointer: str) -> Any:
    node: Any = document
    for token in pointer.lstrip("#/").split("/"):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def _follow(document: Document, node: Any, pointer: str) -> tuple[Any, str]:
    """Follow OpenAPI-level `$ref`s (parameters, request bodies) to the object and its pointer."""
    while (reference := as_mapping(node)) is not None and "$ref" in reference:
        pointer = reference["$ref"]
        node = resolve(document, pointer)
    return node, pointer


def _schema_type(document: Document, schema: Any) -> str:
    followed = as_mapping(_follow(document, schema, "")[0])
    kind = followed.get("type", "string") if followed is not None else "string"
    return kind if kind in ("boolean", "integer", "number") else "string"


def operations(document: Document) -> list[Operation]:
    found: list[Operation] = []
    default_security = document.get("security", [])
    for path, item in document["paths"].items():
        for method, raw in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            base = f"#/paths/{_escape(path)}/{method}"
            parameters: list[Parameter] = []
            for index, parameter_ref in enumerate(raw.get("parameters", [])):
                parameter, pointer = _follow(document, parameter_ref, f"{base}/parameters/{index}")
                if parameter.get("in") != "query":
                    continue
                parameters.append(
                    Parameter(
                        name=parameter["name"],
                        required=bool(parameter.get("required", False)),
                        schema_pointer=f"{pointer}/schema",
                        kind=_schema_type(document, parameter["schema"]),
                    )
                )
            body_pointer = None
            if "requestBody" in raw:
                _, pointer = _follow(document, raw["requestBody"], f"{base}/requestBody")
                body_pointer = f"{pointer}/content/application~1json/schema"
                resolve(document, body_pointer)
            modes = tuple(
                QueryMode(
                    name=mode["name"],
                    query=tuple(mode.get("query", ())),
                    fixed=tuple(mode.get("fixed", {}).items()),
                )
                for mode in raw.get("x-ikigai-modes", ())
                if "query" in mode or "fixed" in mode
            )
            found.append(
                Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    public=raw.get("security", default_security) == [],
                    parameters=tuple(parameters),
                    body_pointer=body_pointer,
                    modes=modes,
                )
            )
    return found
