"""`ikigai models list|describe|versions|delete`."""

from __future__ import annotations

import argparse
from typing import Any

from ikigai.commands._common import (
    APP,
    add_app_command,
    add_app_listing,
    add_describe_and_delete,
    app_from,
    command_group,
    emit,
    emit_table,
    in_app,
    when,
)

__all__ = ["add_models_commands"]


def add_models_commands(commands: Any) -> None:
    actions = command_group(commands, "models", "the models of an app")
    add_app_listing(actions, "models", lambda app: app.models().values())
    model = ("NAME", "the model's name")
    add_app_command(actions, "versions", "a model's versions and their metrics", _versions, model)
    add_describe_and_delete(
        actions, "model", in_app(lambda app, name: app.models[name], "name"), APP, model
    )


def _versions(args: argparse.Namespace) -> int:
    with app_from(args) as app:
        versions = list(app.models[args.name].versions().values())
        described = [version.describe() for version in versions] if args.json else []
    if args.json:
        emit(described)
    else:
        emit_table(
            ("VERSION", "ID", "CREATED", "METRICS"),
            [
                (v.name, v.id, when(v.created_at), ", ".join(sorted(map(str, v.metrics))) or "-")
                for v in versions
            ],
        )
    return 0
