"""The `ikigai` command. Subcommand groups live with what they drive (`ikigai.local.cli`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from ikigai.local.cli import add_local_commands


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ikigai", description="The Ikigai platform client.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_local_commands(commands)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
