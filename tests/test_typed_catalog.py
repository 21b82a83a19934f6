"""generated/ikigai_catalog, the catalog snapshot as type declarations: what codegen writes
(codegen/typed_catalog.py), and that it says what the runtime does: every declared name finds
the type it is declared for, and every signature takes exactly that type's arguments."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

import ikigai_catalog
from codegen.typed_catalog import RESERVED, camel, render_typed_catalog, spellings, upper_snake
from ikigai.specs.facet_types import FacetChain, FacetType, FacetTypes
from ikigai.specs.model_types import ModelType, ModelTypes, SubModelType

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOT = {
    name: (ROOT / "spec" / name).read_bytes() for name in ("facet-specs.json", "model-specs.json")
}
FACET_TYPES = FacetTypes.from_dict(json.loads(SNAPSHOT["facet-specs.json"]))
MODEL_TYPES = ModelTypes.from_dict(json.loads(SNAPSHOT["model-specs.json"]))


def _declared(cls: type) -> dict[str, str]:
    """The attributes a generated class declares: name -> the class named in its annotation."""
    return {
        name: re.sub(r"^\w+\[(\w+)\]$", r"\1", annotation)
        for name, annotation in cls.__annotations__.items()
    }


def _keywords(function: Any) -> set[str]:
    parameters = inspect.signature(function).parameters.values()
    return {p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY}


@pytest.mark.parametrize(
    ("name", "camel_case", "upper"),
    [
        ("DROP_COLUMNS", "DropColumns", "DROP_COLUMNS"),
        ("IMPORTED", "Imported", "IMPORTED"),
        ("Ai Cast", "AiCast", "AI_CAST"),
        ("Last_Interval", "LastInterval", "LAST_INTERVAL"),
        ("OpenAI", "OpenAI", "OPENAI"),
        ("Lgm-S", "LgmS", "LGM_S"),
    ],
)
def test_spellings(name: str, camel_case: str, upper: str) -> None:
    assert (camel(name), upper_snake(name)) == (camel_case, upper)
    assert set(spellings(name)) <= {name, camel_case, upper}
    assert camel_case in spellings(name)
    assert upper in spellings(name)


def test_a_name_the_runtime_classes_already_use_is_not_declared() -> None:
    """An attribute declared for a type must not hide one the object has (e.g. `types`)."""
    used: set[str] = set()
    for thing in (FACET_TYPES.MID, MODEL_TYPES["Linear"], MODEL_TYPES):
        used |= {name for cls in type(thing).__mro__ for name in vars(cls)} | set(vars(thing))
    assert {name for name in used if not name.startswith("_")} <= RESERVED
    assert spellings("types") == ["TYPES", "Types"]  # `types` itself is the names list
    assert spellings("name") == ["NAME", "Name"]


@pytest.mark.parametrize("chain", ["INPUT", "MID", "OUTPUT"])
def test_every_declared_facet_type_is_found_and_takes_its_arguments(chain: str) -> None:
    declared = _declared(getattr(ikigai_catalog, f"{camel(chain)}Chain"))
    runtime: FacetChain = getattr(FACET_TYPES, chain)
    assert {runtime[name].name for name in declared} == {t.name for t in runtime}
    for name, class_name in declared.items():
        facet_type: FacetType = runtime[name]
        assert class_name == f"{camel(chain)}{camel(facet_type.name)}"
        builder = getattr(ikigai_catalog, class_name)
        assert _keywords(builder.arguments) == set(facet_type.arguments)
        assert set(facet_type.in_arrow_arguments) <= _keywords(builder.add_arrow)
        assert facet_type.facet_uid in (builder.__doc__ or "")


def test_every_declared_sub_model_type_is_found_and_takes_its_parameters() -> None:
    models = _declared(ikigai_catalog.CatalogModelTypes)
    assert {MODEL_TYPES[name].name for name in models} == {m.name for m in MODEL_TYPES}
    for name, class_name in models.items():
        model: ModelType = MODEL_TYPES[name]
        subs = _declared(getattr(ikigai_catalog, class_name))
        assert {model[sub].name for sub in subs} == {s.name for s in model}
        for sub_name, sub_class in subs.items():
            sub: SubModelType = model[sub_name]
            declared = getattr(ikigai_catalog, sub_class)
            assert _keywords(declared.hyperparameters) == set(sub.hyperparameters)
            assert _keywords(declared.parameters) == set(sub.parameters)


def _source(facet_arguments: list[dict[str, Any]]) -> str:
    argument = {"is_required": False, "is_list": False, "is_hidden": False, "children": {}}
    facet = {
        "facet_info": {
            "facet_uid": "M_1",
            "chain_group": "MID",
            "facet_group": "G",
            "facet_type": "ODD",
        },
        "facet_arguments": [argument | given for given in facet_arguments],
        "in_arrow_arguments": [],
        "out_arrow_arguments": [],
    }
    catalog = {"INPUT": {}, "MID": {"G": {"ODD": facet}}, "OUTPUT": {}}
    source = render_typed_catalog(
        {"facet-specs.json": json.dumps(catalog).encode(), "model-specs.json": b"{}"}
    )
    compile(source, "ikigai_catalog", "exec")
    return source


def test_argument_types() -> None:
    source = _source(
        [
            {"name": "columns", "argument_type": "TEXT", "is_list": True, "is_required": True},
            {"name": "how", "argument_type": "TEXT", "options": ["a", "b"]},
            {"name": "level", "argument_type": "NUMBER", "options": [1, 2]},
            {"name": "flag", "argument_type": "BOOLEAN"},
            {"name": "extra", "argument_type": "MAP"},
            {"name": "odd", "argument_type": "SHAPE"},
            {
                "name": "pairs",
                "argument_type": "MAP",
                "is_list": True,
                "children": {"0": {"name": "key", "argument_type": "TEXT", "is_required": True}},
            },
        ]
    )
    assert "columns: list[str] | tuple[str, ...] = ...," in source
    assert 'how: Literal["a", "b"] | None = ...' in source
    assert "level: float | None = ..." in source  # a number's options are checked at run time
    assert "flag: bool | None = ..." in source
    assert "extra: Mapping[str, Any] | None = ..." in source
    assert "odd: Any | None = ..." in source  # a type codegen does not know: the platform judges
    assert "class MidOddPairs(TypedDict, total=False):\n    key: str" in source
    assert "pairs: list[MidOddPairs] | tuple[MidOddPairs, ...] | None = ..." in source


def test_an_argument_no_keyword_can_name_leaves_the_signature_open() -> None:
    source = _source(
        [{"name": "from", "argument_type": "TEXT"}, {"name": "ok", "argument_type": "TEXT"}]
    )
    assert "def arguments(self, *, ok: str | None = ..., **others: Any) -> Self:" in source
