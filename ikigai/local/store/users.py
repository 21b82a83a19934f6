"""Users and their API keys. Keys are random tokens; only their SHA-256 digests are stored."""

from __future__ import annotations

import hashlib
import re
import secrets
import time

from ikigai.local.store import rows
from ikigai.local.store.db import Database, Transaction

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def is_email(email: str) -> bool:
    return _EMAIL.fullmatch(email.strip()) is not None


def _digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


def add_user(db: Database, email: str) -> str:
    """Create the user if needed and issue a new API key for them (older keys stay valid)."""
    if not is_email(email):
        raise ValueError(f"not an e-mail address: {email!r}")
    email = normalise_email(email)
    api_key = secrets.token_urlsafe(32)
    now = time.time()
    with db.write() as tx:
        tx.execute("INSERT OR IGNORE INTO users (email, created_at) VALUES (?, ?)", (email, now))
        tx.execute(
            "INSERT INTO api_keys (key_hash, email, created_at) VALUES (?, ?, ?)",
            (_digest(api_key), email, now),
        )
    return api_key


def key_belongs_to(tx: Transaction, email: str, api_key: str) -> bool:
    return rows.exists(
        tx,
        "SELECT 1 FROM api_keys WHERE key_hash = ? AND email = ?",
        (_digest(api_key), normalise_email(email)),
    )


def user_exists(tx: Transaction, email: str) -> bool:
    row = tx.execute("SELECT 1 FROM users WHERE email = ?", (normalise_email(email),))
    return row.fetchone() is not None


def user_count(tx: Transaction) -> int:
    (count,) = tx.execute("SELECT count(*) FROM users").fetchone()
    return int(count)
