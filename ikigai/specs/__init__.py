"""What the platform says it offers: facet types and model types, and their help text.

Every class of the published client's `ikigai.specs` is here under its published name too
(`ModelSpec` is `ModelType`, `SubModelSpec` is `SubModelType`, `FacetTypes.ChainGroup` is
`FacetChain`); `ikigai.specs.facet` and `ikigai.specs.model` are its two module paths.

The names load on first use, from those two modules: a module of the client that needs one
spec module (`ikigai.specs.arguments`) does not load them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ikigai.specs.facet import *  # noqa: F403
    from ikigai.specs.model import *  # noqa: F403

_PUBLISHED_PATHS = ("facet", "model")


def __getattr__(name: str) -> Any:
    modules = [importlib.import_module(f"{__name__}.{path}") for path in _PUBLISHED_PATHS]
    if name == "__all__":  # for `from ikigai.specs import *`
        return [exported for module in modules for exported in module.__all__]
    if name in _PUBLISHED_PATHS:
        return modules[_PUBLISHED_PATHS.index(name)]
    for module in modules:
        if name in module.__all__:
            value = getattr(module, name)
            globals()[name] = value  # later lookups find it without this hook
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
