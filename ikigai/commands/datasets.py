"""`ikigai datasets list|upload|download|describe|delete`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ikigai.commands._common import (
    APP,
    add_app_command,
    add_app_listing,
    add_describe_and_delete,
    app_from,
    command_group,
    emit,
    in_app,
)

__all__ = ["add_datasets_commands"]


def add_datasets_commands(commands: Any) -> None:
    actions = command_group(commands, "datasets", "the datasets of an app")
    add_app_listing(actions, "datasets", lambda app: app.datasets().values())
    name = ("NAME", "the dataset's name")
    upload = add_app_command(
        actions,
        "upload",
        "upload a CSV file as a dataset (replaces the data of an existing one)",
        _upload,
        name,
    )
    upload.add_argument("file", metavar="FILE", type=Path, help="the CSV file to upload")
    download = add_app_command(
        actions, "download", "download a dataset to a CSV file", _download, name
    )
    download.add_argument("file", metavar="FILE", type=Path, help="where to write the CSV")
    add_describe_and_delete(
        actions, "dataset", in_app(lambda app, name: app.datasets[name], "name"), APP, name
    )


def _upload(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    with app_from(args) as app:
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
    with app_from(args) as app:
        dataset = app.datasets[args.name]
        dataset.download(path)  # the CSV file as stored, streamed to disk
    size = path.stat().st_size
    if args.json:
        emit({"name": dataset.name, "id": dataset.id, "bytes": size, "file": str(path)})
    else:
        print(f"wrote dataset {dataset.name!r} ({size:,} bytes of CSV) to {path}")
    return 0
