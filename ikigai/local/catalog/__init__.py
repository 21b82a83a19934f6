"""The local platform's facet and model catalogs.

The catalogs are the snapshot committed beside the spec, `spec/facet-specs.json` (the body of
`GET /component/get-facet-specs`) and `spec/model-specs.json` (the body of
`GET /component/get-model-specs`), in the shapes of the spec's `FacetSpecs` and `ModelSpecs`.
`python -m codegen` ships them in the generated package `ikigai_wire` as package data (as it
ships the spec), and they are read from there: read, never imported, so that the local platform
imports nothing of the generated client. One source of truth: the catalog codegen reads is
the one this platform serves.

They describe exactly what the flow engine (`ikigai.local.engine`) runs: every facet type listed
here has an implementation keyed by its `facet_uid`, and the engine validates flow definitions
against these argument specs before running. Model types and sub-model types marked
`is_hidden: true` (Vectorizer/OpenAI, Embedding/Lgmt1) exist so that clients can name them; a
run that uses one fails with a "not available on the local platform" message. The same holds for
the forecasting models that Ai Cast's `models_to_include` lists as options but the engine does
not implement (see `ikigai.local.engine.models.forecast`).

The loaders return the same parsed object on every call: treat it as read-only (`copy.deepcopy`
it before changing anything). The handlers reach the catalogs through `provider`; the engine
reads typed views of them (`ikigai.local.engine.catalog`).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["load_facet_specs", "load_model_specs"]


# The package whose data holds the snapshot, and the files' names there (as in spec/).
DATA_PACKAGE = "ikigai_wire"
FACET_SPECS_FILE = "facet-specs.json"
MODEL_SPECS_FILE = "model-specs.json"


def _load(name: str) -> dict[str, Any]:
    text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@cache
def load_facet_specs() -> dict[str, Any]:
    """The facet specs: chain group → facet group → facet type → FacetSpec (read-only)."""
    return _load(FACET_SPECS_FILE)


@cache
def load_model_specs() -> dict[str, Any]:
    """The model specs: model type name → ModelSpec (read-only)."""
    return _load(MODEL_SPECS_FILE)
