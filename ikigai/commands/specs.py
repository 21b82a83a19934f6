"""`ikigai model-types [TYPE]` and `ikigai facet-types [GROUP]`: the platform's help texts."""

from __future__ import annotations

import argparse
from typing import Any

from ikigai.commands._common import add_command, connect, emit

__all__ = ["add_specs_commands"]

GROUPS = ("INPUT", "MID", "OUTPUT")


def add_specs_commands(commands: Any) -> None:
    models = add_command(
        commands, "model-types", "the model types and their parameters", _model_types
    )
    models.add_argument("type", metavar="TYPE", nargs="?", help="one model type, e.g. Linear")
    facets = add_command(
        commands, "facet-types", "the facet types and their arguments", _facet_types
    )
    facets.add_argument(
        "group", metavar="GROUP", nargs="?", help="one chain group: INPUT, MID or OUTPUT"
    )


def _model_types(args: argparse.Namespace) -> int:
    with connect() as client:
        model_types = client.model_types
    if args.type is None:
        if args.json:
            emit({model_type.name: model_type.types for model_type in model_types})
        else:
            print(model_types.help())
        return 0
    model_type = model_types.get(args.type)
    if model_type is None:
        raise ValueError(
            f"there is no model type {args.type!r}; the model types are: "
            f"{', '.join(model_types.types)}"
        )
    if args.json:
        emit({model_type.name: model_type.types})
    else:
        print(model_type.help())
    return 0


def _facet_types(args: argparse.Namespace) -> int:
    with connect() as client:
        facet_types = client.facet_types
    if args.group is None:
        if args.json:
            emit(facet_types.types)
        else:
            print(facet_types.help())
        return 0
    group = str(args.group).upper()
    if group not in GROUPS:
        raise ValueError(
            f"facet types come in the groups {', '.join(GROUPS)}: there is no group {args.group!r}"
        )
    chain = getattr(facet_types, group)
    if args.json:
        emit({chain.name: chain.types})
    else:
        print(chain.name)
        print(chain.help())
    return 0
