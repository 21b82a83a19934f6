"""What the platform refuses, in its own words.

The core and the handlers raise these; only the server edge knows which HTTP status each one
becomes (`ikigai.local.server.http_errors`). Each carries the message a person reads.

    Refused
    ├── Invalid       the request asks for something malformed or impossible
    ├── Forbidden     the caller sees the object but may not do this to it
    ├── NotFound      no such object, or none the caller may see
    ├── Conflict      a name already taken, or the object's state, stands in the way
    ├── TooLarge      more bytes than the platform takes
    └── Unavailable   a part of the platform is not installed
"""

from __future__ import annotations

__all__ = [
    "Conflict",
    "Forbidden",
    "Invalid",
    "NotFound",
    "Refused",
    "TooLarge",
    "Unavailable",
    "not_found",
]


class Refused(Exception):
    """A request the platform refuses, with a message for a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Invalid(Refused):
    pass


class Forbidden(Refused):
    pass


class NotFound(Refused):
    pass


class Conflict(Refused):
    pass


class TooLarge(Refused):
    pass


class Unavailable(Refused):
    pass


def not_found(what: str, value: str) -> NotFound:
    return NotFound(f"{what} {value!r} was not found")
