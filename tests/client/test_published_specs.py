"""The specs and the builders' checks against the published client (`ikigai==0.4.4`, run in its
own virtual environment, see `benchmarks/published_client.py`).

* Each mistake the published builders and specs refuse is refused by ours with an error of the
  same builtin type (ValueError, TypeError, KeyError, AttributeError, RuntimeError) whose
  message contains the published key phrase. Every case runs in both packages: the published
  run proves the type and the phrase are the published ones, ours that we raise them.
* The spec classes are at the published import paths under the published names, with the
  published members, parameter names and kinds, and the same values for the whole local
  catalog (fields, enums, help texts).

No server: both packages read the local platform's catalog files.
"""

from __future__ import annotations

import enum
import inspect
import json
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from client_support import argument, facet

import ikigai
import ikigai.specs
import ikigai.specs.facet
import ikigai.specs.model
import ikigai_wire
from benchmarks import published_client
from ikigai.builders import FlowBuilder
from ikigai.errors import IkigaiError

CATALOG = Path(ikigai_wire.__file__).parent  # the catalog snapshot, as package data


@pytest.fixture(scope="session")
def published_python() -> Path:
    try:
        return published_client.published_python()
    except published_client.PublishedClientUnavailable as error:
        pytest.fail(str(error))


def spec_args() -> list[str]:
    return [str(CATALOG), json.dumps(SMALL_FACETS), json.dumps(SMALL_MODELS)]


def run_published(python: Path, script: str, *args: str) -> Any:
    """Run `script` with the published client, `argv` holding `args`; it prints one JSON line
    last."""
    result = subprocess.run(
        [str(python), "-I", "-c", "import sys\nargv = sys.argv[1:]\n" + script, *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tempfile.gettempdir(),  # not the checkout: `import ikigai` must find the published one
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# ---- small specs: what the catalog has no example of --------------------------------------


SMALL_FACETS: dict[str, Any] = {
    "INPUT": {},
    "MID": {
        "MACHINE_LEARNING": {
            # a model facet with nowhere to put model parameters
            "SCORE": facet(
                "M_900", "SCORE", "MID", [argument("model_name")], group="MACHINE_LEARNING"
            ),
        }
    },
    "OUTPUT": {},
}

SMALL_MODELS: dict[str, Any] = {
    "Plain": {
        "name": "Plain",
        "is_deprecated": False,
        "is_hidden": False,
        "keywords": [],
        "sub_model_types": [
            {  # a sub-model type without hyperparameters
                "name": "Bare",
                "is_deprecated": False,
                "is_hidden": False,
                "keywords": [],
                "metrics": {},
                "parameters": {},
                "hyperparameters": {},
            }
        ],
    }
}

# ---- the mistakes ---------------------------------------------------------------------------

# (case, code, builtin type, the published key phrase). The code runs with `B` (a new flow
# definition builder), `ft` and `mt` (the catalog's facet and model types), `small_ft` and
# `small_mt` (the small specs above); it names only what both packages have.
IMPORTED = "B().facet(ft.INPUT.IMPORTED)"
LASSO = "B().model_facet(ft.MID.PREDICT, mt.Linear.Lasso)"
AI_CAST = "B().model_facet(ft.MID.AI_CAST, mt['Ai Cast'].Base)"
MISTAKES: list[tuple[str, str, type[Exception], str]] = [
    ("numeric", f"{IMPORTED}.arguments(header_row_number='3')", TypeError, "must be numeric"),
    ("string", f"{IMPORTED}.arguments(dataset_id=5)", TypeError, "must be string"),
    ("list", f"{IMPORTED}.arguments(column_names='a')", TypeError, "must be list"),
    ("list of maps", f"{IMPORTED}.arguments(data_types={{}})", TypeError, "must be list"),
    ("boolean", f"{IMPORTED}.arguments(use_raw_file='yes')", TypeError, "must be boolean"),
    ("boolean not int", f"{IMPORTED}.arguments(use_raw_file=1)", TypeError, "must be boolean"),
    ("mapping", f"{IMPORTED}.arguments(data_types=['a'])", TypeError, "must be mapping"),
    ("list item", f"{IMPORTED}.arguments(column_names=[1])", TypeError, "must be string"),
    (
        "map child",
        f"{IMPORTED}.arguments(data_types=[{{'column_name': 1}}])",
        TypeError,
        "must be string",
    ),
    ("option", f"{IMPORTED}.arguments(file_type='json')", ValueError, "must be one of"),
    ("required", f"{IMPORTED}.arguments(dataset_id=None)", ValueError, "is required"),
    (
        "unknown argument",
        f"{IMPORTED}.arguments(x=1)",
        ValueError,
        "is not valid for Imported facet",
    ),
    (
        "unknown argument in args",
        "B().facet(ft.INPUT.IMPORTED, args={'x': 1})",
        ValueError,
        "is not valid for Imported facet",
    ),
    (
        "unexpected child argument",
        f"{IMPORTED}.arguments(data_types=[{{'zz': 1}}])",
        KeyError,
        "provided with unexpected child argument 'zz'",
    ),
    (
        "unknown hyperparameter",
        f"{LASSO}.hyperparameters(zz=1)",
        ValueError,
        "is not valid for Lasso models",
    ),
    ("unknown parameter", f"{LASSO}.parameters(zz=1)", ValueError, "is not valid for Lasso models"),
    ("hyperparameter type", f"{LASSO}.hyperparameters(alpha='x')", TypeError, "must be numeric"),
    ("parameter type", f"{LASSO}.parameters(target_column=1)", TypeError, "must be string"),
    ("parameter list", f"{LASSO}.parameters(feature_columns='a')", TypeError, "must be list"),
    ("parameter required", f"{LASSO}.parameters(target_column=None)", ValueError, "is required"),
    (
        "hyperparameter option",
        f"{AI_CAST}.hyperparameters(eval_method='x')",
        ValueError,
        "must be one of",
    ),
    (
        "hyperparameter mapping",
        f"{AI_CAST}.hyperparameters(fine_tune=['x'])",
        TypeError,
        "must be mapping",
    ),
    (
        "unexpected child hyperparameter",
        f"{AI_CAST}.hyperparameters(fine_tune=[{{'zz': 1}}])",
        KeyError,
        "provided with unexpected child hyperparameter 'zz'",
    ),
    (
        "no hyperparameters",
        "B().model_facet(ft.MID.PREDICT, small_mt.Plain.Bare).hyperparameters(alpha=1)",
        RuntimeError,
        "Bare Model does not support hyperparameters",
    ),
    (
        "no parameters",
        "B().model_facet(small_ft.MID.SCORE, mt.Linear.Lasso).parameters(target_column='t')",
        RuntimeError,
        "Lasso Model does not support parameters",
    ),
    (
        "not a model facet",
        "B().model_facet(ft.MID.COUNT, mt.Linear.Lasso)",
        ValueError,
        "Count is not a known Model Facet",
    ),
    (
        "variables without a name",
        f"{IMPORTED}.variables(v='dataset_id')",
        ValueError,
        "Please set a name for the facet",
    ),
    (
        "variable of no argument",
        "B().facet(ft.INPUT.IMPORTED, name='a').variables(v='nope')",
        ValueError,
        "does not have argument 'nope'",
    ),
    (
        "variable of a list",
        "B().facet(ft.INPUT.IMPORTED, name='a').variables(v='column_names')",
        ValueError,
        "is currently not supported",
    ),
    (
        "variable taken",
        "b = B(); b.facet(ft.INPUT.IMPORTED, name='a').variables(v='dataset_id');"
        " b.facet(ft.INPUT.IMPORTED, name='b').variables(v='dataset_id')",
        ValueError,
        "already exists for another facet",
    ),
    ("facet attribute", "ft.MID.NOPE", AttributeError, "Nope facet does not exist"),
    ("facet key", "ft.MID['NOPE']", AttributeError, "Nope facet does not exist"),
    ("model key", "mt['Nope']", AttributeError, "Nope model does not exist"),
    ("model attribute", "mt.Nope", AttributeError, "Nope model does not exist"),
    ("sub-model key", "mt.Linear['nope']", AttributeError, "Nope sub-model does not exist"),
    ("sub-model attribute", "mt.Linear.nope", AttributeError, "Nope sub-model does not exist"),
    ("metric", "mt.Linear.Lasso.metrics['nope']", AttributeError, "Nope metric does not exist"),
    ("uid", "ft.find_by_uid('Z_1')", KeyError, "Facet type with UID Z_1 not found"),
    (
        "argument spec",
        "ft.INPUT.IMPORTED.facet_arguments['dataset_id'].validate_value('Imported', 5)",
        TypeError,
        "must be string",
    ),
    (
        "parameter spec",
        "mt.Linear.Lasso.parameters['target_column'].validate_value('Lasso', 5)",
        TypeError,
        "must be string",
    ),
    (
        "hyperparameter spec",
        "mt.Linear.Lasso.hyperparameters['alpha'].validate_value('Lasso', 'x')",
        TypeError,
        "must be numeric",
    ),
]

# Loads the specs as both packages can (the same names in both). `argv` holds the catalog's
# folder, the small facet specs and the small model specs (as JSON), and what a script needs.
SETUP = """
import json
from ikigai.specs.facet import FacetTypes
from ikigai.specs.model import ModelTypes

catalog, small_facets, small_models = argv[0], json.loads(argv[1]), json.loads(argv[2])
with open(f"{catalog}/facet-specs.json", encoding="utf-8") as file:
    ft = FacetTypes.from_dict(json.load(file))
with open(f"{catalog}/model-specs.json", encoding="utf-8") as file:
    mt = ModelTypes.from_dict(json.load(file))
small_ft = FacetTypes.from_dict(small_facets)
small_mt = ModelTypes.from_dict(small_models)
"""

# The published client's run of the mistakes: what each raised, by case.
RUN_MISTAKES = (
    SETUP
    + """
from ikigai.components.flow_definition import FlowDefinitionBuilder as B

answers = {}
for case, code in json.loads(argv[3]):
    try:
        exec(code)
        answers[case] = None
    except Exception as error:
        answers[case] = {"mro": [c.__name__ for c in type(error).__mro__], "message": str(error)}
print(json.dumps(answers))
"""
)


def run_ours(script: str, *args: str) -> Any:
    """Run `script` with ours, in this process; the JSON line it prints last, or its names."""
    printed: list[str] = []
    namespace: dict[str, Any] = {"argv": list(args), "print": printed.append}
    exec(script, namespace)
    return json.loads(printed[-1]) if printed else namespace


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    """Our specs, loaded by the same code as the published ones, and our builder as `B`."""
    namespace: dict[str, Any] = run_ours(SETUP, *spec_args())
    return namespace | {"B": FlowBuilder}


@pytest.fixture(scope="module")
def published_mistakes(published_python: Path) -> dict[str, Any]:
    cases = json.dumps([(case, code) for case, code, _, _ in MISTAKES])
    answers: dict[str, Any] = run_published(published_python, RUN_MISTAKES, *spec_args(), cases)
    return answers


@pytest.mark.parametrize(
    ("code", "builtin", "phrase"),
    [pytest.param(code, builtin, phrase, id=case) for case, code, builtin, phrase in MISTAKES],
)
def test_ours_raises_the_published_type_with_the_published_phrase(
    ours: dict[str, Any], code: str, builtin: type[Exception], phrase: str
) -> None:
    with pytest.raises(builtin) as caught:
        exec(code, dict(ours))
    assert isinstance(caught.value, IkigaiError), f"not one of ours: {caught.value!r}"
    assert phrase in str(caught.value)


@pytest.mark.parametrize(
    ("case", "builtin", "phrase"),
    [pytest.param(case, builtin, phrase, id=case) for case, _, builtin, phrase in MISTAKES],
)
def test_the_published_client_raises_that_type_with_that_phrase(
    published_mistakes: dict[str, Any], case: str, builtin: type[Exception], phrase: str
) -> None:
    answer = published_mistakes[case]
    assert answer is not None, f"the published client accepts {case}"
    assert builtin.__name__ in answer["mro"], answer
    assert phrase in answer["message"], answer


# ---- custom facets: ours only (a published CustomFacetVersion needs its client) -------------


class _Argument:
    def __init__(self, name: str, argument_type: str) -> None:
        self.name = name
        self.argument_type = argument_type


class _Version:
    """What the builder reads of a custom facet version."""

    def __init__(self, facet_type: ikigai.specs.FacetType) -> None:
        self.custom_facet_id = "cf1"
        self.version_id = "v1"
        self.version = "first"
        self.facet_type = facet_type
        self.arguments = {
            name: _Argument(name, kind)
            for name, kind in (("n", "int"), ("s", "str"), ("b", "bool"))
        }


@pytest.mark.parametrize(
    ("arguments", "builtin", "phrase"),
    [
        ({"zz": 1}, ValueError, "is not valid for Custom_Facet facet"),
        ({"n": "x"}, TypeError, "must be numeric"),
        ({"s": 1}, TypeError, "must be string"),
        ({"b": 1}, TypeError, "must be boolean"),
        ({"custom_facet_id": "other"}, ValueError, "must be one of"),
    ],
)
def test_custom_facet_arguments_raise_the_published_types_and_phrases(
    ours: dict[str, Any], arguments: dict[str, Any], builtin: type[Exception], phrase: str
) -> None:
    facet = FlowBuilder().custom_facet(_Version(ours["ft"].MID.CUSTOM_FACET))
    with pytest.raises(builtin, match=phrase):
        facet.arguments(**arguments)


def test_custom_facet_ids_may_be_given_again_as_the_published_builder_takes_them(
    ours: dict[str, Any],
) -> None:
    facet = FlowBuilder().custom_facet(_Version(ours["ft"].MID.CUSTOM_FACET))
    facet.arguments(custom_facet_id="cf1", version_id="v1", n=1)
    assert facet.build().facets[0].arguments == {
        "custom_facet_id": "cf1",
        "version_id": "v1",
        "arguments": [{"name": "n", "value": 1, "type": "NUMBER"}],
    }


# ---- the surface: names, members, signatures ------------------------------------------------

# What the published client has of the spec classes: the public classes of `ikigai.specs.facet`
# and `ikigai.specs.model`, the names of `ikigai.specs.__all__`, and for each class its fields
# and its public members with their parameters (the pydantic machinery left out).
DUMP_SURFACE = """
import enum, inspect, json
import pydantic
import ikigai.specs, ikigai.specs.facet, ikigai.specs.model

def parameters(member):
    function = member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return None
    shown = [p for p in signature.parameters.values() if p.name not in ("self", "cls")]
    return [[p.name, p.kind.name, None if p.default is p.empty else repr(p.default)] for p in shown]

PYDANTIC = set(dir(pydantic.RootModel)) | set(dir(pydantic.BaseModel))
PROTOCOL = {"__contains__", "__getitem__", "__getattr__", "__dir__", "__iter__", "__len__"}

def members(cls):
    found = {}
    fields = getattr(cls, "model_fields", {})
    for name in fields:
        found[name] = {"kind": "field"}
    for klass in cls.__mro__:
        if not klass.__module__.startswith("ikigai."):
            continue
        for name, member in vars(klass).items():
            if name in PROTOCOL:
                found[name] = {"kind": "method", "parameters": None}  # names do not matter
                continue
            if name.startswith("_") or name in found or name in PYDANTIC:
                continue
            if name.startswith("validate_") and name not in ("validate_value",):
                continue  # pydantic validators
            if isinstance(member, property):
                found[name] = {"kind": "property"}
            elif isinstance(member, type):
                found[name] = {"kind": "class"}
            elif callable(member) or isinstance(member, (classmethod, staticmethod)):
                found[name] = {"kind": "method", "parameters": parameters(member)}
    return found

surface = {"all": list(ikigai.specs.__all__), "modules": {}, "classes": {}, "enums": {}}
for module in (ikigai.specs.facet, ikigai.specs.model):
    names = []
    for name in sorted(dir(module)):
        value = getattr(module, name)
        spec_module = ("ikigai.specs", "ikigai.utils.enums")
        if isinstance(value, type) and value.__module__.startswith(spec_module):
            names.append(name)
            if issubclass(value, enum.Enum):
                surface["enums"][name] = {
                    "members": [[m.name, m.value] for m in value],
                    "bases": [b.__name__ for b in value.__mro__],
                }
            else:
                surface["classes"][name] = members(value)
    surface["modules"][module.__name__] = names
surface["classes"]["FacetTypes.ChainGroup"] = members(ikigai.specs.facet.FacetTypes.ChainGroup)
print(json.dumps(surface))
"""


@pytest.fixture(scope="module")
def published_surface(published_python: Path) -> dict[str, Any]:
    surface: dict[str, Any] = run_published(published_python, DUMP_SURFACE)
    return surface


def _ours_class(dotted: str) -> type:
    found: Any = ikigai.specs
    for part in dotted.split("."):
        found = getattr(found, part)
    assert isinstance(found, type)
    return found


def examples(ours: dict[str, Any]) -> dict[str, object]:
    """An instance of ours for each published class: members may be instance attributes."""
    ft, mt = ours["ft"], ours["mt"]
    specs = ikigai.specs
    custom = specs.CustomFacetType.from_facet_type(
        ft.MID.CUSTOM_FACET, "cf1", "v1", {"n": specs.CustomFacetArgumentSpec("n", "int", 1)}
    )
    return {
        "ArgumentSpec": ft.INPUT.IMPORTED.facet_arguments["dataset_id"],
        "CustomFacetArgumentSpec": specs.CustomFacetArgumentSpec("n", "int", 1),
        "CustomFacetType": custom,
        "FacetInfo": ft.INPUT.IMPORTED.facet_info,
        "FacetRequirementSpec": ft.INPUT.IMPORTED.facet_requirement,
        "FacetType": ft.INPUT.IMPORTED,
        "FacetTypes": ft,
        "FacetTypes.ChainGroup": ft.MID,
        "ModelHyperparameterSpec": mt.Linear.Lasso.hyperparameters["alpha"],
        "ModelMetricsSpec": mt.Linear.Lasso.metrics,
        "ModelParameterSpec": mt.Linear.Lasso.parameters["target_column"],
        "ModelSpec": mt.Linear,
        "ModelTypes": mt,
        "SubModelSpec": mt.Linear.Lasso,
    }


def test_the_published_names_of_ikigai_specs_are_ours(published_surface: dict[str, Any]) -> None:
    for name in published_surface["all"]:
        assert name in ikigai.specs.__all__, name
        assert isinstance(getattr(ikigai.specs, name), type), name
    for module, names in published_surface["modules"].items():
        for name in names:
            ours = getattr(
                ikigai.specs.facet if module.endswith("facet") else ikigai.specs.model, name, None
            )
            assert isinstance(ours, type), f"{module}.{name}"
            assert ours is getattr(ikigai.specs, name), (
                f"{module}.{name} is not ikigai.specs.{name}"
            )


def test_the_aliases_are_our_classes_themselves() -> None:
    specs = ikigai.specs
    assert specs.ModelSpec is specs.ModelType
    assert specs.SubModelSpec is specs.SubModelType
    assert specs.FacetTypes.ChainGroup is specs.FacetChain


def test_the_spec_enums_have_the_published_members(published_surface: dict[str, Any]) -> None:
    for name, published in published_surface["enums"].items():
        ours: type[enum.Enum] = getattr(ikigai.specs, name)
        assert [[m.name, m.value] for m in ours] == published["members"], name
        assert issubclass(ours, enum.StrEnum) == ("StrEnum" in published["bases"]), name


def _compatible(published: list[list[Any]] | None, ours: Callable[..., Any]) -> str | None:
    """Why a call valid for the published parameters fails for ours, or None."""
    if published is None:
        return None
    function: Any = getattr(ours, "__func__", ours)  # a classmethod or staticmethod: its function
    shown = [
        p for p in inspect.signature(function).parameters.values() if p.name not in ("self", "cls")
    ]
    for index, (name, kind, default) in enumerate(published):
        if index >= len(shown):
            return f"no parameter {name!r}"
        mine = shown[index]
        if mine.name != name and kind != "VAR_KEYWORD":
            return f"parameter {index} is {mine.name!r}, not {name!r}"
        if mine.kind.name != kind and not (
            kind == "POSITIONAL_ONLY" and mine.kind.name == "POSITIONAL_OR_KEYWORD"
        ):
            return f"parameter {name!r} is {mine.kind.name}, not {kind}"
        if default is not None and (mine.default is mine.empty or repr(mine.default) != default):
            return f"parameter {name!r} defaults to {mine.default!r}, not {default}"
    extra = shown[len(published) :]
    required = [
        p.name
        for p in extra
        if p.default is p.empty and p.kind.name not in ("VAR_POSITIONAL", "VAR_KEYWORD")
    ]
    return f"ours requires {required}" if required else None


def test_every_published_member_of_the_specs_is_ours(
    published_surface: dict[str, Any], ours: dict[str, Any]
) -> None:
    instances = examples(ours)
    problems: list[str] = []
    for class_name, members in published_surface["classes"].items():
        cls = _ours_class(class_name)
        instance = instances[class_name]
        assert isinstance(instance, cls), class_name
        for name, member in members.items():
            if not hasattr(instance, name):
                problems.append(f"{class_name}.{name}: missing")
                continue
            if member["kind"] == "method":
                mine = inspect.getattr_static(cls, name, None)
                if mine is None or not callable(getattr(instance, name)):
                    problems.append(f"{class_name}.{name}: not a method")
                    continue
                why = _compatible(member["parameters"], mine)
                if why:
                    problems.append(f"{class_name}.{name}: {why}")
    assert not problems, "\n".join(problems)


# ---- the values: the whole catalog, read by both ---------------------------------------------

# Every published field of every spec of the catalog, as JSON (an enum as [class, value]), and
# the help texts; the same code runs in both packages.
DUMP_VALUES = (
    SETUP
    + """
import enum
from ikigai.specs.facet import CustomFacetArgumentSpec, CustomFacetType

import re

# The key order inside the metrics' nested dicts is the wire model's in ours (its optional
# fields last): the help texts are compared without the metric lines, the metrics by value.
METRIC_LINE = re.compile(r"^\\s*(performance|feature_importance): ")

def without_metrics(text):
    return "\\n".join(line for line in text.splitlines() if not METRIC_LINE.match(line))

def shown(value):
    if isinstance(value, enum.Enum):
        return [type(value).__name__, value.value]
    if isinstance(value, dict):
        return {str(k): shown(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [shown(v) for v in value]
    return value

def fields(spec, names):
    return {name: shown(getattr(spec, name)) for name in names}

def argument(spec):
    found = fields(spec, ["name", "argument_type", "default_value", "have_sub_arguments",
                          "is_deprecated", "is_hidden", "is_list", "is_required", "options"])
    found["children"] = {k: argument(c) for k, c in spec.children.items()}
    found["help"] = spec.help()
    return found

def facet_type(spec):
    found = fields(spec, ["is_deprecated", "is_hidden", "name", "facet_uid"])
    info = ["facet_uid", "chain_group", "facet_group", "facet_type"]
    found["facet_info"] = fields(spec.facet_info, info)
    counts = ["max_child_count", "min_child_count", "max_parent_count", "min_parent_count"]
    found["facet_requirement"] = fields(spec.facet_requirement, counts)
    for group in ("facet_arguments", "in_arrow_arguments", "out_arrow_arguments"):
        found[group] = {k: argument(a) for k, a in getattr(spec, group).items()}
    found["is_ml_facet"] = spec.is_ml_facet()
    return found

def parameter(spec):
    found = fields(spec, ["name", "default_value", "have_options", "is_deprecated", "is_required",
                          "is_hidden", "is_list", "options", "parameter_type"])
    found["parameter_type_class"] = type(spec.parameter_type).__name__
    found["help"] = spec.help()
    return found

def hyperparameter(spec):
    found = fields(spec, ["name", "default_value", "have_options", "have_sub_hyperparameters",
                          "hyperparameter_group", "hyperparameter_type", "is_deprecated",
                          "is_required", "is_hidden", "is_list", "options"])
    needs = spec.sub_hyperparameter_requirements.items()
    found["sub_hyperparameter_requirements"] = [[shown(k), v] for k, v in needs]
    found["children"] = {k: hyperparameter(c) for k, c in spec.children.items()}
    found["help"] = spec.help()
    return found

def sub_model(spec):
    found = fields(spec, ["name", "model_type", "sub_model_type", "is_deprecated", "is_hidden",
                          "keywords"])
    found["metrics"] = shown(spec.metrics.root)
    found["metrics_help"] = without_metrics(spec.metrics.help())
    found["parameters"] = {k: parameter(p) for k, p in spec.parameters.items()}
    found["hyperparameters"] = {k: hyperparameter(h) for k, h in spec.hyperparameters.items()}
    found["help"] = without_metrics(spec.help())
    return found

values = {"chains": {}, "models": {}}
for chain in ("INPUT", "MID", "OUTPUT"):
    group = getattr(ft, chain)
    values["chains"][chain] = {
        "types": group.types,
        "root": list(group.root),
        "facet_types": {k: facet_type(f) for k, f in group.root.items()},
        "help": group.help(),
        "by_uid": {f.facet_uid: ft.find_by_uid(f.facet_uid).name for f in group.root.values()},
    }
values["help"] = ft.help()
values["model_types"] = {
    "types": mt.types, "root": list(mt.root), "help": without_metrics(mt.help())
}
for key, model in mt.root.items():
    names = ["name", "model_type", "is_deprecated", "is_hidden", "keywords", "types"]
    values["models"][key] = fields(model, names)
    subs = model.sub_model_types.items()
    values["models"][key]["sub_model_types"] = {k: sub_model(s) for k, s in subs}
    values["models"][key]["help"] = without_metrics(model.help())
arguments = {
    "n": CustomFacetArgumentSpec(name="n", argument_type="int", value=1),
    "s": CustomFacetArgumentSpec(name="s", argument_type="str", value="a"),
    "b": CustomFacetArgumentSpec(name="b", argument_type="bool", value=True),
    "f": CustomFacetArgumentSpec(name="f", argument_type="float", value=1.5),
}
custom = CustomFacetType.from_facet_type(ft.MID.CUSTOM_FACET, "cf1", "v1", arguments)
values["custom"] = facet_type(custom) | fields(custom, ["custom_facet_id", "version_id"])
custom_arguments = custom.custom_facet_arguments.items()
values["custom"]["custom_facet_arguments"] = {k: argument(a) for k, a in custom_arguments}
values["custom"]["to_dict"] = [a.to_dict() for a in arguments.values()]
values["custom"]["argument_types"] = [shown(a.argument_type) for a in arguments.values()]
values["model_dump"] = {
    "facet_types": shown(ft.model_dump()),
    "model_types": shown(mt.model_dump()),
    "custom": shown(custom.model_dump()),
    "custom_arguments": [shown(a.model_dump()) for a in arguments.values()],
    "metrics": shown(mt.Linear.Lasso.metrics.model_dump()),
}
print(json.dumps(values, default=repr))
"""
)


def test_every_spec_of_the_catalog_reads_the_same_in_both(published_python: Path) -> None:
    published = run_published(published_python, DUMP_VALUES, *spec_args())
    ours = run_ours(DUMP_VALUES, *spec_args())
    assert ours == published
