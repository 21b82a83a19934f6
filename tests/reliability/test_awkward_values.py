"""Nothing a client can store makes a later read fail.

Over real HTTP against a local platform, every create and edit operation of the spec (found by
its operationId, so that a new one is covered without a change here) is sent a valid body with
awkward values put in every place: numbers no double holds (`1e400`, `NaN`, an integer of 400
digits), extreme numbers that are fine, 1 MB strings, strings at and one past the field's
`maxLength`, NUL bytes, lone surrogates, nesting to the 64-level limit and one past it. Each
answer must be 2xx, or 4xx with a message, and what must be refused is refused. Then every GET
operation of the spec reads everything back, as the owner and as a second user with VIEWER
access to the apps and VIEW access to the custom facets: no answer may be 5xx, and every
answer must be strict JSON. Values an earlier release could store (inf in a definition) are
written into the database directly, and must read back as null.
"""

from __future__ import annotations

import copy
import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from ikigai.local import LocalPlatform
from ikigai.local.server.http_errors import ApiError
from ikigai.local.server.openapi import Document, Operation, load_spec, operations, resolve
from ikigai.local.server.validation import RequestValidator

from .support import FIGURES

WRITES = ("create_", "edit_", "update_")
"""The operationIds of the calls that store what a client sends."""
DEPTH_LIMIT = 64
"""How deep the platform lets a request body nest."""
VIEWER = "viewer@example.com"
THIRD = "third@example.com"
"""Whom the sharing calls in the bodies name: not the viewer, whose access must stay as set."""
MEGABYTE = 1024 * 1024
_COUNTER = itertools.count()


@dataclass(frozen=True)
class Literal:
    """A number written into the request text as it is: json.dumps would write inf as
    `Infinity`, and cannot write an integer of 5000 digits at all."""

    text: str

    def __str__(self) -> str:
        return self.text if len(self.text) < 30 else f"{self.text[:12]}...({len(self.text)})"


REFUSED_NUMBERS = [
    Literal("1e400"),
    Literal("-1e400"),
    Literal("NaN"),
    Literal("Infinity"),
    Literal("-Infinity"),
    Literal("1" + "0" * 400),
    Literal("-" + "9" * 5000),
]
FINE_NUMBERS: list[object] = [  # stored together, in one list
    Literal("1.7976931348623157e308"),
    Literal("5e-324"),
    Literal("1e-400"),  # underflows to 0.0, which is finite
    2**63,
    -(2**63) - 1,
    10**300,
    -0.0,
]


# ---- talking to the platform ---------------------------------------------------------------


def encode(body: Any) -> bytes:
    """The body as JSON text with the `Literal`s as written. A lone surrogate comes out as the
    escape `\\ud800` (ensure_ascii), which is how a client can send one."""
    literals: list[str] = []

    def placeholder(value: object) -> str:
        assert isinstance(value, Literal), value
        literals.append(value.text)
        return f"\x00literal {len(literals) - 1}\x00"

    text = json.dumps(body, default=placeholder)
    for index, literal in enumerate(literals):
        text = text.replace(json.dumps(f"\x00literal {index}\x00"), literal, 1)
    return text.encode("ascii")


def strict_json(text: str) -> Any:
    """Parse as JSON proper, where `NaN` and `Infinity` are not numbers."""

    def refuse(name: str) -> Any:
        raise AssertionError(f"the answer holds {name}, which is not JSON")

    return json.loads(text, parse_constant=refuse)


def message_of(answer: httpx.Response) -> str:
    try:
        data = strict_json(answer.text)
    except ValueError:
        return ""
    return str(data.get("message", "")) if isinstance(data, dict) else ""


def unclean(answer: httpx.Response) -> str:
    """What is wrong with an answer ("" when nothing): it must be 2xx with strict JSON, or 4xx
    with a message; never 5xx."""
    status = answer.status_code
    if status >= 500:
        return f"HTTP {status} {answer.text[:100]!r}"
    if status >= 400:
        return "" if message_of(answer).strip() else f"HTTP {status} without a message"
    try:
        strict_json(answer.text)
    except (ValueError, AssertionError) as error:
        return f"HTTP {status} with a body that is not JSON ({error})"
    return ""


class User:
    def __init__(self, platform: LocalPlatform, email: str) -> None:
        self.email = email
        self.http = httpx.Client(
            base_url=platform.base_url,
            headers={"user": email, "api-key": platform.api_key(email)},
            timeout=120,
        )

    def send(self, operation: Operation, body: Any = None, **query: Any) -> httpx.Response:
        if operation.method == "GET":
            params = {k: str(v) if isinstance(v, bool) else v for k, v in query.items()}
            return self.http.get(operation.path, params=params)
        headers = {"content-type": "application/json"}
        return self.http.post(operation.path, content=encode(body), headers=headers)

    def call(self, operation_id: str, body: Any = None, **query: Any) -> dict[str, Any]:
        """An operation that must succeed; its answer."""
        answer = self.send(OPERATIONS[operation_id], body, **query)
        assert answer.status_code == 200, (operation_id, answer.status_code, answer.text[:300])
        data: dict[str, Any] = strict_json(answer.text)
        return data


# ---- what the spec says --------------------------------------------------------------------

SPEC = load_spec()
OPERATIONS = {op.operation_id: op for op in operations(SPEC)}


def write_operations() -> list[Operation]:
    return [op for op in OPERATIONS.values() if op.operation_id.startswith(WRITES)]


def read_operations() -> list[Operation]:
    return [op for op in OPERATIONS.values() if op.method == "GET"]


def deref(schema: Any) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = resolve(SPEC, schema["$ref"])
    return schema if isinstance(schema, dict) else {}


def body_schema(operation: Operation) -> dict[str, Any]:
    assert operation.body_pointer is not None
    return deref(resolve(SPEC, operation.body_pointer))


@dataclass
class World:
    """What the bodies refer to, and everything the writes made."""

    ids: dict[str, str]
    """The id each id field of a body gets (`project_id`, `pipeline_id`, ...)."""
    made: dict[str, list[str]] = field(default_factory=dict)
    """Every id an answer returned, by its key (`directory_id` for all four kinds)."""
    names: list[str] = field(default_factory=list)
    """Awkward names that were stored, to look things up by."""

    @staticmethod
    def unique(stem: str) -> str:
        """Names are unique per user or per app; these are unique in the whole run."""
        return f"{stem}{next(_COUNTER)}"

    def remember(self, answer: dict[str, Any]) -> dict[str, Any]:
        """Note the ids of an answer; the answer."""
        for key, value in answer.items():
            if key.endswith("_id") and isinstance(value, str):
                known = self.made.setdefault(key, [])
                if value not in known:
                    known.append(value)
        return answer


def hint(world: World, key: str) -> Any:
    """A value for a field the platform checks beyond its schema (an id must exist, a cron must
    parse, a rootkit token must be the platform's), by the field's name; None for the others."""
    hints: dict[str, Any] = {
        "parent_id": "",
        "email": THIRD,
        "project_access_level": "VIEWER",
        "access_level": "VIEW",
        # Ended long ago: stored, but the scheduler never starts these flows.
        "schedule": {"name": "never", "cron": "0 0 * * *", "start_time": "1", "end_time": "2"},
        "facet_uid": "I_005",
        "facet_id": "0",
        "source": "0",
        "destination": "0",
        "model_type": "Linear",
        "sub_model_type": "Lasso",
        "python_script": "result = data",
        "rootkit_token": "",
        "chain_group": "MID",
    }
    if key in hints:
        return copy.deepcopy(hints[key])
    if key in world.ids:
        return world.ids[key]
    if key in ("name", "version"):
        return world.unique(key)
    return None


def example(schema: Any, key: str, world: World) -> Any:
    """A valid value for `schema` with every optional property filled in, so that awkward
    values can reach every place."""
    schema = deref(schema)
    if "const" in schema:
        return schema["const"]
    hinted = hint(world, key)
    if hinted is not None:
        return hinted
    if "oneOf" in schema:
        # The simplest option that is not null: `{}` for a directory placement.
        options = [deref(option) for option in schema["oneOf"]]
        options = [option for option in options if option.get("type") != "null"]
        simplest = min(options, key=lambda option: len(option.get("required", ())))
        return example(simplest, key, world)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "string")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object":
        value = {
            name: example(sub, name, world) for name, sub in schema.get("properties", {}).items()
        }
        entries = schema.get("additionalProperties")
        if isinstance(entries, dict) and entries:
            value["entry"] = example(entries, "entry", world)
        return value
    if kind == "array":
        return [example(schema.get("items", {}), key, world)]
    return {"boolean": False, "integer": 1, "number": 1.5}.get(kind, "x")


def bodies(operation: Operation, world: World) -> list[Any]:
    """A valid body for each way of calling (one per schema of a `oneOf` body)."""
    schema = body_schema(operation)
    return [example(option, "", world) for option in schema.get("oneOf", [schema])]


# ---- awkward values ------------------------------------------------------------------------

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Variant:
    """An awkward value, and where in a body it goes."""

    what: str
    path: Path
    value: Any
    refused_with: str = ""
    """What the 4xx message must hold (the field, or the rule) when the value must be refused;
    "" when it may be stored."""
    name: str = ""
    """The awkward name it stores, when it puts one in a `name` field."""


def places(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every object and every string of a body, with its path."""
    if isinstance(value, dict | str):
        yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from places(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from places(child, (*path, index))


def schema_at(schema: Any, path: Path) -> dict[str, Any]:
    """The schema of the value at `path` (inside a `oneOf`, the object option)."""
    schema = deref(schema)
    for step in path:
        if "oneOf" in schema:
            options = [deref(option) for option in schema["oneOf"]]
            schema = next((o for o in options if "properties" in o), options[0])
        if isinstance(step, int):
            schema = deref(schema.get("items", {}))
        else:
            properties = schema.get("properties", {})
            schema = deref(properties.get(step, schema.get("additionalProperties", {})))
    return schema


def put(body: Any, path: Path, value: Any) -> Any:
    changed = copy.deepcopy(body)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return changed


def nested(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels - 1):
        value = [value]
    return value


def where(path: Path) -> str:
    return "body" + "".join(f"[{s}]" if isinstance(s, int) else f".{s}" for s in path)


def variants(schema: dict[str, Any], template: Any, world: World) -> Iterator[Variant]:
    """Awkward values for every place of the bodies shaped like `template`."""
    for path, value in list(places(template)):
        at = where(path)
        if isinstance(value, dict):
            # Any object may get an extra key: the checks look at the whole body.
            extra = (*path, "awkward")
            for number in REFUSED_NUMBERS:
                yield Variant(f"{number} in {at}", extra, number, "finite")
            yield Variant(f"extreme finite numbers in {at}", extra, FINE_NUMBERS)
            room = DEPTH_LIMIT - len(extra)  # the new list sits at depth len(extra) + 1
            if room >= 1:
                yield Variant(f"nesting to {DEPTH_LIMIT} in {at}", extra, nested(room))
            yield Variant(f"nesting past {DEPTH_LIMIT} in {at}", extra, nested(room + 1), "nested")
        elif path:
            limit = schema_at(schema, path).get("maxLength")
            tag = world.unique("")
            texts = {
                # At the limit (or 255 where there is none), in letters of two UTF-8 bytes.
                "NUL bytes and é up to the limit": (f"{tag}\x00".ljust(limit or 255, "é"), ""),
                "a 1 MB string": ("n" * MEGABYTE, at if limit else ""),
                "a lone surrogate": (f"\ud800{tag}", "JSON"),
            }
            if limit:
                texts["a string one past the limit"] = (tag.ljust(limit + 1, "n"), at)
            for label, (text, refused) in texts.items():
                stored = text if path[-1] == "name" and not refused else ""
                yield Variant(f"{label} in {at}", path, text, refused, stored)


def replaced(value: Any, old: str, new: str) -> Any:
    """`value` with every string equal to `old` replaced by `new`."""
    if isinstance(value, dict):
        return {key: replaced(item, old, new) for key, item in value.items()}
    if isinstance(value, list):
        return [replaced(item, old, new) for item in value]
    return new if value == old else value


# ---- the platform and its users ------------------------------------------------------------


@pytest.fixture(scope="module")
def platform() -> Iterator[LocalPlatform]:
    with LocalPlatform() as running:
        running.add_user(VIEWER)
        running.add_user(THIRD)
        yield running


@pytest.fixture(scope="module")
def owner(platform: LocalPlatform) -> Iterator[User]:
    user = User(platform, platform.default_user)
    yield user
    user.http.close()


@pytest.fixture(scope="module")
def viewer(platform: LocalPlatform) -> Iterator[User]:
    user = User(platform, VIEWER)
    yield user
    user.http.close()


def share(owner: User, world: World, everything: bool) -> None:
    """The world's app and custom facet (or everything the owner made), shared with the viewer
    and with the third user whom the access bodies name: apps as VIEWER, custom facets as VIEW.
    (Sharing again sets the level again.)"""
    made = world.made if everything else {key: [world.ids[key]] for key in world.ids}
    for project_id in made.get("project_id", []):
        for email in (VIEWER, THIRD):
            access = {"email": email, "project_access_level": "VIEWER"}
            owner.call("share_project", {"project": {"project_id": project_id}, "user": access})
    for custom_facet_id in made.get("custom_facet_id", []):
        for email in (VIEWER, THIRD):
            grant = {
                "custom_facet": {"custom_facet_id": custom_facet_id},
                "user": {"email": email},
                "access_level": "VIEW",
            }
            owner.call("share_custom_facet", grant)


def new_world(owner: User, label: str) -> World:
    """An app holding one of everything, and a custom facet; the bodies refer to these."""
    world = World(ids={})
    app = {"name": f"awkward {label}", "description": "", "directory": {}}
    world.ids.update(world.remember(owner.call("create_project", {"project": app})))
    app_id = world.ids["project_id"]
    directory = {"directory": {"name": label, "parent_id": ""}}
    world.ids.update(world.remember(owner.call("create_project_directory", directory)))
    for kind in ("dataset", "pipeline", "model"):
        directory = {"directory": {"name": kind, "project_id": app_id, "parent_id": ""}}
        world.remember(owner.call(f"create_{kind}_directory", directory))
    flow = {
        "name": "flow",
        "high_volume_preference": False,
        "definition": {"facets": [], "arrows": []},
        "schedule": None,
    }
    model = {"name": "model", "model_type": "Linear", "sub_model_type": "Lasso", "description": ""}
    facet = {
        "name": f"shared {label}",
        "chain_group": "MID",
        "description": "",
        "tags": [],
        "python_script": "result = data",
        "libraries": [],
        "arguments": [],
    }
    in_app = {"project_id": app_id, "directory": {}}
    for operation_id, body in (
        ("create_dataset", {"dataset": {**in_app, "name": "data"}}),
        ("create_pipeline", {"pipeline": {**in_app, **flow}}),
        ("create_model", {"model": {**in_app, **model}}),
        ("create_custom_facet", {"custom_facet": facet}),
    ):
        world.ids.update(world.remember(owner.call(operation_id, body)))
    share(owner, world, everything=False)
    return world


# ---- writes, then reads --------------------------------------------------------------------


def _target(owner: User, operation: Operation, world: World) -> tuple[str, str, str] | None:
    """For an edit: a new object to edit, so that what each awkward value does (or would do,
    were it wrongly accepted) stays to be read; as its id field, the id the bodies hold and the
    new one. None when the spec has no matching create."""
    create = OPERATIONS.get(operation.operation_id.replace("edit_", "create_", 1))
    if create is None or create is operation:
        return None
    ((key, new_id),) = owner.call(create.operation_id, bodies(create, world)[0]).items()
    return key, world.ids[key], new_id


def store_awkward_values(
    owner: User, operation: Operation, world: World, problems: list[str]
) -> None:
    schema = body_schema(operation)
    options = schema.get("oneOf", [schema])
    for option, template in zip(options, bodies(operation, world), strict=True):
        share(owner, world, everything=False)  # a revoking body may have ended a share
        for variant in variants(option, template, world):
            # A new body each time: its new names keep what a wrongly accepted value made.
            body = put(example(option, "", world), variant.path, variant.value)
            if target := _target(owner, operation, world):
                body = replaced(body, *target[1:])
            what = f"{operation.operation_id}: {variant.what}"
            try:
                answer = owner.send(operation, body)
            except httpx.TransportError as error:  # the server dropped the connection
                problems.append(f"{what}: no answer ({type(error).__name__})")
                continue
            if problem := unclean(answer):
                problems.append(f"{what}: {problem}")
                continue
            if variant.refused_with:
                message = message_of(answer)
                if answer.status_code < 400 or variant.refused_with not in message:
                    wanted = f"{variant.refused_with!r} in a 4xx message"
                    problems.append(
                        f"{what}: wanted {wanted}, got {answer.status_code} {message!r}"
                    )
                FIGURES["awkward values refused"] += 1
            elif answer.status_code == 200:
                FIGURES["awkward values stored"] += 1
                if variant.name:
                    world.names.append(variant.name)
            if answer.status_code == 200:  # stored, rightly or wrongly: to be read back
                world.remember(strict_json(answer.text))
                if target:
                    world.remember({target[0]: target[2]})


def queries(operation: Operation, world: World) -> Iterator[dict[str, Any]]:
    """Queries that read everything the operation can: for each mode, the last id parameter
    runs over every id the writes made, and the others take the world's ids; a lookup by name
    runs over the awkward names stored."""
    for mode in operation.modes or (None,):
        fixed: dict[str, Any] = dict(mode.fixed) if mode else {}
        wanted = [p for p in operation.parameters if p.required or (mode and p.name in mode.query)]
        defaults = {"limit": 5, "file_size": 10, "filename": "data.csv", "query": ""}
        query = {
            p.name: fixed.get(p.name, world.ids.get(p.name, defaults.get(p.name, "none")))
            for p in wanted
        }
        ids = [name for name in query if name.endswith("_id")]
        if ids:
            for value in world.made.get(ids[-1], [query[ids[-1]]]):
                yield {**query, ids[-1]: value}
        elif "name" in query:
            # A name too long for a URL cannot be looked up (httpx refuses to build it).
            for name in [*(name for name in world.names if len(name) < 4096), "flow"]:
                yield {**query, "name": name}
        else:
            yield query


def read_everything(user: User, world: World, problems: list[str]) -> None:
    for operation in read_operations():
        for query in queries(operation, world):
            try:
                problem = unclean(user.send(operation, **query))
            except httpx.TransportError as error:  # the server dropped the connection
                problem = f"no answer ({type(error).__name__})"
            if problem:
                shown = {key: str(value)[:40] for key, value in query.items()}
                problems.append(f"{user.email}: {operation.operation_id} {shown}: {problem}")
            FIGURES["awkward reads"] += 1


def assert_none(problems: list[str]) -> None:
    shown = "\n".join(problem[:300] for problem in problems[:30])
    assert not problems, f"{len(problems)} problems, the first ones:\n{shown}"


WRITE_IDS = [op.operation_id for op in write_operations()]


def test_the_writes_are_found_in_the_spec() -> None:
    assert {"create_pipeline", "edit_pipeline", "create_custom_facet", "edit_project"} <= set(
        WRITE_IDS
    )
    assert all(OPERATIONS[name].body_pointer is not None for name in WRITE_IDS)


@pytest.mark.parametrize("operation_id", WRITE_IDS)
def test_every_write_has_a_body_that_works(owner: User, operation_id: str) -> None:
    """Else the awkward values would be refused for another reason and prove nothing: a field
    the platform checks beyond its schema needs a hint."""
    world = new_world(owner, f"base {operation_id}")
    operation = OPERATIONS[operation_id]
    for body in bodies(operation, world):
        answer = owner.send(operation, body)
        assert answer.status_code == 200, (operation_id, body, answer.text[:300])


@pytest.mark.parametrize("operation_id", WRITE_IDS)
def test_awkward_values_never_make_a_read_fail(
    owner: User, viewer: User, operation_id: str
) -> None:
    world = new_world(owner, operation_id)
    problems: list[str] = []
    store_awkward_values(owner, OPERATIONS[operation_id], world, problems)
    share(owner, world, everything=True)
    read_everything(owner, world, problems)
    read_everything(viewer, world, problems)
    assert_none(problems)


# ---- the cases that were seen --------------------------------------------------------------


def _flow_with(world: World, argument: Any) -> dict[str, Any]:
    facet = {"facet_id": "0", "facet_uid": "I_005", "name": "", "arguments": {"x": argument}}
    return {"facets": [facet], "arrows": []}


def _reads_of_the_app(user: User, world: World) -> list[httpx.Response]:
    app = world.ids["project_id"]
    return [
        user.send(OPERATIONS["get_pipeline"], pipeline_id=world.ids["pipeline_id"]),
        user.send(OPERATIONS["get_pipelines_for_project"], project_id=app, fetch_all=True),
        user.send(OPERATIONS["get_components_for_project"], project_id=app),
        user.send(OPERATIONS["search_pipelines_for_project"], project_id=app, query=""),
    ]


def test_1e400_in_create_pipeline_is_refused_and_the_app_stays_readable(
    owner: User, viewer: User
) -> None:
    world = new_world(owner, "1e400")
    flow = {
        "project_id": world.ids["project_id"],
        "name": "overflow",
        "directory": {},
        "high_volume_preference": False,
        "definition": _flow_with(world, Literal("1e400")),
        "schedule": None,
    }
    answer = owner.send(OPERATIONS["create_pipeline"], {"pipeline": flow})
    assert answer.status_code == 400, answer.text
    assert message_of(answer) == (
        "body.pipeline.definition.facets[0].arguments.x: numbers must be finite, not 1e400"
    )
    for user in (owner, viewer):
        assert [read.status_code for read in _reads_of_the_app(user, world)] == [200] * 4


def test_minus_1e400_in_edit_pipeline_is_refused_and_the_flow_stays_readable(
    owner: User, viewer: User
) -> None:
    world = new_world(owner, "-1e400")
    pipeline = {
        "project_id": world.ids["project_id"],
        "pipeline_id": world.ids["pipeline_id"],
        "definition": _flow_with(world, [1, {"y": Literal("-1e400")}]),
    }
    answer = owner.send(OPERATIONS["edit_pipeline"], {"pipeline": pipeline})
    assert answer.status_code == 400, answer.text
    assert message_of(answer) == (
        "body.pipeline.definition.facets[0].arguments.x[1].y: numbers must be finite, not -1e400"
    )
    for user in (owner, viewer):
        assert [read.status_code for read in _reads_of_the_app(user, world)] == [200] * 4


def test_a_view_user_lists_custom_facets_whatever_their_arguments_hold(
    owner: User, viewer: User
) -> None:
    world = new_world(owner, "view")
    facet_id = world.ids["custom_facet_id"]
    for value, status in ((Literal("1e400"), 400), (Literal("1.7976931348623157e308"), 200)):
        draft = {
            "custom_facet_id": facet_id,
            "chain_group": "MID",
            "arguments": [{"name": "x", "type": "float", "value": value}],
        }
        body = {"custom_facet": draft, "save_as_version": False}
        answer = owner.send(OPERATIONS["edit_custom_facet"], body)
        assert answer.status_code == status, answer.text
    for operation_id in ("get_custom_facets_for_user", "search_custom_facets_for_user"):
        query = {"query": ""} if operation_id.startswith("search") else {}
        listed = viewer.call(operation_id, **query)["custom_facets"]
        mine = [facet for facet in listed if facet["custom_facet_id"] == facet_id]
        assert mine[0]["arguments"][0]["value"] == 1.7976931348623157e308
    # VIEW cannot delete it: a refusal, not a failure.
    refused = viewer.send(
        OPERATIONS["delete_custom_facet"], {"custom_facet": {"custom_facet_id": facet_id}}
    )
    assert refused.status_code == 403, refused.text


def test_values_an_earlier_release_stored_read_back_as_json(
    platform: LocalPlatform, owner: User, viewer: User
) -> None:
    """An earlier release stored `1e400` as inf (json.dumps writes `Infinity`); a lone
    surrogate or a 400-digit integer can sit in stored JSON text as well. Reads render them
    as null and U+FFFD, for the owner and for a viewer."""
    world = new_world(owner, "earlier release")
    huge = "1" + "0" * 400
    definition = (
        '{"facets": [{"facet_id": "0", "facet_uid": "I_005", "name": "\\ud800",'
        f' "arguments": {{"x": Infinity, "y": -Infinity, "z": NaN, "n": {huge}}}}}],'
        ' "arrows": []}'
    )
    arguments = '[{"name": "x", "type": "float", "value": Infinity}]'
    now = time.time()
    with platform.services.db.write() as tx:
        tx.execute(
            "UPDATE pipelines SET definition = ? WHERE pipeline_id = ?",
            (definition, world.ids["pipeline_id"]),
        )
        tx.execute(
            "UPDATE custom_facets SET arguments = ? WHERE custom_facet_id = ?",
            (arguments, world.ids["custom_facet_id"]),
        )
        tx.execute(
            "INSERT INTO model_versions (version_id, model_id, version, hyperparameters,"
            " metrics, artifact_file, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                world.unique("old version "),
                world.ids["model_id"],
                "old",
                '{"alpha": NaN}',
                '{"performance": {"r2": {"average_test": -Infinity}}}',
                "",
                now,
                now,
            ),
        )
    for user in (owner, viewer):
        for read in _reads_of_the_app(user, world):
            assert read.status_code == 200, read.text
            strict_json(read.text)
        flow = user.call("get_pipeline", pipeline_id=world.ids["pipeline_id"])["pipeline"]
        facet = flow["definition"]["facets"][0]
        assert facet["arguments"] == {"x": None, "y": None, "z": None, "n": None}
        assert facet["name"] == "\ufffd"
        custom = user.call("get_custom_facet", custom_facet_id=world.ids["custom_facet_id"])
        assert custom["custom_facet"]["arguments"][0]["value"] is None
        versions = user.call(
            "get_model_versions", project_id=world.ids["project_id"], model_id=world.ids["model_id"]
        )["versions"]
        assert versions[0]["hyperparameters"] == {"alpha": None}
        assert versions[0]["metrics"]["performance"]["r2"]["average_test"] is None
    problems: list[str] = []
    read_everything(viewer, world, problems)
    assert_none(problems)


def test_a_schedule_a_datetime_cannot_hold_is_refused(owner: User) -> None:
    """Epoch seconds past the year 9999 are digits the schema allows, but no client could read
    the flow back (a datetime ends in 9999), so the platform refuses them."""
    world = new_world(owner, "schedule")
    for start, status in (("253402300800", 400), ("999999999999", 400), ("253402300799", 200)):
        schedule = {"name": "s", "cron": "0 0 * * *", "start_time": start, "end_time": ""}
        pipeline = {
            "project_id": world.ids["project_id"],
            "pipeline_id": world.ids["pipeline_id"],
            "schedule": schedule,
        }
        answer = owner.send(OPERATIONS["edit_pipeline"], {"pipeline": pipeline})
        assert answer.status_code == status, (start, answer.text)
        if status == 400:
            assert "pipeline.schedule.start_time: at most 253402300799" in message_of(answer)
    flow = owner.call("get_pipeline", pipeline_id=world.ids["pipeline_id"])["pipeline"]
    assert flow["schedule"]["start_time"] == "253402300799"


NUMBER_SPEC: Document = {
    "openapi": "3.1.0",
    "info": {"title": "a number parameter", "version": "1"},
    "paths": {
        "/ratio": {
            "get": {
                "operationId": "ratio",
                "security": [],
                "parameters": [
                    {"name": "ratio", "in": "query", "required": True, "schema": {"type": "number"}}
                ],
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}


@pytest.mark.parametrize("raw", ["1e400", "-1e400", "nan", "NaN", "inf", "-Infinity", "x"])
def test_a_number_query_parameter_must_be_finite(raw: str) -> None:
    """No operation of the spec takes a number in its query yet; the validator is ready."""
    (operation,) = operations(NUMBER_SPEC)
    validator = RequestValidator(NUMBER_SPEC)
    with pytest.raises(ApiError) as refused:
        validator.query(operation, {"ratio": [raw]})
    assert refused.value.status == 400
    assert "'ratio' must be a finite number" in refused.value.message
    assert validator.query(operation, {"ratio": ["1.5e300"]})[0] == {"ratio": 1.5e300}
