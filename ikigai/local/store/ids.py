"""Opaque random identifiers, and the check that makes them safe to use in file names."""

from __future__ import annotations

import re
import secrets
import string

_ALPHABET = string.ascii_letters + string.digits
_ID = re.compile(r"[A-Za-z0-9]{1,64}")


def new_id(length: int = 20) -> str:
    """A fresh random identifier of letters and digits."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


def is_id(value: str) -> bool:
    """Whether `value` has the shape of an identifier this platform hands out."""
    return _ID.fullmatch(value) is not None
