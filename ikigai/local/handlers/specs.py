"""The facet-spec and model-spec catalogs, served as the catalog provides them."""

from __future__ import annotations

from ikigai.local.catalogs import CatalogUnavailable
from ikigai.local.handlers.registry import Call, Json, operation
from ikigai.local.server.errors import ApiError


@operation("get_facet_specs")
def get_facet_specs(call: Call) -> Json:
    try:
        return call.services.catalog.facet_specs()
    except CatalogUnavailable as error:
        raise ApiError(503, str(error)) from None


@operation("get_model_specs")
def get_model_specs(call: Call) -> Json:
    try:
        return call.services.catalog.model_specs()
    except CatalogUnavailable as error:
        raise ApiError(503, str(error)) from None
