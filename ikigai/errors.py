"""Everything the client raises, rooted at `IkigaiError`.

    IkigaiError
    ├── APIError                      a call to the platform went wrong (a RuntimeError)
    │   ├── APIConnectionError        no answer: the host could not be reached
    │   │   └── APITimeoutError       no answer in time (also a TimeoutError)
    │   ├── APIStatusError            an answer with an error status (4xx / 5xx)
    │   │   ├── BadRequestError         400, 422 and other 4xx not listed below
    │   │   ├── AuthenticationError     401
    │   │   ├── PermissionDeniedError   403
    │   │   ├── NotFoundError           404
    │   │   ├── ConflictError           409
    │   │   ├── RateLimitError          429
    │   │   └── ServerError             5xx
    │   └── UnexpectedResponseError   a success answer the client cannot read
    ├── BaseURLError                  the base URL leads to no Ikigai platform (a ValueError)
    ├── InvalidArgumentError          a bad argument, caught before any request (a ValueError)
    │   ├── ArgumentTypeError         an argument of the wrong type (also a TypeError)
    │   ├── UnknownKeyError           a dict argument with a key its spec lacks (also a KeyError)
    │   └── NotSupportedError         a call the object does not take (also a RuntimeError)
    ├── UnknownNameError              no facet type, model type or metric of that name (a
    │                                 KeyError and an AttributeError)
    ├── WaitTimeoutError              a wait (upload, download, flow run) ran out of time (a
    │                                 RuntimeError and a TimeoutError)
    └── TransferError                 a dataset upload or download did not complete (a RuntimeError)

The builtin bases are those the published client (`ikigai` 0.4.4) raises in the same cases, so
that a program written for it catches ours: `RuntimeError` for what went wrong on the platform,
`ValueError` or `TypeError` for a bad argument, `KeyError` or `AttributeError` for a lookup.

Every `APIError` names the `operation` (the operation id of the spec, e.g. ``get_project``);
`APIStatusError` adds the HTTP `status`, the server's `message` and the `request_id` the server
sent (its `x-request-id` header; quote it when reporting a problem), and its text ends with what
to do about it. Transient failures (connection errors, timeouts, 408, 429, 5xx) reach the caller
only after the client's retries ran out. No error ever carries the API key: the transport
removes it from anything the server echoes back.
"""

from __future__ import annotations

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ArgumentTypeError",
    "AuthenticationError",
    "BadRequestError",
    "BaseURLError",
    "ConflictError",
    "IkigaiError",
    "InvalidArgumentError",
    "NotFoundError",
    "NotSupportedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TransferError",
    "UnexpectedResponseError",
    "UnknownKeyError",
    "UnknownNameError",
    "WaitTimeoutError",
    "error_for_status",
]


class IkigaiError(Exception):
    """The root of every error the `ikigai` package raises on purpose."""


class APIError(IkigaiError, RuntimeError):
    """A call to the platform failed. `operation` names the call."""

    def __init__(self, operation: str, message: str) -> None:
        super().__init__(f"{operation}: {message}")
        self.operation = operation
        self.message = message


class APIConnectionError(APIError):
    """The platform could not be reached (DNS, refused connection, dropped connection, TLS)."""


class APITimeoutError(APIConnectionError, TimeoutError):
    """The platform did not answer within the client's timeout."""


class APIStatusError(APIError):
    """The platform answered with an error status. `message` is what the server said."""

    hint = "check the arguments of the call"

    def __init__(
        self, operation: str, status: int, message: str, request_id: str | None = None
    ) -> None:
        text = f"{operation} failed with HTTP {status}: {message}"
        if request_id:
            text += f" (request id {request_id})"
        IkigaiError.__init__(self, f"{text}. What to do: {self.hint}.")
        self.operation = operation
        self.status = status
        self.message = message
        self.request_id = request_id


class BadRequestError(APIStatusError):
    """The platform rejected the request as invalid (400, 422, or another 4xx)."""

    hint = "fix the request as the message says; it will fail the same way if repeated"


class AuthenticationError(APIStatusError):
    """The user e-mail or API key was not accepted (401)."""

    hint = (
        "check user_email and api_key (or IKIGAI_USER_EMAIL and IKIGAI_API_KEY);"
        " the key may have been revoked"
    )


class PermissionDeniedError(APIStatusError):
    """The user may not do this (403)."""

    hint = "ask the owner of the object for access, or act as a user who has it"


class NotFoundError(APIStatusError):
    """The object does not exist, or is not visible to the user (404)."""

    hint = "check the name or id; the object may have been deleted, or not be shared with this user"


class ConflictError(APIStatusError):
    """The request conflicts with the platform's state, e.g. a name already taken (409)."""

    hint = "pick another name, or wait until the object is in a state that allows this"


class RateLimitError(APIStatusError):
    """Too many requests (429)."""

    hint = "slow down, or raise max_retries on Ikigai(...) so the client waits longer"


class ServerError(APIStatusError):
    """The platform failed while handling the request (5xx)."""

    hint = "the platform failed; try again later, and quote the request id if it keeps failing"


class UnexpectedResponseError(APIError):
    """The platform answered with success, but not in the shape the client expects."""


class BaseURLError(IkigaiError, ValueError):
    """The base URL is malformed or does not answer like an Ikigai platform."""


class InvalidArgumentError(IkigaiError, ValueError):
    """An argument was rejected before any request was sent."""


class ArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument has the wrong type."""


class UnknownKeyError(InvalidArgumentError, KeyError):
    """A dict argument (a MAP) has a key its spec does not list."""

    def __str__(self) -> str:
        return Exception.__str__(self)  # the message as written, not quoted as KeyError does


class NotSupportedError(InvalidArgumentError, RuntimeError):
    """The object does not take this call at all, e.g. hyperparameters for a model type that
    has none."""


class UnknownNameError(IkigaiError, KeyError, AttributeError):
    """A facet type, model type, sub-model type or metric that the platform does not list.

    Both a KeyError (`facet_types.MID["x"]`) and an AttributeError (`facet_types.MID.x`), however
    it was looked up, so `hasattr()` and `except KeyError` both work.
    """

    def __str__(self) -> str:
        return Exception.__str__(self)


class WaitTimeoutError(IkigaiError, RuntimeError, TimeoutError):
    """Waiting for the platform (an upload, a download, a flow run) took longer than allowed."""

    def __init__(self, what: str, timeout: float) -> None:
        super().__init__(f"gave up waiting for {what} after {timeout:g} s")
        self.what = what
        self.timeout = timeout


class TransferError(IkigaiError, RuntimeError):
    """A dataset upload or download did not complete."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: BadRequestError,
    429: RateLimitError,
}


def error_for_status(
    operation: str, status: int, message: str, request_id: str | None = None
) -> APIStatusError:
    """The error that stands for an error answer with this status."""
    if status >= 500:
        return ServerError(operation, status, message, request_id)
    return _BY_STATUS.get(status, BadRequestError)(operation, status, message, request_id)
