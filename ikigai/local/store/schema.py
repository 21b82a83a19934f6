"""The SQLite schema, kept as SQL in `schema.sql`; `SCHEMA_VERSION` names the layout."""

from __future__ import annotations

from importlib import resources

SCHEMA_VERSION = "1"


def schema_statements() -> list[str]:
    """The statements of `schema.sql`, in order (none holds a semicolon of its own)."""
    text = resources.files("ikigai.local.store").joinpath("schema.sql").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";") if statement.strip()]
