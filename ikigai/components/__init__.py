"""The platform's objects as the client shows them: apps, datasets, flows, models, directories,
custom facets; the builders that create them; and the dict-by-name listings.

Every name the published client (`ikigai` 0.4.4) exports here means the same here. Where ours
calls a class otherwise, its published name is an alias (the same class): `AppBuilder` is
`NewApp`, `DatasetBuilder` is `NewDataset`, and so on. Mind `FlowBuilder`: here, as in the
published client, it builds a Flow (`NewFlow`); the builder of a flow *definition* is
`FlowDefinitionBuilder` (`ikigai.builders.FlowBuilder`, what `ikigai.builder` gives).

The names are those of each noun's module (its `__all__`), and the few shared ones below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ikigai.components._base import ComponentNotFoundError as ComponentNotFoundError
from ikigai.components._base import NamedMapping as NamedMapping
from ikigai.components._placement import DirectoryType as DirectoryType
from ikigai.components._placement import NewDirectory as NewDirectory

if TYPE_CHECKING:
    from ikigai.builders.flow import (  # noqa: F401
        FlowBuilder as FlowDefinitionBuilder,  # pyright: ignore[reportUnusedImport]
    )
    from ikigai.components.app import *  # noqa: F403
    from ikigai.components.custom_facet import *  # noqa: F403
    from ikigai.components.dataset import *  # noqa: F403
    from ikigai.components.flow import *  # noqa: F403
    from ikigai.components.model import *  # noqa: F403

_SHARED = (
    "ComponentNotFoundError",
    "DirectoryType",
    "FlowDefinitionBuilder",
    "NamedMapping",
    "NewDirectory",
)
NOUNS = ("app", "dataset", "flow", "model", "custom_facet")
"""The nouns' modules, imported when one of their names is first asked for: a script that
lists apps loads neither flows nor models (nor what they import)."""


def __getattr__(name: str) -> Any:
    if name == "FlowDefinitionBuilder":  # with it, the specs
        value: Any = importlib.import_module("ikigai.builders.flow").FlowBuilder
    elif name == "__all__":
        value = [*_SHARED, *(exported for noun in NOUNS for exported in _noun(noun).__all__)]
    else:
        for noun in NOUNS:
            module = _noun(noun)
            if name in module.__all__:
                value = getattr(module, name)
                break
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value  # later lookups find it without this hook
    return value


def _noun(noun: str) -> Any:
    return importlib.import_module(f"{__name__}.{noun}")


def __dir__() -> list[str]:
    """What the package gives, loaded or not (`dir()` and completion see every name)."""
    names: list[str] = globals().get("__all__") or __getattr__("__all__")
    return sorted({*globals(), *names})
