"""Our public surface is a superset of the published client's (`ikigai` 0.4.4 on PyPI).

Both packages are dumped by dump_surface.py, each in its own interpreter (they share the import
name): the published one in its side venv (benchmarks/published_client.py), ours from this
checkout. Then, for the published package:

- names: every documented name of `ikigai`, `ikigai.components`, `ikigai.specs`,
  `ikigai.typing`, `ikigai.utils` (their `__all__`), and of the modules that define those names
  (`ikigai.components.flow`, `ikigai.specs.facet`, `ikigai.utils.enums`, ...: the classes they
  define), resolves at the same import path in ours, as a class where it is one; a class
  re-exported at several paths is one class in ours too;
- classes, matched by import path (the defining module's; while that module is missing in ours,
  a path that re-exports the class): the same kind (enum, TypedDict, Protocol), the built-in
  bases (`str` of a StrEnum), the collections.abc traits that the published package gives them
  (a Mapping, Iterable through its own `__iter__` ...), and the subclass relations among the
  published classes;
- members: every public member (and every operator dunder) that the published package's own
  classes define, or that a collections.abc mixin gives them (Mapping.get, keys, `==` ...),
  exists in ours with a compatible kind: a method is a method, a classmethod a classmethod or
  staticmethod, an attribute (field, property, cached_property, annotated or `__init__`
  attribute) any readable attribute, a nested class a class (compared in turn);
- parameters: every published parameter exists in ours with the same name (positional ones at
  the same position), the same kind or a compatible one (positional-or-keyword in ours where the
  published one is keyword-only), and the same default; ours may add optional or keyword-only
  parameters. Operator dunders are called positionally: their parameter names do not count;
- enums: the published members, with equal values; TypedDicts: the keys, equally required;
- constructors: of the classes that programs construct themselves (USER_CONSTRUCTED);
- pydantic: `.model_dump()` (the published README calls it on flow definitions and flows) works
  without arguments on every class that is a pydantic model in the published package.

Out of scope: private names (leading underscore: the dumper does not list them); the internal
tier, i.e. the factories that build objects from the platform's answers (`from_dict`,
`from_list`, `from_facet_type`: they take the private `Client` or wire dicts) and `ArrowBuilder`
(kept in a private list of the facet builders, never handed out); and what the published
classes get from pydantic, enum, typing, dataclasses or builtins rather than from their own
code (pydantic's validators and hooks, `Enum.name`, the `str` methods of a StrEnum, a
dataclass's generated `__eq__`): ours brings those through its own bases, and the class traits
check the ones programs rely on.

Any difference fails, unless its subject is in ALLOWED with the reason. Each failure message
ends with the counts (names per import path; members same/compatible/incompatible/missing per
tier). Compatible differences pass; they are listed under `differences["compatible"]`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from dump_surface import signature

from benchmarks import published_client

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DUMPER = HERE / "dump_surface.py"
ROOTS = ("ikigai", "ikigai.components", "ikigai.specs", "ikigai.typing", "ikigai.utils")

# Subjects (an import path, a class, or `class.member`) whose differences are accepted, each
# with its reason. Keep it empty, or tiny and justified.
ALLOWED: dict[str, str] = {}

INTERNAL_FACTORIES = frozenset({"from_dict", "from_list", "from_facet_type"})
INTERNAL_CLASSES = {
    "ikigai.components.flow_definition.ArrowBuilder": (
        "kept in a private list of the facet builders; no published method returns one"
    ),
}
# The classes a program constructs itself; the client makes the others from the platform's
# answers (their constructors take wire data or the private Client).
USER_CONSTRUCTED = frozenset(
    {
        "ikigai.ikigai.Ikigai",
        "ikigai.components.flow.Schedule",
        "ikigai.components.flow_definition.FlowDefinitionBuilder",
        "ikigai.typing.named_mapping.NamedMapping",
    }
)
DOCUMENTED_PYDANTIC = frozenset({"model_dump"})
# Dunders that are not operators of the class: construction, subclassing, generics, pickling.
NOT_OPERATORS = frozenset(
    {
        "__init__",
        "__new__",
        "__init_subclass__",
        "__class_getitem__",
        "__subclasshook__",
        "__post_init__",
        "__getstate__",
        "__setstate__",
        "__reduce__",
        "__reduce_ex__",
        "__copy__",
        "__deepcopy__",
    }
)
# The published package's "argument left out" marker as a default: a program never passes it,
# so ours may default to anything.
PUBLISHED_MISSING_MARKER = "<MissingType._MISSING: 'Missing'>"
READABLE = frozenset({"field", "attribute", "property", "cached_property", "value"})
CALLABLE_KINDS = {
    "method": {"method", "classmethod", "staticmethod"},  # all callable on an instance
    "classmethod": {"classmethod", "staticmethod"},  # callable on the class
    "staticmethod": {"classmethod", "staticmethod"},
}
POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")

SAME, COMPATIBLE, INCOMPATIBLE, MISSING = "same", "compatible", "incompatible", "missing"
VERDICTS = (SAME, COMPATIBLE, INCOMPATIBLE, MISSING)

Json = dict[str, Any]


# ---- dumping -------------------------------------------------------------------------------


def run_dumper(command: list[str], request: Json, env: dict[str, str] | None = None) -> Json:
    result = subprocess.run(
        [*command, str(DUMPER)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tempfile.gettempdir(),  # away from this checkout, which is also named `ikigai`
        env=env,
    )
    assert result.returncode == 0, f"{command} {DUMPER} failed:\n{result.stderr}"
    dumped: Json = json.loads(result.stdout)
    return dumped


def published_surface() -> Json:
    python = published_client.published_python()
    # -I: the published venv must not see this checkout through PYTHONPATH or the user site
    return run_dumper([str(python), "-I"], {"modules": dict.fromkeys(ROOTS), "follow": True})


def our_surface(published: Json) -> Json:
    # in a fresh interpreter too: what a program sees after `import ikigai.x`, whatever the
    # other tests of the session imported; asked for exactly the published names
    names = {path: list(module["names"]) for path, module in published["modules"].items()}
    paths = [str(REPO), str(REPO / "generated"), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    return run_dumper([sys.executable], {"modules": names}, env)


# ---- comparing -----------------------------------------------------------------------------


@dataclass
class Comparison:
    names: dict[str, tuple[int, int]] = field(default_factory=dict)  # path: (published, ours)
    rows: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    traits: Counter[str] = field(default_factory=Counter)  # "published", "kept"
    # section ("names", "members", "traits", "compatible") -> [(subject, text)]
    differences: defaultdict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def differ(self, section: str, subject: str, text: str) -> None:
        self.differences[section].append((subject, text))

    def failures(self, section: str) -> list[str]:
        return [
            f"{subject}: {text}"
            for subject, text in self.differences[section]
            if subject not in ALLOWED
        ]

    def counts(self) -> str:
        lines = ["names per import path (published N, resolve in ours M):"]
        for path, (published, ours) in self.names.items():
            lines.append(f"  {path}: published {published}, resolve in ours {ours}")
        total = [sum(counts[i] for counts in self.names.values()) for i in (0, 1)]
        lines.append(f"  all: published {total[0]}, resolve in ours {total[1]}")
        lines.append("members (same/compatible/incompatible/missing):")
        for tier in ("user", "typing", "internal"):
            row = self.rows[tier]
            figures = "/".join(str(row[v]) for v in VERDICTS)
            note = " (out of scope, not compared)" if tier == "internal" else ""
            lines.append(f"  {tier}: {sum(row.values())} published; {figures}{note}")
        lines.append(
            "class traits (kind, built-in bases, collections.abc traits, supertypes): "
            f"published {self.traits['published']}, kept {self.traits['kept']}"
        )
        return "\n".join(lines)

    def message(self, section: str) -> str:
        failures = self.failures(section)
        return "\n".join([f"{len(failures)} differences:", *failures, "", self.counts()])


def worst(*verdicts: str) -> str:
    return max(verdicts, key=VERDICTS.index)


def shown(signature: Json | None) -> str:
    """A signature as Python writes it: `(a, /, b=1, *, c, **d)`."""
    if not signature or "error" in signature:
        return "(?)"
    params: list[Json] = signature["parameters"]
    parts = []
    for index, p in enumerate(params):
        before = {q["kind"] for q in params[:index]}
        if p["kind"] == "KEYWORD_ONLY" and not before & {"KEYWORD_ONLY", "VAR_POSITIONAL"}:
            parts.append("*")
        prefix = {"VAR_POSITIONAL": "*", "VAR_KEYWORD": "**"}.get(p["kind"], "")
        parts.append(prefix + p["name"] + (f"={p['default']}" if p["has_default"] else ""))
        following = params[index + 1]["kind"] if index + 1 < len(params) else None
        if p["kind"] == "POSITIONAL_ONLY" and following != "POSITIONAL_ONLY":
            parts.append("/")
    return f"({', '.join(parts)})"


def compare_parameters(
    published: Json, ours: Json, operator: bool = False
) -> tuple[str, list[str]]:
    """Whether every call that the published signature accepts is accepted by ours, meaning
    the same. `operator`: a dunder, called positionally (parameter names do not count)."""
    if "error" in published:
        return SAME, []  # no signature to keep (a builtin slot)
    if "error" in ours:
        return INCOMPATIBLE, [f"ours has no signature ({ours['error']})"]
    pub: list[Json] = published["parameters"]
    our: list[Json] = ours["parameters"]
    verdict, notes = SAME, []

    def note(level: str, text: str) -> None:
        nonlocal verdict
        verdict = worst(verdict, level)
        notes.append(text)

    def defaults(p: Json, o: Json) -> None:
        if not p["has_default"]:
            if o["has_default"]:
                note(COMPATIBLE, f"{p['name']} is optional in ours")
        elif not o["has_default"]:
            note(INCOMPATIBLE, f"{p['name']}: published default {p['default']}, ours required")
        elif p["default"] != o["default"]:
            level = COMPATIBLE if p["default"] == PUBLISHED_MISSING_MARKER else INCOMPATIBLE
            note(level, f"{p['name']}: published default {p['default']}, ours {o['default']}")

    our_positional = [o for o in our if o["kind"] in POSITIONAL]
    our_var = {o["kind"] for o in our if o["kind"].startswith("VAR_")}
    matched: set[str] = set()
    for index, p in enumerate(q for q in pub if q["kind"] in POSITIONAL):
        if index >= len(our_positional):
            if operator and "VAR_POSITIONAL" in our_var:
                note(COMPATIBLE, f"{p['name']} goes to *args in ours")
            else:
                note(INCOMPATIBLE, f"positional parameter {index + 1} ({p['name']}) missing")
            continue
        o = our_positional[index]
        matched.add(o["name"])
        if o["name"] != p["name"]:
            # a positional-only name is not part of any call
            level = COMPATIBLE if operator or p["kind"] == "POSITIONAL_ONLY" else INCOMPATIBLE
            note(level, f"parameter {index + 1}: {p['name']} is {o['name']} in ours")
        elif p["kind"] != o["kind"] and not operator:
            level = INCOMPATIBLE if o["kind"] == "POSITIONAL_ONLY" else COMPATIBLE
            note(level, f"{p['name']}: {p['kind']} in published, {o['kind']} in ours")
        defaults(p, o)
    by_name = {o["name"]: o for o in our if o["kind"] in ("POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY")}
    for p in (q for q in pub if q["kind"] == "KEYWORD_ONLY"):
        o = by_name.get(p["name"])
        if o is None or o["name"] in matched:
            through = " (only through **kwargs)" if "VAR_KEYWORD" in our_var else ""
            note(INCOMPATIBLE, f"keyword-only {p['name']} missing{through}")
            continue
        matched.add(o["name"])
        if o["kind"] != "KEYWORD_ONLY":
            note(COMPATIBLE, f"{p['name']}: keyword-only in published, {o['kind']} in ours")
        defaults(p, o)
    for kind, star in (("VAR_POSITIONAL", "*args"), ("VAR_KEYWORD", "**kwargs")):
        published_var = [q["name"] for q in pub if q["kind"] == kind]
        if published_var and kind not in our_var:
            note(INCOMPATIBLE, f"published takes {star} ({published_var[0]}), ours does not")
    for o in our:
        if o["name"] in matched or o["kind"].startswith("VAR_"):
            continue
        if o["has_default"]:
            note(COMPATIBLE, f"ours adds optional {o['name']}")
        else:
            note(INCOMPATIBLE, f"ours requires an extra {o['name']}")
    return verdict, notes


def compare_member(name: str, pub: Json, ours: Json | None) -> tuple[str, str]:
    """The verdict on one published member, and what differs."""
    operator = name.startswith("__")
    if ours is None or (operator and ours["in"] == "builtins.object"):
        inherited = " (ours only has object's)" if ours is not None else ""
        return MISSING, f"{pub['kind']} missing{inherited}"
    kind, our_kind = pub["kind"], ours["kind"]
    if name in DOCUMENTED_PYDANTIC:
        if our_kind != "method":
            return INCOMPATIBLE, f"a {our_kind} in ours, not a method"
        parameters = ours["signature"].get("parameters", [])
        required = [p["name"] for p in parameters if not p["has_default"]]
        return (INCOMPATIBLE, f"ours requires {required}") if required else (SAME, "")
    if kind in READABLE:
        if our_kind not in READABLE:
            return INCOMPATIBLE, f"{kind} in published, {our_kind} in ours"
        return (
            (SAME, "")
            if our_kind == kind
            else (COMPATIBLE, f"{kind} in published, {our_kind} in ours")
        )
    if kind in CALLABLE_KINDS:
        if our_kind not in CALLABLE_KINDS[kind]:
            return (
                INCOMPATIBLE,
                f"{kind}{shown(pub.get('signature'))} in published, {our_kind} in ours",
            )
        verdict, notes = compare_parameters(pub["signature"], ours["signature"], operator)
        if our_kind != kind:
            verdict = worst(verdict, COMPATIBLE)
            notes.insert(0, f"{kind} in published, {our_kind} in ours")
        signatures = f"published {shown(pub['signature'])}, ours {shown(ours['signature'])}"
        return verdict, f"{signatures}: {'; '.join(notes)}"
    if our_kind == kind:  # a nested class (compared as a class of its own), a TypedDict key
        return SAME, ""
    return INCOMPATIBLE, f"{kind} in published, {our_kind} in ours"


def in_scope(cls: Json, name: str, member: Json) -> bool:
    """Whether a published member is part of the client's own surface (see the docstring)."""
    if member["kind"] == "validator" or name in NOT_OPERATORS:
        return False
    if name in DOCUMENTED_PYDANTIC:
        return bool(cls["pydantic"])
    # who wrote it: an enum class holds str.__str__, a pydantic model pydantic's hooks, a
    # dataclass the __eq__ that dataclasses generated: none of those is the client's own API
    written: str = member.get("impl") or member["origin"]
    if written.startswith("collections.abc."):
        return True  # a mixin method of the abc the class is (Mapping.get, keys, __eq__ ...)
    if written.split(".")[0] != "ikigai":
        return False
    # a pydantic hook the class overrides (model_config, model_post_init): pydantic's API
    return name.startswith("__") or not any(
        shadowed.split(".")[0] == "pydantic" for shadowed in member.get("shadows", [])
    )


def class_tier(cls: Json) -> str:
    """typing: Protocols, TypedDicts and abstract mixins (ABCs whose abstract methods are all
    private, like Helpful); user: the rest."""
    abstract = cls["abstract_methods"]
    mixin = bool(abstract) and all(m.startswith("_") and not m.startswith("__") for m in abstract)
    return "typing" if cls["kind"] in ("protocol", "typeddict") or mixin else "user"


def resolve(surface: Json, path: str) -> Json | None:
    """The entry dumped for `module.Name[.Nested...]` in a surface."""
    modules: Json = surface["modules"]
    parts = path.split(".")
    for split in range(len(parts) - 1, 0, -1):
        module, rest = ".".join(parts[:split]), parts[split:]
        if module not in modules:
            continue
        entry = modules[module]["names"].get(rest[0])
        for nested in rest[1:]:
            if entry is None or entry.get("kind") != "class":
                return None
            member = surface["classes"][entry["ref"]]["members"].get(nested)
            entry = member if member and member["kind"] == "class" else None
        return entry
    return None


def published_paths(published: Json, ref: str) -> list[str]:
    """The import paths of a published class: its defining module's first, then re-exports."""
    paths = [ref]
    for path, module in published["modules"].items():
        paths += [f"{path}.{n}" for n, e in module["names"].items() if e.get("ref") == ref]
    outer, _, inner = ref.rpartition(".")
    if outer in published["classes"]:  # a nested class: wherever its outer class is
        paths += [f"{p}.{inner}" for p in published_paths(published, outer)]
    return list(dict.fromkeys(paths))


def our_class(published: Json, ours: Json, ref: str) -> Json | None:
    """Ours for a published class: at the published defining path, or (while that module is
    missing in ours, which the names test reports) at a path that re-exports it."""
    for path in published_paths(published, ref):
        entry = resolve(ours, path)
        if entry is not None and entry.get("kind") == "class" and entry["ref"] in ours["classes"]:
            found: Json = ours["classes"][entry["ref"]]
            return found
    return None


def compare_names(published: Json, ours: Json, result: Comparison) -> None:
    for path, module in published["modules"].items():
        names = {n: e for n, e in module["names"].items() if e.get("ref") not in INTERNAL_CLASSES}
        our_module = ours["modules"].get(path, {"error": "not dumped", "names": {}})
        if our_module["error"]:
            result.names[path] = (len(names), 0)
            message = f"module missing ({our_module['error']}); its names: {sorted(names)}"
            result.differ("names", path, message)
            continue
        resolved = 0
        for name, entry in names.items():
            subject = f"{path}.{name}"
            our_entry = our_module["names"].get(name, {"kind": "missing", "error": "not dumped"})
            if our_entry["kind"] == "missing":
                result.differ("names", subject, f"missing ({our_entry['error']})")
                continue
            resolved += 1
            if entry["kind"] != our_entry["kind"]:
                text = f"a {entry['kind']} in published, a {our_entry['kind']} in ours"
                result.differ("names", subject, text)
            elif entry["kind"] == "class" and entry["ref"] != subject:
                # a re-export: the same class as at the published defining path
                home = resolve(ours, entry["ref"])
                if home is not None and home.get("ref") != our_entry["ref"]:
                    text = (
                        f"{our_entry['ref']} in ours, but {entry['ref']} is {home.get('ref')} "
                        "(one class in published)"
                    )
                    result.differ("names", subject, text)
        result.names[path] = (len(names), resolved)


def trait_checks(cls: Json, published: Json) -> list[tuple[str, str]]:
    """What a published class is, as (kind of check, value) pairs."""
    checks = [("kind", cls["kind"])] if cls["kind"] != "class" else []
    checks += [("builtin", base) for base in cls["builtin_bases"]]
    for trait, provider in cls["traits"].items():
        # only what the published package gives its classes: not pydantic's __iter__ over
        # fields, nor the hashing of every object, nor what a str base brings (checked above)
        if provider.split(".")[0] == "ikigai" or provider.startswith("collections.abc."):
            checks.append(("trait", trait))
    for base in cls["mro"]:
        if base in published["classes"] and base not in INTERNAL_CLASSES:
            checks.append(("supertype", base))
    return checks


def compare_traits(
    ref: str, cls: Json, our: Json | None, published: Json, ours: Json, result: Comparison
) -> None:
    for check, value in trait_checks(cls, published):
        result.traits["published"] += 1
        if our is None:
            continue  # the class is missing: reported once, with its members
        if check == "kind":
            kept, text = our["kind"] == value, f"a {value} in published, a {our['kind']} in ours"
        elif check == "builtin":
            kept, text = value in our["builtin_bases"], f"a {value} subclass in published, not ours"
        elif check == "trait":
            kept, text = value in our["traits"], f"a collections.abc.{value} in published, not ours"
        else:
            home = our_class(published, ours, value)
            home_ref = f"{home['module']}.{home['name']}" if home else None
            kept = home_ref is not None and home_ref in our["mro"]
            where = f"ours: {home_ref}" if home_ref else "missing in ours"
            text = f"a subclass of {value} in published, not in ours ({where})"
        if kept:
            result.traits["kept"] += 1
        else:
            result.differ("traits", ref, text)


def compare_class(ref: str, cls: Json, published: Json, ours: Json, result: Comparison) -> None:
    tier = class_tier(cls)
    our = our_class(published, ours, ref)
    compare_traits(ref, cls, our, published, ours, result)
    scoped = {n: m for n, m in cls["members"].items() if in_scope(cls, n, m)}
    internal = sorted(
        n for n, m in scoped.items() if n in INTERNAL_FACTORIES and m["kind"] != "method"
    )
    for name in internal:  # counted, not compared
        result.rows["internal"][MISSING if our is None or name not in our["members"] else SAME] += 1
    members = sorted(set(scoped) - set(internal))
    extra = ["(enum members)"] if cls["enum_members"] is not None else []
    extra += [f"[{key!r}]" for key in cls["keys"] or ()]
    extra += ["<init>"] if ref in USER_CONSTRUCTED else []
    if our is None:
        result.rows[tier][MISSING] += len(members) + len(extra)
        result.differ("members", ref, f"class missing in ours; its members: {extra + members}")
        return

    def row(subject: str, verdict: str, text: str) -> None:
        result.rows[tier][verdict] += 1
        if verdict in (INCOMPATIBLE, MISSING):
            result.differ("members", f"{ref}{subject}", text)
        elif verdict == COMPATIBLE:
            result.differ("compatible", f"{ref}{subject}", text)

    for name in members:
        row(f".{name}", *compare_member(name, scoped[name], our["members"].get(name)))
    if cls["enum_members"] is not None:
        theirs: Json = our["enum_members"] or {}
        lost = sorted(set(cls["enum_members"]) - set(theirs))
        changed = {
            name: (value, theirs[name])
            for name, value in cls["enum_members"].items()
            if name in theirs and theirs[name] != value
        }
        verdict = MISSING if not theirs else INCOMPATIBLE if lost or changed else SAME
        text = f"members missing: {lost}; values (published, ours) differ: {changed}"
        row(".(enum members)", verdict, text)
    for key, spec in (cls["keys"] or {}).items():
        our_key = (our["keys"] or {}).get(key)
        if our_key is None:
            row(f"[{key!r}]", MISSING, "TypedDict key missing")
        elif our_key["required"] != spec["required"]:
            row(f"[{key!r}]", INCOMPATIBLE, f"required={spec['required']} in published, not ours")
        else:
            row(f"[{key!r}]", SAME, "")
    if ref in USER_CONSTRUCTED:
        verdict, notes = compare_parameters(cls["constructor"], our["constructor"])
        signatures = f"published {shown(cls['constructor'])}, ours {shown(our['constructor'])}"
        row(".<init>", verdict, f"{signatures}: {'; '.join(notes)}")


def compare(published: Json, ours: Json) -> Comparison:
    result = Comparison()
    compare_names(published, ours, result)
    for ref, cls in sorted(published["classes"].items()):
        if ref not in INTERNAL_CLASSES:
            compare_class(ref, cls, published, ours, result)
    return result


# ---- tests ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    try:
        published = published_surface()
    except published_client.PublishedClientUnavailable as error:
        # the only reason to skip: nothing to compare with (a module fixture: pip runs once)
        version = published_client.PUBLISHED_VERSION
        pytest.skip(f"the published client {version} cannot be installed: {error}")
    return compare(published, our_surface(published))


def check(comparison: Comparison, section: str) -> None:
    if comparison.failures(section):
        pytest.fail(comparison.message(section), pytrace=False)  # the list is the whole story


def test_every_published_name_resolves_at_its_import_path(comparison: Comparison) -> None:
    check(comparison, "names")


def test_every_published_member_is_in_ours_with_a_compatible_signature(
    comparison: Comparison,
) -> None:
    check(comparison, "members")


def test_every_published_class_keeps_its_kind_bases_and_traits(comparison: Comparison) -> None:
    check(comparison, "traits")


def test_every_allowed_difference_still_occurs(comparison: Comparison) -> None:
    subjects = {subject for found in comparison.differences.values() for subject, _ in found}
    assert sorted(set(ALLOWED) - subjects) == [], "allowed, but no longer different: remove"


# The rules, on signatures made here (these run without the published client).
RULES = [
    pytest.param(lambda a, b=1: 0, lambda a, b=1: 0, SAME, id="same"),
    pytest.param(lambda a: 0, lambda a, *, progress=None: 0, COMPATIBLE, id="adds-keyword-option"),
    pytest.param(lambda a: 0, lambda a, extra=None: 0, COMPATIBLE, id="adds-optional-after"),
    pytest.param(
        lambda s, *, r=None: 0, lambda s, r=None: 0, COMPATIBLE, id="keyword-only-to-both"
    ),
    pytest.param(lambda a, b: 0, lambda a=None, b=None: 0, COMPATIBLE, id="required-made-optional"),
    pytest.param(lambda data: 0, lambda df: 0, INCOMPATIBLE, id="renamed"),
    pytest.param(lambda a, b: 0, lambda b, a: 0, INCOMPATIBLE, id="reordered"),
    pytest.param(lambda a: 0, lambda a, /: 0, INCOMPATIBLE, id="made-positional-only"),
    pytest.param(lambda x=None: 0, lambda x: 0, INCOMPATIBLE, id="default-dropped"),
    pytest.param(lambda x=1: 0, lambda x=2: 0, INCOMPATIBLE, id="default-changed"),
    pytest.param(lambda **o: 0, lambda *, progress=None: 0, INCOMPATIBLE, id="kwargs-dropped"),
    pytest.param(lambda *, k: 0, lambda **o: 0, INCOMPATIBLE, id="keyword-only-in-kwargs"),
    pytest.param(lambda a: 0, lambda a, b: 0, INCOMPATIBLE, id="extra-required"),
    pytest.param(lambda a, /: 0, lambda b, /: 0, COMPATIBLE, id="positional-only-renamed"),
]


@pytest.mark.parametrize(("published", "ours", "verdict"), RULES)
def test_the_parameter_rules(published: Any, ours: Any, verdict: str) -> None:
    # the dumper's own reading of a signature (its module is beside this one)
    compared = compare_parameters(signature(published, False), signature(ours, False))
    assert compared[0] == verdict, compared[1]


def test_operators_are_called_positionally() -> None:
    key = {"name": "key", "kind": "POSITIONAL_OR_KEYWORD", "has_default": False, "default": None}
    name = {**key, "name": "name"}
    assert compare_parameters({"parameters": [key]}, {"parameters": [name]}, operator=True)[0] == (
        COMPATIBLE
    )
