"""What the client commands share: the client from the environment, and output."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Generator, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from ikigai.display.shapes import ShownItem

if TYPE_CHECKING:
    from ikigai.client import Ikigai
    from ikigai.components.app import App

__all__ = [
    "APP",
    "Described",
    "Listed",
    "add_app_command",
    "add_app_listing",
    "add_command",
    "add_describe_and_delete",
    "add_json_flag",
    "app_from",
    "app_named",
    "command_group",
    "connect",
    "emit",
    "emit_listing",
    "emit_table",
    "in_app",
    "when",
]


class Listed(ShownItem, Protocol):
    """An item of a listing: its name, its id, and when it was last changed."""

    @property
    def modified_at(self) -> datetime: ...


class Described(Protocol):
    """What `describe` and `delete` work on: an app, a dataset, a flow, a model."""

    @property
    def name(self) -> str: ...

    @property
    def id(self) -> str: ...

    def describe(self) -> dict[str, Any]: ...

    def delete(self) -> None: ...


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def command_group(commands: Any, name: str, help: str) -> Any:
    """A command group (`ikigai NAME ...`); returns its subcommands."""
    group = commands.add_parser(name, help=help)
    return group.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND")


def add_command(
    actions: Any,
    name: str,
    help: str,
    run: Callable[[argparse.Namespace], int],
    *positionals: tuple[str, str],
) -> argparse.ArgumentParser:
    """A subcommand with positional arguments (METAVAR, help), `--json`, and what it runs."""
    parser: argparse.ArgumentParser = actions.add_parser(name, help=help)
    for metavar, text in positionals:
        parser.add_argument(metavar.lower(), metavar=metavar, help=text)
    add_json_flag(parser)
    parser.set_defaults(run=run)
    return parser


def connect() -> Ikigai:
    """A client from IKIGAI_USER_EMAIL, IKIGAI_API_KEY and IKIGAI_BASE_URL."""
    from ikigai.client import Ikigai

    return Ikigai()


APP = ("APP", "the app's name")


def app_named(client: Ikigai, name: str) -> App:
    return client.apps[name]


def add_app_command(
    actions: Any,
    name: str,
    help: str,
    run: Callable[[argparse.Namespace], int],
    *positionals: tuple[str, str],
) -> argparse.ArgumentParser:
    """A subcommand whose first positional argument is the APP it works in."""
    return add_command(actions, name, help, run, APP, *positionals)


def add_app_listing(
    actions: Any, plural: str, listed: Callable[[App], Iterable[Listed]]
) -> argparse.ArgumentParser:
    """`list APP`: name, id and modified time of what `listed(app)` gives (the app's flows...)."""

    def run(args: argparse.Namespace) -> int:
        with app_from(args) as app:
            emit_listing(list(listed(app)), args.json)
        return 0

    return add_app_command(actions, "list", f"list an app's {plural}: name, id, modified time", run)


@contextlib.contextmanager
def app_from(args: argparse.Namespace) -> Generator[App]:
    """The app the command's APP argument names, while the client is open."""
    with connect() as client:
        yield app_named(client, args.app)


def when(moment: datetime) -> str:
    """A timestamp as ISO 8601 text (UTC, whole seconds)."""
    return moment.isoformat(timespec="seconds")


def emit(data: Any) -> None:
    """Print `data` as indented JSON on stdout."""
    print(json.dumps(data, indent=2, default=str))


def emit_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Print rows as columns aligned under `headers` (a header line only when no rows)."""
    table = [list(headers), *[list(row) for row in rows]]
    widths = [max(len(row[column]) for row in table) for column in range(len(headers))]
    for row in table:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        sys.stdout.write(line.rstrip() + "\n")


def emit_listing(items: Sequence[Listed], as_json: bool) -> None:
    """Name, id and modified time of each item, as a table or as JSON."""
    if as_json:
        emit([{"name": i.name, "id": i.id, "modified_at": when(i.modified_at)} for i in items])
    else:
        emit_table(("NAME", "ID", "MODIFIED"), [(i.name, i.id, when(i.modified_at)) for i in items])


def add_describe_and_delete(
    actions: Any,
    noun: str,
    find: Callable[[argparse.Namespace], contextlib.AbstractContextManager[Described]],
    *positionals: tuple[str, str],
) -> None:
    """`describe ...` (everything the platform says of it, as JSON) and `delete ...` (gone,
    with what it held) for the `noun` that `find(args)` opens."""

    def describe(args: argparse.Namespace) -> int:
        with find(args) as item:
            emit(item.describe())
        return 0

    def delete(args: argparse.Namespace) -> int:
        with find(args) as item:
            item.delete()
        if args.json:
            emit({"deleted": noun, "name": item.name, "id": item.id})
        else:
            print(f"deleted {noun} {item.name!r} ({item.id})")
        return 0

    add_command(
        actions, "describe", f"everything the platform says of a {noun}", describe, *positionals
    )
    add_command(actions, "delete", f"delete a {noun} and what it holds", delete, *positionals)


def in_app(
    pick: Callable[[App, str], Described], key: str
) -> Callable[[argparse.Namespace], contextlib.AbstractContextManager[Described]]:
    """`find` for `add_describe_and_delete`: what `pick(app, args.<key>)` gives in args.app."""

    @contextlib.contextmanager
    def find(args: argparse.Namespace) -> Generator[Described]:
        with app_from(args) as app:
            yield pick(app, getattr(args, key))

    return find
