"""Failures become errors of `ikigai.errors` that name the operation, the status and the
server's message, and never show the API key. No server: answers come from a mock transport."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from ikigai import Ikigai
from ikigai._transport import Transport
from ikigai.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ArgumentTypeError,
    AuthenticationError,
    BadRequestError,
    BaseURLError,
    ConflictError,
    IkigaiError,
    InvalidArgumentError,
    NotFoundError,
    NotSupportedError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TransferError,
    UnexpectedResponseError,
    UnknownKeyError,
    UnknownNameError,
    WaitTimeoutError,
)
from ikigai.local import LocalPlatform
from ikigai_wire.api.projects import get_project

KEY = "secret-key-123"
HEARTBEATS_OK = {"/access/heartbeat": (200, b'{"status": "ok"}'), "/search/heartbeat": (200, b"{}")}


def transport(answer: Callable[[httpx.Request], httpx.Response]) -> Transport:
    return Transport(
        "http://platform.test",
        "bob@example.com",
        KEY,
        httpx_args={"transport": httpx.MockTransport(answer)},
    )


def get_app(t: Transport) -> object:
    return t.call("get_project", get_project.sync_detailed, client=t.client, name="x")


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, BadRequestError),
        (418, BadRequestError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_each_status_has_its_error(status: int, kind: type[APIStatusError]) -> None:
    t = transport(lambda _: httpx.Response(status, json={"message": "what went wrong"}))
    with pytest.raises(kind) as caught:
        get_app(t)
    error = caught.value
    assert (error.operation, error.status, error.message) == (
        "get_project",
        status,
        "what went wrong",
    )
    assert isinstance(error, IkigaiError)
    assert isinstance(error, RuntimeError)  # as the published client raises platform failures
    assert "get_project" in str(error)
    assert str(status) in str(error)
    assert "what went wrong" in str(error)


def test_a_body_that_is_not_json_still_gives_the_status_and_the_text() -> None:
    t = transport(lambda _: httpx.Response(403, text='{"message":"Missing Authentication Token"'))
    with pytest.raises(PermissionDeniedError) as caught:
        get_app(t)
    assert caught.value.status == 403
    assert "Missing Authentication Token" in caught.value.message


def test_the_api_key_never_shows_in_an_error() -> None:
    t = transport(lambda _: httpx.Response(401, json={"message": f"bad key {KEY}"}))
    with pytest.raises(AuthenticationError) as caught:
        get_app(t)
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)
    assert KEY not in caught.value.message
    assert "***" in caught.value.message


def test_an_unreadable_success_is_an_unexpected_response() -> None:
    t = transport(lambda _: httpx.Response(200, json={"not": "a project"}))
    with pytest.raises(UnexpectedResponseError) as caught:
        get_app(t)
    assert caught.value.operation == "get_project"


def test_no_connection_is_a_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(APIConnectionError) as caught:
        get_app(transport(refuse))
    assert caught.value.operation == "get_project"
    assert "http://platform.test" in str(caught.value)


def test_no_answer_in_time_is_a_timeout_error() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("too slow", request=request)

    with pytest.raises(APITimeoutError) as caught:
        get_app(transport(slow))
    assert isinstance(caught.value, TimeoutError)
    assert isinstance(caught.value, APIConnectionError)


def test_requests_carry_the_credentials_and_a_timeout() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"message": "no"})

    t = transport(answer)
    with pytest.raises(NotFoundError):
        get_app(t)
    assert seen[0].headers["user"] == "bob@example.com"
    assert seen[0].headers["api-key"] == KEY
    assert t.client.get_httpx_client().timeout.read is not None
    assert "secret" not in repr(t.client)


def platform_answering(paths: dict[str, tuple[int, bytes]]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        status, body = paths.get(request.url.path, (404, b'{"message": "no such path"}'))
        return httpx.Response(status, content=body)

    return httpx.MockTransport(answer)


def connect(base_url: str, mock: httpx.MockTransport) -> Ikigai:
    return Ikigai(
        user_email="bob@example.com",
        api_key=KEY,
        base_url=base_url,
        httpx_args={"transport": mock},
    )


def test_the_heartbeats_accept_a_platform() -> None:
    client = connect("http://platform.test/", platform_answering(HEARTBEATS_OK))
    assert client.base_url == "http://platform.test"
    assert client.user_email == "bob@example.com"
    assert KEY not in repr(client)


def test_a_url_that_is_no_platform_is_named_in_the_error() -> None:
    with pytest.raises(BaseURLError, match=r"http://example\.test.*access heartbeat.*404"):
        connect("http://example.test", platform_answering({}))


def test_a_url_answering_html_is_no_platform() -> None:
    html = dict.fromkeys(HEARTBEATS_OK, (200, b"<html>welcome</html>"))
    with pytest.raises(BaseURLError, match=r"http://example\.test"):
        connect("http://example.test", platform_answering(html))


def test_an_unreachable_url_is_named_in_the_error() -> None:
    # a port on the loopback interface that nothing listens on
    with pytest.raises(BaseURLError, match=r"could not reach .*http://127\.0\.0\.1:9"):
        Ikigai(user_email="bob@example.com", api_key=KEY, base_url="http://127.0.0.1:9")


@pytest.mark.parametrize("url", ["", "api.ikigailabs.io", "ftp://host", "http://ho st"])
def test_a_malformed_url_is_refused_before_any_request(url: str) -> None:
    with pytest.raises(BaseURLError):
        Ikigai(user_email="bob@example.com", api_key=KEY, base_url=url)


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IKIGAI_USER_EMAIL", "env@example.com")
    monkeypatch.setenv("IKIGAI_API_KEY", KEY)
    monkeypatch.setenv("IKIGAI_BASE_URL", "http://from-env.test")
    client = Ikigai(httpx_args={"transport": platform_answering(HEARTBEATS_OK)})
    assert (client.user_email, client.base_url) == ("env@example.com", "http://from-env.test")


def test_a_missing_setting_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("IKIGAI_API_KEY", raising=False)
    with pytest.raises(IkigaiError, match="IKIGAI_API_KEY"):
        Ikigai(user_email="bob@example.com")


def test_a_bad_email_is_refused_before_any_request() -> None:
    with pytest.raises(IkigaiError, match="e-mail"):
        Ikigai(user_email="bob", api_key=KEY, base_url="http://platform.test")


# ---- the builtin types: those the published client raises in the same cases -----------------


@pytest.mark.parametrize(
    ("kind", "builtins"),
    [
        (APIError, (RuntimeError,)),
        (APIConnectionError, (RuntimeError,)),
        (APITimeoutError, (RuntimeError, TimeoutError)),
        (APIStatusError, (RuntimeError,)),
        (NotFoundError, (RuntimeError,)),
        (ServerError, (RuntimeError,)),
        (UnexpectedResponseError, (RuntimeError,)),
        (WaitTimeoutError, (RuntimeError, TimeoutError)),
        (TransferError, (RuntimeError,)),
        (BaseURLError, (ValueError,)),
        (InvalidArgumentError, (ValueError,)),
        (ArgumentTypeError, (ValueError, TypeError)),
        (UnknownKeyError, (ValueError, KeyError)),
        (NotSupportedError, (ValueError, RuntimeError)),
        (UnknownNameError, (KeyError, AttributeError)),
    ],
)
def test_each_error_is_also_the_builtin_the_published_client_raises(
    kind: type[IkigaiError], builtins: tuple[type[Exception], ...]
) -> None:
    assert issubclass(kind, IkigaiError)
    for builtin in builtins:
        assert issubclass(kind, builtin), f"{kind.__name__} is no {builtin.__name__}"


def test_bad_arguments_are_not_platform_failures() -> None:
    for kind in (InvalidArgumentError, ArgumentTypeError, UnknownKeyError, BaseURLError):
        assert not issubclass(kind, RuntimeError), kind


def test_lookup_errors_read_as_written() -> None:
    """KeyError quotes its message; these do not, so that the text reads as a sentence."""
    assert str(UnknownNameError("Nope facet does not exist")) == "Nope facet does not exist"
    assert str(UnknownKeyError("no key 'x'")) == "no key 'x'"
    assert str(WaitTimeoutError("the flow", 5)) == "gave up waiting for the flow after 5 s"


def test_a_platform_failure_is_caught_as_runtime_error() -> None:
    """The local platform answers 404 for a project that is not there."""
    with LocalPlatform() as platform:
        user = platform.default_user
        t = Transport(platform.base_url, user, platform.api_key(user))
        with pytest.raises(RuntimeError) as caught:
            get_app(t)
    assert isinstance(caught.value, NotFoundError)
    assert caught.value.status == 404
