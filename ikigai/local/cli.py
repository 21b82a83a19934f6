"""`ikigai local ...`: run the local platform in the foreground, or add a user to its data dir.

    ikigai local serve [--host 127.0.0.1] [--port 8000] [--data-dir DIR] [--fault-rate R]
                       [--fault-seed S] [--allow-unsandboxed-code]
    ikigai local add-user EMAIL [--data-dir DIR]

Without --data-dir both use the same persistent folder ($IKIGAI_LOCAL_DATA_DIR, else
$XDG_DATA_HOME/ikigai/local, else ~/.local/share/ikigai/local). The server stack is imported
only when a command runs, so `ikigai --help` works on the base install.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any


def default_data_dir() -> Path:
    explicit = os.environ.get("IKIGAI_LOCAL_DATA_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "ikigai" / "local"


def add_local_commands(commands: Any) -> None:
    """Add the `local` command group to the `ikigai` parser's subcommands."""
    local = commands.add_parser("local", help="run the local Ikigai platform")
    actions = local.add_subparsers(dest="local_command", required=True, metavar="COMMAND")

    serve = actions.add_parser("serve", help="run the platform in the foreground")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    serve.add_argument(
        "--data-dir", type=Path, default=None, help="where the platform keeps its data"
    )
    serve.add_argument(
        "--fault-rate",
        type=_fraction,
        default=0.0,
        metavar="R",
        help="fraction of requests that fail transiently, for testing clients (default: 0)",
    )
    serve.add_argument(
        "--fault-seed",
        type=int,
        default=0,
        metavar="S",
        help="seed of the faults drawn, so that a run can be repeated (default: 0)",
    )
    serve.add_argument(
        "--allow-unsandboxed-code",
        action="store_true",
        help="run user code with several users even where no sandbox (bubblewrap or Landlock)"
        " confines it",
    )
    serve.set_defaults(run=_serve)

    add_user = actions.add_parser("add-user", help="create a user and print a new API key")
    add_user.add_argument("email")
    add_user.add_argument("--data-dir", type=Path, default=None, help="the platform's data dir")
    add_user.set_defaults(run=_add_user)


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {text}")
    return value


def _serve(args: argparse.Namespace) -> int:
    from ikigai.local.server.listener import base_url, open_listener
    from ikigai.local.server.serving import serve
    from ikigai.local.services import Services
    from ikigai.local.settings import Settings
    from ikigai.local.store.users import add_user

    data_dir: Path = args.data_dir or default_data_dir()
    settings = Settings(
        fault_rate=args.fault_rate,
        fault_seed=args.fault_seed,
        allow_unsandboxed_code=args.allow_unsandboxed_code,
    )
    try:
        listener = open_listener(args.host, args.port)
    except OSError as error:
        print(
            f"ikigai local serve: cannot listen on {args.host}:{args.port}: {error}",
            file=sys.stderr,
        )
        return 1
    services = Services(data_dir, settings)
    try:
        services.start()
        api_key = add_user(services.db, settings.default_user)
        print(f"Ikigai local platform on {base_url(args.host, listener)}  (data: {data_dir})")
        print(f"  user:    {settings.default_user}")
        print(f"  api key: {api_key}")
        print(f"  user code: {_confinement(services)}")
        print("Press Ctrl+C to stop.", flush=True)
        serve(services, listener)
    finally:
        services.stop()
    return 0


def _confinement(services: Any) -> str:
    if services.sandbox:
        return f"sandboxed by {services.sandbox}"
    if services.settings.allow_unsandboxed_code:
        return "NOT sandboxed (no bubblewrap or Landlock here; --allow-unsandboxed-code)"
    return (
        "NOT sandboxed (no bubblewrap or Landlock here): it runs only while the platform has"
        " one user; --allow-unsandboxed-code lifts that"
    )


def _add_user(args: argparse.Namespace) -> int:
    from ikigai.local.services import DATABASE_FILE
    from ikigai.local.store.db import Database
    from ikigai.local.store.users import add_user

    data_dir: Path = args.data_dir or default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    database = Database(data_dir / DATABASE_FILE)
    try:
        api_key = add_user(database, args.email)
    except ValueError as error:
        print(f"ikigai local add-user: {error}", file=sys.stderr)
        return 2
    finally:
        database.close()
    print(api_key)
    return 0
