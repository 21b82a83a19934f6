# pyright: strict
"""A script written as the guide writes them, beyond its flow examples: a branch, a model
facet chained on, run variables, help, the escape hatch for types the snapshot lacks, and
functions annotated with the typed builders. It must pass `mypy --strict` and pyright (strict)
clean (tests/typing/test_typing.py)."""

from typing import TYPE_CHECKING

from ikigai import Ikigai
from ikigai.builders import FlowDefinition

if TYPE_CHECKING:
    from ikigai_catalog import InputImported, MidCount

ikigai = Ikigai(user_email="bob@example.com", api_key="my-ikigai-api-key")
facet_types = ikigai.facet_types
model_types = ikigai.model_types
print(facet_types.MID.COUNT.help())
print(model_types.AI_CAST.help(), model_types.Linear.Lasso.help())
print(facet_types.INPUT.types, model_types.types)


def counted(source: "InputImported", *columns: str) -> "MidCount":
    """A COUNT facet on `columns`, fed by `source`."""
    return source.facet(facet_type=facet_types.MID.COUNT).arguments(
        target_columns=list(columns), output_column_name="count", sort=True
    )


builder = ikigai.builder
source = builder.facet(facet_type=facet_types.INPUT.IMPORTED, name="in").arguments(
    dataset_id="d1", file_type="xlsx", header=False, use_raw_file=False, sheet_name="s"
)
other = builder.facet(facet_type=facet_types.INPUT.Imported).arguments(
    dataset_id="d2",
    use_raw_file=False,
    data_types=[{"column_name": "when", "data_type": "TIME", "data_formats": []}],
)
union = (
    builder.facet(facet_type=facet_types.MID.UNION)
    .add_arrow(counted(source, "a", "b"), table_side="top")
    .add_arrow(other, table_side="bottom")
)
trained = (
    union.facet(facet_type=facet_types.MID.FILTER)
    .arguments(filters=[{"column": "count", "operator": ">", "value": "1"}])
    .model_facet(facet_type=facet_types.MID.AI_CAST, model_type=model_types.AiCast.Base)
    .arguments(model_name="forecast", model_version="v1")
    .parameters(time_column="when", value_column="count", mode="train")
)
output = (
    trained.facet(facet_type=facet_types.OUTPUT.EXPORTED, name="out")
    .arguments(dataset_name="result")
    .variables(out="dataset_name")
)

# Types a live platform has and the snapshot lacks: reached by name, checked at run time.
newer = facet_types.MID["Newer Facet"]
custom = output.facet(facet_type=newer).arguments(anything=1, at_all=["x"])
forecaster = model_types["New Model"]["Base"]
custom.model_facet(facet_type=facet_types.MID.PREDICT, model_type=forecaster).hyperparameters(
    depth=3
)

definition: FlowDefinition = builder.build()
print(definition.model_dump())
