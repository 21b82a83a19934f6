"""The facet and model catalogs (facet specs and model specs on the wire), served as the
catalog provides them; a catalog that has none answers 503 (`CatalogUnavailable`)."""

from __future__ import annotations

from ikigai.local.handlers.registry import Call, Json, operation


@operation("get_facet_specs")
def get_facet_specs(call: Call) -> Json:
    return call.services.catalog.facet_specs()


@operation("get_model_specs")
def get_model_specs(call: Call) -> Json:
    return call.services.catalog.model_specs()
