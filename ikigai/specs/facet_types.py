"""The facet types the platform offers (`ikigai.facet_types`), from `get-facet-specs`.

facet_types.INPUT.Imported          # attribute access, any spelling:
facet_types.MID["Drop Columns"]     # IMPORTED, imported, Drop Columns, DROP_COLUMNS ...
"PYTHON" in facet_types.OUTPUT
print(facet_types.INPUT.Imported.help())
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping

from ikigai._names import display
from ikigai.display.html import help_html
from ikigai.specs._lookup import NameLookup
from ikigai.specs.arguments import ArgumentSpec
from ikigai.specs.help import facet_argument_lines, indent
from ikigai_wire.models.chain_facet_specs import ChainFacetSpecs
from ikigai_wire.models.facet_spec import FacetSpec
from ikigai_wire.models.facet_specs import FacetSpecs

__all__ = ["CHAIN_GROUPS", "FacetChain", "FacetType", "FacetTypes"]

CHAIN_GROUPS = ("INPUT", "MID", "OUTPUT")
MACHINE_LEARNING = "MACHINE_LEARNING"


def _by_name(specs: list[ArgumentSpec]) -> dict[str, ArgumentSpec]:
    return {spec.name: spec for spec in specs}


class FacetType:
    """One facet type: its uid, its chain group and the arguments it takes."""

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
    ) -> None:
        self.name = name
        self.facet_uid = facet_uid
        self.chain_group = chain_group
        self.facet_group = facet_group
        self.is_hidden = is_hidden
        self.is_deprecated = is_deprecated
        self.arguments: Mapping[str, ArgumentSpec] = dict(arguments or {})
        self.in_arrow_arguments: Mapping[str, ArgumentSpec] = dict(in_arrow_arguments or {})
        self.out_arrow_arguments: Mapping[str, ArgumentSpec] = dict(out_arrow_arguments or {})

    @classmethod
    def from_wire(cls, wire: FacetSpec) -> FacetType:
        info = wire.facet_info
        return cls(
            name=info.facet_type,
            facet_uid=info.facet_uid,
            chain_group=str(info.chain_group),
            facet_group=info.facet_group,
            is_hidden=wire.is_hidden,
            is_deprecated=wire.is_deprecated,
            arguments=_by_name([ArgumentSpec.from_facet_wire(a) for a in wire.facet_arguments]),
            in_arrow_arguments=_by_name(
                [ArgumentSpec.from_facet_wire(a) for a in wire.in_arrow_arguments]
            ),
            out_arrow_arguments=_by_name(
                [ArgumentSpec.from_facet_wire(a) for a in wire.out_arrow_arguments]
            ),
        )

    @property
    def is_model_facet(self) -> bool:
        """A machine-learning facet: it trains or uses a model (`model_name` names it)."""
        return self.facet_group.upper() == MACHINE_LEARNING and "model_name" in self.arguments

    @property
    def is_custom_facet(self) -> bool:
        """A facet that runs a custom facet's script."""
        return "custom_facet_id" in self.arguments and "version_id" in self.arguments

    def help(self) -> str:
        """The arguments this facet type takes, one per line (see `ikigai.specs.help`)."""
        return "\n".join(self.help_lines())

    def help_lines(self) -> list[str]:
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

    def _repr_html_(self) -> str:
        return help_html(self)


class FacetChain(NameLookup[FacetType]):
    """The facet types of one chain group (INPUT, MID or OUTPUT)."""

    what = "facet type"

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
    def owner(self) -> str:
        return self.name

    def help(self) -> str:
        return "\n".join(self.help_lines())

    def help_lines(self) -> list[str]:
        lines: list[str] = []
        for facet_type in self:
            lines += indent(facet_type.help_lines())
        return lines

    def __repr__(self) -> str:
        return f"FacetChain({self.name}: {', '.join(self.types)})"

    def _repr_html_(self) -> str:
        return help_html(self)


class FacetTypes:
    """All facet types, by chain group: `INPUT`, `MID` and `OUTPUT`."""

    def __init__(self, input_: FacetChain, mid: FacetChain, output: FacetChain) -> None:
        self.INPUT = input_
        self.MID = mid
        self.OUTPUT = output

    @classmethod
    def from_wire(cls, wire: FacetSpecs) -> FacetTypes:
        return cls(
            FacetChain.from_wire("INPUT", wire.input_),
            FacetChain.from_wire("MID", wire.mid),
            FacetChain.from_wire("OUTPUT", wire.output),
        )

    @property
    def chains(self) -> tuple[FacetChain, FacetChain, FacetChain]:
        return (self.INPUT, self.MID, self.OUTPUT)

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

    def help(self) -> str:
        lines: list[str] = []
        for chain in self.chains:
            lines += [chain.name, *indent(chain.help_lines())]
        return "\n".join(lines)

    def __repr__(self) -> str:
        return f"FacetTypes({', '.join(repr(chain) for chain in self.chains)})"

    def _repr_html_(self) -> str:
        return help_html(self)
