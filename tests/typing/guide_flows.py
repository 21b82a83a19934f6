# pyright: strict
"""The guide's flow-building examples, as a reader pastes them into one file, checked by
`mypy --strict` and pyright (strict) in tests/typing/test_typing.py. Each example is the
guide's code unchanged (test_typing checks it against tests/guide/test_guide.py, which runs
them); ruff leaves this file alone. The lines above the first example are the reader's setup."""

import time
from typing import Any

from ikigai import Ikigai


def print(*values: Any, sort_dicts: bool = True) -> None:
    """The guide's `print(x, sort_dicts=False)` pretty-prints (the builtin takes no
    `sort_dicts`); as tests/guide/guide_support.py's `guide_print`."""


ikigai = Ikigai(user_email="bob@example.com", api_key="my-ikigai-api-key")
app = ikigai.app.new("my app").build()
facet_types = ikigai.facet_types
model_types = ikigai.model_types

# ---- creating a new model
model = (
    app.model.new("Simple Linear Regression with Lasso")
    .model_type(model_type=model_types.Linear.Lasso)
    .build()
)

# ---- adding and configuring a model facet
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

# ---- flow builder and facet builder objects
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

# ---- adding and configuring a facet
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

# ---- chaining facets
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

# ---- creating a branch in the flow
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

# ---- creating a new flow
now = str(int(time.time()))[-3:]
flow_name = f"Flow Definition Example {now}"
flow = app.flow.new(name=flow_name).definition(flow_definition).build()
print(flow.model_dump(), sort_dicts=False)
# Visit the flow on the platform
