"""The client commands of `ikigai` (apps, datasets, flows, models, specs) and `ikigai
completion`; `ikigai.cli` wires them in.

Each module adds one command group to the parser; the client layer is imported only when a
command runs, so `ikigai --help` stays quick.
"""

from __future__ import annotations

from typing import Any

from ikigai.commands.apps import add_apps_commands
from ikigai.commands.completion import add_completion_command
from ikigai.commands.datasets import add_datasets_commands
from ikigai.commands.flows import add_flows_commands
from ikigai.commands.models import add_models_commands
from ikigai.commands.specs import add_specs_commands

__all__ = ["add_client_commands", "add_completion_command"]


def add_client_commands(commands: Any) -> None:
    """Add every client command group to the `ikigai` parser's subcommands."""
    add_apps_commands(commands)
    add_datasets_commands(commands)
    add_flows_commands(commands)
    add_models_commands(commands)
    add_specs_commands(commands)
