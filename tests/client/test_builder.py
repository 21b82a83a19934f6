"""The flow builder: the definitions it builds, and the mistakes it catches before any request.
No server: the specs come from the local platform's catalog."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from ikigai.builders import FlowBuilder
from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai.specs import FacetType, FacetTypes, ModelTypes


@pytest.fixture
def builder(facet_types: FacetTypes) -> FlowBuilder:
    return FlowBuilder(lambda: facet_types)


def imported(builder: FlowBuilder, facet_types: FacetTypes, dataset_id: str = "d1") -> Any:
    return builder.facet(facet_type=facet_types.INPUT.Imported).arguments(
        dataset_id=dataset_id, file_type="csv", header=True, use_raw_file=False
    )


COUNT_FLOW = {
    "facets": [
        {
            "facet_id": "0",
            "facet_uid": "I_005",
            "name": "",
            "arguments": {
                "dataset_id": "d1",
                "file_type": "csv",
                "header": True,
                "use_raw_file": False,
            },
        },
        {
            "facet_id": "1",
            "facet_uid": "M_003",
            "name": "",
            "arguments": {"output_column_name": "count", "sort": True, "target_columns": ["a"]},
        },
        {
            "facet_id": "2",
            "facet_uid": "O_005",
            "name": "",
            "arguments": {"dataset_name": "out", "file_type": "csv", "header": True},
        },
    ],
    "arrows": [
        {"source": "0", "destination": "1", "arguments": {}},
        {"source": "1", "destination": "2", "arguments": {}},
    ],
    "variables": {},
    "model_variables": {},
}


def test_implicit_and_explicit_chains_build_the_same_definition(
    facet_types: FacetTypes,
) -> None:
    implicit = (
        imported(FlowBuilder(), facet_types)
        .facet(facet_type=facet_types.MID.COUNT)
        .arguments(output_column_name="count", sort=True, target_columns=["a"])
        .facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="out", file_type="csv", header=True)
        .build()
    )
    builder = FlowBuilder()
    first = imported(builder, facet_types)
    second = first.facet(facet_type=facet_types.MID.COUNT).arguments(
        output_column_name="count", sort=True, target_columns=["a"]
    )
    second.facet(facet_type=facet_types.OUTPUT.EXPORTED).arguments(
        dataset_name="out", file_type="csv", header=True
    )
    assert implicit.model_dump() == COUNT_FLOW
    assert builder.build().model_dump() == COUNT_FLOW
    assert first.build().model_dump() == COUNT_FLOW


def test_arrows_are_listed_by_destination_in_facet_order(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    left = imported(builder, facet_types, "d1")
    right = imported(builder, facet_types, "d2")
    union = (
        builder.facet(facet_type=facet_types.MID.UNION, name="union")
        .add_arrow(left, table_side="top")
        .add_arrow(right, table_side="bottom")
        .arguments(option="full")
    )
    out = union.facet(facet_type=facet_types.OUTPUT.EXPORTED).arguments(dataset_name="o")
    arrows = out.build().model_dump()["arrows"]
    assert arrows == [
        {"source": "0", "destination": "2", "arguments": {"table_side": "top"}},
        {"source": "1", "destination": "2", "arguments": {"table_side": "bottom"}},
        {"source": "2", "destination": "3", "arguments": {}},
    ]


def test_arguments_add_up_and_nested_maps_merge(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    facet = (
        builder.facet(facet_type=facet_types.INPUT.Imported)
        .arguments(dataset_id="d1")
        .arguments(use_raw_file=False, header=True)
        .arguments(header=False)
    )
    assert facet.build().facets[0].arguments == {
        "dataset_id": "d1",
        "use_raw_file": False,
        "header": False,
    }


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        (
            {"headr": True},
            InvalidArgumentError,
            r"argument 'headr' is not valid for Imported facet \(did you mean 'header'\?\)",
        ),
        (
            {"header": "yes"},
            ArgumentTypeError,
            r"facet Imported: argument 'header' must be boolean \(BOOLEAN",
        ),
        (
            {"file_type": "parquet"},
            InvalidArgumentError,
            r"argument 'file_type' must be one of \[csv\|xlsx\|xls\]",
        ),
        ({"dataset_id": None}, InvalidArgumentError, r"argument 'dataset_id' is required"),
        (
            {"column_names": "a"},
            ArgumentTypeError,
            r"argument 'column_names' must be list \(list\[TEXT\]",
        ),
        (
            {"column_names": ["a", 1]},
            ArgumentTypeError,
            r"argument 'column_names'\[1\] must be string \(TEXT",
        ),
        (
            {"header_row_number": True},
            ArgumentTypeError,
            r"'header_row_number' must be numeric \(NUMBER: an int or a float\), not bool True",
        ),
        (
            {"data_types": [{"column_name": "a", "colour": "red"}]},
            InvalidArgumentError,
            r"'data_types'\[0\] was provided with unexpected child argument 'colour'",
        ),
        (
            {"data_types": [{"column_name": "a", "data_type": "DATE"}]},
            InvalidArgumentError,
            r"'data_types'\[0\]\['data_type'\] must be one of \[CATEGORICAL\|NUMERIC\|TEXT\|TIME\]",
        ),
    ],
)
def test_bad_arguments_are_refused_naming_the_facet_and_the_argument(
    builder: FlowBuilder,
    facet_types: FacetTypes,
    arguments: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    facet = builder.facet(facet_type=facet_types.INPUT.Imported)
    with pytest.raises(error, match=message):
        facet.arguments(**arguments)


def test_optional_arguments_may_be_none(builder: FlowBuilder, facet_types: FacetTypes) -> None:
    builder.facet(facet_type=facet_types.INPUT.Imported).arguments(sheet_name=None, header=1 == 1)


def test_a_missing_required_argument_stops_build(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    builder.facet(facet_type=facet_types.INPUT.Imported, name="source").arguments(dataset_id="d1")
    with pytest.raises(
        InvalidArgumentError,
        match=r"facet Imported 'source' \(id 0\): required argument 'use_raw_file' is missing",
    ):
        builder.build()


def test_build_names_the_facet_by_its_id_among_facets_of_one_type(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    counted = imported(builder, facet_types).facet(facet_type=facet_types.MID.COUNT)
    counted.arguments(target_columns=["a"])
    counted.facet(facet_type=facet_types.MID.COUNT)
    with pytest.raises(InvalidArgumentError, match=r"^facet Count \(id 2\): required argument"):
        builder.build()


def test_a_facet_whose_arguments_are_refused_is_not_added(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    source = imported(builder, facet_types)
    with pytest.raises(ArgumentTypeError, match="'target_columns' must be list"):
        builder.facet(facet_types.MID.COUNT, "bad", {"target_columns": "a"})
    with pytest.raises(ArgumentTypeError, match="'target_columns' must be list"):
        source.facet(facet_types.MID.COUNT, "bad too", {"target_columns": "a"})
    assert repr(builder) == "FlowBuilder(1 facets)"
    kept = source.facet(facet_types.MID.COUNT, "good", {"target_columns": ["a"]})
    assert kept.facet_id == "1"  # the refused facets took no id
    assert [arrow.source for arrow in builder.build().arrows] == ["0"]


def test_facet_builders_show_their_type_name_and_id(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    source = builder.facet(facet_type=facet_types.INPUT.Imported, name="in")
    assert repr(source) == "FacetBuilder(INPUT.IMPORTED, name='in', facet_id='0')"
    assert repr(source.facet(facet_type=facet_types.MID.COUNT)) == (
        "FacetBuilder(MID.COUNT, facet_id='1')"
    )


def test_the_facet_type_must_be_a_facet_type(builder: FlowBuilder) -> None:
    with pytest.raises(ArgumentTypeError, match=r"facet_types.INPUT.Imported"):
        builder.facet(facet_type="IMPORTED")  # type: ignore[arg-type]


def test_arrow_arguments_are_checked(builder: FlowBuilder, facet_types: FacetTypes) -> None:
    left = imported(builder, facet_types)
    union = builder.facet(facet_type=facet_types.MID.UNION)
    with pytest.raises(InvalidArgumentError, match=r"must be one of \[top\|bottom\]"):
        union.add_arrow(left, table_side="middle")
    with pytest.raises(
        InvalidArgumentError,
        match=r"arrow argument 'tableside' is not valid for the arrow from facet Imported to "
        r"facet Union \(did you mean 'table_side'\?\)",
    ):
        union.add_arrow(left, tableside="top")
    with pytest.raises(InvalidArgumentError, match="cannot feed itself"):
        union.add_arrow(union)


# ---- model facets ------------------------------------------------------------------------


def test_model_facet_puts_hyperparameters_and_parameters_in_place(
    builder: FlowBuilder, facet_types: FacetTypes, model_types: ModelTypes
) -> None:
    facet = (
        imported(builder, facet_types)
        .model_facet(facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear.Lasso)
        .arguments(model_name="m", model_version="initial")
        .hyperparameters(alpha=0.1)
        .parameters(target_column="t")
    )
    assert facet.build().facets[1].model_dump() == {
        "facet_id": "1",
        "facet_uid": "M_016",
        "name": "",
        "arguments": {
            "model_name": "m",
            "model_version": "initial",
            "hyperparameters": {"alpha": 0.1},
            "parameters": {"target_column": "t"},
        },
    }


def test_grouped_hyperparameters_fold_into_their_facet_arguments(
    builder: FlowBuilder, facet_types: FacetTypes, model_types: ModelTypes
) -> None:
    facet = (
        builder.model_facet(facet_type=facet_types.MID.AI_CAST, model_type=model_types.AI_CAST.Base)
        .arguments(model_name="cast")
        .parameters(time_column="week", identifier_columns=["id"], value_column="qty")
        .hyperparameters(
            type="base", fill_missing_values="zero", models_to_include=["Additive", "Tsfm0"]
        )
        .hyperparameters(
            eval_method="holdout", interval_to_predict=10, metric="mean_absolute_error"
        )
        .hyperparameters(holdout_period=5)
    )
    arguments = facet.build().facets[0].arguments
    assert arguments["processing"] == {"type": "base", "fill_missing_values": "zero"}
    assert arguments["model_selection"] == {
        "models_to_include": ["Additive", "Tsfm0"],
        "eval_method": "holdout",
    }
    assert arguments["metrics"] == [
        {"interval_to_predict": 10, "metric": "mean_absolute_error", "holdout_period": 5}
    ]
    assert "hyperparameters" not in arguments


def test_model_facet_mistakes_are_caught(
    builder: FlowBuilder, facet_types: FacetTypes, model_types: ModelTypes
) -> None:
    with pytest.raises(InvalidArgumentError, match="COUNT is not a model facet"):
        builder.model_facet(facet_type=facet_types.MID.COUNT, model_type=model_types.Linear.Lasso)
    with pytest.raises(ArgumentTypeError, match=r"model_types.Linear.Lasso"):
        builder.model_facet(facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear)  # type: ignore[arg-type]
    facet = builder.model_facet(
        facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear.Lasso
    )
    with pytest.raises(
        InvalidArgumentError,
        match=r"hyperparameter 'alpah' is not valid for Lasso models \(model type Linear.Lasso\)"
        r" \(did you mean 'alpha'\?\)",
    ):
        facet.hyperparameters(alpah=1)
    with pytest.raises(ArgumentTypeError, match="hyperparameter 'alpha' must be numeric"):
        facet.hyperparameters(alpha="big")
    with pytest.raises(InvalidArgumentError, match="parameter 'target' is not valid for Lasso"):
        facet.parameters(target="t")
    for method in (facet.arguments, facet.hyperparameters, facet.parameters):
        with pytest.raises(ArgumentTypeError, match=r"takes keyword arguments only, not \('m',\)"):
            method("m")
    facet.arguments(model_name="m")
    with pytest.raises(InvalidArgumentError, match="required parameter 'target_column'"):
        builder.build()


# ---- run variables -------------------------------------------------------------------------


def test_variables_bind_arguments_of_named_facets(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    out = (
        imported(builder, facet_types)
        .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="output")
        .variables(output_dataset="dataset_name")
    )
    definition = out.build()  # dataset_name is required, and set by the variable
    assert definition.model_dump()["variables"] == {
        "output_dataset": {"facet_name": "output", "name": "dataset_name"}
    }


def test_variable_mistakes_are_caught(builder: FlowBuilder, facet_types: FacetTypes) -> None:
    source = builder.facet(facet_type=facet_types.INPUT.Imported)
    with pytest.raises(InvalidArgumentError, match="Please set a name for the facet"):
        source.variables(ds="dataset_id")
    named = builder.facet(facet_type=facet_types.INPUT.Imported, name="in")
    with pytest.raises(
        InvalidArgumentError,
        match=r"targeting argument 'column_names' of type list\[TEXT\] is currently not supported",
    ):
        named.variables(columns="column_names")
    with pytest.raises(
        InvalidArgumentError,
        match=r"Imported facet does not have argument 'datasetid' \(did you mean 'dataset_id'",
    ):
        named.variables(ds="datasetid")
    named.variables(ds="dataset_id")
    other = builder.facet(facet_type=facet_types.INPUT.Imported, name="other")
    with pytest.raises(
        InvalidArgumentError,
        match="'ds' already exists for another facet: it is bound to facet Imported 'in'",
    ):
        other.variables(ds="dataset_id")


# ---- custom facets -----------------------------------------------------------------------


@dataclass(frozen=True)
class Argument:
    name: str
    argument_type: str


@dataclass
class Choice:
    facet_type: FacetType
    custom_facet_id: str = "cf1"
    version_id: str = "v1"
    version: str = "first"
    arguments: dict[str, Argument] = field(
        default_factory=lambda: {"n": Argument("n", "int"), "label": Argument("label", "str")}
    )


def test_custom_facets_carry_their_id_version_and_typed_arguments(
    builder: FlowBuilder, facet_types: FacetTypes
) -> None:
    choice = Choice(facet_types.INPUT.CUSTOM_FACET)
    facet = builder.custom_facet(custom_facet_version=choice).arguments(n=2)
    facet.arguments(label="x")
    assert facet.build().facets[0].model_dump() == {
        "facet_id": "0",
        "facet_uid": facet_types.INPUT.CUSTOM_FACET.facet_uid,
        "name": "",
        "arguments": {
            "custom_facet_id": "cf1",
            "version_id": "v1",
            "arguments": [
                {"name": "n", "value": 2, "type": "NUMBER"},
                {"name": "label", "value": "x", "type": "TEXT"},
            ],
        },
    }
    with pytest.raises(ArgumentTypeError, match=r"argument 'n' must be numeric \(int\)"):
        facet.arguments(n="two")
    with pytest.raises(
        InvalidArgumentError, match=r"argument 'nn' is not valid for Custom_Facet facet.*'n'"
    ):
        facet.arguments(nn=1)
