"""The `ikigai` command.

    ikigai apps list
    ikigai datasets list|upload|download ...
    ikigai flows list|run|logs ...
    ikigai model-types [TYPE]
    ikigai facet-types [GROUP]
    ikigai local serve|add-user ...

The client commands read IKIGAI_USER_EMAIL, IKIGAI_API_KEY and IKIGAI_BASE_URL; `--json` makes
their output machine-readable. A failure is one line on stderr and exit status 1 (2 for a
usage error), never a traceback (IKIGAI_DEBUG=1 shows one for an unexpected error). Subcommand
groups live with what they drive (`ikigai.commands`, `ikigai.local.cli`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ikigai.commands import add_client_commands
from ikigai.errors import IkigaiError
from ikigai.local.cli import add_local_commands

__all__ = ["error_line", "main"]


def error_line(error: BaseException) -> str:
    """One readable line for an error a command raised."""
    if isinstance(error, KeyError) and error.args:
        text = str(error.args[0])
    elif isinstance(error, OSError) and error.strerror and error.filename:
        text = f"{error.strerror}: {error.filename}"
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ikigai", description="The Ikigai platform client.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_client_commands(commands)
    add_local_commands(commands)
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
    except (IkigaiError, KeyError, ValueError, OSError) as error:
        print(f"ikigai: {error_line(error)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ikigai: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line, the traceback only when asked for
        if os.environ.get("IKIGAI_DEBUG"):
            raise
        print(
            f"ikigai: internal error: {type(error).__name__}: {error_line(error)} "
            "(set IKIGAI_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 1
    return result


if __name__ == "__main__":
    raise SystemExit(main())
