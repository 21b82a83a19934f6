"""`ComponentBrowser`: `ikigai.apps`, `app.datasets`, ...: call it, index it by name, search it."""

from ikigai.components._base import Browser as ComponentBrowser
from ikigai.components._base import Named, NamedMapping

__all__ = ["ComponentBrowser", "Named", "NamedMapping"]
