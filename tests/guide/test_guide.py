"""Every code example of the user guide (shared/product/ikigai-client-guide.txt), in its order,
run as written against the local platform, checked against the output the guide shows.

Each example's code is the guide's, with the indentation the guide's text lost put back. The
only changes are names of things the reader already has (the API key's value, `app1` -> `app`).
The examples run in one namespace, one after another, as in a notebook: a test runs the
examples before its own first when they have not run in this process (so that the tests also
pass one by one, or spread over pytest-xdist workers). See guide_support.py.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import re
from typing import Any

import pandas as pd
from guide_support import (
    BOTTOM_HALF,
    COOKIES,
    COUNTED,
    TOP_HALF,
    TRAINING,
    Example,
    Guide,
    example,
)

from ikigai.builders import FlowDefinition
from ikigai.components import FlowStatus


def squashed(text: str) -> str:
    """Text without any whitespace: the guide's layout was reflowed by hand."""
    return re.sub(r"\s+", "", text)


def lines(text: str) -> list[str]:
    """Lines with their spacing normalised (the guide's text lost its indentation)."""
    return [" ".join(line.split()) for line in text.strip().splitlines()]


def with_ids(definition: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    """A definition dumped by the guide, with its random facet ids replaced by the sequential
    ones ("0", "1", ...) of current clients and without the top-level `arguments` of old ones."""
    text = json.dumps({key: value for key, value in definition.items() if key != "arguments"})
    for index, old in enumerate(ids):
        text = text.replace(f'"{old}"', f'"{index}"')
    result: dict[str, Any] = json.loads(text)
    return result


# ---- Creating an Ikigai Client -------------------------------------------------------------


CREATING_AN_IKIGAI_CLIENT = example(
    "creating an ikigai client",
    """
from ikigai import Ikigai
ikigai = Ikigai(user_email="bob@example.com", api_key="my-ikigai-api-key")
""",
)


def test_creating_an_ikigai_client(guide: Guide) -> None:
    guide.run(CREATING_AN_IKIGAI_CLIENT)
    assert guide.namespace["ikigai"].user_email == "bob@example.com"


# ---- Apps --------------------------------------------------------------------------------


LISTING_ALL_APPS = example(
    "listing all apps",
    """
apps = ikigai.apps() # Get all apps accessible by you
for app in apps.values(): # Print each app
    print(app)
""",
)


def test_listing_all_apps(guide: Guide) -> None:
    printed, _ = guide.run(LISTING_ALL_APPS)
    assert sorted(printed.splitlines()) == ["Start Here (Tutorial)", "my app"]


SHOWING_DETAILS_OF_AN_APP = example(
    "showing details of an app",
    """
apps = ikigai.apps()
app = apps["my app"] # Get the app named "my app"
print(app.describe()) # Print the details of my app
""",
)


def test_showing_details_of_an_app(guide: Guide) -> None:
    printed, _ = guide.run(SHOWING_DETAILS_OF_AN_APP)
    description = guide.namespace["app"].describe()
    assert list(description) == ["app", "components"]
    assert list(description["app"]) == [
        "app_id",
        "name",
        "owner",
        "description",
        "created_at",
        "modified_at",
        "last_used_at",
    ]
    assert description["app"]["owner"] == "bob@example.com"
    assert "created_at': datetime.datetime(" in printed
    assert {"charts", "dataset_directories", "pipeline_directories"} <= set(
        description["components"]
    )
    assert "'[INPUT]'" in printed


# ---- Datasets ------------------------------------------------------------------------------


FINDING_A_DATASET_FROM_AN_APP = example(
    "finding a dataset from an app",
    """
apps = ikigai.apps()
app = apps["my app"] # Get the app named "my app"
datasets = app.datasets() # Get all datasets in my app
dataset = datasets["my dataset"] # Get dataset named "my dataset"
print(dataset)
""",
)


def test_finding_a_dataset_from_an_app(guide: Guide) -> None:
    printed, _ = guide.run(FINDING_A_DATASET_FROM_AN_APP)
    assert printed.startswith("Dataset(app_id='")
    for shown in (
        "name='my dataset'",
        "filename='my dataset.csv'",
        "file_extension='csv'",
        "'Channel/Location': ColumnDataType(data_type=<DataType.",
        "'Qty': ColumnDataType(data_type=<DataType.NUMERIC: 'NUMERIC'>",
        "size=",
        "created_at=datetime.datetime(",
        "modified_at=datetime.datetime(",
    ):
        assert shown in printed


SHOWING_DETAILS_OF_A_DATASET = example(
    "showing details of a dataset",
    """
datasets = app.datasets() # Get all datasets in the app
dataset = datasets["[INPUT]"] # Get dataset named "[INPUT]"
dataset.describe()
""",
)


def test_showing_details_of_a_dataset(guide: Guide) -> None:
    _, shown = guide.run(SHOWING_DETAILS_OF_A_DATASET)
    assert {"dataset_id", "name", "project_id", "filename", "data_types", "directory"} <= set(shown)
    assert shown["name"] == "[INPUT]"
    assert shown["filename"] == "[INPUT].csv"
    assert shown["data_types"]["Qty"] == {
        "data_type": "NUMERIC",
        "data_formats": {"numeric_format": "INTEGER"},
    }
    assert shown["data_types"]["Channel/Location"]["data_type"] in {"CATEGORICAL", "TEXT"}
    assert shown["directory"]["type"] == "DATASET"


DOWNLOADING_YOUR_EXISTING_DATASET = example(
    "downloading your existing dataset",
    """
datasets = app.datasets() # Get all datasets in the app
dataset = datasets["[INPUT]"] # Get dataset named "[INPUT]"
df = dataset.df() # Download dataset as a pandas dataframe
df.head()
""",
)


def test_downloading_your_existing_dataset(guide: Guide) -> None:
    _, head = guide.run(DOWNLOADING_YOUR_EXISTING_DATASET)
    assert head.columns.tolist() == [
        "Product (name/description)",
        "SKU/Unique Item ID",
        "Channel/Location",
        "Qty",
    ]
    assert head.iloc[0].tolist() == ["Chocolate Chip Cookie", "Chocolate_C123_Am", "Amazon", 166]
    assert len(head) == 5


CREATING_A_NEW_DATASET = example(
    "creating a new dataset",
    """
df = pd.DataFrame({"Name": ["Alice", "Bob"], "Age": [25, 30]})
# Build a new dataset named "New Dataset" with data df
new_dataset = app.dataset.new("New Dataset").df(df).build()
new_dataset
""",
)


def test_creating_a_new_dataset(guide: Guide) -> None:
    _, shown = guide.run(CREATING_A_NEW_DATASET)
    text = repr(shown)
    assert text.startswith("Dataset(app_id='")
    assert "name='New Dataset'" in text
    assert "file_extension='csv'" in text
    assert (
        "'Age': ColumnDataType(data_type=<DataType.NUMERIC: 'NUMERIC'>, "
        "data_formats={'numeric_format': 'INTEGER'})"
    ) in text
    assert shown.df()["Name"].tolist() == ["Alice", "Bob"]


UPDATING_A_DATASET = example(
    "updating a dataset",
    """
datasets = app.datasets() # Get all datasets in Start the app
dataset = datasets["[INPUT]"] # Get dataset named "[INPUT]"
df = dataset.df() # Download dataset as a a pandas dataframe
df_updated = df[df.columns[:-1]] # New dataframe (by dropping last column)
dataset.edit_data(df_updated) # Update the dataset
dataset.df().head()
""",
)


def test_updating_a_dataset(guide: Guide) -> None:
    _, head = guide.run(UPDATING_A_DATASET)
    assert head.columns.tolist() == [
        "Product (name/description)",
        "SKU/Unique Item ID",
        "Channel/Location",
    ]
    assert head.iloc[4].tolist() == ["Double Chocolate Cookie", "Double_C123_Am", "Amazon"]


# ---- Models --------------------------------------------------------------------------------


LISTING_ALL_MODELS = example(
    "listing all models",
    """
models = app.models()
for model in models.values():
    print(model)
""",
)


def test_listing_all_models(guide: Guide) -> None:
    printed, _ = guide.run(LISTING_ALL_MODELS)
    assert printed.startswith("Model(app_id='")
    for shown in (
        "name='example_1'",
        "model_type='Linear'",
        "sub_model_type='Lasso'",
        "description='example 1'",
        "created_at=",
        "modified_at=",
    ):
        assert shown in printed


SHOWING_DETAILS_OF_A_MODEL = example(
    "showing details of a model",
    """
model = app.models()["example_1"]
print(model.describe())
""",
)


def test_showing_details_of_a_model(guide: Guide) -> None:
    printed, _ = guide.run(SHOWING_DETAILS_OF_A_MODEL)
    shown = ast.literal_eval(printed)
    assert {
        "created_at",
        "description",
        "directory",
        "model_id",
        "model_type",
        "modified_at",
        "name",
        "project_id",
        "sub_model_type",
    } <= set(shown)
    assert (shown["description"], shown["model_type"]) == ("example 1", "Linear")
    assert shown["directory"]["type"] == "MODEL"


LISTING_ALL_VERSIONS_OF_A_MODEL = example(
    "listing all versions of a model",
    """
versions = model.versions()
for version in versions.values():
    print(version)
""",
)


def test_listing_all_versions_of_a_model(guide: Guide) -> None:
    printed, _ = guide.run(LISTING_ALL_VERSIONS_OF_A_MODEL)
    assert printed.startswith("ModelVersion(app_id='")
    for shown in ("version='Demo'", "hyperparameters={", "metrics={", "created_at="):
        assert shown in printed


SHOWING_DETAILS_OF_A_MODEL_VERSION = example(
    "showing details of a model version",
    """
model_version = model.versions()["Demo"]
print(model_version.describe())
""",
)


def test_showing_details_of_a_model_version(guide: Guide) -> None:
    printed, _ = guide.run(SHOWING_DETAILS_OF_A_MODEL_VERSION)
    shown = ast.literal_eval(printed)
    assert {"created_at", "hyperparameters", "metrics", "model_id", "version", "version_id"} <= set(
        shown
    )
    assert shown["version"] == "Demo"


MODEL_TYPES = example(
    "model types",
    """
model_types = ikigai.model_types
print(model_types.types)
""",
)


def test_model_types(guide: Guide) -> None:
    printed, _ = guide.run(MODEL_TYPES)
    types = ast.literal_eval(printed)
    assert {"Ai Cast", "Linear", "Time Series", "Clustering"} <= set(types)


AI_CAST_START = """
Ai Cast:
  keywords: ['AI', 'cast', 'time series', 'auto', 'ML', 'AiCast']
  sub-model types:
    Base:
      keywords: ['base']
      metrics:
        feature_importance: {}
"""

AI_CAST_PARAMETERS = """
      parameters:
        time_column: TEXT
        identifier_columns: list[TEXT]
        value_column: TEXT
        mode: TEXT = 'train'  options=[train|fine_tune|inference|retrain_inference]
      hyperparameters:
        type: TEXT = 'base'  options=[base|hierarchical]
"""


GETTING_HELP_WITH_MODEL_TYPES = example(
    "getting help with model types",
    """
# Help on all model types
print(model_types.help())
""",
)


def test_getting_help_with_model_types(guide: Guide) -> None:
    printed, _ = guide.run(GETTING_HELP_WITH_MODEL_TYPES)
    assert printed.startswith(AI_CAST_START.lstrip("\n"))
    assert AI_CAST_PARAMETERS.lstrip("\n") in printed
    assert "\nLinear:\n" in printed


HELP_FOR_A_SPECIFIC_MODEL_TYPE = example(
    "help for a specific model type",
    """
# Help for a specific model type
print(model_types.AI_CAST.help())
""",
)


def test_help_for_a_specific_model_type(guide: Guide) -> None:
    printed, _ = guide.run(HELP_FOR_A_SPECIFIC_MODEL_TYPE)
    assert printed.startswith(AI_CAST_START.lstrip("\n"))
    assert "performance: {'0': {'name': 'weighted_mean_absolute_percentage_error'" in printed


GUIDE_LASSO_HELP = """
Lasso:
keywords: ['lasso', 'linear']
metrics:
feature_importance:
{
'0': {'name': 'shapley'},
'1': {'name': 'permutation'},
'2': {'name': 'linear_base'}
}
performance:
{
'0': {
'name': 'r2',
'parameters': {},
'target_column_data_types': ['NUMERIC', 'TIME']
},
'1': {
'name': 'neg_mean_absolute_error',
'parameters': {},
'target_column_data_types': ['NUMERIC', 'TIME']
},
'2': {
'name': 'neg_mean_squared_error',
'parameters': {},
'target_column_data_types': ['NUMERIC', 'TIME']
},
'3': {
'name': 'accuracy',
'parameters': {},
'target_column_data_types': ['TEXT', 'CATEGORICAL']
},
'4': {
'name': 'balanced_accuracy',
'parameters': {},
'target_column_data_types': ['TEXT', 'CATEGORICAL']
}
}
parameters:
target_column: TEXT
hyperparameters:
alpha: NUMBER = 1
"""


HELP_FOR_A_SPECIFIC_SUB_MODEL_TYPE = example(
    "help for a specific sub model type",
    """
# Help for a specific sub-model type
print(model_types.Linear.Lasso.help())
""",
)


def test_help_for_a_specific_sub_model_type(guide: Guide) -> None:
    printed, _ = guide.run(HELP_FOR_A_SPECIFIC_SUB_MODEL_TYPE)
    # The guide's copy wraps the metrics over many lines; the text is the same.
    assert squashed(printed) == squashed(GUIDE_LASSO_HELP)
    assert printed.splitlines()[:2] == ["Lasso:", "  keywords: ['lasso', 'linear']"]


CREATING_A_NEW_MODEL = example(
    "creating a new model",
    """
model = (
    app.model.new("Simple Linear Regression with Lasso")
    .model_type(model_type=model_types.Linear.Lasso)
    .build()
)
""",
)


def test_creating_a_new_model(guide: Guide) -> None:
    guide.run(CREATING_A_NEW_MODEL)
    model = guide.namespace["model"]
    assert (model.name, model.model_type, model.sub_model_type) == (
        "Simple Linear Regression with Lasso",
        "Linear",
        "Lasso",
    )


# ---- Flows: facet types ----------------------------------------------------------------------


FACET_TYPES = example(
    "facet types",
    """
facet_types = ikigai.facet_types
print(facet_types.INPUT.types)
print(facet_types.MID.types)
print(facet_types.OUTPUT.types)
""",
)


def test_facet_types(guide: Guide) -> None:
    printed, _ = guide.run(FACET_TYPES)
    inputs, mids, outputs = (ast.literal_eval(line) for line in printed.splitlines())
    assert {"IMPORTED", "PYTHON", "CUSTOM_FACET"} <= set(inputs)
    assert {"ADD_PRIMARY_KEY", "COUNT", "CROSS_TAB", "DEDUPLICATE", "MELT", "UNION"} <= set(mids)
    assert {"EXPORTED", "PYTHON"} <= set(outputs)


GUIDE_IMPORTED_HELP = """
Imported:
facet_arguments:
dataset_id: TEXT | None
use_raw_file: BOOLEAN | None
script: TEXT
libraries: list[TEXT]
file_type: TEXT options=[csv|xlsx|xls]
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
data_type: TEXT | None options=[CATEGORICAL|NUMERIC|TEXT|TIME]
}]
"""


GETTING_HELP_WITH_FACET_TYPES = example(
    "getting help with facet types",
    """
# Help for a specific facet type
print(facet_types.INPUT.Imported.help())
""",
)


def test_getting_help_with_facet_types(guide: Guide) -> None:
    printed, _ = guide.run(GETTING_HELP_WITH_FACET_TYPES)
    assert lines(printed) == lines(GUIDE_IMPORTED_HELP)
    assert printed.splitlines()[:3] == [
        "Imported:",
        "  facet_arguments:",
        "    dataset_id: TEXT | None",
    ]


# ---- Flows: building definitions -----------------------------------------------------------

GUIDE_MODEL_FACET_FLOW = {
    "facets": [
        {
            "facet_id": "513d3056",
            "facet_uid": "I_005",
            "name": "",
            "arguments": {
                "dataset_id": "my-input-dataset-id",
                "file_type": "csv",
                "header": True,
                "use_raw_file": False,
            },
        },
        {
            "facet_id": "9146ad13",
            "facet_uid": "M_016",
            "name": "",
            "arguments": {
                "model_name": "my-model-name",
                "model_version": "initial",
                "hyperparameters": {"alpha": 0.1, "fit_intercept": True},
                "parameters": {"target_column": "target_column_name"},
            },
        },
        {
            "facet_id": "ae68b1b3",
            "facet_uid": "O_005",
            "name": "",
            "arguments": {
                "dataset_name": "my-output-dataset-name",
                "file_type": "csv",
                "header": True,
            },
        },
    ],
    "arrows": [
        {"source": "513d3056", "destination": "9146ad13", "arguments": {}},
        {"source": "9146ad13", "destination": "ae68b1b3", "arguments": {}},
    ],
    "arguments": {},
    "variables": {},
    "model_variables": {},
}


ADDING_AND_CONFIGURING_A_MODEL_FACET = example(
    "adding and configuring a model facet",
    """
# To add a model facet to the flow, use the `model_facet` method on the facet
# builder. This gives you a ModelFacetBuilder object, which is a subclass of
# FacetBuilder.
flow_builder = ikigai.builder
facet_1 = (
    flow_builder.facet(facet_type=facet_types.INPUT.Imported)
    .arguments(dataset_id="my-input-dataset-id")
    .arguments(
        file_type="csv",
        header=True,
        use_raw_file=False
    )
)
model_facet = (
    facet_1.model_facet(
        facet_type=facet_types.MID.PREDICT,
        model_type=model_types.Linear.Lasso
    )
    .arguments(
        # Refer to the facet type help for list of arguments
        model_name="my-model-name", # Name of existing model in the app
        model_version="initial" # Model version to use or train
    )
    .hyperparameters(
        # Refer to the model type help for list of hyperparameters
        alpha=0.1,
        fit_intercept=True
    )
    .parameters(
        # Refer to the model type help for list of model parameters
        target_column="target_column_name"
    )
)
facet_3 = model_facet.facet(
    facet_type=facet_types.OUTPUT.EXPORTED
).arguments(
    dataset_name="my-output-dataset-name",
    file_type="csv",
    header=True
)
# Build the flow definition from any of the facet builders
flow_definition = facet_3.build()
print("Flow Definition:")
print(flow_definition.model_dump(), sort_dicts=False)
""",
)


def test_adding_and_configuring_a_model_facet(guide: Guide) -> None:
    printed, _ = guide.run(ADDING_AND_CONFIGURING_A_MODEL_FACET)
    ids = ["513d3056", "9146ad13", "ae68b1b3"]
    assert guide.namespace["flow_definition"].model_dump() == with_ids(GUIDE_MODEL_FACET_FLOW, ids)
    assert printed.startswith("Flow Definition:\n{'facets': [{'facet_id': '0',")


GUIDE_COUNT_FLOW_IMPLICIT = {
    "facets": [
        {
            "facet_id": "e64b5624",
            "facet_uid": "I_005",
            "name": "",
            "arguments": {
                "dataset_id": "my-input-dataset-id",
                "file_type": "csv",
                "header": True,
                "use_raw_file": False,
            },
        },
        {
            "facet_id": "31376ee2",
            "facet_uid": "M_003",
            "name": "",
            "arguments": {
                "output_column_name": "count",
                "sort": True,
                "target_columns": ["col1", "col2"],
            },
        },
        {
            "facet_id": "142d53f3",
            "facet_uid": "O_005",
            "name": "",
            "arguments": {
                "dataset_name": "my-output-dataset-name",
                "file_type": "csv",
                "header": True,
            },
        },
    ],
    "arrows": [
        {"source": "e64b5624", "destination": "31376ee2", "arguments": {}},
        {"source": "31376ee2", "destination": "142d53f3", "arguments": {}},
    ],
    "arguments": {},
    "variables": {},
    "model_variables": {},
}


FLOW_BUILDER_AND_FACET_BUILDER_OBJECTS = example(
    "flow builder and facet builder objects",
    '''
flow_builder = (
    ikigai.builder
) # Get a new flow builder instance, used to build flow definition
"""
The approach to building a flow is: instantiate a flow builder,
use it to add facets, configure them, and then finally build the flow
definition.
"""
flow_definition = (
    flow_builder
    .facet(
        facet_type=facet_types.INPUT.Imported
    ) # Adds a facet of type Imported
    .arguments(
        dataset_id="my-input-dataset-id", # Specify the dataset ID to import
        file_type="csv",
        header=True,
        use_raw_file=False,
    )
    .facet(
        facet_type=facet_types.MID.COUNT
    ) # Adds a COUNT facet attached to the previous facet
    .arguments(
        output_column_name="count",
        sort=True,
        target_columns=[ # Specify the columns to count on
            "col1",
            "col2",
        ],
    )
    .facet(
        facet_type=facet_types.OUTPUT.EXPORTED
    ) # Adds an EXPORTED facet to the COUNT facet
    .arguments(
        dataset_name="my-output-dataset-name", # Name of the output dataset
        file_type="csv",
        header=True,
    )
    .build()
)
print(flow_definition.model_dump(), sort_dicts=False)
''',
)


def test_flow_builder_and_facet_builder_objects(guide: Guide) -> None:
    printed, _ = guide.run(FLOW_BUILDER_AND_FACET_BUILDER_OBJECTS)
    expected = with_ids(GUIDE_COUNT_FLOW_IMPLICIT, ["e64b5624", "31376ee2", "142d53f3"])
    assert guide.namespace["flow_definition"].model_dump() == expected
    assert ast.literal_eval(printed) == expected


ADDING_AND_CONFIGURING_A_FACET = example(
    "adding and configuring a facet",
    """
flow_builder = (
    ikigai.builder
) # Get a new flow builder instance, used to build a flow definition
# Printing help for the Imported facet type to check supported arguments
print(facet_types.INPUT.Imported.help())
imported_dataset_facet_builder = (
    flow_builder
    .facet(
        facet_type=facet_types.INPUT.Imported # Add facet of type Imported
    )
    .arguments( # Specify all required arguments
        dataset_id="my-input-dataset-id",
        file_type="csv",
        header=True,
        use_raw_file=False,
    )
)
# A facet can also be configured by specifying a few arguments at a time
imported_dataset_facet_builder = (
    flow_builder
    .facet(facet_type=facet_types.INPUT.Imported)
    .arguments(dataset_id="my-input-dataset-id")
    .arguments(
        file_type="csv",
        header=True,
        use_raw_file=False
    )
)
""",
)


def test_adding_and_configuring_a_facet(guide: Guide) -> None:
    printed, _ = guide.run(ADDING_AND_CONFIGURING_A_FACET)
    assert lines(printed) == lines(GUIDE_IMPORTED_HELP)
    definition = guide.namespace["flow_builder"].build()
    assert definition.facets[0].arguments == definition.facets[1].arguments


GUIDE_COUNT_FLOW_EXPLICIT = with_ids(
    GUIDE_COUNT_FLOW_IMPLICIT, ["e64b5624", "31376ee2", "142d53f3"]
)  # the guide prints the same definition with ids 873e0503, 857ed9ba, 8c05d268


CHAINING_FACETS = example(
    "chaining facets",
    """
flow_builder = ikigai.builder
facet_1 = flow_builder.facet(
    facet_type=facet_types.INPUT.Imported
).arguments(
    dataset_id="my-input-dataset-id",
    file_type="csv",
    header=True,
    use_raw_file=False
)
facet_2 = facet_1.facet(
    # Adds a COUNT facet attached to the imported facet (facet_1)
    facet_type=facet_types.MID.COUNT
).arguments(
    output_column_name="count",
    sort=True,
    target_columns=["col1", "col2"] # Specify the columns to count on
)
facet_3 = facet_2.facet(
    # Adds an EXPORTED facet attached to the previous COUNT facet (facet_2)
    facet_type=facet_types.OUTPUT.EXPORTED
).arguments(
    dataset_name="my-output-dataset-name", # Name of the output dataset
    file_type="csv",
    header=True
)
# Finally, build the flow definition from either the flow builder or any facet
flow_definition = flow_builder.build()
print("Flow Definition:")
print(flow_definition.model_dump(), sort_dicts=False)
""",
)


def test_chaining_facets(guide: Guide) -> None:
    printed, _ = guide.run(CHAINING_FACETS)
    assert guide.namespace["flow_definition"].model_dump() == GUIDE_COUNT_FLOW_EXPLICIT
    assert printed.splitlines()[0] == "Flow Definition:"
    assert ast.literal_eval(printed.split("\n", 1)[1]) == GUIDE_COUNT_FLOW_EXPLICIT


GUIDE_BRANCH_FACETS = [
    {
        "facet_id": "98f5843e",
        "facet_uid": "I_005",
        "name": "",
        "arguments": {
            "dataset_id": "my-input-dataset-id",
            "file_type": "csv",
            "header": True,
            "use_raw_file": False,
        },
    },
    {
        "facet_id": "9177369b",
        "facet_uid": "I_005",
        "name": "",
        "arguments": {
            "dataset_id": "my-input-dataset-id-2",
            "file_type": "csv",
            "header": True,
            "use_raw_file": False,
        },
    },
    {
        "facet_id": "1dd973cc",
        "facet_uid": "M_019",
        "name": "union",
        "arguments": {"option": "full"},
    },
    {
        "facet_id": "c75cfd22",
        "facet_uid": "O_005",
        "name": "",
        "arguments": {
            "dataset_name": "my-output-dataset-name",
            "file_type": "csv",
            "header": True,
        },
    },
]


CREATING_A_BRANCH_IN_THE_FLOW = example(
    "creating a branch in the flow",
    """
flow_builder = ikigai.builder
import_1 = flow_builder.facet(
    facet_type=facet_types.INPUT.Imported
).arguments(
    dataset_id="my-input-dataset-id",
    file_type="csv",
    header=True,
    use_raw_file=False
) # The first import facet
import_2 = import_1.facet(
    facet_type=facet_types.INPUT.Imported
).arguments(
    dataset_id="my-input-dataset-id-2",
    file_type="csv",
    header=True,
    use_raw_file=False
) # The second import facet
union_facet = (
    flow_builder.facet(
        facet_type=facet_types.MID.UNION,
        name="union"
    )
    .add_arrow(
        import_1,
        table_side="top"
    )
    .add_arrow(
        import_2,
        table_side="bottom"
    )
    .arguments(
        option="full"
    )
)
flow_definition = (
    union_facet.facet(
        facet_type=facet_types.OUTPUT.EXPORTED
    )
    .arguments(
        dataset_name="my-output-dataset-name",
        file_type="csv",
        header=True
    )
    .build()
)
print("Flow Definition")
print(flow_definition.model_dump(), sort_dicts=False)
""",
)


def test_creating_a_branch_in_the_flow(guide: Guide) -> None:
    printed, _ = guide.run(CREATING_A_BRANCH_IN_THE_FLOW)
    dumped = guide.namespace["flow_definition"].model_dump()
    ids = ["98f5843e", "9177369b", "1dd973cc", "c75cfd22"]
    assert dumped["facets"] == with_ids({"facets": GUIDE_BRANCH_FACETS}, ids)["facets"]
    # The guide elides all arrows but the last; `import_1.facet(...)` also draws 0 -> 1.
    assert dumped["arrows"] == [
        {"source": "0", "destination": "1", "arguments": {}},
        {"source": "0", "destination": "2", "arguments": {"table_side": "top"}},
        {"source": "1", "destination": "2", "arguments": {"table_side": "bottom"}},
        {"source": "2", "destination": "3", "arguments": {}},
    ]
    assert (dumped["variables"], dumped["model_variables"]) == ({}, {})
    assert printed.splitlines()[0] == "Flow Definition"


CREATING_A_NEW_FLOW = example(
    "creating a new flow",
    """
now = str(int(time.time()))[-3:]
flow_name = f"Flow Definition Example {now}"
flow = app.flow.new(name=flow_name).definition(flow_definition).build()
print(flow.model_dump(), sort_dicts=False)
# Visit the flow on the platform
""",
)


def test_creating_a_new_flow(guide: Guide) -> None:
    printed, _ = guide.run(CREATING_A_NEW_FLOW)
    shown = guide.namespace["flow"].model_dump()
    assert list(shown)[:5] == ["app_id", "flow_id", "name", "created_at", "modified_at"]
    assert shown["name"] == guide.namespace["flow_name"]
    assert shown["app_id"] == guide.namespace["app"].app_id
    assert printed.startswith("{'app_id': '")
    stored = FlowDefinition.from_dict(guide.namespace["flow"].describe()["definition"])
    assert stored == guide.namespace["flow_definition"]


# ---- Flows: running --------------------------------------------------------------------------


RUNNING_A_FLOW = example(
    "running a flow",
    """
flows = app.flows() # Get all flows in the app
flow = flows["new flow"] # Get flow named "new flow"
flow.run() # Run the flow
""",
)


def test_running_a_flow(guide: Guide) -> None:
    _, log = guide.run(RUNNING_A_FLOW)
    assert repr(log).startswith("RunLog(log_id='")
    assert "status=SUCCESS, user='bob@example.com', erroneous_facet_id=None, data=''" in repr(log)
    assert guide.namespace["app"].datasets["copy of [INPUT]"].df().shape == (6, 3)


VIEWING_A_FLOWS_LOGS = example(
    "viewing a flows logs",
    """
flows = app.flows() # Get all flows in the app
flow = flows["new flow"] # Get flow named "new flow"
print(flow.run_logs()) # Returns the most recent log.
""",
)


def test_viewing_a_flows_logs(guide: Guide) -> None:
    printed, _ = guide.run(VIEWING_A_FLOWS_LOGS)
    logs = guide.namespace["flow"].run_logs()
    assert len(logs) == 1
    assert printed.startswith("[RunLog(log_id='")
    assert logs[0].status == FlowStatus.SUCCESS


VIEWING_THREE_LOGS = example(
    "viewing three logs",
    """
flow = flows["New Flow"]
print(flow.run_logs(max_count=3))
""",
)


def test_viewing_three_logs(guide: Guide) -> None:
    printed, _ = guide.run(VIEWING_THREE_LOGS)
    logs = guide.namespace["flow"].run_logs(max_count=3)
    assert len(logs) == 3
    assert printed.count("RunLog(log_id=") == 3
    assert logs[0].timestamp >= logs[1].timestamp >= logs[2].timestamp


FINDING_A_FLOW_FROM_AN_APP = example(
    "finding a flow from an app",
    """
app = apps["Start Here (Tutorial)"] # Get app named "Start Here (Tutorial)"
flows = app.flows() # Get all flows in the app
flow = flows["new flow"] # Get flow named "new flow"
flow
""",
)


def test_finding_a_flow_from_an_app(guide: Guide) -> None:
    _, flow = guide.run(FINDING_A_FLOW_FROM_AN_APP)
    assert re.fullmatch(
        r"Flow\(app_id='\w+', flow_id='\w+', name='new flow', "
        r"created_at=datetime\.datetime\(.*\), modified_at=datetime\.datetime\(.*\)\)",
        repr(flow),
    )
    assert flow.app_id == guide.namespace["app"].app_id


GETTING_THE_STATUS_OF_A_FLOW = example(
    "getting the status of a flow",
    """
flows = app.flows() # Get all flows in the app
flow = flows["new flow"] # Get flow named "new flow"
flow.status() # Get the status of the flow
#(IDLE: currently the flow is not running)
""",
)


def test_getting_the_status_of_a_flow(guide: Guide) -> None:
    _, status = guide.run(GETTING_THE_STATUS_OF_A_FLOW)
    assert repr(status) == "FlowStatusReport(status=IDLE, progress=None, message='')"


# ---- Every flow the guide builds, run end to end --------------------------------------------
#
# The guide builds its flows on placeholder names ("my-input-dataset-id", "col1", ...). Each test
# below runs the example's own code with only those names replaced by the reader's objects (the
# world of guide_support.py), makes a flow of the definition, runs it on the local platform and
# checks the values it wrote.


def run_adapted(
    guide: Guide, chosen: Example, names: dict[str, str], flow_name: str
) -> tuple[Any, Any, dict[str, Any]]:
    """Run the example as the guide writes it, then again with `names` replaced (in the
    order given); make a flow of the definition it builds and run it. The run log, the app, and
    the namespace the adapted example ran in."""
    guide.run(chosen)
    app = guide.namespace["ikigai"].apps()["my app"]
    source = chosen.source
    for placeholder, name in names.items():
        source = source.replace(placeholder, name)
    namespace = dict(guide.namespace)
    for made in ("flow_builder", "flow_definition"):  # by an earlier example
        namespace.pop(made, None)
    with contextlib.redirect_stdout(io.StringIO()):
        exec(compile(source, f"<guide: {chosen.name}, adapted>", "exec"), namespace)
    definition = namespace["flow_builder"].build()
    assert definition == namespace.get("flow_definition", definition)
    flow = app.flow.new(flow_name).definition(definition).build()
    return flow.run(), app, namespace


def expected_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """COUNT on col1 and col2 with sort=True: most frequent first, ties by the columns."""
    counted = frame.groupby(["col1", "col2"]).size().reset_index(name="count")
    return counted.sort_values(
        ["count", "col1", "col2"], ascending=[False, True, True], ignore_index=True
    )


def test_the_implicit_count_flow_runs_and_counts(guide: Guide) -> None:
    app = guide.namespace["ikigai"].apps()["my app"]
    log, app, _ = run_adapted(
        guide,
        FLOW_BUILDER_AND_FACET_BUILDER_OBJECTS,
        {
            "my-input-dataset-id": app.datasets["count input"].dataset_id,
            "my-output-dataset-name": "counted implicitly",
        },
        "guide count flow (implicit)",
    )
    assert log.status == FlowStatus.SUCCESS, log.data
    counted = app.datasets["counted implicitly"].df()
    pd.testing.assert_frame_equal(counted, expected_counts(COUNTED), check_dtype=False)
    assert counted.iloc[0].tolist() == ["a", "x", 3]


def test_the_chained_count_flow_runs_and_counts(guide: Guide) -> None:
    app = guide.namespace["ikigai"].apps()["my app"]
    log, app, _ = run_adapted(
        guide,
        CHAINING_FACETS,
        {
            "my-input-dataset-id": app.datasets["count input"].dataset_id,
            "my-output-dataset-name": "counted explicitly",
        },
        "guide count flow (chained)",
    )
    assert log.status == FlowStatus.SUCCESS, log.data
    counted = app.datasets["counted explicitly"].df()
    pd.testing.assert_frame_equal(counted, expected_counts(COUNTED), check_dtype=False)


def test_the_branching_flow_runs_and_its_union_stacks_both_inputs(guide: Guide) -> None:
    """The guide's branch: import_1 feeds both import_2 (the arrow `import_1.facet(...)` draws)
    and the UNION's top; import_2 feeds its bottom. The output is the top rows, then the
    bottom's."""
    app = guide.namespace["ikigai"].apps()["my app"]
    log, app, namespace = run_adapted(
        guide,
        CREATING_A_BRANCH_IN_THE_FLOW,
        {  # the longer placeholder first: the other is its prefix
            "my-input-dataset-id-2": app.datasets["bottom half"].dataset_id,
            "my-input-dataset-id": app.datasets["top half"].dataset_id,
            "my-output-dataset-name": "both halves",
        },
        "guide branching flow",
    )
    assert log.status == FlowStatus.SUCCESS, log.data
    arrows = [(a.source, a.destination) for a in namespace["flow_definition"].arrows]
    assert arrows == [("0", "1"), ("0", "2"), ("1", "2"), ("2", "3")]
    stacked = app.datasets["both halves"].df()
    pd.testing.assert_frame_equal(stacked, COOKIES, check_dtype=False)
    assert len(stacked) == len(TOP_HALF) + len(BOTTOM_HALF)


def test_the_imported_facets_alone_fail_to_run_naming_the_first(guide: Guide) -> None:
    """ "Adding and Configuring a Facet" builds two Imported facets and nothing else: a flow of
    it writes nothing, and its run fails (as on the hosted platform), naming the facet."""
    app = guide.namespace["ikigai"].apps()["my app"]
    log, _, _ = run_adapted(
        guide,
        ADDING_AND_CONFIGURING_A_FACET,
        {"my-input-dataset-id": app.datasets["count input"].dataset_id},
        "guide imported facets only",
    )
    assert log.status == FlowStatus.FAILED
    assert log.erroneous_facet_id == "0"
    assert "INPUT IMPORTED facet '0' feeds no facet" in log.data


def test_the_model_facet_example_trains_a_lasso_version_on_the_platform(guide: Guide) -> None:
    """The Lasso PREDICT example, run end to end: only the names of the reader's own objects
    (input dataset, model, target column) are put in."""
    app = guide.namespace["ikigai"].apps()["my app"]
    training = app.datasets["training data"]
    log, app, _ = run_adapted(
        guide,
        ADDING_AND_CONFIGURING_A_MODEL_FACET,
        {
            "my-input-dataset-id": training.dataset_id,
            "my-model-name": "example_1",
            "target_column_name": "target",
            "my-output-dataset-name": "lasso predictions",
        },
        "lasso example",
    )
    assert log.status == FlowStatus.SUCCESS, log.data

    version = app.models()["example_1"].versions()["initial"].describe()
    assert version["hyperparameters"]["alpha"] == 0.1
    performance = version["metrics"]["performance"]
    assert performance, "the version records cross-validated metrics"
    assert all({"average_test", "average_train"} <= set(scores) for scores in performance.values())

    predictions = app.datasets()["lasso predictions"].df()
    assert len(predictions) == len(TRAINING)
    error = (predictions["target_predicted"] - predictions["target"]).abs().mean()
    assert error < 1.0, f"a Lasso fit of a linear target is close (mean abs error {error:.3f})"
