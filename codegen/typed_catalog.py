"""The catalog as type declarations: ``generated/ikigai_catalog``, from the catalog snapshot.

Type checkers learn the platform's facet and model types from it; nothing runs it. For each
facet type it declares a builder class whose ``.arguments()`` takes exactly that type's
arguments as keyword parameters (``Literal`` for options, ``list`` for lists, a ``TypedDict``
for a MAP with known keys, ``| None`` unless required) and whose ``.add_arrow()`` takes the
arrow arguments; for each sub-model type a class whose ``.hyperparameters()`` and
``.parameters()`` do the same; and the chain groups and model types with one attribute per
type, under the spellings users write (``IMPORTED`` and ``Imported``, ``AI_CAST`` and
``AiCast``). The handwritten ``FacetType[B]`` and ``SubModelType[M]`` carry these classes to
``.facet()`` and ``.model_facet()``.

The text here is codegen's own: help for hover in editors, in the words of the catalog's
fields. The runtime's ``help()`` is unchanged.
"""

import json
import keyword
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from codegen import CodegenError

# Names the classes the attributes are declared on already have (FacetChain, ModelType,
# ModelTypes and what they inherit): a type spelled like one is reached as x["name"] only.
# tests/test_typed_catalog.py checks this against the classes themselves.
RESERVED = frozenset(
    {
        "by_key", "from_dict", "from_list", "from_wire", "get", "help", "help_lines",
        "is_deprecated", "is_hidden", "keywords", "missing", "model_dump", "model_type",
        "name", "owner", "root", "sub_model_types", "types", "what",
    }
)  # fmt: skip

_TYPE_FIELDS = ("argument_type", "hyperparameter_type", "parameter_type")
_SCALARS = {"TEXT": "str", "NUMBER": "float", "BOOLEAN": "bool"}


def _words(name: str) -> list[str]:
    return [word for word in re.split(r"[^0-9A-Za-z]+", name) if word]


def camel(name: str) -> str:
    """``DROP_COLUMNS`` -> ``DropColumns``, ``Ai Cast`` -> ``AiCast``, ``OpenAI`` -> ``OpenAI``."""
    return "".join(
        word.capitalize() if word.isupper() or word.islower() else word for word in _words(name)
    )


def upper_snake(name: str) -> str:
    """``Ai Cast`` -> ``AI_CAST``, ``Last_Interval`` -> ``LAST_INTERVAL``."""
    return "_".join(word.upper() for word in _words(name))


def _usable(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")


def spellings(name: str) -> list[str]:
    """The attribute names a type is declared under: as listed (when an identifier), upper
    snake case and camel case; all find the same type at run time."""
    found: list[str] = []
    for spelling in (name, upper_snake(name), camel(name)):
        if _usable(spelling) and spelling not in RESERVED and spelling not in found:
            found.append(spelling)
    return found


def _object(value: Any) -> dict[str, Any]:
    return cast(dict[str, Any], value) if isinstance(value, dict) else {}


def _listed(value: Any) -> list[dict[str, Any]]:
    """A catalog collection, given as a JSON list or as an object keyed "0", "1", ..."""
    items = cast(Iterable[Any], value) if isinstance(value, list) else _object(value).values()
    return [_object(item) for item in items]


def _options(spec: dict[str, Any]) -> list[Any]:
    options = spec.get("options")
    return list(cast(Iterable[Any], options)) if isinstance(options, list) else []


def _text(value: object) -> str:
    """A catalog string safe to put in a docstring."""
    return str(value).replace("\\", "/").replace('"""', "'''")


# ---- one argument, parameter or hyperparameter -----------------------------------------------


@dataclass
class Declarations:
    """The TypedDicts the argument types refer to, in the order they were made."""

    typed_dicts: list[str] = field(default_factory=list[str])
    names: set[str] = field(default_factory=set[str])

    def typed_dict(self, name: str, children: list[dict[str, Any]]) -> str:
        if name in self.names:
            raise CodegenError(f"the catalog makes two TypedDicts named {name}")
        self.names.add(name)
        fields = [f"    {child['name']}: {self.annotation(child, name)}" for child in children]
        lines = [f"class {name}(TypedDict, total=False):", *(fields or ["    pass"])]
        self.typed_dicts.append("\n".join(lines))
        return name

    def annotation(self, spec: dict[str, Any], owner: str) -> str:
        """The Python type a value of ``spec`` has: what the runtime check accepts, narrowed to
        the options and keys the catalog lists."""
        kind = str(next((spec[key] for key in _TYPE_FIELDS if key in spec), ""))
        children = [child for child in _listed(spec.get("children")) if _usable(child["name"])]
        options = _options(spec)
        if kind == "MAP":
            item = (
                self.typed_dict(owner + camel(spec["name"]), children)
                if children
                else "Mapping[str, Any]"
            )
        elif kind == "TEXT" and options and all(isinstance(o, str) for o in options):
            item = "Literal[" + ", ".join(json.dumps(option) for option in options) + "]"
        else:
            item = _SCALARS.get(kind, "Any")  # a type codegen does not know: the platform judges
        if spec.get("is_list"):
            numbers = " | list[int]" if item == "float" else ""  # list is invariant
            item = f"list[{item}]{numbers} | tuple[{item}, ...]"
        return item if spec.get("is_required") else f"{item} | None"


def describe(spec: dict[str, Any]) -> str:
    """One line of hover help: name, catalog type, and what the catalog says of it."""
    kind = next((spec[key] for key in _TYPE_FIELDS if key in spec), "?")
    notes = [f"list of {kind}" if spec.get("is_list") else str(kind)]
    if spec.get("is_required"):
        notes.append("required")
    if _options(spec):
        notes.append("one of " + "|".join(str(option) for option in _options(spec)))
    if spec.get("default_value") is not None:
        notes.append(f"default {spec['default_value']!r}")
    children = [child["name"] for child in _listed(spec.get("children"))]
    if children:
        notes.append("keys " + ", ".join(children))
    if spec.get("is_deprecated"):
        notes.append("deprecated")
    return _text(f"{spec['name']}: {', '.join(notes)}")


def keyword_parameters(
    specs: list[dict[str, Any]], owner: str, declarations: Declarations
) -> tuple[str, list[str]]:
    """The ``*, name: type = ...`` part of a signature, and a help line per parameter. A name
    that cannot be a Python keyword argument leaves the signature open (``**others: Any``)."""
    parameters: list[str] = []
    lines: list[str] = []
    open_ended = False
    for spec in specs:
        if not _usable(spec["name"]):
            open_ended = True
            continue
        parameters.append(f"{spec['name']}: {declarations.annotation(spec, owner)} = ...")
        if not spec.get("is_hidden"):
            lines.append(describe(spec))
    if parameters:
        parameters.insert(0, "*")
    if open_ended:
        parameters.append("**others: Any")
    return ", ".join(parameters), lines


def _docstring(lines: list[str], indent: str) -> str:
    if len(lines) == 1:
        return f'{indent}"""{lines[0]}"""'
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines[1:])
    return f'{indent}"""{lines[0]}\n\n{body}\n{indent}"""'


def method(name: str, signature: str, returns: str, summary: str, help_lines: list[str]) -> str:
    head = f"    def {name}(self{', ' if signature else ''}{signature}) -> {returns}:"
    return f"{head}\n{_docstring([summary, *help_lines], ' ' * 8)}\n        ..."


# ---- the catalog -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Declared:
    """A class of the module, the attribute names a collection declares for it, and its help."""

    class_name: str
    spellings: list[str]
    summary: str


def _attributes(items: list[Declared], annotation: str) -> Iterator[str]:
    taken: set[str] = set()
    for item in items:
        for spelling in item.spellings:
            if spelling in taken:
                continue  # an earlier type has this spelling, as at run time
            taken.add(spelling)
            yield f"    {spelling}: {annotation.format(item.class_name)}"
            yield f'    """{item.summary}"""'


class Renderer:
    def __init__(self, facet_specs: Mapping[str, Any], model_specs: Mapping[str, Any]) -> None:
        self.facet_specs = facet_specs
        self.model_specs = model_specs
        self.declarations = Declarations()
        self.classes: list[str] = []
        self.class_names: set[str] = set()
        self.parent_arrow_arguments = self._out_arrow_arguments()

    def _class(self, name: str, source: str) -> None:
        if name in self.class_names:
            raise CodegenError(f"two catalog types are both declared as class {name}")
        self.class_names.add(name)
        self.classes.append(source)

    def _out_arrow_arguments(self) -> list[dict[str, Any]]:
        """Every out-arrow argument of the catalog: an arrow takes those of its parent, which
        a facet's own declaration cannot know."""
        found: dict[str, dict[str, Any]] = {}
        for spec in self._facet_types():
            for argument in _listed(spec.get("out_arrow_arguments")):
                found.setdefault(argument["name"], argument | {"is_required": False})
        return list(found.values())

    def _facet_types(self) -> Iterator[dict[str, Any]]:
        for groups in self.facet_specs.values():
            for types in _object(groups).values():
                yield from (_object(spec) for spec in _object(types).values())

    def chain(self, chain: str) -> str:
        seen: set[str] = set()
        declared: list[Declared] = []
        for group in _object(self.facet_specs.get(chain)).values():
            for key, spec in _object(group).items():
                name = spec["facet_info"]["facet_type"]
                normal = key.lower().replace("_", "").replace(" ", "")
                if normal in seen:
                    continue  # the first facet group that lists a type wins, as at run time
                seen.add(normal)
                declared.append(self.facet(chain, name, spec))
        class_name = f"{camel(chain)}Chain"
        body = "\n".join(_attributes(declared, "FacetType[{}]"))
        source = (
            f"class {class_name}(_Chain):\n"
            f'    """The {chain} facet types of the catalog."""\n\n{body or "    pass"}'
        )
        self._class(class_name, source)
        return class_name

    def facet(self, chain: str, name: str, spec: dict[str, Any]) -> Declared:
        class_name = f"{camel(chain)}{camel(name)}"
        info = spec["facet_info"]
        title = (
            f"{camel(name)} facet ({chain}.{name}, {info['facet_group']}, uid {info['facet_uid']})"
        )
        arguments, argument_help = keyword_parameters(
            _listed(spec.get("facet_arguments")), class_name, self.declarations
        )
        arrows, arrow_help = keyword_parameters(
            _listed(spec.get("in_arrow_arguments")) + self.parent_arrow_arguments,
            class_name + "Arrow",
            self.declarations,
        )
        methods = [
            method(
                "arguments",
                arguments,
                "Self",
                "Set arguments (repeated calls add to, or change, the earlier ones).",
                argument_help,
            ),
            method(
                "add_arrow",
                f"parent: FacetNode{', ' if arrows else ''}{arrows}",
                "Self",
                "Feed this facet from `parent`.",
                arrow_help,
            ),
        ]
        doc = _docstring([f"The builder of a facet of type {title}.", *argument_help], "    ")
        self._class(class_name, f"class {class_name}(FacetNode):\n{doc}\n\n" + "\n\n".join(methods))
        requirement = _object(spec.get("facet_requirement"))
        summary = _text(
            f"{title}: {requirement.get('min_parent_count', '?')}-"
            f"{requirement.get('max_parent_count', '?')} parents"
        )
        return Declared(class_name, spellings(name), summary)

    def sub_model(self, model: str, spec: dict[str, Any]) -> Declared:
        name = str(spec["name"])
        class_name = f"{camel(model)}{camel(name)}"
        hyperparameters, hyper_help = keyword_parameters(
            _listed(spec.get("hyperparameters")), class_name, self.declarations
        )
        parameters, parameter_help = keyword_parameters(
            _listed(spec.get("parameters")), class_name + "Parameters", self.declarations
        )
        methods = [
            method("hyperparameters", hyperparameters, "None", "Its hyperparameters.", hyper_help),
            method("parameters", parameters, "None", "Its parameters.", parameter_help),
        ]
        title = _text(f"The {name} model of {model}")
        self._class(
            class_name,
            f'class {class_name}:\n    """{title}: what a model facet of it takes."""\n\n'
            + "\n\n".join(methods),
        )
        return Declared(class_name, spellings(name), title)

    def model_type(self, spec: dict[str, Any]) -> Declared:
        model = str(spec["name"])
        subs = [self.sub_model(model, sub) for sub in _listed(spec.get("sub_model_types"))]
        class_name = f"{camel(model)}ModelType"
        body = "\n".join(_attributes(subs, "SubModelType[{}]"))
        title = _text(f"The {model} model type")
        self._class(
            class_name,
            f'class {class_name}(ModelType):\n    """{title} and its sub-model types."""\n\n'
            + (body or "    pass"),
        )
        return Declared(class_name, spellings(model), title)

    def render(self) -> str:
        chains = {chain: self.chain(chain) for chain in ("INPUT", "MID", "OUTPUT")}
        models = [self.model_type(_object(spec)) for spec in self.model_specs.values()]
        properties = "\n\n".join(
            f"    @property\n    def {chain}(self) -> {class_name}:\n"
            f'        """The {chain} facet types."""\n        ...'
            for chain, class_name in chains.items()
        )
        facet_types = (
            "class CatalogFacetTypes(FacetTypes):\n"
            '    """The facet types of the catalog, by chain group."""\n\n' + properties
        )
        model_types = (
            "class CatalogModelTypes(ModelTypes):\n"
            '    """The model types of the catalog."""\n\n' + "\n".join(_attributes(models, "{}"))
        )
        parts = [HEADER, *self.declarations.typed_dicts, *self.classes, facet_types, model_types]
        return "\n\n\n".join(parts) + "\n"


HEADER = '''"""The platform's catalog as type declarations, generated by `python -m codegen` from
spec/facet-specs.json and spec/model-specs.json. Do not edit.

`Ikigai.facet_types` and `Ikigai.model_types` are typed as `CatalogFacetTypes` and
`CatalogModelTypes`, so that type checkers and editors know every facet type, argument, model
type, hyperparameter and parameter of the snapshot. Nothing here runs: the objects are those the
platform describes, and a type the snapshot lacks is reached by its name,
`facet_types.INPUT["NewFacet"]` or `model_types["New Model"]["Base"]`, and checked at run time.
"""

# mypy: disable-error-code="empty-body"
# (declarations: a method's body is its docstring and `...`)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypedDict

from ikigai.builders.facet import FacetBuilder, FacetNode
from ikigai.specs.facet_types import FacetChain, FacetType, FacetTypes
from ikigai.specs.model_types import ModelType, ModelTypes, SubModelType

__all__ = ["CatalogFacetTypes", "CatalogModelTypes"]


class _Chain(FacetChain):
    def __getitem__(self, name: str) -> FacetType[FacetBuilder]:
        """A facet type by any spelling of its name, typed or not: the way to one the
        snapshot lacks. Its builder takes any arguments; the platform's spec checks them."""
        ...'''


def render_typed_catalog(catalog: Mapping[str, bytes]) -> str:
    """The source of ikigai_catalog/__init__.py from the snapshot's two files."""
    facet_specs = _object(json.loads(catalog["facet-specs.json"]))
    model_specs = _object(json.loads(catalog["model-specs.json"]))
    return Renderer(facet_specs, model_specs).render()
