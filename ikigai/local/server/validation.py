"""Request validation driven by the OpenAPI description, before any handler runs.

Query parameters are converted from their string form (booleans accept `True`/`true`/`False`/
`false`, integers parse as decimal) and checked against their schemas; JSON bodies are checked
against the operation's schema with JSON Schema 2020-12, `$ref`s resolved inside the spec.
Operations that are used in more than one way (`x-ikigai-modes`) must match one of their modes.
Every violation becomes a 400 whose message names the field and what is allowed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, cast

from jsonschema import Draft202012Validator, exceptions
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ikigai.local.jsonvalues import as_array, as_object
from ikigai.local.server.errors import ApiError
from ikigai.local.spec import Document, Operation, QueryMode

_SPEC_URI = "urn:ikigai:openapi"
_MAX_DEPTH = 64
_MAX_MESSAGE = 400
_BOOLEANS = {"True": True, "true": True, "False": False, "false": False}


class RequestValidator:
    def __init__(self, document: Document) -> None:
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        empty: Registry[Any] = Registry()
        self._registry: Registry[Any] = empty.with_resource(_SPEC_URI, resource)
        self._validators: dict[str, Validator] = {}

    def _validator(self, pointer: str) -> Validator:
        validator = self._validators.get(pointer)
        if validator is None:
            validator = Draft202012Validator(
                {"$ref": f"{_SPEC_URI}{pointer}"},
                registry=self._registry,
                format_checker=Draft202012Validator.FORMAT_CHECKER,
            )
            self._validators[pointer] = validator
        return validator

    def _check(self, pointer: str, value: Any, where: str) -> None:
        errors = self._validator(pointer).iter_errors(value)
        # types-jsonschema leaves the result of `best_match` unannotated (it is the most
        # relevant error, None when there is none), so pyright cannot know its type.
        error = cast("ValidationError | None", exceptions.best_match(errors))  # pyright: ignore[reportUnknownMemberType]
        if error is not None:
            raise ApiError(400, _describe(error, where))

    # ------------------------------------------------------------------ query
    def query(
        self, operation: Operation, params: Mapping[str, Sequence[str]]
    ) -> tuple[dict[str, Any], str | None]:
        """The converted query parameters and the name of the mode they fit (if any)."""
        values: dict[str, Any] = {}
        for parameter in operation.parameters:
            given = params.get(parameter.name, ())
            if len(given) > 1:
                raise ApiError(400, f"Query parameter {parameter.name!r} is given more than once")
            if not given:
                if parameter.required:
                    raise ApiError(400, f"Missing required query parameter {parameter.name!r}")
                continue
            value = _convert(parameter.name, parameter.kind, given[0])
            self._check(parameter.schema_pointer, value, f"query parameter {parameter.name!r}")
            values[parameter.name] = value
        return values, _pick_mode(operation, values)

    # ------------------------------------------------------------------ body
    def body(self, operation: Operation, raw: bytes) -> Any:
        if operation.body_pointer is None:
            return None
        if not raw.strip():
            raise ApiError(400, "The request body is missing: this call takes a JSON object")
        try:
            value = json.loads(raw, parse_constant=_reject_constant)
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except (ValueError, RecursionError) as error:
            raise ApiError(400, f"The request body is not valid JSON: {error}") from None
        if _depth(value) > _MAX_DEPTH:
            raise ApiError(400, f"The request body is nested deeper than {_MAX_DEPTH} levels")
        self._check(operation.body_pointer, value, "body")
        return value


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _convert(name: str, kind: str, raw: str) -> Any:
    if kind == "boolean":
        if raw not in _BOOLEANS:
            raise ApiError(400, f"Query parameter {name!r} must be True or False, not {raw!r}")
        return _BOOLEANS[raw]
    if kind == "integer":
        text = raw.strip()
        if not text.lstrip("+-").isdigit() or len(text) > 30:
            raise ApiError(
                400, f"Query parameter {name!r} must be an integer (at most 30 digits), not {raw!r}"
            )
        return int(text)
    if kind == "number":
        try:
            return float(raw)
        except ValueError:
            raise ApiError(400, f"Query parameter {name!r} must be a number, not {raw!r}") from None
    return raw


def _pick_mode(operation: Operation, values: Mapping[str, Any]) -> str | None:
    if not operation.modes:
        return None

    def fits(mode: QueryMode) -> bool:
        return all(name in values for name in mode.query) and all(
            values.get(name) == fixed for name, fixed in mode.fixed
        )

    fitting = [mode for mode in operation.modes if fits(mode)]
    if not fitting:
        ways = "; or ".join(_describe_mode(mode) for mode in operation.modes)
        raise ApiError(400, f"The query does not fit any use of this call: give {ways}")
    return max(fitting, key=lambda mode: len(mode.query) + len(mode.fixed)).name


def _describe_mode(mode: QueryMode) -> str:
    parts = [f"{name}={'True' if value else 'False'}" for name, value in mode.fixed]
    parts += list(mode.query)
    return " and ".join(parts) if parts else "nothing"


def _depth(value: Any) -> int:
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > _MAX_DEPTH:
            break
        if (mapping := as_object(node)) is not None:
            stack.extend((child, depth + 1) for child in mapping.values())
        elif (items := as_array(node)) is not None:
            stack.extend((child, depth + 1) for child in items)
    return deepest


def _describe(error: ValidationError, where: str) -> str:
    location = where
    for step in error.absolute_path:
        location += f"[{step}]" if isinstance(step, int) else f".{step}"
    message = f"{location}: {error.message}"
    if len(message) > _MAX_MESSAGE:
        message = message[: _MAX_MESSAGE - 3] + "..."
    return message
