"""`Helpful`: a base for objects that explain themselves with `help()` (the specs are)."""

from ikigai._names import Helpful

__all__ = ["Helpful"]
