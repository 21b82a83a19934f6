"""``python -m codegen [--check] [--spec PATH] [--out DIR]``

Regenerates generated/ikigai_wire from spec/ikigai.yaml, or with ``--check`` only reports
whether the committed package still matches the spec (exit 1 when it does not).
Exit 2 means codegen could not run (missing or wrong tools, a spec the generator rejects).
"""

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from codegen import CodegenError
from codegen.drift import compare, describe
from codegen.files import package_files, replace_tree
from codegen.generate import Generation, run_generator, run_post_hooks
from codegen.paths import DEFAULT_OUT, DEFAULT_SPEC, shown
from codegen.spec import Document, inherit_document_security, load
from codegen.steps import add_facade, add_modes, add_py_typed, add_spec, clear_caches
from codegen.toolchain import Toolchain

# What changes the parsed spec before openapi-python-client reads it (never the spec file).
SPEC_FIXES: Sequence[Callable[[Document], None]] = (inherit_document_security,)

# What runs after openapi-python-client, in order. Each step takes the Generation and writes
# into generation.package_dir; the post-hooks then format whatever the steps wrote.
POST_GENERATION_STEPS: Sequence[Callable[[Generation], None]] = (
    add_py_typed,
    add_modes,
    add_facade,
    add_spec,
)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    spec: Path = args.spec.resolve()
    out: Path = args.out.resolve()
    try:
        if not args.check:
            _refuse_foreign(out)
        toolchain = Toolchain.pinned()
        document = load(spec)
        for fix in SPEC_FIXES:
            fix(document)
        with tempfile.TemporaryDirectory(prefix="ikigai-codegen-") as workdir:
            generation = run_generator(spec, document, Path(workdir), toolchain)
            for step in POST_GENERATION_STEPS:
                step(generation)
            run_post_hooks(generation)
            clear_caches(generation)
            if args.check:
                return _check(generation, out)
            replace_tree(generation.package_dir, out)
            count = len(package_files(out))
            print(f"codegen: wrote {shown(out)} ({count} files) from {shown(spec)}")
            return 0
    except CodegenError as error:
        print(f"codegen: error: {error}", file=sys.stderr)
        return 2


def _check(generation: Generation, out: Path) -> int:
    drift = compare(generation.package_dir, out)
    if not drift:
        print(f"codegen: OK, {shown(out)} matches {shown(generation.spec)}")
        return 0
    print(f"codegen: {shown(out)} does not match {shown(generation.spec)}.")
    print(
        f"Regenerate it with `{_regenerate_command(generation.spec, out)}`; never edit it by hand."
    )
    print(describe(drift, generation.package_dir, out, shown(out)))
    return 1


def _regenerate_command(spec: Path, out: Path) -> str:
    words = ["python -m codegen"]
    if spec != DEFAULT_SPEC:
        words.append(f"--spec {shown(spec)}")
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
        description="Regenerate the typed client package from the OpenAPI spec.",
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
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"the generated package directory (default: {shown(DEFAULT_OUT)})",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())
