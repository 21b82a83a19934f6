"""Authentication: the `user` and `api-key` headers of every call but the heartbeats."""

from __future__ import annotations

from collections.abc import Mapping

from ikigai.local.server.http_errors import ApiError
from ikigai.local.store.db import Database
from ikigai.local.store.users import key_belongs_to, normalise_email


def authenticate(db: Database, headers: Mapping[str, str]) -> str:
    """The caller's e-mail (normalised), or a 401."""
    user = headers.get("user", "").strip()
    api_key = headers.get("api-key", "").strip()
    if not user or not api_key:
        raise ApiError(401, "Missing Authentication Token")
    with db.read() as tx:
        if not key_belongs_to(tx, user, api_key):
            raise ApiError(401, "The user or API key is not valid")
    return normalise_email(user)
