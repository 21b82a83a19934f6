"""Where codegen finds its inputs in the repository."""

from pathlib import Path

CODEGEN_DIR = Path(__file__).resolve().parent
REPO_ROOT = CODEGEN_DIR.parent

PYPROJECT = REPO_ROOT / "pyproject.toml"
DEFAULT_SPEC = REPO_ROOT / "spec" / "ikigai.yaml"
DEFAULT_OUT = REPO_ROOT / "generated" / "ikigai_wire"
DEFAULT_CATALOG = REPO_ROOT / "spec"  # facet-specs.json and model-specs.json

GENERATOR_CONFIG = CODEGEN_DIR / "config.yaml"
TEMPLATES = CODEGEN_DIR / "templates"
RUFF_CONFIG = CODEGEN_DIR / "ruff.toml"


def shown(path: Path) -> str:
    """The path as a person would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
