"""The text of `help()`: pure functions from specs to lines.

Layout (two spaces per level of nesting, names shown with `str.title()`):

* a facet argument is `name: TYPE` (`list[TYPE]` for lists), then ` | None` when it is required,
  ` = <repr(default)>` when the default is truthy, and `  options=[a|b]` when it has options;
  an argument with children opens `= {` (`= [{` for a list), lists its children one level
  deeper and closes with `}` (`}]`);
* a model parameter or hyperparameter is the same except that the default is shown whenever it
  is not None, `required` is not shown, and children always use braces.

Hidden arguments and children are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ikigai.specs.arguments import ArgumentSpec

__all__ = ["facet_argument_lines", "indent", "model_argument_lines", "section"]


def indent(lines: Iterable[str], by: int = 2) -> list[str]:
    pad = " " * by
    return [pad + line for line in lines]


def _options(spec: ArgumentSpec) -> str:
    if not spec.options:
        return ""
    return "  options=[" + "|".join(str(option) for option in spec.options) + "]"


def facet_argument_lines(specs: Mapping[str, ArgumentSpec]) -> list[str]:
    lines: list[str] = []
    for spec in specs.values():
        if spec.is_hidden:
            continue
        type_text = spec.type_text + (" | None" if spec.is_required else "")
        if spec.children:
            opening, closing = ("[{", "}]") if spec.is_list else ("{", "}")
            lines.append(f"{spec.name}: {type_text} = {opening}")
            lines += indent(facet_argument_lines(spec.children))
            lines.append(closing)
            continue
        default = f" = {spec.default_value!r}" if spec.default_value else ""
        lines.append(f"{spec.name}: {type_text}{default}{_options(spec)}")
    return lines


def model_argument_lines(specs: Mapping[str, ArgumentSpec]) -> list[str]:
    lines: list[str] = []
    for spec in specs.values():
        if spec.is_hidden:
            continue
        if spec.children:
            lines.append(f"{spec.name}: {spec.type_text} = {{")
            lines += indent(model_argument_lines(spec.children))
            lines.append("}")
            continue
        default = "" if spec.default_value is None else f" = {spec.default_value!r}"
        lines.append(f"{spec.name}: {spec.type_text}{default}{_options(spec)}")
    return lines


def section(title: str, lines: list[str], empty: str) -> list[str]:
    """`title:` and the lines one level deeper, or the `empty` line when there are none."""
    return [f"{title}:", *indent(lines or [empty])]
