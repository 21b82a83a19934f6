"""The platform's objects as the client shows them: apps, datasets, flows, models, directories,
custom facets; the builders that create them; and the dict-by-name listings.

Every name the published client (`ikigai` 0.4.4) exports here means the same here. Where ours
calls a class otherwise, its published name is an alias (the same class): `AppBuilder` is
`NewApp`, `DatasetBuilder` is `NewDataset`, and so on. Mind `FlowBuilder`: here, as in the
published client, it builds a Flow (`NewFlow`); the builder of a flow *definition* is
`FlowDefinitionBuilder` (`ikigai.builders.FlowBuilder`, what `ikigai.builder` gives).

The names are those of each noun's module (its `__all__`), and the few shared ones below.
"""

from typing import TYPE_CHECKING

from ikigai._lazy import lazy_attributes
from ikigai.components import app, custom_facet, dataset, flow, model
from ikigai.components._base import ComponentNotFoundError, NamedMapping
from ikigai.components._placement import DirectoryType, NewDirectory
from ikigai.components.app import *  # noqa: F403
from ikigai.components.custom_facet import *  # noqa: F403
from ikigai.components.dataset import *  # noqa: F403
from ikigai.components.flow import *  # noqa: F403
from ikigai.components.model import *  # noqa: F403

if TYPE_CHECKING:
    from ikigai.builders.flow import FlowBuilder as FlowDefinitionBuilder

__all__ = [
    "ComponentNotFoundError",
    "DirectoryType",
    "FlowDefinitionBuilder",
    "NamedMapping",
    "NewDirectory",
]
__all__ += app.__all__
__all__ += custom_facet.__all__
__all__ += dataset.__all__
__all__ += flow.__all__
__all__ += model.__all__

# The flow-definition builder (and with it the specs) loads when first named.
__getattr__ = lazy_attributes(
    __name__, {"FlowDefinitionBuilder": "ikigai.builders.flow:FlowBuilder"}
)
