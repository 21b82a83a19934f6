"""The one error type handlers raise, and the JSON answer every error becomes."""

from __future__ import annotations

from starlette.responses import JSONResponse


class ApiError(Exception):
    """A request the platform refuses: an HTTP status and a message for a person."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def error_response(
    status: int, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"message": message}, status_code=status, headers=headers)


def not_found(what: str, value: str) -> ApiError:
    return ApiError(404, f"{what} {value!r} was not found")
