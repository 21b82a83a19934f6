# pyright: strict
"""Mistakes a user makes in a flow definition, each on a line that ends in `# planted`.

tests/typing/test_typing.py checks that `mypy --strict` and pyright (strict) report an error on
every planted line and on no other line. Each of these type-checked clean before the catalog was
typed, and failed only when the script ran.
"""

from ikigai import Ikigai

ikigai = Ikigai(user_email="bob@example.com", api_key="my-ikigai-api-key")
ft = ikigai.facet_types
mt = ikigai.model_types
builder = ikigai.builder

imported = builder.facet(facet_type=ft.INPUT.Imported).arguments(dataset_id="x")
count = imported.facet(facet_type=ft.MID.COUNT)
union = builder.facet(facet_type=ft.MID.UNION).add_arrow(imported, table_side="top")
predict = count.model_facet(facet_type=ft.MID.PREDICT, model_type=mt.Linear.Lasso)
filtered = count.facet(facet_type=ft.MID.FILTER)
exported = predict.facet(facet_type=ft.OUTPUT.EXPORTED)

# Names of facet types, model types and sub-model types.
typo_facet = ft.INPUT.Imprted  # planted
typo_mid = ft.MID.COUNTT  # planted
typo_sub_model = mt.Linear.Lassso  # planted
typo_model = mt.Linearr  # planted
typo_chain = ft.Input  # planted

# Facet arguments: names, options, types, lists, required values.
imported.arguments(dataset_id="x", file_typ="csv")  # planted
imported.arguments(file_type="parquet")  # planted
imported.arguments(header="yes")  # planted
imported.arguments(dataset_id=None)  # planted
count.arguments(target_columns="col1")  # planted
union.arguments(option="partial")  # planted
exported.arguments(dataset_name=3)  # planted

# MAP arguments: the keys of a TypedDict and their values.
filtered.arguments(filters=[{"column": "a", "operatr": "=="}])  # planted
filtered.arguments(filters=[{"column": "a", "operator": "=~"}])  # planted

# Arrows.
union.add_arrow(count, table_side="left")  # planted
union.add_arrow(count, side="top")  # planted

# Model facets: their arguments, the sub-model's hyperparameters and parameters.
predict.arguments(model_nam="m")  # planted
predict.hyperparameters(alpah=0.1)  # planted
predict.hyperparameters(alpha="0.1")  # planted
predict.parameters(target_colum="y")  # planted
predict.parameters(feature_columns="x1")  # planted

# A facet type where a sub-model type belongs, and the other way round.
builder.facet(facet_type=mt.Linear.Lasso)  # planted
count.model_facet(facet_type=ft.MID.PREDICT, model_type=ft.MID.COUNT)  # planted
