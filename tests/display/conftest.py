"""The local catalog's facet types, without a server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ikigai
from ikigai.specs import FacetTypes
from ikigai_wire.models.facet_specs import FacetSpecs

CATALOG = Path(ikigai.__file__).parent / "local" / "catalog" / "facet_specs.json"


@pytest.fixture(scope="session")
def facet_types() -> FacetTypes:
    return FacetTypes.from_wire(FacetSpecs.from_dict(json.loads(CATALOG.read_text("utf-8"))))
