"""Refusals as HTTP answers: every error becomes a status and `{"message": ...}`.

The core and the handlers refuse in the platform's words (`ikigai.local.errors`); `STATUSES` is
the one place that says which status each refusal is. What only the edge refuses (credentials,
content types, bodies that stall) it raises as `ApiError`, with the status itself.
"""

from __future__ import annotations

from starlette.responses import JSONResponse

from ikigai.local.errors import (
    Conflict,
    Forbidden,
    Invalid,
    NotFound,
    Refused,
    TooLarge,
    Unavailable,
)

STATUSES: dict[type[Refused], int] = {
    Invalid: 400,
    Forbidden: 403,
    NotFound: 404,
    Conflict: 409,
    TooLarge: 413,
    Unavailable: 503,
}


class ApiError(Exception):
    """A request the edge refuses itself: an HTTP status and a message for a person."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def status_of(refusal: Refused) -> int:
    """The status of a refusal (of one of the kinds in `STATUSES`, or of a subclass of one)."""
    for kind, status in STATUSES.items():
        if isinstance(refusal, kind):
            return status
    raise TypeError(f"no status for {type(refusal).__name__}: add its kind to STATUSES")


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"message": message}, status_code=status, headers=headers)
