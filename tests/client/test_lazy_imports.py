"""What a new process loads before its first answer: no pandas, no pyarrow, and no more of the
generated client than the calls it makes (benchmarks/transfer.py times the first answer).

Each check runs in a fresh interpreter and reads `sys.modules` there."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from ikigai import Ikigai
from ikigai.local import LocalPlatform

HEAVY = ("pandas", "pyarrow", "numpy")

PROBE = """
import json, sys
def loaded():
    names = set(sys.modules)
    return {
        "heavy": sorted(n for n in names if n.split(".")[0] in %(heavy)r),
        "models": sum(n.startswith("ikigai_wire.models.") for n in names),
        "api": sum(n.startswith("ikigai_wire.api.") for n in names),
        "nouns": sorted(n for n in names if n.split(".")[:2] == ["ikigai", "components"]),
    }
seen = {}
import ikigai
seen["import ikigai"] = loaded()
from ikigai import Ikigai
client = Ikigai(user_email=%(email)r, api_key=%(key)r, base_url=%(url)r)
seen["client"] = loaded()
apps = client.apps()
seen["apps"] = loaded()
client.app.new("lazy imports").build().datasets()
seen["datasets"] = loaded()
print(json.dumps(seen))
"""


@pytest.fixture(scope="module")
def loaded(platform: LocalPlatform) -> dict[str, dict[str, Any]]:
    user = "lazy-imports@example.com"
    source = PROBE % {
        "heavy": HEAVY,
        "email": user,
        "key": platform.add_user(user),
        "url": platform.base_url,
    }
    done = subprocess.run(
        [sys.executable, "-c", source], capture_output=True, text=True, timeout=120, check=True
    )
    answer: dict[str, dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


@pytest.mark.parametrize("step", ["import ikigai", "client", "apps", "datasets"])
def test_no_pandas_nor_pyarrow_before_data_moves(
    loaded: dict[str, dict[str, Any]], step: str
) -> None:
    assert loaded[step]["heavy"] == []


def test_importing_the_package_loads_no_client(loaded: dict[str, dict[str, Any]]) -> None:
    assert (loaded["import ikigai"]["models"], loaded["import ikigai"]["api"]) == (0, 0)


def test_the_generated_client_loads_what_is_called(loaded: dict[str, dict[str, Any]]) -> None:
    """Of 67 operations the first answers load the modules of the few they call; of 163
    models, those the components name (the package itself loads none)."""
    apps = loaded["apps"]
    assert apps["api"] <= 5, apps
    assert apps["models"] < 100, apps


def test_listing_apps_loads_no_other_nouns(loaded: dict[str, dict[str, Any]]) -> None:
    """Flows, models, custom facets and datasets (and the specs and builders they import)
    load when first used."""
    kept = ["ikigai.components._base", "ikigai.components._context"]
    kept += ["ikigai.components._placement", "ikigai.components.app"]
    assert loaded["apps"]["nouns"] == ["ikigai.components", *kept]
    assert "ikigai.components.dataset" in loaded["datasets"]["nouns"]
    assert "ikigai.components.flow" not in loaded["datasets"]["nouns"]


def test_the_lazy_nouns_give_their_own_names() -> None:
    import ikigai.components
    import ikigai.utils
    from ikigai.components.flow import FlowStatus
    from ikigai.components.model import Model
    from ikigai.utils import enums, missing

    assert ikigai.components.Model is Model
    assert ikigai.utils.FlowStatus is FlowStatus is enums.FlowStatus
    assert missing.MISSING is ikigai.utils.missing.MISSING
    assert {"App", "Model", "FlowStatus", "NamedMapping"} <= set(ikigai.components.__all__)
    assert set(ikigai.utils.__all__) == set(enums.__all__)
    assert {"Model", "FlowStatus"} <= set(dir(ikigai.components))
    assert {"FlowStatus", "missing", "enums"} <= set(dir(ikigai.utils))
    for package in (ikigai.components, ikigai.utils):
        with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
            _ = package.nothing  # type: ignore[attr-defined]


def test_a_transfer_then_loads_them(client: Ikigai) -> None:
    """The names the lazy packages give are the real ones, in this process too."""
    import ikigai.builders
    import ikigai.components
    import ikigai.specs
    import ikigai.transfer
    from ikigai.builders.flow import FlowBuilder
    from ikigai.transfer._download import download_table
    from ikigai_wire.models import ProjectList
    from ikigai_wire.models.project_list import ProjectList as Defined

    assert ikigai.builders.FlowBuilder is FlowBuilder
    assert ikigai.components.FlowDefinitionBuilder is FlowBuilder  # a name given as another
    assert ikigai.specs.facet.FacetType is ikigai.specs.FacetType  # a module path, then a name
    assert ikigai.transfer.download_table is download_table
    assert ProjectList is Defined
    with pytest.raises(AttributeError, match="has no attribute 'nothing'"):
        _ = ikigai.transfer.nothing  # type: ignore[attr-defined]
    assert client.facet_types.MID.COUNT.name == "COUNT"
