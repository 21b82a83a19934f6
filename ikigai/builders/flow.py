"""The flow builder (`ikigai.builder`): facets in, a `FlowDefinition` out.

    definition = (
        ikigai.builder
        .facet(facet_type=facet_types.INPUT.Imported).arguments(dataset_id="...", ...)
        .facet(facet_type=facet_types.MID.COUNT).arguments(target_columns=["a"])
        .facet(facet_type=facet_types.OUTPUT.EXPORTED).arguments(dataset_name="counts")
        .build()
    )

Facets get the ids "0", "1", ... in the order they are added. Arrows are listed by destination
facet, in facet order, and for one destination in the order they were attached.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast

from ikigai._names import display
from ikigai.builders.definition import FlowDefinition, FlowVariable
from ikigai.builders.facet import (
    CustomFacetBuilder,
    CustomFacetChoice,
    FacetBuilder,
    FacetNode,
    H,
    HasArguments,
    HasModelArguments,
    ModelFacetBuilder,
    P,
    Q,
)
from ikigai.errors import ArgumentTypeError, InvalidArgumentError
from ikigai.specs.facet_types import FacetType, FacetTypes
from ikigai.specs.model_types import SubModelType

__all__ = ["FlowBuilder"]

F = TypeVar("F", bound=FacetBuilder)
B = TypeVar("B")


def _check_facet_type(facet_type: object) -> FacetType:
    if not isinstance(facet_type, FacetType):
        raise ArgumentTypeError(
            "facet_type must be a facet type such as facet_types.INPUT.Imported, "
            f"not {facet_type!r}"
        )
    return facet_type  # pyright: ignore[reportUnknownVariableType] (isinstance knows no builder)


def _check_name(name: object) -> str:
    if not isinstance(name, str):
        raise ArgumentTypeError(f"a facet's name must be a str, not {name!r}")
    return name


class FlowBuilder:
    """Builds a flow definition. Start facets with `facet()`, `model_facet()` or
    `custom_facet()`; chain more from the facet builders they return; `build()` at the end."""

    def __init__(self, facet_types: Callable[[], FacetTypes] | None = None) -> None:
        self._facet_types = facet_types
        self._facets: list[FacetNode] = []
        self._variables: dict[str, tuple[FacetNode, str]] = {}

    @property
    def facet_types(self) -> FacetTypes:
        """The platform's facet types (the same as `ikigai.facet_types`)."""
        if self._facet_types is None:
            raise InvalidArgumentError("this flow builder was made without the platform's specs")
        return self._facet_types()

    def facet(
        self,
        facet_type: FacetType[B],
        name: str = "",
        args: Mapping[str, Any] | None = None,
    ) -> B:
        """A new facet, fed by no other facet (yet)."""
        return cast("B", self.new_facet(facet_type, name, args))

    def model_facet(
        self,
        facet_type: FacetType[HasArguments[P]],
        model_type: SubModelType[HasModelArguments[H, Q]],
        name: str = "",
        args: Mapping[str, Any] | None = None,
    ) -> ModelFacetBuilder[P, H, Q]:
        """A new machine-learning facet (e.g. MID.PREDICT) for a model type (e.g. Linear.Lasso)."""
        facet = self.new_model_facet(facet_type, model_type, name, args)
        return cast("ModelFacetBuilder[P, H, Q]", facet)  # the same object, its ParamSpecs bound

    def custom_facet(
        self,
        custom_facet_version: CustomFacetChoice,
        name: str = "",
        args: Mapping[str, Any] | None = None,
    ) -> CustomFacetBuilder:
        """A new facet running a custom facet version (`custom_facet.unpinned()` for the newest)."""
        return self.new_custom_facet(custom_facet_version, name, args)

    # ---- what the public methods above and the facet builders' share; untyped by the catalog

    def new_facet(
        self, facet_type: FacetType, name: str, args: Mapping[str, Any] | None
    ) -> FacetBuilder:
        facet = FacetBuilder(
            self, self._next_id(), _check_facet_type(facet_type), _check_name(name)
        )
        return self._add(facet, args)

    def new_model_facet(
        self,
        facet_type: FacetType,
        model_type: SubModelType,
        name: str,
        args: Mapping[str, Any] | None,
    ) -> ModelFacetBuilder:
        kind = _check_facet_type(facet_type)
        if not isinstance(model_type, SubModelType):  # pyright: ignore[reportUnnecessaryIsInstance]
            raise ArgumentTypeError(
                "model_type must be a sub-model type such as model_types.Linear.Lasso, "
                f"not {model_type!r}"
            )
        if not kind.is_model_facet:
            raise InvalidArgumentError(
                f"facet type {kind.name} is not a model facet ({display(kind.name)} is not a "
                "known Model Facet); model facets are the MACHINE_LEARNING facet types that "
                "take a model_name (e.g. PREDICT)"
            )
        facet = ModelFacetBuilder(self, self._next_id(), kind, _check_name(name), model_type)
        return self._add(facet, args)

    def new_custom_facet(
        self,
        custom_facet_version: CustomFacetChoice,
        name: str,
        args: Mapping[str, Any] | None,
    ) -> CustomFacetBuilder:
        facet_type = getattr(custom_facet_version, "facet_type", None)
        if not isinstance(facet_type, FacetType) or not facet_type.is_custom_facet:
            raise ArgumentTypeError(
                "custom_facet_version must be a custom facet version (custom_facet.unpinned(), "
                f"custom_facet.versions()[name]), not {custom_facet_version!r}"
            )
        facet = CustomFacetBuilder(self, self._next_id(), _check_name(name), custom_facet_version)
        return self._add(facet, args)

    def build(self) -> FlowDefinition:
        """The definition; checks first that every required argument is set."""
        bound: dict[int, set[str]] = {}
        for facet, argument in self._variables.values():
            bound.setdefault(id(facet), set()).add(argument)
        for facet in self._facets:
            facet.check_complete(bound.get(id(facet), set()))
        return FlowDefinition(
            facets=[facet.to_facet() for facet in self._facets],
            arrows=[arrow for facet in self._facets for arrow in facet.incoming_arrows()],
            variables={
                variable: FlowVariable(facet.name, argument)
                for variable, (facet, argument) in self._variables.items()
            },
            facet_type_names={f.facet_type.facet_uid: f.facet_type.name for f in self._facets},
        )

    # ---- for the facet builders ------------------------------------------------------------

    def _next_id(self) -> str:
        return str(len(self._facets))

    def _add(self, facet: F, args: Mapping[str, Any] | None) -> F:
        if args:  # checked first: a facet whose arguments are refused is not added
            facet.arguments(**dict(args))
        self._facets.append(facet)
        return facet

    def bind_variable(self, variable: str, facet: FacetNode, argument: str) -> None:
        """Let run variable `variable` set `argument` of `facet` (see FacetBuilder.variables)."""
        bound = self._variables.get(variable)
        if bound is not None and bound[0] is not facet:
            raise InvalidArgumentError(
                f"run variable {variable!r} already exists for another facet: it is bound to "
                f"{bound[0].description} and cannot also set {facet.description}; pick "
                "another variable name"
            )
        self._variables[variable] = (facet, argument)

    def __repr__(self) -> str:
        return f"FlowBuilder({len(self._facets)} facets)"
