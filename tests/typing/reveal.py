# pyright: strict
"""`reveal_type` of facet builders: type checkers name the facet type (test_typing.py reads
what `mypy --strict` and pyright say at each `# reveals:` line)."""

from typing import reveal_type

from ikigai import Ikigai

ikigai = Ikigai(user_email="bob@example.com", api_key="my-ikigai-api-key")
ft = ikigai.facet_types
mt = ikigai.model_types

imported = ikigai.builder.facet(facet_type=ft.INPUT.Imported).arguments(dataset_id="x")
reveal_type(imported)  # reveals: InputImported
count = imported.facet(facet_type=ft.MID.COUNT)
reveal_type(count)  # reveals: MidCount
reveal_type(count.arguments(target_columns=["a"]))  # reveals: MidCount
reveal_type(ft.OUTPUT.EXPORTED)  # reveals: FacetType[OutputExported]
reveal_type(mt.Linear.Lasso)  # reveals: SubModelType[LinearLasso]
predict = count.model_facet(facet_type=ft.MID.PREDICT, model_type=mt.Linear.Lasso)
reveal_type(predict)  # reveals: model_name
reveal_type(predict.hyperparameters(alpha=0.1))  # reveals: alpha
reveal_type(ft.MID["Newer Facet"])  # reveals: FacetType[FacetBuilder]
