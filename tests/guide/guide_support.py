"""The world the guide's examples expect, and how the examples are run.

The guide talks about objects the reader already has: apps named "my app" and "Start Here
(Tutorial)", datasets "my dataset" and "[INPUT]", a model "example_1" with a version "Demo",
flows "new flow" and "New Flow" that have run. This module makes them, as user
bob@example.com, before the examples run, with the datasets the guide's flows (COUNT, UNION,
Lasso) are run on end to end: "count input", "top half" and "bottom half", "training data".
"""

from __future__ import annotations

import contextlib
import io
import pprint
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ikigai import Ikigai

USER = "bob@example.com"

COOKIES = pd.DataFrame(
    {
        "Product (name/description)": [
            "Chocolate Chip Cookie",
            "Snickerdoodle Cookie",
            "Ginger Cookie",
            "Sugar Cookie",
            "Double Chocolate Cookie",
            "Oatmeal Cookie",
        ],
        "SKU/Unique Item ID": [
            "Chocolate_C123_Am",
            "Snickerdoodle_C123_Am",
            "Ginger_C123_Am",
            "Sugar_C123_Am",
            "Double_C123_Am",
            "Oatmeal_C123_Am",
        ],
        "Channel/Location": ["Amazon"] * 6,
        "Qty": [166, 428, 271, 421, 342, 250],
    }
)

COUNTED = pd.DataFrame(
    {
        "col1": ["a", "b", "a", "c", "a", "b", "a"],
        "col2": ["x", "y", "x", "z", "x", "x", "y"],
        "other": [1, 2, 3, 4, 5, 6, 7],
    }
)
"""The input of the guide's COUNT flows, which count on `col1` and `col2`."""

TOP_HALF, BOTTOM_HALF = COOKIES.iloc[:4], COOKIES.iloc[4:].reset_index(drop=True)
"""The two inputs of the guide's branching flow (its UNION stacks them back into COOKIES)."""

TRAINING = pd.DataFrame(
    {
        "x1": [float(i) for i in range(20)],
        "x2": [float(i % 5) for i in range(20)],
        "target": [2.0 * i + (i % 5) for i in range(20)],
    }
)


def guide_print(*values: Any, sort_dicts: bool | None = None, **options: Any) -> None:
    """`print`, except that the guide's `print(x, sort_dicts=False)` pretty-prints `x` the way
    its output shows (the builtin print takes no `sort_dicts`)."""
    if sort_dicts is None:
        print(*values, **options)
        return
    for value in values:
        pprint.pprint(value, sort_dicts=sort_dicts, **options)


@dataclass(frozen=True)
class Example:
    """One code example of the guide; `index` is its place in the guide."""

    name: str
    source: str
    index: int


EXAMPLES: list[Example] = []


def example(name: str, source: str) -> Example:
    """Register the guide's next example (call them in the guide's order)."""
    made = Example(name, source, len(EXAMPLES))
    EXAMPLES.append(made)
    return made


@dataclass
class Guide:
    """Runs the guide's examples one after another in one namespace, as a notebook would."""

    namespace: dict[str, Any]
    api_key: str
    done: set[int] = field(default_factory=set[int])

    def run(self, chosen: Example) -> tuple[str, Any]:
        """Run an example (after the earlier ones, if they have not run yet); its printed
        output, and the value of a final bare expression (what a notebook shows)."""
        for earlier in EXAMPLES[: chosen.index]:
            if earlier.index not in self.done:
                self._run(earlier)
        return self._run(chosen)

    def _run(self, chosen: Example) -> tuple[str, Any]:
        # The one change to the guide's code: the reader's own API key.
        source = chosen.source.replace("my-ikigai-api-key", self.api_key)
        body, last = _split_last_expression(source)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(body, f"<guide: {chosen.name}>", "exec"), self.namespace)
            code = compile(last, f"<guide: {chosen.name}>", "eval") if last else None
            value = eval(code, self.namespace) if code else None
        self.done.add(chosen.index)
        return printed.getvalue(), value


def _split_last_expression(source: str) -> tuple[str, str | None]:
    import ast

    tree = ast.parse(source)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        is_print = (
            isinstance(last.value, ast.Call)
            and isinstance(last.value.func, ast.Name)
            and last.value.func.id == "print"
        )
        if not is_print:
            return ast.unparse(tree), ast.unparse(last)
        tree.body.append(last)
    return ast.unparse(tree), None


def make_world(client: Ikigai) -> None:
    facet_types, model_types = client.facet_types, client.model_types
    app = client.app.new("my app").description("The app of the guide").build()
    tutorial = client.app.new("Start Here (Tutorial)").build()
    app.dataset.new("my dataset").df(COOKIES.iloc[:3]).build()
    source = app.dataset.new("[INPUT]").df(COOKIES).build()
    training = app.dataset.new("training data").df(TRAINING).build()
    app.dataset.new("count input").df(COUNTED).build()
    app.dataset.new("top half").df(TOP_HALF).build()
    app.dataset.new("bottom half").df(BOTTOM_HALF).build()
    model = (
        app.model.new("example_1")
        .model_type(model_types.Linear.Lasso)
        .description("example 1")
        .build()
    )

    def copy_flow(into: Any, name: str, dataset_id: str, output: str) -> Any:
        definition = (
            client.builder.facet(facet_type=facet_types.INPUT.Imported, name="input")
            .arguments(dataset_id=dataset_id, file_type="csv", header=True, use_raw_file=False)
            .facet(facet_type=facet_types.OUTPUT.EXPORTED, name="output")
            .arguments(dataset_name=output, file_type="csv", header=True)
            .build()
        )
        return into.flow.new(name).definition(definition).build()

    copy_flow(app, "new flow", source.dataset_id, "copy of [INPUT]")
    other = copy_flow(app, "New Flow", source.dataset_id, "another copy")
    tutorial_source = tutorial.dataset.new("[INPUT]").df(COOKIES).build()
    copy_flow(tutorial, "new flow", tutorial_source.dataset_id, "copy of [INPUT]")
    for _ in range(3):
        other.run()
    train = (
        client.builder.facet(facet_type=facet_types.INPUT.Imported)
        .arguments(dataset_id=training.dataset_id, use_raw_file=False)
        .model_facet(facet_type=facet_types.MID.PREDICT, model_type=model_types.Linear.Lasso)
        .arguments(model_name=model.name, model_version="Demo")
        .hyperparameters(alpha=0.1)
        .parameters(target_column="target")
        .facet(facet_type=facet_types.OUTPUT.EXPORTED)
        .arguments(dataset_name="predictions")
        .build()
    )
    app.flow.new("train example_1").definition(train).build().run()
