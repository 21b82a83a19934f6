"""Emit `modes.py`: one typed function per way an operation is used.

Some operations serve several purposes (get by id or by name, complete or abort an upload,
edit a draft or save a version). The spec lists them under `x-ikigai-modes`; the stock
generator only knows the operation, whose signature must allow every mode at once. This step
reads each operation's generated `sync_detailed` and writes narrow wrappers that take exactly
the arguments of one mode and fix the rest.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MODES_KEY = "x-ikigai-modes"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


class ModeError(ValueError):
    """A mode in the spec does not fit its operation."""


@dataclass(frozen=True)
class Mode:
    name: str
    summary: str
    operation_id: str
    tag: str
    query: tuple[str, ...] = ()
    fixed: dict[str, Any] = field(default_factory=dict[str, Any])
    body: str | None = None


@dataclass(frozen=True)
class Signature:
    """What a generated `sync_detailed` accepts and returns, as source text."""

    params: dict[str, str]
    returns: str
    imports: tuple[str, ...]


def collect_modes(spec: dict[str, Any]) -> list[Mode]:
    modes: list[Mode] = []
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not operation or MODES_KEY not in operation:
                continue
            where = f"{method.upper()} {path}"
            for raw in operation[MODES_KEY]:
                unknown = set(raw) - {"name", "summary", "query", "fixed", "body"}
                if unknown:
                    raise ModeError(f"{where}: mode keys {sorted(unknown)} are not understood")
                modes.append(
                    Mode(
                        name=raw["name"],
                        summary=raw.get("summary", ""),
                        operation_id=operation["operationId"],
                        tag=operation["tags"][0],
                        query=tuple(raw.get("query", ())),
                        fixed=dict(raw.get("fixed", {})),
                        body=raw.get("body"),
                    )
                )
    names = [mode.name for mode in modes]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise ModeError(f"mode names used twice: {duplicated}")
    return modes


def parse_function(module: Path, name: str) -> tuple[ast.FunctionDef, tuple[str, ...]]:
    """The function `name` of a generated module, and the module's imports of models (as
    import lines relative to the generated package)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    # the module's own statements and those under `if TYPE_CHECKING:` (modes.py's imports)
    statements = [
        *tree.body,
        *(inner for node in tree.body if isinstance(node, ast.If) for inner in node.body),
    ]
    imports = tuple(
        f"from .{node.module} import {', '.join(alias.name for alias in node.names)}"
        for node in statements
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("models.")
    )
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node, imports
    raise ModeError(f"{module}: no function {name}")


def read_signature(module: Path) -> Signature:
    node, imports = parse_function(module, "sync_detailed")
    params = {
        arg.arg: ast.unparse(arg.annotation) if arg.annotation else "Any"
        for arg in node.args.kwonlyargs
    }
    returns = ast.unparse(node.returns) if node.returns else "Any"
    return Signature(params=params, returns=returns, imports=imports)


def _required(annotation: str) -> str:
    """`str | Unset` -> `str`: a parameter that is optional for the operation but not the mode."""
    parts = [part.strip() for part in annotation.split("|")]
    return " | ".join(part for part in parts if part != "Unset")


def _class_module(class_name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower()


def _wrapper(mode: Mode, signature: Signature) -> list[str]:
    known = set(signature.params) - {"client"}
    for name in (*mode.query, *mode.fixed):
        if name not in known:
            raise ModeError(f"{mode.name}: {mode.operation_id} has no parameter {name!r}")
    params = [f"client: {signature.params['client']}"]
    params += [f"{name}: {_required(signature.params[name])}" for name in mode.query]
    forwarded = [f"{name}={name}" for name in mode.query]
    forwarded += [f"{name}={value!r}" for name, value in mode.fixed.items()]
    if mode.body is not None:
        if mode.body not in signature.params.get("body", ""):
            raise ModeError(f"{mode.name}: {mode.body} is not a body of {mode.operation_id}")
        params.append(f"body: {mode.body}")
        forwarded.append("body=body")
    operation = f"_{mode.operation_id}"
    signature_text = ", ".join(["*", *params])
    arguments = ", ".join(["client=client", *forwarded])
    doc = f'    """{mode.summary or mode.name}"""'
    load = f"    from .api.{mode.tag} import {mode.operation_id} as {operation}"  # on first use
    return [
        f"def {mode.name}({signature_text}) -> {signature.returns}:",
        doc,
        load,
        f"    return {operation}.sync_detailed({arguments})",
        "",
        "",
        f"async def {mode.name}_async({signature_text}) -> {signature.returns}:",
        doc,
        load,
        f"    return await {operation}.asyncio_detailed({arguments})",
        "",
        "",
    ]


def render_modes(spec: dict[str, Any], package_dir: Path) -> str:
    """The source of `modes.py` for the generated package in `package_dir`."""
    modes = collect_modes(spec)
    imports: set[str] = set()
    body: list[str] = []
    for mode in modes:
        module = package_dir / "api" / mode.tag / f"{mode.operation_id}.py"
        if not module.is_file():
            raise ModeError(f"{mode.name}: {module} was not generated")
        signature = read_signature(module)
        imports.update(signature.imports)
        if mode.body is not None:
            imports.add(f"from .models.{_class_module(mode.body)} import {mode.body}")
        body += _wrapper(mode, signature)
    header = [
        '"""Typed functions for operations that are used in more than one way.',
        "",
        "Generated by `python -m codegen` from the spec's `x-ikigai-modes`; do not edit.",
        "Each function imports its operation's module when first called; the models of the",
        "signatures are imported here, so that `typing.get_type_hints` reads them.",
        '"""',
        "",
        "from .client import AuthenticatedClient, Client",
        "from .types import Response",
        *sorted(imports),
        "",
        "",
    ]
    return "\n".join(header + body)
