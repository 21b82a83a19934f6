"""Which model an ML facet uses and with which parameters and hyperparameters.

The client folds hyperparameters into facet arguments: ungrouped ones under `hyperparameters`,
grouped ones under an argument named after their group (a one-element list when that argument
is a list, as AI_CAST's `metrics`). This module unfolds them, checks them against the sub-model's
spec and fills in the spec's defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ikigai.local.engine.arguments import check_values, with_defaults
from ikigai.local.engine.call import FacetCall, PendingModelVersion
from ikigai.local.engine.catalog import SubModelSpec, find_sub_model, normalise
from ikigai.local.engine.models import artifacts
from ikigai.local.engine_contract import StoredModel
from ikigai.local.narrowing import as_list, as_mapping

_FACET_ONLY = {"model_name", "model_version", "version", "parameters", "hyperparameters"}


@dataclass(frozen=True)
class ModelSettings:
    model: StoredModel
    sub_model: SubModelSpec
    version: str | None
    parameters: dict[str, Any]
    hyperparameters: dict[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return normalise(self.model.model_type), normalise(self.model.sub_model_type)


def _given_hyperparameters(call: FacetCall) -> dict[str, Any]:
    given = dict(as_mapping(call.node.arguments.get("hyperparameters")) or {})
    for name, value in call.node.arguments.items():
        if name in _FACET_ONLY:
            continue
        items = as_list(value)
        group = as_mapping(items[0] if items else value)
        if group is not None:
            given.update(group)
    return given


def resolve(call: FacetCall) -> ModelSettings:
    name = str(call.arguments["model_name"])
    model = call.found(lambda: call.context.model(name), f"the app has no model named {name!r}")
    sub_model = find_sub_model(model.model_type, model.sub_model_type)
    what = f"{model.model_type}/{model.sub_model_type}"
    if sub_model is None:
        raise call.fail(f"model {name!r} has an unknown model type {what}")
    if sub_model.is_hidden:
        raise call.fail(f"model type {what} is not available on the local platform")
    parameters = dict(as_mapping(call.node.arguments.get("parameters")) or {})
    hyperparameters = _given_hyperparameters(call)
    problems = check_values(parameters, sub_model.parameters, where="parameters.")
    problems += check_values(hyperparameters, sub_model.hyperparameters, where="hyperparameters.")
    if problems:
        raise call.fail(f"model {name!r} ({what}): {'; '.join(problems)}")
    version = call.text("version") or call.text("model_version")
    return ModelSettings(
        model=model,
        sub_model=sub_model,
        version=version,
        parameters=with_defaults(parameters, sub_model.parameters),
        hyperparameters=with_defaults(hyperparameters, sub_model.hyperparameters),
    )


def stored_artifact(call: FacetCall, settings: ModelSettings) -> dict[str, Any] | None:
    """The trained artifact of the named version, from this run or from the platform."""
    if settings.version is None:
        return None
    key = (settings.model.model_id, settings.version)
    pending = call.state.model_versions.get(key)
    if pending is not None:
        artifact = pending.artifact
    else:
        stored = call.context.model_version(*key)
        if stored is None:
            return None
        artifact = stored.artifact
    try:
        loaded = artifacts.load(artifact)
    except artifacts.ArtifactError as error:
        raise call.fail(f"{_named(settings)} {error}") from error
    if loaded.get("model_type") != settings.key:
        raise call.fail(f"{_named(settings)} was not trained by this engine for this model")
    return loaded


def _named(settings: ModelSettings) -> str:
    return f"version {settings.version!r} of model {settings.model.name!r}"


def record_version(
    call: FacetCall, settings: ModelSettings, metrics: Mapping[str, Any], artifact: dict[str, Any]
) -> None:
    """Keep a trained version, to be saved once the whole run has succeeded."""
    if settings.version is None:
        return
    try:
        stored = artifacts.dump({**artifact, "model_type": settings.key})
    except artifacts.ArtifactError as error:
        raise call.fail(f"{_named(settings)} {error}") from error
    call.state.model_versions[settings.model.model_id, settings.version] = PendingModelVersion(
        facet_id=call.facet_id,
        model_id=settings.model.model_id,
        version=settings.version,
        hyperparameters=settings.hyperparameters,
        metrics=metrics,
        artifact=stored,
    )
