"""The facet types the platform offers (`ikigai.facet_types`), from `get-facet-specs`.

facet_types.INPUT.Imported          # attribute access, any spelling:
facet_types.MID["Drop Columns"]     # IMPORTED, imported, Drop Columns, DROP_COLUMNS ...
"PYTHON" in facet_types.OUTPUT
print(facet_types.INPUT.Imported.help())
"""

from __future__ import annotations

import dataclasses
from collections import ChainMap
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Self

from typing_extensions import TypeVar

from ikigai._names import Helpful, display
from ikigai.display.html import help_html
from ikigai.errors import UnknownNameError
from ikigai.specs._lookup import NameLookup
from ikigai.specs.arguments import ArgumentSpec, facet_argument_lines
from ikigai.specs.custom_arguments import CUSTOM_KINDS, UNKNOWN_KIND, CustomFacetArgumentSpec
from ikigai.specs.help import Explained, indent
from ikigai_wire.models.chain_facet_specs import ChainFacetSpecs
from ikigai_wire.models.facet_spec import FacetSpec
from ikigai_wire.models.facet_specs import FacetSpecs

__all__ = [
    "CHAIN_GROUPS",
    "CustomFacetType",
    "FacetChain",
    "FacetInfo",
    "FacetRequirementSpec",
    "FacetType",
    "FacetTypes",
]

CHAIN_GROUPS = ("INPUT", "MID", "OUTPUT")
MACHINE_LEARNING = "MACHINE_LEARNING"


def _by_name(specs: list[ArgumentSpec]) -> dict[str, ArgumentSpec]:
    return {spec.name: spec for spec in specs}


def _dumped(specs: Mapping[str, ArgumentSpec]) -> dict[str, Any]:
    return {name: spec.model_dump() for name, spec in specs.items()}


@dataclass(frozen=True)
class FacetInfo:
    """Who a facet type is: its uid, chain group (INPUT, MID, OUTPUT), group and type name."""

    facet_uid: str
    chain_group: str
    facet_group: str
    facet_type: str

    def model_dump(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class FacetRequirementSpec:
    """How many arrows a facet of this type takes: children (out) and parents (in)."""

    max_child_count: int
    min_child_count: int
    max_parent_count: int
    min_parent_count: int

    def model_dump(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


UNKNOWN_REQUIREMENT = FacetRequirementSpec(0, 0, 0, 0)
"""The requirement of a facet type made without one (by hand, not from the platform)."""

B = TypeVar("B", covariant=True, default=Any)
"""What type checkers know of the builder `.facet(facet_type=...)` makes for the type: the
catalog's typed view (`ikigai_catalog`) names one class per facet type; Any elsewhere."""


class FacetType(Explained, Generic[B]):
    """One facet type: who it is (`facet_info`), the arrows it takes (`facet_requirement`) and
    its arguments (`arguments`, also named `facet_arguments`).

    `FacetType[B]` is for type checkers only (B: the builder its facets get); the objects are
    the same whatever B is."""

    def __init__(
        self,
        *,
        name: str,
        facet_uid: str,
        chain_group: str,
        facet_group: str = "",
        is_hidden: bool = False,
        is_deprecated: bool = False,
        arguments: Mapping[str, ArgumentSpec] | None = None,
        in_arrow_arguments: Mapping[str, ArgumentSpec] | None = None,
        out_arrow_arguments: Mapping[str, ArgumentSpec] | None = None,
        facet_requirement: FacetRequirementSpec = UNKNOWN_REQUIREMENT,
    ) -> None:
        self.facet_info = FacetInfo(facet_uid, chain_group, facet_group, name)
        self.facet_requirement = facet_requirement
        self.is_hidden = is_hidden
        self.is_deprecated = is_deprecated
        self.arguments: Mapping[str, ArgumentSpec] = dict(arguments or {})
        self.facet_arguments = self.arguments
        """The same as `arguments` (the published client's name)."""
        self.in_arrow_arguments: Mapping[str, ArgumentSpec] = dict(in_arrow_arguments or {})
        self.out_arrow_arguments: Mapping[str, ArgumentSpec] = dict(out_arrow_arguments or {})

    @classmethod
    def from_wire(cls, wire: FacetSpec) -> FacetType:
        info = wire.facet_info
        need = wire.facet_requirement
        return cls(
            name=info.facet_type,
            facet_uid=info.facet_uid,
            chain_group=str(info.chain_group),
            facet_group=info.facet_group,
            is_hidden=wire.is_hidden,
            is_deprecated=wire.is_deprecated,
            arguments=_by_name([ArgumentSpec.from_wire(a) for a in wire.facet_arguments]),
            in_arrow_arguments=_by_name(
                [ArgumentSpec.from_wire(a) for a in wire.in_arrow_arguments]
            ),
            out_arrow_arguments=_by_name(
                [ArgumentSpec.from_wire(a) for a in wire.out_arrow_arguments]
            ),
            facet_requirement=FacetRequirementSpec(
                max_child_count=need.max_child_count,
                min_child_count=need.min_child_count,
                max_parent_count=need.max_parent_count,
                min_parent_count=need.min_parent_count,
            ),
        )

    @property
    def name(self) -> str:
        """The type's name, e.g. `IMPORTED`."""
        return self.facet_info.facet_type

    @property
    def facet_uid(self) -> str:
        return self.facet_info.facet_uid

    @property
    def chain_group(self) -> str:
        return self.facet_info.chain_group

    @property
    def facet_group(self) -> str:
        return self.facet_info.facet_group

    def is_ml_facet(self) -> bool:
        """Whether the type is in the MACHINE_LEARNING group (see also `is_model_facet`)."""
        return self.facet_group.upper() == MACHINE_LEARNING

    @property
    def is_model_facet(self) -> bool:
        """A machine-learning facet: it trains or uses a model (`model_name` names it)."""
        return self.is_ml_facet() and "model_name" in self.arguments

    @property
    def is_custom_facet(self) -> bool:
        """A facet that runs a custom facet's script."""
        return "custom_facet_id" in self.arguments and "version_id" in self.arguments

    def model_dump(self) -> dict[str, Any]:
        """The facet type as a dict, as the platform describes it (arguments by name)."""
        return {
            "facet_info": self.facet_info.model_dump(),
            "is_deprecated": self.is_deprecated,
            "is_hidden": self.is_hidden,
            "facet_requirement": self.facet_requirement.model_dump(),
            "facet_arguments": _dumped(self.arguments),
            "in_arrow_arguments": _dumped(self.in_arrow_arguments),
            "out_arrow_arguments": _dumped(self.out_arrow_arguments),
        }

    def help_lines(self) -> list[str]:
        """The arguments this facet type takes, one per line (see `ikigai.specs.arguments`)."""
        arguments = facet_argument_lines(self.arguments)
        if not arguments:
            return [f"{display(self.name)}:", "  No arguments"]
        lines = [f"{display(self.name)}:", "  facet_arguments:", *indent(arguments, 4)]
        for title, specs in (
            ("in_arrow_arguments", self.in_arrow_arguments),
            ("out_arrow_arguments", self.out_arrow_arguments),
        ):
            arrow_lines = facet_argument_lines(specs)
            if arrow_lines:
                lines += [f"  {title}:", *indent(arrow_lines, 4)]
        return lines

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FacetType):
            return NotImplemented
        return (self.chain_group, self.facet_uid, self.name) == (
            other.chain_group,
            other.facet_uid,
            other.name,
        )

    def __hash__(self) -> int:
        return hash((self.chain_group, self.facet_uid, self.name))

    def __repr__(self) -> str:
        return f"FacetType({self.chain_group}.{self.name}, facet_uid={self.facet_uid!r})"


class CustomFacetType(FacetType):
    """The facet type of one custom facet version: the custom-facet facet type with
    `custom_facet_id` and `version_id` pinned (each its one option), and the custom facet's own
    arguments as specs (`custom_facet_arguments`). Made by `from_facet_type`."""

    def __init__(
        self,
        *,
        custom_facet_id: str,
        version_id: str,
        custom_facet_arguments: Mapping[str, ArgumentSpec] | None = None,
        **facet_type: Any,
    ) -> None:
        super().__init__(**facet_type)
        self.custom_facet_id = custom_facet_id
        self.version_id = version_id
        self.custom_facet_arguments: Mapping[str, ArgumentSpec] = dict(custom_facet_arguments or {})

    @classmethod
    def from_facet_type(
        cls,
        facet_type: FacetType,
        custom_facet_id: str,
        version_id: str,
        custom_facet_argument_specs: Mapping[str, CustomFacetArgumentSpec],
    ) -> Self:
        """`facet_type` (e.g. facet_types.MID.CUSTOM_FACET) for this custom facet version."""
        arguments = dict(facet_type.arguments)
        for name, pinned in (("custom_facet_id", custom_facet_id), ("version_id", version_id)):
            if name in arguments:
                arguments[name] = dataclasses.replace(arguments[name], options=[pinned])
        return cls(
            custom_facet_id=custom_facet_id,
            version_id=version_id,
            custom_facet_arguments={
                name: ArgumentSpec(
                    name=spec.name,
                    argument_type=CUSTOM_KINDS.get(
                        str(spec.argument_type), UNKNOWN_KIND
                    ).facet_type,
                    is_required=True,
                    default_value=spec.value,
                )
                for name, spec in custom_facet_argument_specs.items()
            },
            name=facet_type.name,
            facet_uid=facet_type.facet_uid,
            chain_group=facet_type.chain_group,
            facet_group=facet_type.facet_group,
            is_hidden=facet_type.is_hidden,
            is_deprecated=facet_type.is_deprecated,
            arguments=arguments,
            in_arrow_arguments=facet_type.in_arrow_arguments,
            out_arrow_arguments=facet_type.out_arrow_arguments,
            facet_requirement=facet_type.facet_requirement,
        )

    def model_dump(self) -> dict[str, Any]:
        return super().model_dump() | {
            "custom_facet_id": self.custom_facet_id,
            "version_id": self.version_id,
            "custom_facet_arguments": _dumped(self.custom_facet_arguments),
        }

    def help_lines(self) -> list[str]:
        lines = super().help_lines()
        custom = facet_argument_lines(self.custom_facet_arguments)
        if custom:
            lines += ["  custom_facet_arguments:", *indent(custom, 4)]
        return lines

    def __repr__(self) -> str:
        return (
            f"CustomFacetType({self.chain_group}.{self.name}, "
            f"custom_facet_id={self.custom_facet_id!r}, version_id={self.version_id!r})"
        )


class FacetChain(NameLookup[FacetType], Explained):
    """The facet types of one chain group (INPUT, MID or OUTPUT)."""

    what = "facet type"
    missing = "facet"

    def __init__(self, name: str, facet_types: list[tuple[str, FacetType]]) -> None:
        super().__init__(facet_types)
        self.name = name

    @classmethod
    def from_wire(cls, name: str, wire: ChainFacetSpecs) -> FacetChain:
        # Groups are merged as a ChainMap: the first group wins a duplicated key, and the
        # merged order starts with the last group.
        groups = [group.additional_properties for group in wire.additional_properties.values()]
        merged: ChainMap[str, FacetSpec] = ChainMap(*groups)
        return cls(name, [(key, FacetType.from_wire(merged[key])) for key in merged])

    @property
    def root(self) -> dict[str, FacetType]:
        """The facet types by their normalised key (`dropcolumns`), in order."""
        return self.by_key()

    @property
    def owner(self) -> str:
        return self.name

    def model_dump(self) -> dict[str, Any]:
        """The facet types as dicts, by normalised key (as `root`)."""
        return {key: facet_type.model_dump() for key, facet_type in self.root.items()}

    def help_lines(self) -> list[str]:
        lines: list[str] = []
        for facet_type in self:
            lines += indent(facet_type.help_lines())
        return lines

    def __repr__(self) -> str:
        return f"FacetChain({self.name}: {', '.join(self.types)})"


class FacetTypes(Helpful):
    """All facet types, by chain group: `INPUT`, `MID` and `OUTPUT`."""

    ChainGroup = FacetChain
    """The class of `INPUT`, `MID` and `OUTPUT` (the published client's name for it)."""

    def __init__(self, input_: FacetChain, mid: FacetChain, output: FacetChain) -> None:
        self._chains = (input_, mid, output)

    # Read-only, so that the catalog's typed view can narrow each to its own class.
    @property
    def INPUT(self) -> FacetChain:
        return self._chains[0]

    @property
    def MID(self) -> FacetChain:
        return self._chains[1]

    @property
    def OUTPUT(self) -> FacetChain:
        return self._chains[2]

    @classmethod
    def from_wire(cls, wire: FacetSpecs) -> FacetTypes:
        return cls(
            FacetChain.from_wire("INPUT", wire.input_),
            FacetChain.from_wire("MID", wire.mid),
            FacetChain.from_wire("OUTPUT", wire.output),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FacetTypes:
        """From the JSON object `get-facet-specs` answers."""
        return cls.from_wire(FacetSpecs.from_dict(data))

    @property
    def chains(self) -> tuple[FacetChain, FacetChain, FacetChain]:
        return self._chains

    @property
    def types(self) -> dict[str, list[str]]:
        """The facet type names of each chain group."""
        return {chain.name: chain.types for chain in self.chains}

    def find_uid(self, facet_uid: str) -> FacetType | None:
        """The facet type with this uid (searched in INPUT, then MID, then OUTPUT)."""
        for chain in self.chains:
            for facet_type in chain:
                if facet_type.facet_uid == facet_uid:
                    return facet_type
        return None

    def find_by_uid(self, uid: str) -> FacetType:
        """The facet type with this uid; raises `UnknownNameError` (a KeyError) when none."""
        found = self.find_uid(uid)
        if found is None:
            raise UnknownNameError(
                f"Facet type with UID {uid} not found in the chain groups INPUT, MID and OUTPUT"
            )
        return found

    def model_dump(self) -> dict[str, Any]:
        return {chain.name: chain.model_dump() for chain in self.chains}

    def _help(self) -> Generator[str]:
        for chain in self.chains:
            yield chain.name
            yield from indent(chain.help_lines())

    def __repr__(self) -> str:
        return f"FacetTypes({', '.join(repr(chain) for chain in self.chains)})"

    def _repr_html_(self) -> str:
        return help_html(self)
