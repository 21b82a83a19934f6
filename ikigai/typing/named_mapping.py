"""`NamedMapping`: a listing of platform objects, a read-only dict by name; `Named`: what it
lists."""

from ikigai.components._base import Named, NamedMapping

__all__ = ["Named", "NamedMapping"]
