"""Facet and model types: lookups in any spelling, and help() in the layout of the reference
(§6.3). No server: the local platform's catalog and small hand-made specs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from client_support import argument, facet

import ikigai_wire
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, UnknownNameError
from ikigai.specs import (
    CustomFacetArgumentSpec,
    CustomFacetArgumentType,
    CustomFacetType,
    FacetArgumentType,
    FacetInfo,
    FacetRequirementSpec,
    FacetType,
    FacetTypes,
    ModelHyperparameterSpec,
    ModelHyperparameterType,
    ModelMetricsSpec,
    ModelParameterSpec,
    ModelParameterType,
    ModelSpec,
    ModelTypes,
    SubModelSpec,
)
from ikigai_wire.models.facet_specs import FacetSpecs
from ikigai_wire.models.model_specs import ModelSpecs

CATALOG = Path(ikigai_wire.__file__).parent  # the catalog snapshot, as package data

IMPORTED_HELP = """\
Imported:
  facet_arguments:
    dataset_id: TEXT | None
    use_raw_file: BOOLEAN | None
    script: TEXT
    libraries: list[TEXT]
    file_type: TEXT  options=[csv|xlsx|xls]
    header: BOOLEAN = True
    column_names: list[TEXT]
    header_row_number: NUMBER
    sheet_name: TEXT
    data_types: list[MAP] = [{
      column_name: TEXT | None
      data_formats: list[MAP] = [{
        key: TEXT | None
        value: TEXT | None
      }]
      data_type: TEXT | None  options=[CATEGORICAL|NUMERIC|TEXT|TIME]
    }]"""

LASSO_HELP = """\
Lasso:
  keywords: ['lasso', 'linear']
  metrics:
    feature_importance: {'0': {'name': 'shapley'}, '1': {'name': 'permutation'}, \
'2': {'name': 'linear_base'}}
    performance: {'0': {'name': 'r2', 'parameters': {}, 'target_column_data_types': \
['NUMERIC', 'TIME']}, '1': {'name': 'neg_mean_absolute_error', 'parameters': {}, \
'target_column_data_types': ['NUMERIC', 'TIME']}, '2': {'name': 'neg_mean_squared_error', \
'parameters': {}, 'target_column_data_types': ['NUMERIC', 'TIME']}, '3': {'name': 'accuracy', \
'parameters': {}, 'target_column_data_types': ['TEXT', 'CATEGORICAL']}, '4': {'name': \
'balanced_accuracy', 'parameters': {}, 'target_column_data_types': ['TEXT', 'CATEGORICAL']}}
  parameters:
    target_column: TEXT
  hyperparameters:
    alpha: NUMBER = 1"""


def test_imported_help_has_the_reference_layout(facet_types: FacetTypes) -> None:
    assert facet_types.INPUT.Imported.help() == IMPORTED_HELP


def test_lasso_help_has_the_reference_layout(model_types: ModelTypes) -> None:
    assert model_types.Linear.Lasso.help() == LASSO_HELP


def test_facet_types_answer_to_any_spelling(facet_types: FacetTypes) -> None:
    mid = facet_types.MID
    same = {
        id(mid.DROP_COLUMNS),
        id(mid.drop_columns),
        id(mid.DropColumns),
        id(mid["Drop Columns"]),
    }
    assert len(same) == 1
    assert facet_types.INPUT.Imported is facet_types.INPUT.IMPORTED
    for chain in (facet_types.INPUT, facet_types.MID, facet_types.OUTPUT):
        assert "PYTHON" in chain
    assert "IMPORTED" in facet_types.INPUT
    assert "IMPORTED" not in facet_types.MID
    assert "EXPORTED" in facet_types.OUTPUT
    assert "Custom Facet" in facet_types.INPUT
    assert facet_types.INPUT.Imported.facet_uid == "I_005"
    assert facet_types.MID.COUNT.facet_uid == "M_003"
    assert facet_types.MID.UNION.facet_uid == "M_019"
    assert facet_types.OUTPUT.EXPORTED.facet_uid == "O_005"
    assert facet_types.INPUT.types[0] == facet_types.INPUT.types[0].upper()


def test_an_unknown_facet_type_suggests_the_closest(facet_types: FacetTypes) -> None:
    with pytest.raises(
        AttributeError, match=r"MID has no facet type 'COUNTT'.*did you mean 'COUNT'"
    ):
        facet_types.MID.COUNTT  # noqa: B018
    with pytest.raises(KeyError):
        facet_types.OUTPUT["Imported"]


def test_model_types_answer_to_any_spelling(model_types: ModelTypes) -> None:
    assert model_types.AI_CAST is model_types["Ai Cast"] is model_types.aicast
    assert model_types.Linear.Lasso is model_types.LINEAR.lasso
    assert model_types.AI_CAST.base.name == "Base"
    assert "Linear" in model_types.types
    assert "Lasso" in model_types.Linear.types
    with pytest.raises(AttributeError, match="did you mean 'Lasso'"):
        model_types.Linear.Laso  # noqa: B018


def test_model_type_help_nests_its_sub_models(model_types: ModelTypes) -> None:
    lines = model_types.AI_CAST.help().splitlines()
    assert lines[:3] == [
        "Ai Cast:",
        "  keywords: ['AI', 'cast', 'time series', 'auto', 'ML', 'AiCast']",
        "  sub-model types:",
    ]
    assert lines[3] == "    Base:"
    assert "        time_column: TEXT" in lines
    assert (
        "        mode: TEXT = 'train'  options=[train|fine_tune|inference|retrain_inference]"
        in lines
    )
    assert "        fine_tune: list[MAP] = {" in lines
    assert "          growth: NUMBER = 0" in lines
    assert model_types.help().startswith(model_types.AI_CAST.help())


# ---- the rules, on small specs --------------------------------------------------------------


SMALL = FacetTypes.from_wire(
    FacetSpecs.from_dict(
        {
            "INPUT": {"G": {"SOURCE": facet("I_1", "SOURCE", "INPUT", [argument("path")])}},
            "MID": {
                "G": {
                    "JOIN": facet(
                        "M_1",
                        "JOIN",
                        "MID",
                        [
                            argument("how", default_value="inner", options=["inner", "outer"]),
                            argument("strict", "BOOLEAN", default_value=False),
                            argument("limit", "NUMBER", default_value=0),
                            argument("secret", is_hidden=True),
                            argument(
                                "mapping",
                                "MAP",
                                children={
                                    "key": argument("key", is_required=True),
                                    "hidden": argument("hidden", is_hidden=True),
                                },
                            ),
                        ],
                        in_arrow_arguments=[argument("side", options=["left", "right"])],
                    ),
                    "NOTHING": facet("M_2", "NOTHING", "MID", [], is_hidden=True),
                }
            },
            "OUTPUT": {"G": {}},
        }
    )
)


def test_falsy_defaults_and_hidden_arguments_are_left_out() -> None:
    assert SMALL.MID.JOIN.help() == (
        "Join:\n"
        "  facet_arguments:\n"
        "    how: TEXT = 'inner'  options=[inner|outer]\n"
        "    strict: BOOLEAN\n"
        "    limit: NUMBER\n"
        "    mapping: MAP = {\n"
        "      key: TEXT | None\n"
        "    }\n"
        "  in_arrow_arguments:\n"
        "    side: TEXT  options=[left|right]"
    )


def test_a_facet_without_arguments_says_so_and_hidden_types_still_print() -> None:
    assert SMALL.MID.NOTHING.help() == "Nothing:\n  No arguments"
    assert SMALL.MID.types == ["JOIN"]
    assert "  Nothing:" in SMALL.MID.help().splitlines()


def test_all_facet_types_help_nests_chains() -> None:
    lines = SMALL.help().splitlines()
    assert lines[:3] == ["INPUT", "    Source:", "      facet_arguments:"]
    assert "MID" in lines
    assert lines[-1] == "OUTPUT"


def parameter(name: str, kind: str = "TEXT", **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": name,
        "parameter_type": kind,
        "have_options": False,
        "is_deprecated": False,
        "is_required": False,
        "is_hidden": False,
        "is_list": False,
    }
    spec.update(extra)
    return spec


def hyperparameter(name: str, kind: str = "TEXT", **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": name,
        "hyperparameter_type": kind,
        "hyperparameter_group": None,
        "have_options": False,
        "have_sub_hyperparameters": False,
        "is_deprecated": False,
        "is_required": False,
        "is_hidden": False,
        "is_list": False,
        "children": {},
    }
    spec.update(extra)
    return spec


def sub_model(name: str, **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": name,
        "is_deprecated": False,
        "is_hidden": False,
        "keywords": [],
        "metrics": {},
        "parameters": {},
        "hyperparameters": {},
    }
    spec.update(extra)
    return spec


def test_model_defaults_show_unless_none_and_empty_sections_say_so() -> None:
    specs = ModelTypes.from_wire(
        ModelSpecs.from_dict(
            {
                "empty model": {
                    "name": "empty model",
                    "is_deprecated": False,
                    "is_hidden": False,
                    "keywords": ["e"],
                    "sub_model_types": [
                        sub_model("plain"),
                        sub_model(
                            "tuned",
                            parameters={"0": parameter("flag", "BOOLEAN", default_value=False)},
                            hyperparameters={
                                "0": hyperparameter("n", "NUMBER", default_value=0),
                                "1": hyperparameter(
                                    "grid",
                                    "MAP",
                                    is_list=True,
                                    children={"k": hyperparameter("k", default_value="")},
                                ),
                            },
                        ),
                        sub_model("secret", is_hidden=True),
                    ],
                }
            }
        )
    )
    assert specs.types == ["empty model"]
    assert specs["Empty Model"].types == ["plain", "tuned"]
    assert specs.help() == (
        "Empty Model:\n"
        "  keywords: ['e']\n"
        "  sub-model types:\n"
        "    Plain:\n"
        "      metrics:\n"
        "        No metrics\n"
        "      parameters:\n"
        "        No parameters\n"
        "      hyperparameters:\n"
        "        No hyperparameters\n"
        "    Tuned:\n"
        "      metrics:\n"
        "        No metrics\n"
        "      parameters:\n"
        "        flag: BOOLEAN = False\n"
        "      hyperparameters:\n"
        "        n: NUMBER = 0\n"
        "        grid: list[MAP] = {\n"
        "          k: TEXT = ''\n"
        "        }"
    )


# ---- the published client's members (see also test_published_specs.py) -------------------


def _catalog_facet(chain: str, facet_type: str) -> dict[str, Any]:
    data = json.loads((CATALOG / "facet-specs.json").read_text(encoding="utf-8"))
    for group in data[chain].values():
        if facet_type in group:
            found: dict[str, Any] = group[facet_type]
            return found
    raise AssertionError(facet_type)


def test_a_facet_type_says_who_it_is_and_how_many_arrows_it_takes(
    facet_types: FacetTypes,
) -> None:
    imported = facet_types.INPUT.Imported
    assert imported.facet_info == FacetInfo("I_005", "INPUT", "IMPORT", "IMPORTED")
    assert (imported.name, imported.facet_uid, imported.chain_group) == (
        "IMPORTED",
        "I_005",
        "INPUT",
    )
    wire = _catalog_facet("INPUT", "IMPORTED")["facet_requirement"]
    assert imported.facet_requirement == FacetRequirementSpec(**wire)
    assert imported.facet_arguments is imported.arguments
    assert not imported.is_ml_facet()
    assert facet_types.MID.PREDICT.is_ml_facet()
    assert facet_types.MID.PREDICT.is_model_facet


def test_argument_types_are_enums_and_options_are_none_or_a_list(
    facet_types: FacetTypes,
) -> None:
    arguments = facet_types.INPUT.Imported.facet_arguments
    assert arguments["dataset_id"].argument_type is FacetArgumentType.TEXT
    assert arguments["dataset_id"].argument_type == "TEXT"
    assert arguments["dataset_id"].options is None
    assert arguments["file_type"].options == ["csv", "xlsx", "xls"]
    assert arguments["data_types"].argument_type is FacetArgumentType.MAP
    assert arguments["file_type"].help() == "file_type: TEXT  options=[csv|xlsx|xls]"


def test_model_specs_carry_the_platforms_field_names(model_types: ModelTypes) -> None:
    lasso = model_types["Linear"]["Lasso"]
    assert lasso.sub_model_type == "Lasso"
    assert model_types.Linear.model_type == "Linear"
    assert list(model_types.Linear.sub_model_types) == ["base", "lasso", "ridge", "logistic"]
    assert model_types.Linear.sub_model_types["lasso"] is lasso
    assert "aicast" in model_types.root
    target = lasso.parameters["target_column"]
    assert isinstance(target, ModelParameterSpec)
    assert type(target.parameter_type) is str
    assert target.parameter_type == "TEXT"
    assert target.argument_type is ModelParameterType.TEXT
    assert target.have_options is False
    alpha = lasso.hyperparameters["alpha"]
    assert isinstance(alpha, ModelHyperparameterSpec)
    assert alpha.hyperparameter_type is ModelHyperparameterType.NUMBER
    assert (alpha.hyperparameter_group, alpha.sub_hyperparameter_requirements) == (None, {})
    assert alpha.help() == "alpha: NUMBER = 1"
    fine_tune = model_types.AI_CAST.Base.hyperparameters["fine_tune"]
    assert fine_tune.have_sub_hyperparameters
    assert fine_tune.group == "model_selection"
    assert all(isinstance(c, ModelHyperparameterSpec) for c in fine_tune.children.values())


def test_sub_hyperparameter_requirements_map_a_value_to_the_children_it_needs() -> None:
    specs = ModelTypes.from_dict(
        {
            "m": {
                "name": "m",
                "is_deprecated": False,
                "is_hidden": False,
                "keywords": [],
                "sub_model_types": [
                    sub_model(
                        "s",
                        hyperparameters={
                            "0": hyperparameter(
                                "kind",
                                sub_hyperparameter_requirements=[["grid", ["size"]], ["x", "y"]],
                            )
                        },
                    )
                ],
            }
        }
    )
    kind = specs.m.s.hyperparameters["kind"]
    assert kind.sub_hyperparameter_requirements == {"grid": ["size"], "x": ["y"]}


def test_metrics_are_a_mapping_found_in_any_case(model_types: ModelTypes) -> None:
    metrics = model_types.Linear.Lasso.metrics
    assert isinstance(metrics, ModelMetricsSpec)
    assert list(metrics) == ["feature_importance", "performance"]
    assert metrics["PERFORMANCE"] is metrics["performance"] is metrics.root["performance"]
    assert "Performance" in metrics
    assert "speed" not in metrics
    assert metrics.get("speed") is None
    assert metrics == dict(metrics.items())
    with pytest.raises(UnknownNameError, match="Speed metric does not exist") as caught:
        metrics["speed"]
    assert isinstance(caught.value, KeyError)
    assert isinstance(caught.value, AttributeError)
    assert ModelMetricsSpec.from_dict({}).help() == "metrics:\n  No metrics"


def test_an_unknown_name_is_both_a_key_error_and_an_attribute_error(
    facet_types: FacetTypes, model_types: ModelTypes
) -> None:
    with pytest.raises(KeyError) as by_key:
        facet_types.MID["NOPE"]
    with pytest.raises(AttributeError) as by_attribute:
        facet_types.MID.NOPE  # noqa: B018
    for caught in (by_key, by_attribute):
        assert isinstance(caught.value, UnknownNameError)
        assert str(caught.value).startswith("Nope facet does not exist: MID has no facet type")
    assert not hasattr(model_types, "Nope")
    with pytest.raises(AttributeError, match="Nope model does not exist"):
        model_types["Nope"]
    assert "COUNT" in dir(facet_types.MID)
    assert "DROPCOLUMNS" in dir(facet_types.MID)
    assert facet_types.find_by_uid("M_003") is facet_types.MID.COUNT
    with pytest.raises(KeyError, match="Facet type with UID Z_9 not found"):
        facet_types.find_by_uid("Z_9")
    assert list(facet_types.INPUT.root) == ["python", "customfacet", "imported"]


def test_the_published_factories_read_the_platforms_json() -> None:
    data = json.loads((CATALOG / "model-specs.json").read_text(encoding="utf-8"))
    from_dict = ModelTypes.from_dict(data)
    from_list = ModelTypes.from_list(list(data.values()))
    assert from_dict.types == from_list.types
    assert from_dict.Linear.Lasso.help() == from_list.Linear.Lasso.help()
    linear = data["Linear"]
    assert ModelSpec.from_dict(linear).types == from_dict.Linear.types
    lasso = SubModelSpec.from_dict("Linear", linear["sub_model_types"][1])
    assert (lasso.model_type, lasso.name) == ("Linear", "Lasso")
    facets = json.loads((CATALOG / "facet-specs.json").read_text(encoding="utf-8"))
    assert (
        FacetTypes.from_dict(facets).help()
        == FacetTypes.from_wire(FacetSpecs.from_dict(facets)).help()
    )


def test_a_custom_facet_type_pins_its_custom_facet_and_version(facet_types: FacetTypes) -> None:
    arguments = {
        "n": CustomFacetArgumentSpec("n", "int", 1),
        "flag": CustomFacetArgumentSpec("flag", "bool", None),
    }
    custom = CustomFacetType.from_facet_type(facet_types.MID.CUSTOM_FACET, "cf1", "v1", arguments)
    assert isinstance(custom, FacetType)
    assert custom.is_custom_facet
    assert custom == facet_types.MID.CUSTOM_FACET
    assert (custom.custom_facet_id, custom.version_id) == ("cf1", "v1")
    assert custom.facet_arguments["custom_facet_id"].options == ["cf1"]
    assert custom.facet_arguments["version_id"].options == ["v1"]
    assert facet_types.MID.CUSTOM_FACET.arguments["custom_facet_id"].options is None
    n = custom.custom_facet_arguments["n"]
    assert (n.argument_type, n.default_value, n.is_required) == ("NUMBER", 1, True)
    assert custom.custom_facet_arguments["flag"].argument_type is FacetArgumentType.BOOLEAN
    assert custom.help().endswith(
        "  custom_facet_arguments:\n    n: NUMBER | None = 1\n    flag: BOOLEAN | None"
    )


def test_custom_facet_argument_specs_round_trip_through_the_wire() -> None:
    spec = CustomFacetArgumentSpec.of("rate", 0.5)
    assert spec.argument_type is CustomFacetArgumentType.FLOAT
    assert str(spec.argument_type) == "float"
    assert spec.to_dict() == {"name": "rate", "type": "float", "value": "0.5"}
    assert CustomFacetArgumentSpec.from_wire(spec.to_wire()) == spec
    assert CustomFacetArgumentSpec.of("on", True).argument_type is CustomFacetArgumentType.BOOLEAN
    assert spec.validate_value() is spec
    with pytest.raises(ArgumentTypeError, match="'rate': the default must be int"):
        CustomFacetArgumentSpec("rate", "int", 0.5).validate_value()
    with pytest.raises(InvalidArgumentError, match="the type must be one of bool, int, str, float"):
        CustomFacetArgumentSpec("rate", "list", 0.5)


def test_validate_value_names_the_facet_or_model(
    facet_types: FacetTypes, model_types: ModelTypes
) -> None:
    dataset_id = facet_types.INPUT.Imported.facet_arguments["dataset_id"]
    with pytest.raises(
        ArgumentTypeError, match=r"facet Imported: argument 'dataset_id' must be string"
    ):
        dataset_id.validate_value("Imported", 5)
    dataset_id.validate_value("Imported", "d1")
    alpha = model_types.Linear.Lasso.hyperparameters["alpha"]
    with pytest.raises(
        ArgumentTypeError, match=r"model Lasso: hyperparameter 'alpha' must be numeric"
    ):
        alpha.validate_value("Lasso", "x")
    with pytest.raises(InvalidArgumentError, match="must be a finite number"):
        alpha.validate_value("Lasso", float("nan"))
