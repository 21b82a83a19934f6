"""The implementation of every facet type in the catalog, by facet uid."""

from __future__ import annotations

from collections.abc import Mapping

from ikigai.local.engine.call import FacetRunner
from ikigai.local.engine.facets import (
    cleaning,
    io,
    machine_learning,
    python_code,
    relational,
    reshape,
)

RUNNERS: Mapping[str, FacetRunner] = {
    # INPUT
    "I_005": io.imported,
    "I_000": python_code.python,
    "I_001": python_code.custom_facet,
    # MID
    "M_000": python_code.python,
    "M_018": python_code.custom_facet,
    "M_001": relational.add_primary_key,
    "M_002": relational.copy,
    "M_003": relational.count,
    "M_004": reshape.cross_tab,
    "M_005": relational.deduplicate,
    "M_006": reshape.describe,
    "M_007": relational.drop_columns,
    "M_008": cleaning.drop_missing_values,
    "M_009": cleaning.fill_missing_values,
    "M_010": relational.filter_rows,
    "M_011": cleaning.find_replace,
    "M_012": relational.free_form_sql,
    "M_013": cleaning.interpolate,
    "M_014": relational.keep_headers_only,
    "M_016": machine_learning.predict,
    "M_017": reshape.melt,
    "M_019": relational.union,
    "M_039": machine_learning.ai_cast,
    "M_040": machine_learning.time_series_analysis,
    # OUTPUT
    "O_005": io.exported,
    "O_000": python_code.python,
}
