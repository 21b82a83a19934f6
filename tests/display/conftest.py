"""The local catalog's facet types, without a server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import ikigai_wire
from ikigai.specs import FacetTypes
from ikigai_wire.models.facet_specs import FacetSpecs

CATALOG = Path(ikigai_wire.__file__).parent / "facet-specs.json"  # the catalog snapshot


@pytest.fixture(scope="session")
def facet_types() -> FacetTypes:
    return FacetTypes.from_wire(FacetSpecs.from_dict(json.loads(CATALOG.read_text("utf-8"))))
