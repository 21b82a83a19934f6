"""Post-generation steps: what codegen adds to, or clears from, the generator's output.

Each step takes the Generation and changes files under ``generation.package_dir``; codegen
runs the generator's post-hooks (ruff) again afterwards, so a step may write unformatted Python.
"""

import shutil

from codegen.facade import render_facade
from codegen.files import remove_caches
from codegen.generate import Generation
from codegen.modes import render_modes
from codegen.typed_catalog import render_typed_catalog


def add_py_typed(generation: Generation) -> None:
    """Mark the package as typed (PEP 561); ``--meta none`` leaves the marker out."""
    (generation.package_dir / "py.typed").write_text("", encoding="utf-8")


def clear_caches(generation: Generation) -> None:
    """Remove the .ruff_cache the post-hooks leave behind, and any __pycache__."""
    remove_caches(generation.package_dir)
    remove_caches(generation.typed_catalog_dir)


def add_modes(generation: Generation) -> None:
    """Write modes.py: a typed function per way an operation is used (x-ikigai-modes)."""
    source = render_modes(generation.document, generation.package_dir)
    (generation.package_dir / "modes.py").write_text(source, encoding="utf-8")


def add_facade(generation: Generation) -> None:
    """Write bound.py: the API as one object, a method per operation and per mode (after
    modes.py, whose functions it calls)."""
    source = render_facade(generation.document, generation.package_dir)
    (generation.package_dir / "bound.py").write_text(source, encoding="utf-8")


def add_spec(generation: Generation) -> None:
    """Ship the spec inside the package, byte for byte, as the local platform's contract."""
    shutil.copyfile(generation.spec, generation.package_dir / "openapi.yaml")


def add_catalog(generation: Generation) -> None:
    """Ship the catalog snapshot (spec/facet-specs.json, spec/model-specs.json) inside the
    package, byte for byte: the local platform serves it from there."""
    for name, data in generation.catalog.items():
        (generation.package_dir / name).write_bytes(data)


def add_typed_catalog(generation: Generation) -> None:
    """Write the ikigai_catalog package beside the client: the catalog snapshot as type
    declarations (see codegen/typed_catalog.py), marked as typed."""
    directory = generation.typed_catalog_dir
    directory.mkdir(exist_ok=True)
    source = render_typed_catalog(generation.catalog)
    (directory / "__init__.py").write_text(source, encoding="utf-8")
    (directory / "py.typed").write_text("", encoding="utf-8")
