"""Flow definitions from files: JSON, or YAML (with PyYAML installed), in the shape of
`FlowDefinition.model_dump()`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from ikigai.builders.definition import FlowDefinition

__all__ = ["read_definition"]

_LISTS = {"facets": ("facet_id", "facet_uid"), "arrows": ("source", "destination")}


def read_definition(path: Path) -> FlowDefinition:
    """The definition in `path`; ValueError naming the file and what is wrong with it."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"{path} is not UTF-8 text") from None
    parsed = _parse(path, text)
    if not isinstance(parsed, dict):
        raise ValueError(
            f"{path}: a definition is an object with facets and arrows, not {type(parsed).__name__}"
        )
    data = cast(dict[str, Any], parsed)
    for key, fields in _LISTS.items():
        items: list[Any] | Any = data.get(key, [])
        if not isinstance(items, list):
            raise ValueError(f"{path}: {key} must be a list")
        for index, item in enumerate(cast(list[object], items)):
            missing = [field for field in fields if not isinstance(item, dict) or field not in item]
            if missing:
                raise ValueError(f"{path}: {key}[{index}] has no {' or '.join(missing)}")
    for key in ("variables", "model_variables"):
        if not isinstance(data.get(key, {}), dict):
            raise ValueError(f"{path}: {key} must be an object")
    if not data.get("facets"):
        raise ValueError(f"{path}: the definition has no facets")
    from ikigai.builders.definition import FlowDefinition  # the command line loads it on use

    return FlowDefinition.from_dict(data)


def _parse(path: Path, text: str) -> Any:
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise ValueError(
                f"reading {path} needs PyYAML (pip install pyyaml), or give the definition as JSON"
            ) from None
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise ValueError(f"{path} is not valid YAML: {' '.join(str(error).split())}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} is not valid JSON: {error}") from None
