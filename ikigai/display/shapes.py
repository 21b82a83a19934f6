"""What the pictures and tables read from the objects they show, as Protocols.

The components, the flow definition and the specs satisfy these as they are; they are written
here so that `ikigai.display` needs nothing from the layers above it. Each Protocol names only
the attributes display reads.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ShownArrow",
    "ShownColumn",
    "ShownComponent",
    "ShownDataset",
    "ShownDefinition",
    "ShownFacet",
    "ShownFacetType",
    "ShownFacetTypes",
    "ShownFlow",
    "ShownHelp",
    "ShownItem",
    "ShownRunLog",
]


class ShownComponent(Protocol):
    """Anything shown by its public fields."""

    def model_dump(self) -> Mapping[str, Any]: ...


class ShownItem(Protocol):
    """An item of a collection (`modified_at` is read when it has one)."""

    @property
    def name(self) -> str: ...

    @property
    def id(self) -> str: ...


class ShownHelp(Protocol):
    """A spec with a help text."""

    def help(self) -> str: ...


class ShownColumn(Protocol):
    """The type of a dataset's column."""

    @property
    def data_type(self) -> object: ...

    @property
    def data_formats(self) -> Mapping[str, str]: ...


class ShownDataset(ShownComponent, Protocol):
    @property
    def name(self) -> str: ...

    @property
    def data_types(self) -> Mapping[str, ShownColumn]: ...

    def df(self) -> pd.DataFrame: ...


class ShownFlow(ShownComponent, Protocol):
    @property
    def name(self) -> str: ...


class ShownFacet(Protocol):
    facet_id: str
    facet_uid: str
    name: str


class ShownArrow(Protocol):
    source: str
    destination: str

    @property
    def arguments(self) -> Mapping[str, object]: ...


class ShownDefinition(Protocol):
    """A flow definition: its facets, the arrows between them, and facet type names by uid."""

    @property
    def facets(self) -> Sequence[ShownFacet]: ...

    @property
    def arrows(self) -> Sequence[ShownArrow]: ...

    @property
    def facet_type_names(self) -> Mapping[str, str]: ...


class ShownFacetType(Protocol):
    @property
    def name(self) -> str: ...


class ShownFacetTypes(Protocol):
    """The platform's facet types, searched by uid."""

    def find_uid(self, facet_uid: str) -> ShownFacetType | None: ...


class ShownRunLog(Protocol):
    """How a run went: its status, and on failure the facet that failed and why."""

    @property
    def status(self) -> object: ...

    @property
    def erroneous_facet_id(self) -> str | None: ...

    @property
    def data(self) -> str: ...
