# PYTHON_ARGCOMPLETE_OK (argcomplete's global completion completes only modules marked so)
"""The `ikigai` command.

    ikigai apps list|create|describe|delete ...
    ikigai datasets list|upload|download|describe|delete ...
    ikigai flows list|create|describe|delete|run|logs ...
    ikigai models list|describe|versions|delete ...
    ikigai model-types [TYPE]
    ikigai facet-types [GROUP]
    ikigai local serve|add-user ...
    ikigai completion bash|zsh|fish

The client commands read IKIGAI_USER_EMAIL, IKIGAI_API_KEY and IKIGAI_BASE_URL; `--json` makes
their output machine-readable. A failure is one line on stderr and exit status 1 (2 for a
usage error), never a traceback (IKIGAI_DEBUG=1 shows one for an unexpected error); output cut
short by a closed pipe (`ikigai facet-types | head -1`) ends quietly with status 0. Subcommand
groups live with what they drive (`ikigai.commands`, `ikigai.local.cli`).

A shell asking for completions runs the command with `_ARGCOMPLETE` set (the script that
`ikigai completion SHELL` prints does): argcomplete then answers from the parser and ends the
process. It is imported only then, so that the command starts as quickly as before.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ikigai import __version__
from ikigai.commands import add_client_commands, add_completion_command
from ikigai.errors import IkigaiError
from ikigai.local.cli import add_local_commands

__all__ = ["build_parser", "error_line", "main"]


def error_line(error: BaseException) -> str:
    """One readable line for an error a command raised."""
    if isinstance(error, KeyError) and error.args:
        text = str(error.args[0])
    elif isinstance(error, OSError) and error.strerror and error.filename:
        text = f"{error.strerror}: {error.filename}"
    else:
        text = str(error) or type(error).__name__
    return " ".join(text.split())


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command and option of `ikigai`."""
    parser = argparse.ArgumentParser(prog="ikigai", description="The Ikigai platform client.")
    parser.add_argument("--version", action="version", version=f"ikigai {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_client_commands(commands)
    add_local_commands(commands)
    add_completion_command(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    if "_ARGCOMPLETE" in os.environ:
        import argcomplete

        argcomplete.autocomplete(parser)  # prints the candidates and exits
    args = parser.parse_args(argv)
    try:
        result: int = args.run(args)
        sys.stdout.flush()  # a closed pipe shows here, while it can still be caught
    except BrokenPipeError:
        _drop_stdout()
        return 0
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


def _drop_stdout() -> None:
    """Point stdout at /dev/null: the reader has gone, and the interpreter's last flush at exit
    would fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


if __name__ == "__main__":
    raise SystemExit(main())
