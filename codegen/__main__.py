"""``python -m codegen [--check] [--spec PATH] [--catalog DIR] [--out DIR]``

Regenerates generated/ikigai_wire from spec/ikigai.yaml and the catalog snapshot beside it
(spec/facet-specs.json, spec/model-specs.json), or with ``--check`` only reports whether the
committed package still matches them (exit 1 when it does not).
Exit 2 means codegen could not run (missing or wrong tools, a spec the generator rejects, a
catalog file that is not the JSON it should be).

``python -m codegen catalog --from-platform`` rewrites the catalog snapshot from what a live
platform answers (credentials from IKIGAI_USER_EMAIL, IKIGAI_API_KEY, IKIGAI_BASE_URL or the
flags), then regenerates.
"""

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from codegen import CodegenError
from codegen.catalog import Credentials, fetch_snapshot, read_snapshot, write_snapshot
from codegen.drift import compare, describe
from codegen.files import package_files, replace_tree
from codegen.generate import Generation, run_generator, run_post_hooks
from codegen.paths import DEFAULT_CATALOG, DEFAULT_OUT, DEFAULT_SPEC, shown
from codegen.spec import Document, inherit_document_security, load
from codegen.steps import (
    add_catalog,
    add_facade,
    add_modes,
    add_py_typed,
    add_spec,
    add_typed_catalog,
    clear_caches,
)
from codegen.toolchain import Toolchain

# The hosted platform, as the client's DEFAULT_BASE_URL (codegen imports nothing of the client).
HOSTED_BASE_URL = "https://api.ikigailabs.io"

# What changes the parsed spec before openapi-python-client reads it (never the spec file).
SPEC_FIXES: Sequence[Callable[[Document], None]] = (inherit_document_security,)

# What runs after openapi-python-client, in order. Each step takes the Generation and writes
# into generation.package_dir; the post-hooks then format whatever the steps wrote.
POST_GENERATION_STEPS: Sequence[Callable[[Generation], None]] = (
    add_py_typed,
    add_modes,
    add_facade,
    add_spec,
    add_catalog,
    add_typed_catalog,
)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["catalog"]:
        return _catalog_main(words[1:])
    args = _parse_args(words)
    try:
        return _generate(
            args.spec.resolve(), args.catalog.resolve(), args.out.resolve(), args.check
        )
    except CodegenError as error:
        print(f"codegen: error: {error}", file=sys.stderr)
        return 2


def _generate(spec: Path, catalog_dir: Path, out: Path, check: bool) -> int:
    if not check:
        _refuse_foreign(out)
    toolchain = Toolchain.pinned()
    document = load(spec)
    catalog = read_snapshot(catalog_dir)
    for fix in SPEC_FIXES:
        fix(document)
    with tempfile.TemporaryDirectory(prefix="ikigai-codegen-") as workdir:
        generation = run_generator(spec, document, catalog, Path(workdir), toolchain)
        for step in POST_GENERATION_STEPS:
            step(generation)
        trees = _trees(generation, out)
        run_post_hooks(generation, generation.package_dir)
        run_post_hooks(generation, generation.typed_catalog_dir, format_only=True)
        clear_caches(generation)
        if check:
            return _check(generation, catalog_dir, trees)
        for fresh, committed in trees:
            replace_tree(fresh, committed)
        written = ", ".join(
            f"{shown(committed)} ({len(package_files(committed))} files)" for _, committed in trees
        )
        print(
            f"codegen: wrote {written} from {shown(spec)} and the catalog in {shown(catalog_dir)}"
        )
        return 0


def _trees(generation: Generation, out: Path) -> list[tuple[Path, Path]]:
    """Each generated package beside the committed one it replaces: the client at ``out``,
    the typed catalog beside it."""
    typed = generation.typed_catalog_dir
    return [(generation.package_dir, out), (typed, out.parent / typed.name)]


def _catalog_main(argv: Sequence[str]) -> int:
    args = _parse_catalog_args(argv)
    spec: Path = args.spec.resolve()
    catalog_dir: Path = args.catalog.resolve()
    try:
        credentials = _credentials(args)
        fetched = fetch_snapshot(load(spec), credentials)
        written = write_snapshot(catalog_dir, fetched)
        names = ", ".join(shown(path) for path in written)
        print(f"codegen: wrote {names} from {credentials.base_url}")
        if args.no_regenerate:
            return 0
        return _generate(spec, catalog_dir, args.out.resolve(), check=False)
    except CodegenError as error:
        print(f"codegen: error: {error}", file=sys.stderr)
        return 2


def _credentials(args: argparse.Namespace) -> Credentials:
    email: str = args.user_email or os.environ.get("IKIGAI_USER_EMAIL", "")
    key: str = args.api_key or os.environ.get("IKIGAI_API_KEY", "")
    base_url: str = args.base_url or os.environ.get("IKIGAI_BASE_URL") or HOSTED_BASE_URL
    missing = [
        name for name, value in (("IKIGAI_USER_EMAIL", email), ("IKIGAI_API_KEY", key)) if not value
    ]
    if missing:
        raise CodegenError(
            f"no credentials to ask the platform with: set {' and '.join(missing)} "
            "(or pass --user-email / --api-key)"
        )
    return Credentials(base_url=base_url, user_email=email, api_key=key)


def _check(generation: Generation, catalog_dir: Path, trees: list[tuple[Path, Path]]) -> int:
    sources = f"{shown(generation.spec)} and the catalog in {shown(catalog_dir)}"
    drifts = [(compare(fresh, committed), fresh, committed) for fresh, committed in trees]
    drifted = [(drift, fresh, committed) for drift, fresh, committed in drifts if drift]
    if not drifted:
        names = " and ".join(shown(committed) for _, committed in trees)
        print(f"codegen: OK, {names} match {sources}")
        return 0
    command = _regenerate_command(generation.spec, catalog_dir, trees[0][1])
    for drift, fresh, committed in drifted:
        print(f"codegen: {shown(committed)} does not match {sources}.")
        print(f"Regenerate it with `{command}`; never edit it by hand.")
        print(describe(drift, fresh, committed, shown(committed)))
    return 1


def _regenerate_command(spec: Path, catalog_dir: Path, out: Path) -> str:
    words = ["python -m codegen"]
    if spec != DEFAULT_SPEC:
        words.append(f"--spec {shown(spec)}")
    if catalog_dir != DEFAULT_CATALOG:
        words.append(f"--catalog {shown(catalog_dir)}")
    if out != DEFAULT_OUT:
        words.append(f"--out {shown(out)}")
    return " ".join(words)


def _refuse_foreign(out: Path) -> None:
    """Stop before replacing a directory that is not a generated package (a mistyped --out)."""
    if out.exists() and any(out.iterdir()) and not (out / "client.py").is_file():
        raise CodegenError(
            f"{shown(out)} is not a generated package (it has no client.py); "
            "refusing to replace it, pass the package directory as --out"
        )


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m codegen",
        description="Regenerate the typed client package from the OpenAPI spec and the "
        "catalog snapshot. `python -m codegen catalog --from-platform --help` tells how to "
        "refresh the snapshot.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only compare a fresh generation with --out; exit 1 if they differ",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        help=f"the OpenAPI document (default: {shown(DEFAULT_SPEC)})",
    )
    _add_catalog_and_out(parser)
    return parser.parse_args(argv)


def _add_catalog_and_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog",
        type=Path,
        default=DEFAULT_CATALOG,
        help="the directory of the catalog snapshot, facet-specs.json and model-specs.json "
        f"(default: {shown(DEFAULT_CATALOG)})",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"the generated package directory (default: {shown(DEFAULT_OUT)})",
    )


def _parse_catalog_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m codegen catalog",
        description="Refresh the catalog snapshot (facet and model specs) from a live "
        "platform, then regenerate the client package.",
    )
    parser.add_argument(
        "--from-platform",
        action="store_true",
        required=True,
        help="ask the platform at --base-url for its facet and model specs",
    )
    parser.add_argument("--base-url", help="the platform (default: IKIGAI_BASE_URL or hosted)")
    parser.add_argument("--user-email", help="the user (default: IKIGAI_USER_EMAIL)")
    parser.add_argument(
        "--api-key",
        help="the user's API key (default: IKIGAI_API_KEY, which keeps it out of `ps`)",
    )
    parser.add_argument(
        "--spec",
        type=Path,
        default=DEFAULT_SPEC,
        help=f"the OpenAPI document naming the operations (default: {shown(DEFAULT_SPEC)})",
    )
    _add_catalog_and_out(parser)
    parser.add_argument(
        "--no-regenerate",
        action="store_true",
        help="only rewrite the snapshot; leave the generated package as it is",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
