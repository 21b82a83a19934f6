"""What the platform says it offers: facet types and model types, and their help text.

Every class of the published client's `ikigai.specs` is here under its published name too
(`ModelSpec` is `ModelType`, `SubModelSpec` is `SubModelType`, `FacetTypes.ChainGroup` is
`FacetChain`); `ikigai.specs.facet` and `ikigai.specs.model` are its two module paths.
"""

from ikigai.specs import facet, model
from ikigai.specs.facet import *  # noqa: F403
from ikigai.specs.model import *  # noqa: F403

__all__: list[str] = []
__all__ += facet.__all__
__all__ += model.__all__
