"""`ikigai completion bash|zsh|fish`: the shell code that makes a shell complete `ikigai`.

The code (argcomplete's) runs `ikigai` with `_ARGCOMPLETE` set whenever the user presses Tab,
and `ikigai.cli` answers with the commands and options that fit what is typed so far.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

__all__ = ["SHELLS", "add_completion_command"]

SHELLS = ("bash", "zsh", "fish")

SETUP = """\
To complete `ikigai` in every new shell, add a line to the shell's startup file:
  ~/.bashrc                    eval "$(ikigai completion bash)"
  ~/.zshrc (after compinit)    eval "$(ikigai completion zsh)"
  ~/.config/fish/config.fish   ikigai completion fish | source
"""


def add_completion_command(commands: Any) -> None:
    """Add `completion SHELL` to the `ikigai` parser's subcommands."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "completion",
        help="print the shell code that completes ikigai's commands and options",
        description="Print the shell code that makes SHELL complete ikigai's commands and "
        "options when Tab is pressed.",
        epilog=SETUP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("shell", metavar="SHELL", choices=SHELLS, help=", ".join(SHELLS))
    parser.set_defaults(run=_completion)


def _completion(args: argparse.Namespace) -> int:
    # only here and when a shell asks: the command starts without argcomplete
    from argcomplete.shell_integration import shellcode

    sys.stdout.write(shellcode(["ikigai"], shell=args.shell))
    return 0
