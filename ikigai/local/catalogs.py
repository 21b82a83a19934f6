"""Where the facet-spec and model-spec catalogs come from.

They are data of the flow engine's side (`ikigai.local.catalog`, which lists what the engine
implements). The server only serves them, derives the facet uid of custom facets from them and
checks model types against them. A platform can be given another catalog (tests do).
"""

from __future__ import annotations

import importlib
from functools import cached_property
from typing import Any, Protocol


class CatalogUnavailable(Exception):
    """No catalog is installed."""


class SpecCatalog(Protocol):
    def facet_specs(self) -> dict[str, Any]: ...

    def model_specs(self) -> dict[str, Any]: ...


class PackageCatalog:
    """The catalogs shipped in `ikigai.local.catalog`, loaded once."""

    @cached_property
    def _module(self) -> Any:
        try:
            return importlib.import_module("ikigai.local.catalog")
        except ImportError as error:
            raise CatalogUnavailable(
                f"the facet and model catalogs are not installed ({error})"
            ) from None

    @cached_property
    def _facets(self) -> dict[str, Any]:
        return dict(self._module.load_facet_specs())

    @cached_property
    def _models(self) -> dict[str, Any]:
        return dict(self._module.load_model_specs())

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
