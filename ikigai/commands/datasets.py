"""`ikigai datasets list|upload|download`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ikigai.commands._common import (
    APP,
    add_command,
    app_named,
    command_group,
    connect,
    emit,
    emit_listing,
)

__all__ = ["add_datasets_commands"]


def add_datasets_commands(commands: Any) -> None:
    actions = command_group(commands, "datasets", "the datasets of an app")
    add_command(actions, "list", "list an app's datasets: name, id, modified time", _list, APP)
    name = ("NAME", "the dataset's name")
    upload = add_command(
        actions,
        "upload",
        "upload a CSV file as a dataset (replaces the data of an existing one)",
        _upload,
        APP,
        name,
    )
    upload.add_argument("file", metavar="FILE", type=Path, help="the CSV file to upload")
    download = add_command(
        actions, "download", "download a dataset to a CSV file", _download, APP, name
    )
    download.add_argument("file", metavar="FILE", type=Path, help="where to write the CSV")


def _list(args: argparse.Namespace) -> int:
    with connect() as client:
        emit_listing(app_named(client, args.app).datasets().values(), args.json)
    return 0


def _upload(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    with connect() as client:
        app = app_named(client, args.app)
        existing = app.datasets().get(args.name)
        if existing is None:
            dataset = app.dataset.new(args.name).csv(path).build()
        else:
            dataset = existing.edit_csv(path)
        report = {"name": dataset.name, "id": dataset.id, "created": existing is None}
    if args.json:
        emit(report)
    else:
        verb = "created" if existing is None else "replaced the data of"
        print(f"{verb} dataset {dataset.name!r} ({dataset.id}) from {path}")
    return 0


def _download(args: argparse.Namespace) -> int:
    path: Path = args.file
    with connect() as client:
        dataset = app_named(client, args.app).datasets[args.name]
        dataset.download(path)  # the CSV file as stored, streamed to disk
    size = path.stat().st_size
    if args.json:
        emit({"name": dataset.name, "id": dataset.id, "bytes": size, "file": str(path)})
    else:
        print(f"wrote dataset {dataset.name!r} ({size:,} bytes of CSV) to {path}")
    return 0
