"""Custom facets: a user's own Python facets, with versions and sharing.

    custom = (
        ikigai.custom_facet.new("add one", facet_type=facet_types.MID.CUSTOM_FACET)
        .script("result = data + step", arguments={"step": 1})
        .build()
    )
    v1 = custom.create_version("v1")
    ikigai.builder.custom_facet(custom_facet_version=v1).arguments(step=2)

The script reads the input table as `data` and its arguments as variables, and assigns the
output table to `result`. `CustomFacetBuilder` (the published client's name) is `NewCustomFacet`.
"""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any, ClassVar, Self

from ikigai.components._base import (
    Access,
    Browser,
    Described,
    DescribedBuilder,
    NamedMapping,
    Version,
    check_name,
    from_epoch,
)
from ikigai.components._context import Context, warn_if_truncated
from ikigai.errors import ArgumentTypeError, InvalidArgumentError, UnexpectedResponseError
from ikigai.specs import CustomFacetArgumentSpec, CustomFacetType, FacetType
from ikigai_wire.models.chain_group import ChainGroup
from ikigai_wire.models.create_custom_facet_request import CreateCustomFacetRequest
from ikigai_wire.models.create_custom_facet_request_custom_facet import (
    CreateCustomFacetRequestCustomFacet,
)
from ikigai_wire.models.custom_facet import CustomFacet as WireCustomFacet
from ikigai_wire.models.custom_facet_access_level import (
    CustomFacetAccessLevel as WireCustomFacetAccessLevel,
)
from ikigai_wire.models.custom_facet_access_request import CustomFacetAccessRequest
from ikigai_wire.models.custom_facet_argument import CustomFacetArgument as WireArgument
from ikigai_wire.models.custom_facet_list import CustomFacetList
from ikigai_wire.models.custom_facet_ref import CustomFacetRef
from ikigai_wire.models.custom_facet_version import CustomFacetVersion as WireVersion
from ikigai_wire.models.custom_facet_version_created_response import (
    CustomFacetVersionCreatedResponse,
)
from ikigai_wire.models.delete_custom_facet_request import DeleteCustomFacetRequest
from ikigai_wire.models.edit_custom_facet_draft_request import EditCustomFacetDraftRequest
from ikigai_wire.models.edit_custom_facet_draft_request_custom_facet import (
    EditCustomFacetDraftRequestCustomFacet,
)
from ikigai_wire.models.generate_rootkit_token_request import GenerateRootkitTokenRequest
from ikigai_wire.models.revoke_custom_facet_access_request import RevokeCustomFacetAccessRequest
from ikigai_wire.models.save_custom_facet_version_request import SaveCustomFacetVersionRequest
from ikigai_wire.models.save_custom_facet_version_request_custom_facet_version import (
    SaveCustomFacetVersionRequestCustomFacetVersion,
)
from ikigai_wire.models.user_ref import UserRef
from ikigai_wire.types import UNSET, Unset

__all__ = [
    "CustomFacet",
    "CustomFacetAccess",
    "CustomFacetAccessLevel",
    "CustomFacetArgument",
    "CustomFacetBrowser",
    "CustomFacetBuilder",
    "CustomFacetVersion",
    "NewCustomFacet",
]

logger = logging.getLogger("ikigai")

ArgumentValue = bool | int | float | str
"""The default of a custom facet's argument."""


class CustomFacetAccessLevel(StrEnum):
    """What a user may do with a shared custom facet (the values are the wire's)."""

    ADMIN = "ADMIN"
    EDITOR = "EDIT"
    VIEWER = "VIEW"
    RUNNER = "RUN"


CustomFacetArgument = CustomFacetArgumentSpec
"""An argument of a custom facet: its type (`bool`, `int`, `float`, `str`) and its default (the
spec `ikigai.specs.CustomFacetArgumentSpec`)."""


def _arguments(wires: Sequence[WireArgument]) -> dict[str, CustomFacetArgument]:
    return {wire.name: CustomFacetArgument.from_wire(wire) for wire in wires}


def _script(script: str | Path) -> str:
    text = Path(script).read_text(encoding="utf-8") if isinstance(script, Path) else script
    if not isinstance(text, str):  # pyright: ignore[reportUnnecessaryIsInstance]
        raise ArgumentTypeError(f"a script must be a str or a Path, not {script!r}")
    text = textwrap.dedent(text).strip("\n")
    try:
        compile(text, "<custom facet script>", "exec")
    except SyntaxError as error:
        raise InvalidArgumentError(
            f"the custom facet script does not compile: line {error.lineno}: {error.msg}"
        ) from error
    return text


def _requirements(requirements: Sequence[str] | Path | None) -> list[str]:
    if requirements is None:
        return []
    if isinstance(requirements, Path):
        lines = requirements.read_text(encoding="utf-8").splitlines()
    elif isinstance(requirements, str):
        raise ArgumentTypeError("requirements must be a list of strings or a Path, not a str")
    else:
        lines = list(requirements)
    return [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]


def _argument_list(arguments: Mapping[str, object] | None) -> dict[str, CustomFacetArgument]:
    return {
        name: CustomFacetArgument.of(name, default) for name, default in (arguments or {}).items()
    }


def _rootkit_token(ctx: Context, script: str) -> str:
    return ctx.api.generate_rootkit_token(body=GenerateRootkitTokenRequest(script=script)).token


@dataclass(eq=False)
class CustomFacetVersion(Version):
    """A saved version of a custom facet (or, with `version_id` "", the unpinned choice)."""

    custom_facet_id: str
    version_id: str
    version: str
    description: str
    arguments: dict[str, CustomFacetArgument]
    created_at: datetime | None
    _facet_type: FacetType = field(repr=False)
    _ctx: Context = field(repr=False)

    @property
    def facet_type(self) -> CustomFacetType:
        """The custom facet's facet type for this version: `custom_facet_id` and `version_id`
        pinned, and its arguments as `custom_facet_arguments`."""
        return CustomFacetType.from_facet_type(
            self._facet_type, self.custom_facet_id, self.version_id, self.arguments
        )

    @classmethod
    def from_wire(
        cls, ctx: Context, wire: WireVersion, facet_type: FacetType
    ) -> CustomFacetVersion:
        return cls(
            custom_facet_id=wire.custom_facet_id,
            version_id=wire.version_id,
            version=wire.version,
            description=wire.description,
            arguments=_arguments(wire.arguments),
            created_at=from_epoch(wire.created_at) if wire.created_at else None,
            _facet_type=facet_type,
            _ctx=ctx,
        )


@dataclass(eq=False)
class CustomFacet(Described):
    """A custom facet: its draft script, the libraries it needs (`requirements`) and its
    arguments."""

    kind: ClassVar[str] = "custom facet"

    custom_facet_id: str
    name: str
    facet_type: FacetType
    description: str
    script: str
    requirements: list[str]
    arguments: dict[str, CustomFacetArgument]
    created_at: datetime
    modified_at: datetime
    _ctx: Context = field(repr=False)
    _rootkit_token: str = field(repr=False, default="")

    @classmethod
    def from_wire(cls, ctx: Context, wire: WireCustomFacet) -> CustomFacet:
        facet_type = ctx.facet_types().find_uid(wire.facet_uid)
        if facet_type is None:
            raise UnexpectedResponseError(
                "get_custom_facet",
                f"custom facet {wire.name!r} has facet_uid {wire.facet_uid!r}, "
                "which no facet type has",
            )
        return cls(
            custom_facet_id=wire.custom_facet_id,
            name=wire.name,
            facet_type=facet_type,
            description=wire.description,
            script=wire.python_script,
            requirements=list(wire.libraries),
            arguments=_arguments(wire.arguments),
            created_at=from_epoch(wire.created_at),
            modified_at=from_epoch(wire.modified_at),
            _ctx=ctx,
            _rootkit_token=wire.rootkit_token,
        )

    @property
    def id(self) -> str:
        return self.custom_facet_id

    @property
    def libraries(self) -> list[str]:
        """The same as `requirements`."""
        return self.requirements

    @property
    def rootkit_token(self) -> str:
        """The token that lets the script run with system access ("" when it has none)."""
        return self._rootkit_token

    @cached_property
    def access(self) -> CustomFacetAccess:
        """Share the custom facet: `grant`, `update`, `revoke` (each returns the same
        `CustomFacetAccess`)."""
        return CustomFacetAccess(self._ctx, self.custom_facet_id)

    def describe(self) -> dict[str, Any]:
        """Everything the platform says about the custom facet, as it says it."""
        found = self._ctx.api.get_custom_facet_by_id(custom_facet_id=self.custom_facet_id)
        return found.custom_facet.to_dict()

    # ---- editing the draft -------------------------------------------------------------------

    def update_script(
        self,
        script: str | Path,
        *,
        requirements: Sequence[str] | Path | None = None,
        system_access: bool = False,
        arguments: Mapping[str, ArgumentValue] | None = None,
    ) -> Self:
        """Replace the draft's script, requirements and arguments: left out, the requirements
        and arguments become empty, as with the published client. `system_access=True` asks
        the platform for a token that lets it run with system access."""
        text = _script(script)
        new_arguments = _argument_list(arguments)
        libraries = _requirements(requirements)
        token = _rootkit_token(self._ctx, text) if system_access else UNSET
        self._edit(
            python_script=text,
            libraries=libraries,
            arguments=[argument.to_wire() for argument in new_arguments.values()],
            rootkit_token=token,
        )
        self.script, self.arguments, self.requirements = (
            text,
            dict(new_arguments),
            list(libraries),
        )
        if not isinstance(token, Unset):
            self._rootkit_token = token
        return self

    def _edit(self, **changes: Any) -> None:
        body = EditCustomFacetDraftRequest(
            custom_facet=EditCustomFacetDraftRequestCustomFacet(
                custom_facet_id=self.custom_facet_id,
                chain_group=ChainGroup(self.facet_type.chain_group),
                **changes,
            )
        )
        self._ctx.api.edit_custom_facet_draft(body=body)

    # ---- versions ----------------------------------------------------------------------------

    def create_version(self, name: str) -> CustomFacetVersion:
        """Save the current draft as a version called `name`."""
        ctx = self._ctx
        body = SaveCustomFacetVersionRequest(
            custom_facet_version=SaveCustomFacetVersionRequestCustomFacetVersion(
                custom_facet_id=self.custom_facet_id,
                version=check_name(name, "a version's name"),
                python_script=self.script,
                libraries=list(self.requirements),
                rootkit_token=self._rootkit_token,
                arguments=[argument.to_wire() for argument in self.arguments.values()],
                description=self.description,
            )
        )
        created = ctx.api.save_custom_facet_version(body=body)
        if not isinstance(created, CustomFacetVersionCreatedResponse):
            raise UnexpectedResponseError("edit_custom_facet", "no version_id in the answer")
        warn_if_truncated("custom facet versions", created.limit_warning)
        found = ctx.api.get_version_for_custom_facet(
            custom_facet_id=self.custom_facet_id, version_id=created.version_id
        )
        return CustomFacetVersion.from_wire(ctx, found.custom_facet_version, self.facet_type)

    def versions(self) -> NamedMapping[CustomFacetVersion]:
        """The saved versions, by version name."""
        return NamedMapping(self._versions(), kind="custom facet version")

    def unpinned(self) -> CustomFacetVersion:
        """Run whatever is newest: the latest version at run time (the draft while there is
        none). Its arguments are those of the newest version now (or of the draft)."""
        # The newest by created_at; on a tie the later in the list (listed oldest first).
        ranked = [
            (version.created_at.timestamp() if version.created_at else 0.0, index, version)
            for index, version in enumerate(self._versions())
        ]
        newest = max(ranked, key=lambda entry: entry[:2])[2] if ranked else None
        return CustomFacetVersion(
            custom_facet_id=self.custom_facet_id,
            version_id="",
            version="",
            description=newest.description if newest else self.description,
            arguments=dict(newest.arguments if newest else self.arguments),
            created_at=None,
            _facet_type=self.facet_type,
            _ctx=self._ctx,
        )

    def _versions(self) -> list[CustomFacetVersion]:
        ctx = self._ctx
        found = ctx.api.get_versions_for_custom_facet(custom_facet_id=self.custom_facet_id)
        warn_if_truncated("custom facet versions", found.limit_warning)
        return [
            CustomFacetVersion.from_wire(ctx, wire, self.facet_type)
            for wire in found.custom_facet_versions
        ]

    def delete(self) -> None:
        body = DeleteCustomFacetRequest(
            custom_facet=CustomFacetRef(custom_facet_id=self.custom_facet_id)
        )
        self._ctx.api.delete_custom_facet(body=body)


class CustomFacetAccess(Access[CustomFacetAccessLevel, CustomFacetAccessRequest]):
    """Who else may use a custom facet."""

    levels = CustomFacetAccessLevel

    def __init__(self, ctx: Context, custom_facet_id: str) -> None:
        super().__init__(ctx)
        self._ref = CustomFacetRef(custom_facet_id=custom_facet_id)

    def _request(self, email: str, level: str) -> CustomFacetAccessRequest:
        return CustomFacetAccessRequest(
            custom_facet=self._ref,
            user=UserRef(email=email),
            access_level=WireCustomFacetAccessLevel(level),
        )

    def _share(self, body: CustomFacetAccessRequest) -> None:
        self._ctx.api.share_custom_facet(body=body)

    def _change(self, body: CustomFacetAccessRequest) -> None:
        self._ctx.api.update_custom_facet_access(body=body)

    def _unshare(self, user: UserRef) -> None:
        body = RevokeCustomFacetAccessRequest(custom_facet=self._ref, user=user)
        self._ctx.api.revoke_custom_facet_access(body=body)


class CustomFacetBrowser(Browser[CustomFacet]):
    """`ikigai.custom_facets`: call it to list, index it by name, or `search()`."""

    kind = "custom facet"

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    def _list(self) -> list[CustomFacet]:
        return _custom_facets(self._ctx, self._ctx.api.get_custom_facets_for_user())

    def _get(self, name: str) -> CustomFacet:
        found = self._ctx.api.get_custom_facet_by_name(name=name)
        return CustomFacet.from_wire(self._ctx, found.custom_facet)

    def _search(self, query: str) -> list[CustomFacet]:
        return _custom_facets(self._ctx, self._ctx.api.search_custom_facets_for_user(query=query))


def _custom_facets(ctx: Context, found: CustomFacetList) -> list[CustomFacet]:
    return [CustomFacet.from_wire(ctx, wire) for wire in found.custom_facets]


def _check_facet_type(facet_type: object) -> FacetType:
    if not isinstance(facet_type, FacetType) or not facet_type.is_custom_facet:
        raise InvalidArgumentError(
            "facet_type must be a custom-facet facet type such as "
            f"facet_types.MID.CUSTOM_FACET, not {facet_type!r}"
        )
    return facet_type  # pyright: ignore[reportUnknownVariableType] (isinstance knows no builder)


class NewCustomFacet(DescribedBuilder):
    """`ikigai.custom_facet.new(name, facet_type).script(...).description(...).build()`."""

    noun = "custom facet"

    def __init__(
        self, ctx: Context, name: str | None = None, facet_type: FacetType | None = None
    ) -> None:
        super().__init__(ctx, name)
        self._facet_type = None if facet_type is None else _check_facet_type(facet_type)
        self._script = ""
        self._arguments: dict[str, CustomFacetArgument] = {}
        self._libraries: list[str] = []
        self._system_access = False

    def new(self, name: str, facet_type: FacetType) -> Self:
        """Name the new custom facet and choose where it goes in a flow: a custom-facet facet
        type such as `facet_types.MID.CUSTOM_FACET`."""
        self._facet_type = _check_facet_type(facet_type)
        self._name = self._checked(name)
        return self

    def script(
        self,
        script: str | Path,
        *,
        requirements: Sequence[str] | Path | None = None,
        system_access: bool = False,
        arguments: Mapping[str, ArgumentValue] | None = None,
    ) -> Self:
        """The script (text or a file), the libraries it needs (a list or a requirements file)
        and its arguments with their defaults. `system_access=True` asks the platform for a
        token that lets it run with system access."""
        self._script = _script(script)
        self._arguments = _argument_list(arguments)
        self._libraries = _requirements(requirements)
        self._system_access = bool(system_access)
        return self

    def build(self) -> CustomFacet:
        name = self._built_name()
        facet_type = _check_facet_type(self._facet_type)
        ctx = self._ctx
        token = _rootkit_token(ctx, self._script) if self._system_access else UNSET
        body = CreateCustomFacetRequest(
            custom_facet=CreateCustomFacetRequestCustomFacet(
                name=name,
                chain_group=ChainGroup(facet_type.chain_group),
                description=self._description,
                tags=[],
                python_script=self._script,
                libraries=list(self._libraries),
                arguments=[argument.to_wire() for argument in self._arguments.values()],
                rootkit_token=token,
            )
        )
        created = ctx.api.create_custom_facet(body=body)
        found = ctx.api.get_custom_facet_by_id(custom_facet_id=created.custom_facet_id)
        return CustomFacet.from_wire(ctx, found.custom_facet)


CustomFacetBuilder = NewCustomFacet
"""The published client's name for `NewCustomFacet` (the builder of a custom facet; the
facet builder that puts one into a flow is `ikigai.builders.CustomFacetBuilder`)."""
