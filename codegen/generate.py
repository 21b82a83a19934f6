"""Running openapi-python-client on the spec, into a directory of codegen's own."""

import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from codegen import CodegenError
from codegen.paths import GENERATOR_CONFIG, RUFF_CONFIG, TEMPLATES, shown
from codegen.spec import Document, load, write_json
from codegen.toolchain import Toolchain

PACKAGE_NAME = "ikigai_wire"  # as package_name_override in config.yaml
TYPED_CATALOG_PACKAGE = "ikigai_catalog"  # the catalog's type declarations (typed_catalog.py)


@dataclass(frozen=True)
class Generation:
    """One run of the generator: what it read, where the package it wrote is, with which tools."""

    spec: Path  # the spec file, as the user named it
    document: Document  # its contents, as the generator was given them
    catalog: dict[str, bytes]  # the catalog snapshot's files (name -> contents), checked
    package_dir: Path
    toolchain: Toolchain

    @property
    def typed_catalog_dir(self) -> Path:
        """Where the catalog's type declarations are written: beside the client package."""
        return self.package_dir.parent / TYPED_CATALOG_PACKAGE


def run_generator(
    spec: Path,
    document: Document,
    catalog: dict[str, bytes],
    workdir: Path,
    toolchain: Toolchain,
) -> Generation:
    """Generate the client package from ``document`` (read from ``spec``) into
    ``workdir``/ikigai_wire.

    ``workdir`` should be empty and outside the repository: the post-hooks' ruff then reads
    only codegen/ruff.toml, which is put there.
    """
    source = write_json(document, workdir / "openapi.json")
    shutil.copyfile(RUFF_CONFIG, workdir / "ruff.toml")
    package_dir = workdir / PACKAGE_NAME
    command = [
        str(toolchain.python), "-m", "openapi_python_client", "generate",
        "--path", str(source),
        "--meta", "none",
        "--config", str(GENERATOR_CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--output-path", str(package_dir),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(
        command,
        cwd=workdir,
        env=toolchain.env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not package_dir.is_dir():
        raise CodegenError(
            f"openapi-python-client rejected {shown(spec)} (exit {result.returncode}):\n"
            f"{result.stdout.strip()}"
        )
    return Generation(
        spec=spec,
        document=document,
        catalog=catalog,
        package_dir=package_dir,
        toolchain=toolchain,
    )


def run_post_hooks(generation: Generation, directory: Path, *, format_only: bool = False) -> None:
    """Run config.yaml's post-hooks (the pinned ruff) over ``directory``, as the generator
    does, so that files added after it are formatted alike. ``format_only`` skips the fixes
    (they would drop the ``...`` bodies the typed catalog's declarations need)."""
    hooks: list[str] = load(GENERATOR_CONFIG, "generator config").get("post_hooks", [])
    for hook in hooks:
        if format_only and not hook.startswith("ruff format"):
            continue
        result = subprocess.run(
            shlex.split(hook),
            cwd=directory,
            env=generation.toolchain.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise CodegenError(f"post-hook `{hook}` failed:\n{result.stdout.strip()}")
