"""`ikigai apps list|create|describe|delete`."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Generator
from typing import Any

from ikigai.commands._common import (
    Described,
    add_command,
    add_describe_and_delete,
    command_group,
    connect,
    emit,
    emit_listing,
)

__all__ = ["add_apps_commands"]

NAME = ("NAME", "the app's name")


def add_apps_commands(commands: Any) -> None:
    actions = command_group(commands, "apps", "the user's apps")
    add_command(actions, "list", "list the apps: name, id, modified time", _list)
    create = add_command(actions, "create", "create an app", _create, NAME)
    create.add_argument("--description", default="", metavar="TEXT", help="what it is for")
    add_describe_and_delete(actions, "app", _app, NAME)


def _list(args: argparse.Namespace) -> int:
    with connect() as client:
        emit_listing(client.apps().values(), args.json)
    return 0


def _create(args: argparse.Namespace) -> int:
    with connect() as client:
        app = client.app.new(args.name).description(args.description).build()
    if args.json:
        emit({"name": app.name, "id": app.id})
    else:
        print(f"created app {app.name!r} ({app.id})")
    return 0


@contextlib.contextmanager
def _app(args: argparse.Namespace) -> Generator[Described]:
    with connect() as client:
        yield client.apps[args.name]
