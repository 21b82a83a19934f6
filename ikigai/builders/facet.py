"""Facet builders: one facet of a flow definition being built.

Each call is checked against the facet type's spec at once, so a mistake is reported where it is
made and before anything is sent: an unknown argument (with the closest name), a value of the
wrong type, a value that is not among the options. Required arguments are checked by `build()`.
The errors are of the builtin types the published client raises for the same mistakes, and
their messages contain its words (see `ikigai.specs.arguments`).

    imported = builder.facet(facet_type=facet_types.INPUT.Imported).arguments(dataset_id="...")
    count = imported.facet(facet_type=facet_types.MID.COUNT)       # imported -> count
    union.add_arrow(imported, table_side="top")                     # imported -> union
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping
from typing import Any, Generic, Protocol, Self, TypeVar, cast

from typing_extensions import ParamSpec

from ikigai._names import did_you_mean, display
from ikigai.builders.definition import Arrow, Facet, FlowDefinition, deep_merge
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, NotSupportedError
from ikigai.specs.arguments import ArgumentSpec, check_arguments, check_finite
from ikigai.specs.custom_arguments import (
    CUSTOM_KINDS,
    UNKNOWN_KIND,
    CustomFacetArgumentSpec,
    fits,
)
from ikigai.specs.facet_types import FacetType
from ikigai.specs.model_types import SubModelType

__all__ = [
    "CustomFacetBuilder",
    "CustomFacetChoice",
    "FacetBuilder",
    "FacetNode",
    "HasArguments",
    "HasModelArguments",
    "ModelFacetBuilder",
]

logger = logging.getLogger("ikigai")

_Args = Mapping[str, Any] | None

# The facet arguments a custom facet builder sets itself; `.arguments()` takes them only with
# the values it set (the published client's builder lets them through its facet spec).
_PINNED = ("custom_facet_id", "version_id")


class CustomFacetChoice(Protocol):
    """A version of a custom facet to run (pinned, or unpinned with `version_id` "")."""

    custom_facet_id: str
    version_id: str
    version: str

    @property
    def facet_type(self) -> FacetType: ...

    @property
    def arguments(self) -> Mapping[str, CustomFacetArgumentSpec]: ...


# What type checkers know of builders (the objects are the same): B is the builder a facet type
# makes, P the keyword arguments of a facet's `.arguments()`, H and Q those of a model facet's
# `.hyperparameters()` and `.parameters()`. The catalog's typed view (`ikigai_catalog`) fills
# them in per facet type and per sub-model type; without it they are Any.
B = TypeVar("B")
P = ParamSpec("P", default=...)
H = ParamSpec("H", default=...)
Q = ParamSpec("Q", default=...)


class HasArguments(Protocol[P]):
    """A builder whose `.arguments()` takes P: what `model_facet` reads a facet type's
    arguments from."""

    def arguments(self, *args: P.args, **kwargs: P.kwargs) -> object: ...


class HasModelArguments(Protocol[H, Q]):
    """What the catalog's typed view declares per sub-model type: its hyperparameters (H) and
    parameters (Q)."""

    def hyperparameters(self, *args: H.args, **kwargs: H.kwargs) -> object: ...

    def parameters(self, *args: Q.args, **kwargs: Q.kwargs) -> object: ...


class FacetOwner(Protocol):
    """What a facet builder asks of the flow builder it belongs to, as it asks it. `FlowBuilder`
    is one; it is named by this Protocol because `ikigai.builders.flow` imports this module."""

    def new_facet(self, facet_type: FacetType, name: str, args: _Args, /) -> FacetBuilder: ...

    def new_model_facet(
        self, facet_type: FacetType, model_type: SubModelType, name: str, args: _Args, /
    ) -> ModelFacetBuilder: ...

    def new_custom_facet(
        self, custom_facet_version: CustomFacetChoice, name: str, args: _Args, /
    ) -> CustomFacetBuilder: ...

    def bind_variable(self, variable: str, facet: FacetNode, argument: str, /) -> None: ...

    def build(self) -> FlowDefinition: ...


def _as_dict(value: object) -> dict[str, Any]:
    """A copy of `value` when it is a mapping, else an empty dict."""
    if isinstance(value, Mapping):
        entries: Mapping[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
        return {str(key): item for key, item in entries.items()}
    return {}


def _keywords_only(method: str, args: tuple[object, ...]) -> None:
    if args:
        raise ArgumentTypeError(f"{method}() takes keyword arguments only, not {args!r}")


class FacetNode:
    """What every facet builder has: its place in the graph, facets attached after it, run
    variables, `build()`. `FacetBuilder` adds `.arguments()` and `.add_arrow()`; the catalog's
    typed view declares both per facet type, on classes derived from this one."""

    def __init__(self, builder: FacetOwner, facet_id: str, facet_type: FacetType, name: str):
        self._builder = builder
        self.facet_id = facet_id
        self.facet_type = facet_type
        self.name = name
        self._arguments: dict[str, Any] = {}
        self._parents: list[tuple[FacetNode, dict[str, Any]]] = []

    # ---- what is shown in errors -----------------------------------------------------------

    @property
    def description(self) -> str:
        """How errors name this facet: its type, and its name when it has one."""
        kind = f"facet {display(self.facet_type.name)}"
        return f"{kind} {self.name!r}" if self.name else kind

    @property
    def placed(self) -> str:
        """The description with the facet's id, for messages about the whole definition
        (`build()`), which no line of the user's code points at: `facet Count (id 2)`."""
        return f"{self.description} (id {self.facet_id})"

    def __repr__(self) -> str:
        name = f", name={self.name!r}" if self.name else ""
        kind = f"{self.facet_type.chain_group}.{self.facet_type.name}"
        return f"{type(self).__name__}({kind}{name}, facet_id={self.facet_id!r})"

    @property
    def subject(self) -> str:
        """How the message about an unknown argument names this facet: `Imported facet 'in'`."""
        kind = f"{display(self.facet_type.name)} facet"
        return f"{kind} {self.name!r}" if self.name else kind

    # ---- arguments ---------------------------------------------------------------------------

    def _set_arguments(self, arguments: Mapping[str, Any]) -> None:
        check_arguments(
            self.description, self.facet_type.arguments, arguments, "argument", self.subject
        )
        self._arguments = deep_merge(self._arguments, arguments)

    def variables(self, **bindings: str) -> Self:
        """Bind run variables to arguments of this facet: `.variables(out="dataset_name")` lets
        `flow.run(out="x")` set `dataset_name`. The facet needs a name."""
        if not self.name:
            raise InvalidArgumentError(
                f"{self.description}: run variables are bound to named facets. Please set a "
                "name for the facet (facet(..., name=...)) before binding run variables to it"
            )
        for variable, argument in bindings.items():
            spec = self.facet_type.arguments.get(argument)
            if spec is None:
                known = [n for n, s in self.facet_type.arguments.items() if not s.is_hidden]
                raise InvalidArgumentError(
                    f"{self.description}: run variable {variable!r} cannot be bound: "
                    f"{display(self.facet_type.name)} facet does not have argument {argument!r}"
                    f"{did_you_mean(str(argument), known)}"
                )
            if not spec.is_scalar:
                raise InvalidArgumentError(
                    f"{self.description}: run variable {variable!r} targeting argument "
                    f"{argument!r} of type {spec.type_text} is currently not supported; only "
                    "single BOOLEAN, TEXT or NUMBER arguments can be run variables"
                )
            self._builder.bind_variable(variable, self, argument)
        return self

    # ---- the graph ---------------------------------------------------------------------------

    def facet(
        self,
        facet_type: FacetType[B],
        name: str = "",
        args: Mapping[str, Any] | None = None,
        arrow_args: Mapping[str, Any] | None = None,
    ) -> B:
        """A new facet fed by this one."""
        child = self._builder.new_facet(facet_type, name, args)
        return cast("B", child.add_arrow(self, **dict(arrow_args or {})))

    def model_facet(
        self,
        facet_type: FacetType[HasArguments[P]],
        model_type: SubModelType[HasModelArguments[H, Q]],
        name: str = "",
        args: Mapping[str, Any] | None = None,
        arrow_args: Mapping[str, Any] | None = None,
    ) -> ModelFacetBuilder[P, H, Q]:
        """A new model facet (e.g. PREDICT with Linear.Lasso) fed by this one."""
        child = self._builder.new_model_facet(facet_type, model_type, name, args)
        typed = cast("ModelFacetBuilder[P, H, Q]", child)  # the same object, its ParamSpecs bound
        return typed.add_arrow(self, **dict(arrow_args or {}))

    def custom_facet(
        self,
        custom_facet_version: CustomFacetChoice,
        name: str = "",
        args: Mapping[str, Any] | None = None,
        arrow_args: Mapping[str, Any] | None = None,
    ) -> CustomFacetBuilder:
        """A new facet running a custom facet, fed by this one."""
        child = self._builder.new_custom_facet(custom_facet_version, name, args)
        return child.add_arrow(self, **dict(arrow_args or {}))

    def _attach(self, parent: FacetNode, arrow_arguments: Mapping[str, Any]) -> None:
        if not isinstance(parent, FacetNode):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ArgumentTypeError(f"add_arrow() takes a facet builder, not {parent!r}")
        if parent._builder is not self._builder:
            raise InvalidArgumentError(
                f"{parent.description} belongs to another flow builder than {self.description}"
            )
        if parent is self:
            raise InvalidArgumentError(f"{self.description} cannot feed itself")
        self._check_arrow_arguments(parent, arrow_arguments)
        self._parents.append((parent, dict(arrow_arguments)))

    def _check_arrow_arguments(self, parent: FacetNode, arguments: Mapping[str, Any]) -> None:
        if not arguments:
            return
        specs: dict[str, ArgumentSpec] = {
            **parent.facet_type.out_arrow_arguments,
            **self.facet_type.in_arrow_arguments,
        }
        check_arguments(
            f"the arrow from {parent.description} to {self.description}",
            specs,
            arguments,
            "arrow argument",
        )

    # ---- building ----------------------------------------------------------------------------

    def build(self) -> FlowDefinition:
        """The definition of the whole flow this facet belongs to."""
        return self._builder.build()

    def to_facet(self) -> Facet:
        """This facet as the definition carries it."""
        return Facet(self.facet_id, self.facet_type.facet_uid, self.name, self._final_arguments())

    def incoming_arrows(self) -> list[Arrow]:
        """The arrows into this facet, in the order they were attached."""
        return [
            Arrow(parent.facet_id, self.facet_id, dict(arguments))
            for parent, arguments in self._parents
        ]

    def _final_arguments(self) -> dict[str, Any]:
        return dict(self._arguments)

    def check_complete(self, bound: Collection[str] = ()) -> None:
        """Raise when a required argument is neither set nor in `bound` (set by a run
        variable)."""
        for name, spec in self.facet_type.arguments.items():
            missing = self._arguments.get(name) is None and name not in bound
            if spec.is_required and spec.default_value is None and missing:
                raise InvalidArgumentError(f"{self.placed}: required argument {name!r} is missing")


class FacetBuilder(FacetNode):
    """One facet of the definition: set its arguments, attach facets after it, build."""

    def arguments(self, **arguments: Any) -> Self:
        """Set arguments (repeated calls add to, or change, the earlier ones)."""
        self._set_arguments(arguments)
        return self

    def add_arrow(self, parent: FacetNode, **arrow_arguments: Any) -> Self:
        """Feed this facet from `parent` (e.g. `union.add_arrow(left, table_side="top")`)."""
        self._attach(parent, arrow_arguments)
        return self


class ModelFacetBuilder(FacetBuilder, Generic[P, H, Q]):
    """A machine-learning facet with the model type it trains or uses.

    `.hyperparameters()` and `.parameters()` are checked against the model type's spec;
    hyperparameters land in the facet argument named by their group (or in `hyperparameters`),
    parameters in `parameters`.
    """

    def __init__(
        self,
        builder: FacetOwner,
        facet_id: str,
        facet_type: FacetType,
        name: str,
        model_type: SubModelType,
    ) -> None:
        super().__init__(builder, facet_id, facet_type, name)
        self.model_type = model_type

    @property
    def model_description(self) -> str:
        return f"model type {self.model_type.model_type}.{self.model_type.name}"

    @property
    def model_subject(self) -> str:
        """How the message about an unknown name names the model type: `Lasso models (...)`."""
        return f"{self.model_type.name} models ({self.model_description})"

    def arguments(self, *args: P.args, **kwargs: P.kwargs) -> Self:
        """Set the facet's arguments (repeated calls add to, or change, the earlier ones)."""
        _keywords_only("arguments", args)
        self._set_arguments(kwargs)
        return self

    def hyperparameters(self, *args: H.args, **kwargs: H.kwargs) -> Self:
        """Set the model's hyperparameters (into the facet argument of each one's group)."""
        _keywords_only("hyperparameters", args)
        hyperparameters: dict[str, Any] = kwargs
        specs = self.model_type.hyperparameters
        if not specs:
            raise NotSupportedError(
                f"{self.model_description} has no hyperparameters: "
                f"{self.model_type.name} Model does not support hyperparameters"
            )
        check_arguments(
            self.model_description, specs, hyperparameters, "hyperparameter", self.model_subject
        )
        groups: dict[str, dict[str, Any]] = {}
        for name, value in hyperparameters.items():
            groups.setdefault(specs[name].group or "hyperparameters", {})[name] = value
        for group, values in groups.items():
            target = self.facet_type.arguments.get(group)
            if target is None:
                raise InvalidArgumentError(
                    f"{self.description} has no argument {group!r} to hold the "
                    f"{self.model_description} hyperparameters {sorted(values)}"
                )
            current: object = self._arguments.get(group)
            if target.is_list:
                items: list[object] = current if isinstance(current, list) else []  # pyright: ignore[reportUnknownVariableType]
                first = _as_dict(items[0]) if items else {}
                self._arguments[group] = [deep_merge(first, values)]
            else:
                self._arguments[group] = deep_merge(_as_dict(current), values)
        return self

    def parameters(self, *args: Q.args, **kwargs: Q.kwargs) -> Self:
        """Set the model's parameters (into the facet argument `parameters`)."""
        _keywords_only("parameters", args)
        parameters: dict[str, Any] = kwargs
        if "parameters" not in self.facet_type.arguments:
            raise NotSupportedError(
                f"{self.description} takes no model parameters: "
                f"{self.model_type.name} Model does not support parameters"
            )
        check_arguments(
            self.model_description,
            self.model_type.parameters,
            parameters,
            "parameter",
            self.model_subject,
        )
        current = _as_dict(self._arguments.get("parameters"))
        self._arguments["parameters"] = deep_merge(current, parameters)
        return self

    def check_complete(self, bound: Collection[str] = ()) -> None:
        super().check_complete(bound)
        given = _as_dict(self._arguments.get("parameters"))
        for name, spec in self.model_type.parameters.items():
            if spec.is_required and spec.default_value is None and given.get(name) is None:
                raise InvalidArgumentError(
                    f"{self.placed}: required parameter {name!r} of "
                    f"{self.model_description} is missing (set it with .parameters())"
                )


class CustomFacetBuilder(FacetBuilder):
    """A facet that runs a custom facet's script; `.arguments()` sets the script's arguments."""

    def __init__(
        self, builder: FacetOwner, facet_id: str, name: str, choice: CustomFacetChoice
    ) -> None:
        super().__init__(builder, facet_id, choice.facet_type, name)
        self.choice = choice
        self._custom: dict[str, Any] = {}
        self._arguments = {
            "custom_facet_id": choice.custom_facet_id,
            "version_id": choice.version_id,
        }
        if not choice.version_id:
            logger.warning(
                "custom facet %s is used unpinned: each run takes its newest version",
                choice.custom_facet_id,
            )

    @property
    def description(self) -> str:
        version = self.choice.version or "unpinned"
        kind = f"custom facet {self.choice.custom_facet_id!r} ({version})"
        return f"{kind} {self.name!r}" if self.name else kind

    def arguments(self, **arguments: Any) -> Self:
        """Set the custom facet's arguments (`custom_facet_id` and `version_id` are set
        already; they may be given again, with the same values)."""
        known = self.choice.arguments
        for name, value in arguments.items():
            argument = known.get(name)
            if argument is None and name in _PINNED:
                self._check_pinned(name, value)
                continue
            if argument is None:
                raise InvalidArgumentError(
                    f"argument {name!r} is not valid for {display(self.facet_type.name)} facet "
                    f"({self.description}){did_you_mean(name, list(known))}; "
                    f"it takes: {', '.join(known) or 'none'}"
                )
            check_finite(value, f"{self.description}: argument {name!r}")
            kind = CUSTOM_KINDS.get(str(argument.argument_type), UNKNOWN_KIND)
            if value is not None and not fits(value, kind.accepts):
                raise ArgumentTypeError(
                    f"{self.description}: argument {name!r} must be {kind.word} "
                    f"({argument.argument_type}), not {type(value).__name__} {value!r}"
                )
            self._custom[name] = {"name": name, "value": value, "type": kind.facet_type.value}
        return self

    def _check_pinned(self, name: str, value: object) -> None:
        pinned = self._arguments[name]
        if value != pinned:
            raise InvalidArgumentError(
                f"{self.description}: argument {name!r} must be one of [{pinned}], not "
                f"{value!r}: the builder sets it from the custom facet version it was given"
            )

    def _final_arguments(self) -> dict[str, Any]:
        return {**self._arguments, "arguments": list(self._custom.values())}
