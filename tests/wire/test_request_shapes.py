"""The generated package puts on the wire exactly what the platform expects.

Every entry of requests.yaml is sent through its generated function (an operation of
`ikigai_wire.api` or a wrapper of `ikigai_wire.modes`) on a mock transport; the recorded
request must match the entry exactly (method, path, ordered query, JSON body, credentials),
and the entry's response must parse into models that name every key it carries.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import inspect
import json
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qsl

import attrs
import httpx
import pytest
import yaml

HERE = Path(__file__).parent
REFERENCE = HERE.parents[1].parent / "shared" / "reference"
DATA = yaml.safe_load((HERE / "requests.yaml").read_text(encoding="utf-8"))
PAIRS: list[str] = DATA["reference_pairs"]
ENTRIES: list[dict] = DATA["entries"]
BASE_URL, USER, API_KEY = "http://platform.test", "bob@example.com", "KEY123"

# Values the spec deliberately leaves open, so keys collected there are expected. Each is a
# path suffix over field names: "#" stands for any list item, "*" for any key of a typed map.
OPEN_VALUES = (
    "facets/#/arguments",  # facet arguments depend on the facet type (§8.2)
    "arrows/#/arguments",  # arrow arguments are passed through (§8.2)
    "hyperparameters",  # model hyperparameters (§4.8)
    "variables/*/value",  # run-variable values: any JSON value (§3.9)
)


def entry_id(entry: dict) -> str:
    return entry.get("id", entry["call"])


def as_captured(entry: dict) -> tuple:
    """An entry as a capture shows it: the body as the bytes Python's json.dumps writes."""
    body = None if entry["body"] is None else json.dumps(entry["body"])
    return entry["method"], entry["path"], tuple(map(tuple, entry["query"])), body


# ---- the data alone ------------------------------------------------------------------------


def test_reference_pairs_are_67_unique_pairs() -> None:
    assert len(PAIRS) == len(set(PAIRS)) == 67


def test_reference_pairs_are_the_catalogue_of_the_reference() -> None:
    doc = REFERENCE / "platform-wire-protocol.md"
    if not doc.exists():
        pytest.skip(f"{doc} is absent")
    catalogue = doc.read_text(encoding="utf-8").split("\n## 2. ")[1].split("\n## 3. ")[0]
    rows = re.findall(r"^\| *\d+ *\| *(GET|POST) *\| *(\S+) *\|", catalogue, re.MULTILINE)
    assert [f"{method} {path}" for method, path in rows] == PAIRS


def test_entries_cover_exactly_the_reference_pairs() -> None:
    assert {f"{e['method']} {e['path']}" for e in ENTRIES} == set(PAIRS)


def test_entries_are_well_formed() -> None:
    ids = [entry_id(e) for e in ENTRIES]
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
    for entry in ENTRIES:
        assert all(isinstance(v, str) for _, v in entry["query"]), entry_id(entry)
        assert isinstance(entry["auth"], bool), entry_id(entry)


def captured_requests(text: str) -> Iterator[tuple]:
    """The API requests of a capture file (presigned upload/download URLs left out)."""
    line = r"^(GET|POST) /+((?:component|search|access)/[^?\s]*)\??(\S*) HTTP/1\.1"
    body_line = r"\n.*(?:\n    body: (.*))?"  # a headers line, then the body if any
    for method, path, query, body in re.findall(line + body_line, text, re.MULTILINE):
        # 0.2.14 prefixed every path with "//"; the path itself is the same
        yield method, f"/{path}", tuple(parse_qsl(query, keep_blank_values=True)), body or None


@pytest.mark.parametrize("capture", ["wire-capture-0.4.4.txt", "wire-capture-0.2.14.txt"])
def test_every_captured_request_is_an_entry(capture: str) -> None:
    path = REFERENCE / capture
    if not path.exists():
        pytest.skip(f"{path} is absent")
    expected = {as_captured(e) for e in ENTRIES}
    captured = list(captured_requests(path.read_text(encoding="utf-8")))
    assert captured, "no request found in the capture"
    assert [c for c in captured if c not in expected] == []


# ---- the generated package -----------------------------------------------------------------


@functools.cache
def operations() -> dict[str, Callable]:
    api = importlib.import_module("ikigai_wire.api")
    found = {}
    for info in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            found[info.name.rpartition(".")[2]] = module.sync_detailed
    return found


@functools.cache
def modes() -> dict[str, Callable]:
    module = importlib.import_module("ikigai_wire.modes")
    return {
        f"modes.{name}": fn
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if not name.startswith("_") and fn.__module__.startswith(module.__name__)
    }


def function(call: str) -> Callable:
    return (modes() if call.startswith("modes.") else operations())[call]


def test_every_operation_and_mode_has_an_entry() -> None:
    # each mode's asynchronous twin is checked against the mode itself (test_async_mode_...)
    generated = set(operations()) | {name for name in modes() if not name.endswith("_async")}
    called = {e["call"] for e in ENTRIES}
    assert sorted(generated - called) == [], "generated functions without an entry"
    assert sorted(called - generated) == [], "entries whose function is not generated"


def accepted_types(hint: object) -> list:
    """The types a parameter takes, without Unset and None."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    kinds = typing.get_args(hint) if union else [hint]
    return [t for t in kinds if t is not type(None) and getattr(t, "__name__", "") != "Unset"]


def from_query(text: str, hint: object) -> object:
    kind = accepted_types(hint)[0]
    if kind is bool:
        assert text in ("True", "False"), f"a boolean is sent as True/False, not {text!r}"
        return text == "True"
    if typing.get_origin(kind) is typing.Literal:
        return text
    return kind(text)  # str, int or a str Enum


def is_open(model: object) -> bool:
    """Whether the model's schema takes any other key (the default when none is declared)."""
    hint = inspect.get_annotations(type(model)).get("additional_properties")
    return str(hint).replace("typing.", "") == "dict[str, Any]"


def unnamed_keys(value: object, path: tuple[str, ...] = ()) -> list[str]:
    """Where models collected keys their schema does not name, outside OPEN_VALUES."""
    found, children = [], []
    if isinstance(value, list):
        children = [("#", item) for item in value]
    elif attrs.has(type(value)):
        extra = getattr(value, "additional_properties", {})
        where = "/".join(("", *path))
        if extra and is_open(value) and not any(where.endswith(f"/{o}") for o in OPEN_VALUES):
            found.append(f"{where or '/'}: {sorted(extra)}")
        children = [(f.name, getattr(value, f.name)) for f in attrs.fields(type(value))]
        children += [("*", item) for item in extra.values()]
    for key, child in children:
        found += unnamed_keys(child, (*path, key))
    return found


def assert_faithful(model: object, data: object) -> None:
    assert attrs.has(type(model)), f"expected a model, got {model!r}"
    unnamed = unnamed_keys(model)
    assert not unnamed, f"keys the spec does not name (misnamed, or missing from it): {unnamed}"
    assert model.to_dict() == data, "to_dict() does not give back the JSON it was made from"


def body_model(hint: object, data: object) -> object:
    """The body from its JSON; a union body takes the first of its types that fits it."""
    *others, last = accepted_types(hint)
    for kind in others:
        try:
            model = kind.from_dict(data)
            assert_faithful(model, data)
            return model
        except Exception:
            continue  # the next type of the union may fit
    model = last.from_dict(data)
    assert_faithful(model, data)
    return model


def send(entry: dict) -> tuple[list[httpx.Request], object]:
    """Call the entry's function on a mock transport: the requests it made and what it
    returned (or raised, once a request was made)."""
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=entry.get("response", {}))

    package = importlib.import_module("ikigai_wire")
    options = {"base_url": BASE_URL, "httpx_args": {"transport": httpx.MockTransport(answer)}}
    if entry["auth"]:
        client = package.AuthenticatedClient(user_email=USER, api_key=API_KEY, **options)
    else:
        client = package.Client(**options)
    call = function(entry["call"])
    hints = typing.get_type_hints(call)
    # a mode wrapper fixes some query values itself: those are not its parameters
    arguments = {k: from_query(v, hints[k]) for k, v in entry["query"] if k in hints}
    if "body" in hints:
        arguments["body"] = body_model(hints["body"], entry["body"])
    try:
        outcome = call(client=client, **arguments)
        return requests, asyncio.run(outcome) if inspect.isawaitable(outcome) else outcome
    except Exception as error:
        if not requests:
            raise
        return requests, error


@pytest.mark.parametrize("entry", ENTRIES, ids=entry_id)
def test_request_is_on_the_wire_as_expected(entry: dict) -> None:
    requests, _ = send(entry)
    assert len(requests) == 1
    request = requests[0]
    assert request.method == entry["method"]
    assert request.url.path == entry["path"]
    assert request.url.params.multi_items() == [tuple(pair) for pair in entry["query"]]
    assert (json.loads(request.content) if request.content else None) == entry["body"]
    if entry["method"] == "POST":
        assert request.headers["content-type"] == "application/json"
    credentials = {"user": USER, "api-key": API_KEY}
    sent = {name: request.headers.get(name) for name in credentials}
    assert sent == (credentials if entry["auth"] else {"user": None, "api-key": None})
    # only an operation the spec leaves unsecured takes a client without credentials
    clients = accepted_types(typing.get_type_hints(function(entry["call"]))["client"])
    assert any(c.__name__ == "Client" for c in clients) is not entry["auth"]


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e["call"].startswith("modes.")], ids=entry_id
)
def test_async_mode_sends_what_the_mode_sends(entry: dict) -> None:
    (expected,), _ = send(entry)
    (sent,), _ = send({**entry, "call": f"{entry['call']}_async"})
    assert (sent.method, sent.url, sent.content) == (
        expected.method,
        expected.url,
        expected.content,
    )


@pytest.mark.parametrize("entry", [e for e in ENTRIES if "response" in e], ids=entry_id)
def test_response_parses_into_models_that_name_every_key(entry: dict) -> None:
    _, outcome = send(entry)
    if isinstance(outcome, Exception):
        raise outcome
    assert outcome.status_code == 200
    assert_faithful(outcome.parsed, entry["response"])
