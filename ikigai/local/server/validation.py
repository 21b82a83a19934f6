"""Request validation driven by the OpenAPI description, before any handler runs.

Query parameters are converted from their string form (booleans accept `True`/`true`/`False`/
`false`, integers parse as decimal, numbers must be finite) and checked against their schemas;
JSON bodies must hold only finite numbers (anywhere, open objects included), Unicode text and at
most `_MAX_DEPTH` levels, and are checked against the operation's schema with JSON Schema
2020-12, `$ref`s resolved inside the spec.
Operations that are used in more than one way (`x-ikigai-modes`) must match one of their modes.
Every violation becomes a 400 whose message names the field and what is allowed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from jsonschema import Draft202012Validator, exceptions
from jsonschema.exceptions import ValidationError
from jsonschema.protocols import Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ikigai.local.narrowing import as_list, as_mapping
from ikigai.local.server.http_errors import ApiError
from ikigai.local.server.openapi import Document, Operation, QueryMode

_SPEC_URI = "urn:ikigai:openapi"
_MAX_DEPTH = 64
_MAX_MESSAGE = 400
_MAX_SHOWN = 24
"""How much of a refused number literal a message quotes."""
_MAX_DOUBLE_DIGITS = 309
"""No integer with more digits fits in a double (the largest is about 1.8e308)."""
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
        error = _best(self._validator(pointer).iter_errors(value))
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
            value = json.loads(raw, parse_float=_float, parse_int=_int, parse_constant=_NotFinite)
        except (ValueError, RecursionError) as error:
            raise ApiError(400, f"The request body is not valid JSON: {error}") from None
        if _depth(value) > _MAX_DEPTH:
            raise ApiError(400, f"The request body is nested deeper than {_MAX_DEPTH} levels")
        if (refused := _not_finite(value)) is not None:
            path, number = refused
            where = _location("body", path)
            raise ApiError(400, _clip(f"{where}: numbers must be finite, not {number}"))
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except ValueError as error:  # a lone surrogate (UnicodeEncodeError)
            raise ApiError(400, f"The request body is not valid JSON: {error}") from None
        self._check(operation.body_pointer, value, "body")
        return value


class _NotFinite:
    """A number literal no double holds (NaN, Infinity, 1e400, 400 digits), kept by the parser
    so that the refusal can say where it is: it would be stored as inf, which no JSON answer can
    carry."""

    def __init__(self, literal: str) -> None:
        self.literal = literal

    def __str__(self) -> str:
        if len(self.literal) <= _MAX_SHOWN:
            return self.literal
        return f"{self.literal[:_MAX_SHOWN]}... ({len(self.literal)} characters)"


def _float(literal: str) -> float | _NotFinite:
    value = float(literal)
    return value if math.isfinite(value) else _NotFinite(literal)


def _int(literal: str) -> int | _NotFinite:
    # The digit count first: Python refuses to parse more than 4300 digits at all.
    if len(literal.lstrip("-")) > _MAX_DOUBLE_DIGITS:
        return _NotFinite(literal)
    value = int(literal)
    try:
        float(value)
    except OverflowError:
        return _NotFinite(literal)
    return value


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
            number = float(raw)
        except ValueError:
            number = math.nan
        if not math.isfinite(number):
            raise ApiError(
                400, f"Query parameter {name!r} must be a finite number, not {raw[:_MAX_SHOWN]!r}"
            )
        return number
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
        if (mapping := as_mapping(node)) is not None:
            stack.extend((child, depth + 1) for child in mapping.values())
        elif (items := as_list(node)) is not None:
            stack.extend((child, depth + 1) for child in items)
    return deepest


def _not_finite(value: Any) -> tuple[list[str | int], _NotFinite] | None:
    """The path to the first refused number literal, in document order, or None. (The body is
    at most `_MAX_DEPTH` deep by now, so the recursion is bounded.)"""
    if isinstance(value, _NotFinite):
        return [], value
    children: Iterable[tuple[str | int, Any]] = ()
    if (mapping := as_mapping(value)) is not None:
        children = mapping.items()
    elif (items := as_list(value)) is not None:
        children = enumerate(items)
    for step, child in children:
        if (found := _not_finite(child)) is not None:
            found[0].insert(0, step)
            return found
    return None


def _location(where: str, path: Iterable[str | int]) -> str:
    """`body.pipeline.definition.facets[0].arguments.x`: where a value sits in a request."""
    location = where
    for step in path:
        location += f"[{step}]" if isinstance(step, int) else f".{step}"
    return location


def _best(errors: Iterable[ValidationError]) -> ValidationError | None:
    """The most relevant error. For a value that fits one option of a `oneOf` by its type (an
    object where an object or null is allowed), the error of that option: "not valid under any
    of the given schemas" would not say what is wrong."""
    error = _best_match(errors)
    while error is not None and error.validator in ("oneOf", "anyOf") and error.context:
        fitting = [e for e in error.context if e.validator != "type" or e.relative_path]
        if len({e.relative_schema_path[0] for e in fitting}) != 1:
            break
        error = _best_match(fitting)
    return error


def _best_match(errors: Iterable[ValidationError]) -> ValidationError | None:
    # types-jsonschema leaves the result of `best_match` unannotated (it is the most relevant
    # error, None when there is none), so pyright cannot know its type.
    return cast("ValidationError | None", exceptions.best_match(errors))  # pyright: ignore[reportUnknownMemberType]


def _describe(error: ValidationError, where: str) -> str:
    text = error.message
    # jsonschema starts with the value; a long one would push out what is wrong with it.
    quoted = repr(error.instance)
    if len(quoted) > 2 * _MAX_SHOWN and text.startswith(quoted):
        text = _shortened(error.instance, quoted) + text[len(quoted) :]
    if error.validator == "maxLength":
        text += f" (at most {error.validator_value} characters)"
    return _clip(f"{_location(where, error.absolute_path)}: {text}")


def _shortened(value: Any, quoted: str) -> str:
    if isinstance(value, str):
        return f"{value[:_MAX_SHOWN]!r}... ({len(value)} characters)"
    return quoted[: 2 * _MAX_SHOWN] + "..."


def _clip(message: str) -> str:
    """Messages quote what was sent (a key, a value), which may be long."""
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 3] + "..."
