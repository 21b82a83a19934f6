"""`ikigai apps list`."""

from __future__ import annotations

import argparse
from typing import Any

from ikigai.commands._common import add_command, command_group, connect, emit_listing

__all__ = ["add_apps_commands"]


def add_apps_commands(commands: Any) -> None:
    actions = command_group(commands, "apps", "the user's apps")
    add_command(actions, "list", "list the apps: name, id, modified time", _list)


def _list(args: argparse.Namespace) -> int:
    with connect() as client:
        emit_listing(client.apps().values(), args.json)
    return 0
