"""The catalogs as the platform's handlers use them.

The catalogs describe what the flow engine implements (`ikigai.local.catalog`). The handlers
only serve them, derive the facet uid of custom facets from them and check model types against
them, through a `SpecCatalog`: the installed one, or another a platform is given (tests do).
"""

from __future__ import annotations

from functools import cached_property
from typing import Any, Protocol

from ikigai.local.catalog import load_facet_specs, load_model_specs
from ikigai.local.errors import Unavailable


class CatalogUnavailable(Unavailable):
    """The catalog has none to give (a stand-in catalog may say so)."""


class SpecCatalog(Protocol):
    def facet_specs(self) -> dict[str, Any]: ...

    def model_specs(self) -> dict[str, Any]: ...


class PackageCatalog:
    """The catalog snapshot shipped in the generated package (`ikigai.local.catalog`), loaded
    once."""

    @cached_property
    def _facets(self) -> dict[str, Any]:
        return dict(load_facet_specs())

    @cached_property
    def _models(self) -> dict[str, Any]:
        return dict(load_model_specs())

    def facet_specs(self) -> dict[str, Any]:
        return self._facets

    def model_specs(self) -> dict[str, Any]:
        return self._models


def custom_facet_uid(catalog: SpecCatalog, chain_group: str) -> str:
    """The facet uid of the CUSTOM_FACET facet type of a chain group ("" if there is none)."""
    try:
        groups = catalog.facet_specs().get(chain_group, {})
    except CatalogUnavailable:
        return ""
    for facets in groups.values():
        for spec in facets.values():
            info = spec.get("facet_info", {})
            if info.get("facet_type") == "CUSTOM_FACET":
                return str(info.get("facet_uid", ""))
    return ""


def known_model_types(catalog: SpecCatalog) -> dict[str, list[str]] | None:
    """Model type name -> its sub-model type names; None when no catalog is installed."""
    try:
        specs = catalog.model_specs()
    except CatalogUnavailable:
        return None
    return {
        str(spec["name"]): [str(sub["name"]) for sub in spec.get("sub_model_types", [])]
        for spec in specs.values()
    }
