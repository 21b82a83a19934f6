"""Facet and model types: lookups in any spelling, and help() in the layout of the reference
(§6.3). No server: the local platform's catalog and small hand-made specs."""

from __future__ import annotations

from typing import Any

import pytest

from ikigai.specs import FacetTypes, ModelTypes
from ikigai_wire.models.facet_specs import FacetSpecs
from ikigai_wire.models.model_specs import ModelSpecs

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


def argument(name: str, kind: str = "TEXT", **extra: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "name": name,
        "argument_type": kind,
        "is_required": False,
        "is_list": False,
        "is_hidden": False,
        "is_deprecated": False,
        "have_sub_arguments": False,
        "children": {},
    }
    spec.update(extra)
    return spec


def facet(uid: str, facet_type: str, chain: str, arguments: list[Any], **extra: Any) -> Any:
    spec: dict[str, Any] = {
        "facet_info": {
            "facet_uid": uid,
            "chain_group": chain,
            "facet_group": "G",
            "facet_type": facet_type,
        },
        "is_deprecated": False,
        "is_hidden": False,
        "facet_requirement": {
            "max_child_count": 1,
            "min_child_count": 0,
            "max_parent_count": 1,
            "min_parent_count": 0,
        },
        "facet_arguments": arguments,
        "in_arrow_arguments": [],
        "out_arrow_arguments": [],
    }
    spec.update(extra)
    return spec


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
