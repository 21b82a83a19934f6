"""Emit `bound.py`: one object with a method per operation and per mode, bound to a client.

The generated request functions take the client as an argument and answer a `Response` that
may hold an `ErrorMessage`; every handwritten call site would otherwise name the operation,
thread the client through and unwrap the answer. `SyncApi` does that once: a method per
operation (`api.create_pipeline(body=...)`) and per mode of `x-ikigai-modes`
(`api.get_pipeline_by_name(project_id=..., name=...)`) that supplies the client and the
operation's name to a `Caller`, which runs the function and returns the success model or
raises. The handwritten transport is that caller; its one error mapping applies to every call (it
raises for an `ErrorMessage`, so a method returns only the operation's success models).

Only the sync flavour is emitted. An async twin would be the same methods calling
`asyncio_detailed` through an awaitable caller.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.modes import HTTP_METHODS, ModeError, collect_modes, parse_function


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str
    default: str | None


@dataclass(frozen=True)
class Function:
    """A generated function that takes `client=` and keyword arguments."""

    parameters: tuple[Parameter, ...]
    success: str
    """What it answers besides an `ErrorMessage`."""
    imports: tuple[str, ...]


def _success(returns: ast.expr, where: str) -> str:
    """`Response[ErrorMessage | A | B]` -> `A | B`."""
    if not (isinstance(returns, ast.Subscript) and ast.unparse(returns.value) == "Response"):
        raise ModeError(f"{where}: answers {ast.unparse(returns)}, not a Response")
    kinds = [part.strip() for part in ast.unparse(returns.slice).split("|")]
    kinds = [kind for kind in kinds if kind != "ErrorMessage"]
    if not kinds:
        raise ModeError(f"{where}: answers nothing but errors")
    return " | ".join(kinds)


def read_function(module: Path, name: str) -> Function:
    node, imports = parse_function(module, name)
    parameters = tuple(
        Parameter(
            arg.arg,
            ast.unparse(arg.annotation) if arg.annotation else "Any",
            ast.unparse(default) if default is not None else None,
        )
        for arg, default in zip(node.args.kwonlyargs, node.args.kw_defaults, strict=True)
        if arg.arg != "client"
    )
    if node.returns is None:
        raise ModeError(f"{module}: {name} has no return annotation")
    return Function(parameters, _success(node.returns, f"{module}:{name}"), imports)


def _method(
    name: str, operation: str, target: str, function: Function, doc: str, load: str
) -> list[str]:
    """A method; ``load`` is the import that gives it ``target`` when first called (the
    functions and their models are imported on use, so that a process pays only for the
    operations it calls)."""
    parameters = [
        f"{p.name}: {p.annotation}" + (f" = {p.default}" if p.default is not None else "")
        for p in function.parameters
    ]
    signature = ", ".join(["self", *(["*", *parameters] if parameters else [])])
    forwarded = ", ".join(
        ["client=self._client", *(f"{p.name}={p.name}" for p in function.parameters)]
    )
    return [
        f"    def {name}({signature}) -> {function.success}:",
        f'        """{doc}"""',
        f"        {load}",
        f"        answer = self._call({operation!r}, {target}, {forwarded})",
        "        assert not isinstance(answer, ErrorMessage)  # the caller raises those",
        "        return answer",
        "",
    ]


def _summary(module: Path) -> str:
    """The first line of the generated function's docstring (the spec's summary)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "sync_detailed":
            text = ast.get_docstring(node) or ""
            return text.splitlines()[0].strip().replace('"""', "'''") if text else ""
    return ""


def _operations(spec: dict[str, Any]) -> list[tuple[str, str]]:
    """(tag, operation id) of every operation, in the spec's order."""
    found: list[tuple[str, str]] = []
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation:
                found.append((operation["tags"][0], operation["operationId"]))
    return found


def _bound_names(statement: str) -> set[str]:
    """The names an import statement binds."""
    node = ast.parse(statement).body[0]
    assert isinstance(node, ast.Import | ast.ImportFrom), statement
    return {alias.asname or alias.name for alias in node.names}


def _split_imports(functions: list[Function]) -> tuple[list[str], list[str]]:
    """The imports the signatures need at run time (names in default values), and those only
    their annotations need (imported for type checkers alone)."""
    in_defaults = {
        node.id
        for function in functions
        for parameter in function.parameters
        if parameter.default is not None
        for node in ast.walk(ast.parse(parameter.default))
        if isinstance(node, ast.Name)
    }
    imports = {statement for function in functions for statement in function.imports}
    runtime = sorted(i for i in imports if _bound_names(i) & in_defaults)
    return runtime, sorted(imports - set(runtime))


def render_facade(spec: dict[str, Any], package_dir: Path) -> str:
    """The source of `bound.py` for the generated package in `package_dir` (after modes.py)."""
    functions: list[Function] = []
    methods: list[str] = []
    names: set[str] = set()
    for tag, operation_id in _operations(spec):
        module = package_dir / "api" / tag / f"{operation_id}.py"
        function = read_function(module, "sync_detailed")
        functions.append(function)
        names.add(operation_id)
        target = f"_{operation_id}.sync_detailed"
        load = f"from .api.{tag} import {operation_id} as _{operation_id}"
        methods += _method(operation_id, operation_id, target, function, _summary(module), load)
    modes_module = package_dir / "modes.py"
    for mode in collect_modes(spec):
        if mode.name in names:
            raise ModeError(f"mode {mode.name!r} has the name of an operation")
        function = read_function(modes_module, mode.name)
        functions.append(function)
        doc = mode.summary or mode.name
        target = f"_modes.{mode.name}"
        methods += _method(
            mode.name, mode.operation_id, target, function, doc, "from . import modes as _modes"
        )
    runtime, typing_only = _split_imports(functions)
    header = [
        '"""The API as one object: a method per operation and per mode, bound to a client.',
        "",
        "Generated by `python -m codegen` from the spec; do not edit. Each method hands the",
        "generated function, the client and the operation's name to the `Caller`, which returns",
        "the success model or raises.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable",
        "from typing import TYPE_CHECKING, ParamSpec, Protocol, TypeVar",
        "",
        "from .client import AuthenticatedClient",
        "from .models.error_message import ErrorMessage",
        "from .types import UNSET, Response, Unset",
        *runtime,
        "",
        "if TYPE_CHECKING:  # the models of the annotations: imported by each function on use",
        *(f"    {statement}" for statement in typing_only),
        "",
        'P = ParamSpec("P")',
        'T = TypeVar("T")',
        "",
        "",
        "class Caller(Protocol):",
        '    """Runs a generated function for the named operation and returns what it parsed;',
        '    raises instead of returning an `ErrorMessage`."""',
        "",
        "    def __call__(",
        "        self,",
        "        operation: str,",
        "        fn: Callable[P, Response[T]],",
        "        /,",
        "        *args: P.args,",
        "        **kwargs: P.kwargs,",
        "    ) -> T: ...",
        "",
        "",
        "class SyncApi:",
        '    """Every operation of the spec, and every mode of one, as a method."""',
        "",
        "    def __init__(self, client: AuthenticatedClient, call: Caller) -> None:",
        "        self._client = client",
        "        self._call = call",
        "",
    ]
    return "\n".join(header + methods) + "\n"
