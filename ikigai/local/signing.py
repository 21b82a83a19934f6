"""HMAC signatures: presigned upload/download URLs and rootkit tokens.

The secret is per data dir, created once with owner-only permissions and kept on disk, so URLs
handed out before a restart still verify after it.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
import time
from pathlib import Path


class SignatureError(Exception):
    """The URL was tampered with, belongs to something else, or has expired."""


class Signer:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> Signer:
        path = data_dir / "secret.key"
        if not path.exists():
            temporary = data_dir / f"secret.key.{secrets.token_hex(8)}"
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(secrets.token_bytes(32))
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(temporary, path)  # fails if another process created it first
            except FileExistsError:
                pass
            finally:
                temporary.unlink()
        return cls(path.read_bytes())

    def _mac(self, purpose: str, *fields: str) -> str:
        message = "\n".join((purpose, *fields)).encode("utf-8")
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def sign(self, purpose: str, fields: tuple[str, ...], ttl_seconds: float) -> dict[str, str]:
        """Query parameters that make a URL for `fields` valid for `ttl_seconds`."""
        # rounded up: a URL stays valid for at least its TTL, however late in a second it is made
        expires = str(math.ceil(time.time() + ttl_seconds))
        return {"expires": expires, "signature": self._mac(purpose, *fields, expires)}

    def verify(self, purpose: str, fields: tuple[str, ...], expires: str, signature: str) -> None:
        if not expires.isdigit() or not hmac.compare_digest(
            self._mac(purpose, *fields, expires), signature
        ):
            raise SignatureError("The URL's signature does not match it")
        if int(expires) < time.time():
            raise SignatureError("The URL has expired")

    def rootkit_token(self, script: str) -> str:
        return self._mac("rootkit", script)
