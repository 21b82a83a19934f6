"""Trained versions as bytes, in skops' format: loading them never runs code from the file.

A pickle runs whatever its bytes name when it is loaded, so anyone who can write a stored
version could run code in the server. skops instead stores a tree of typed values and builds
only types it trusts: builtins, numpy and scikit-learn estimators by default, and the types in
`TRUSTED_TYPES` below. `load` refuses a file naming any other type (a function such as
`builtins.eval`, an object of a class the engine never stores) before building anything.

skops ships no type information, and importing it takes seconds (it imports scikit-learn), so
it is imported through `libraries.library` on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ikigai.local.engine.libraries import library
from ikigai.local.narrowing import as_mapping

TRUSTED_TYPES: frozenset[str] = frozenset(
    {
        "numpy.dtype",  # the input dtypes that imputers and encoders remember
        "sklearn.tree._tree.Tree",  # decision trees, random and isolation forests
        "sklearn.neighbors._kd_tree.KDTree",  # nearest neighbours' search tree
        "sklearn.metrics._dist_metrics.EuclideanDistance64",  # and the tree's metric
    }
)
"""What the engine's artifacts hold beyond skops' own trusted types, found by training every
model type of the catalog (tests/security/test_model_artifacts.py collects them and checks this
list against them). When a new model type needs another type, that test names it: add it only
if it is a class of numpy or scikit-learn whose loading runs no code named by the file; never a
function or a class that calls what it is given."""


class ArtifactError(Exception):
    """Bytes this platform will not store or load as a version; the message completes
    "version 'v1' of model 'm' …"."""


def _skops() -> Any:
    return library("skops.io")


def _untrusted(data: bytes) -> list[str]:
    """The types `data` names beyond skops' defaults, read from its schema (builds nothing)."""
    found: list[Any] = _skops().get_untrusted_types(data=data)
    return [str(name) for name in found]


def _refused(data: bytes) -> str:
    return ", ".join(sorted(set(_untrusted(data)) - TRUSTED_TYPES))


def dump(artifact: Mapping[str, Any]) -> bytes:
    """`artifact` as skops bytes, refused when `load` would refuse them."""
    try:
        data = bytes(_skops().dumps(dict(artifact)))
    except Exception as error:  # skops names what it cannot store
        raise ArtifactError(f"cannot be saved: {error}") from error
    refused = _refused(data)
    if refused:
        # Better to fail the training run than to keep a version no later run can use.
        raise ArtifactError(
            f"cannot be saved: it holds types this platform does not load: {refused}"
        )
    return data


def load(data: bytes) -> dict[str, Any]:
    """The artifact stored as `data` by `dump`, built only from `TRUSTED_TYPES` and skops'
    defaults; any other data raises `ArtifactError`."""
    try:
        refused = _refused(data)
    except Exception as error:  # not a zip, no schema, unknown protocol, empty: not skops
        raise ArtifactError(
            "is not in this platform's model format (it was stored by an earlier release or is"
            " damaged): train the version again"
        ) from error
    if refused:
        raise ArtifactError(f"holds types this platform does not load: {refused}")
    try:
        # The allow-list again, so that skops' own audit refuses what the check above missed.
        loaded: object = _skops().loads(data, trusted=sorted(TRUSTED_TYPES))
    except Exception as error:  # a trusted type with a broken state
        raise ArtifactError(f"is damaged ({error}): train the version again") from error
    artifact = as_mapping(loaded)
    if artifact is None:
        raise ArtifactError("is not a model artifact of this platform: train the version again")
    return dict(artifact)
