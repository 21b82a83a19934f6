"""Dump the public surface of a package as JSON, with `inspect` (standard library only).

It runs in two interpreters: this project's, and the side venv that holds the published client
(same import name, so each package is dumped in its own process). The request, a JSON object
read from stdin, names the import paths:

    {"modules": {"ikigai": null, "ikigai.specs": ["FacetType"]}, "follow": true}

`null` dumps the module's documented names (`__all__`, else the public classes and functions
it defines); a list asks for exactly those names (a name that does not resolve is reported, not
skipped). With `follow`, the modules that define the documented names of the requested modules
(and the packages between) are dumped too, with their own public classes and functions.

Printed: {"python", "modules": {path: {"error", "names": {name: {"kind", "ref" | "error"}}}},
"classes": {ref: class}}, where `ref` is `module.qualname` and a class has its kind (class, enum,
protocol, typeddict), MRO, built-in bases, collections.abc traits (each with what gives it),
abstract methods, whether it is a pydantic model, its constructor's signature, enum members and
values, TypedDict keys, and its members: every public or dunder name of `dir()` (data dunders
left out), the fields of pydantic models / dataclasses / attrs classes, annotated attributes and
the attributes `__init__` assigns to `self`. A member has a kind (method, classmethod,
staticmethod, property, cached_property, field, attribute, value, class, validator), the module
and class that define it (`origin`, `in`), the other classes of the MRO that define it
(`shadows`), where the code of a callable is written (`impl`: `str.__str__` held by an enum,
`<generated>` for dataclasses' `__eq__`), and for callables the parameters: name, kind, whether
it has a default, the default's repr. Nested classes are dumped as classes of their own (ref
`module.Outer.Inner`).
"""

from __future__ import annotations

import ast
import collections.abc
import dataclasses
import enum
import functools
import importlib
import inspect
import json
import re
import sys
import textwrap
import types
from typing import Any

# collections.abc traits a class may have (a program relies on them through isinstance(),
# iteration, len(), `in`, calls, hashing), with the dunder that gives each structurally; the
# others are nominal (subclassed or registered).
STRUCTURAL_TRAITS = {
    "Callable": "__call__",
    "Container": "__contains__",
    "Hashable": "__hash__",
    "Iterable": "__iter__",
    "Sized": "__len__",
}
NOMINAL_TRAITS = ("Collection", "Mapping", "MutableMapping", "MutableSequence", "Sequence", "Set")
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def is_public(name: str) -> bool:
    return not name.startswith("_") or (name.startswith("__") and name.endswith("__"))


def ref_of(obj: Any) -> str:
    return f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', '?')}"


def clean_repr(value: Any) -> str:
    try:
        text = repr(value)
    except Exception as error:  # a repr that fails is still a default
        text = f"<unrepresentable {type(value).__name__}: {error}>"
    return _ADDRESS.sub("", text)


def signature(obj: Any, drop_first: bool) -> dict[str, Any]:
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError) as error:
        return {"error": f"{type(error).__name__}: {error}"}
    params = list(sig.parameters.values())
    positional = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    if drop_first and params and params[0].kind in positional:
        params = params[1:]
    return {
        "parameters": [
            {
                "name": p.name,
                "kind": p.kind.name,
                "has_default": p.default is not inspect.Parameter.empty,
                "default": None if p.default is inspect.Parameter.empty else clean_repr(p.default),
            }
            for p in params
        ]
    }


def defining_class(cls: type, name: str) -> tuple[type | None, Any]:
    for klass in cls.__mro__:
        if name in vars(klass):
            return klass, vars(klass)[name]
    return None, None


def annotated_in(cls: type, name: str) -> type:
    """The first class of the MRO that annotates `name` (where a field is declared)."""
    for klass in cls.__mro__:
        if name in vars(klass).get("__annotations__", {}):
            return klass
    return cls


def field_names(cls: type) -> list[str]:
    """Fields of dataclasses (InitVars and ClassVars left out), pydantic models and attrs."""
    if dataclasses.is_dataclass(cls):
        return [f.name for f in dataclasses.fields(cls)]
    pydantic_fields = getattr(cls, "__pydantic_fields__", None)
    if isinstance(pydantic_fields, dict):
        return list(pydantic_fields)
    attrs_fields = getattr(cls, "__attrs_attrs__", None)
    if attrs_fields is not None:
        return [a.name for a in attrs_fields]
    return []


def init_assigned(klass: type) -> list[str]:
    """Attributes the class's own `__init__`/`__post_init__` assign to `self` (read from the
    source: plain classes declare their instance attributes nowhere else)."""
    found: list[str] = []
    for method in ("__init__", "__post_init__"):
        function = vars(klass).get(method)
        if not inspect.isfunction(function):
            continue
        try:
            tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
        except (OSError, TypeError, SyntaxError):
            continue
        for node in ast.walk(tree):
            targets: list[ast.expr] = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign | ast.AugAssign):
                targets = [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    found.append(target.attr)
    return found


def implementation(function: Any) -> str:
    """Where the code of a callable is written: an enum class holds `str.__str__` itself, a
    dataclass its generated `__eq__` ("<generated>.")."""
    owner = getattr(function, "__objclass__", None)  # a slot or method of a builtin type
    if owner is not None:
        return f"{ref_of(owner)}.{getattr(function, '__name__', '?')}"
    function = inspect.unwrap(function)
    code = getattr(function, "__code__", None)
    if code is not None and code.co_filename.startswith("<"):
        return f"<generated>.{ref_of(function)}"  # written by exec(): dataclasses' __eq__ ...
    return ref_of(function)


def traits(cls: type) -> dict[str, str]:
    """The collections.abc traits of the class's instances, each with what gives it: the
    implementation of its dunder, the abc in the MRO, or "registered"."""
    found: dict[str, str] = {}
    for trait, dunder in STRUCTURAL_TRAITS.items():
        if issubclass(cls, getattr(collections.abc, trait)):
            _, raw = defining_class(cls, dunder)
            found[trait] = implementation(raw) if raw is not None else "?"
    for trait in NOMINAL_TRAITS:
        abc_class = getattr(collections.abc, trait)
        if issubclass(cls, abc_class):
            found[trait] = ref_of(abc_class) if abc_class in cls.__mro__ else "registered"
    return found


def init_vars(cls: type) -> set[str]:
    initvar = getattr(dataclasses, "_FIELD_INITVAR", None)
    return {
        name
        for name, spec in getattr(cls, "__dataclass_fields__", {}).items()
        if initvar is not None and getattr(spec, "_field_type", None) is initvar
    }


def pydantic_hooks(cls: type) -> set[str]:
    """The validators and serializers of a pydantic model: pydantic calls them."""
    decorators = getattr(cls, "__pydantic_decorators__", None)
    kinds = (
        "validators",
        "field_validators",
        "root_validators",
        "field_serializers",
        "model_serializers",
        "model_validators",
    )
    return {name for kind in kinds for name in getattr(decorators, kind, None) or {}}


def member_kind(raw: Any) -> str:
    if isinstance(raw, property):
        return "property"
    if isinstance(raw, functools.cached_property):
        return "cached_property"
    if isinstance(raw, classmethod):
        return "classmethod"
    if isinstance(raw, staticmethod):
        return "staticmethod"
    if isinstance(raw, type):
        return "class"
    if type(raw).__name__ == "PydanticDescriptorProxy":
        return "validator"  # a pydantic field/model validator: pydantic calls it, programs do not
    if callable(raw) or inspect.ismethoddescriptor(raw):
        return "method"
    return "value"


class Dumper:
    def __init__(self, package: str) -> None:
        self.package = package
        self.classes: dict[str, dict[str, Any]] = {}

    def own(self, obj: Any) -> bool:
        module = getattr(obj, "__module__", None) or ""
        return module.split(".")[0] == self.package

    def dump_class(self, cls: type) -> str:
        ref = ref_of(cls)
        if ref in self.classes:
            return ref
        self.classes[ref] = {}  # placed first: a class may refer to itself
        data: dict[str, Any] = {
            "name": cls.__qualname__,
            "module": cls.__module__,
            "kind": self.class_kind(cls),
            "mro": [ref_of(k) for k in cls.__mro__[1:]],
            "builtin_bases": [
                k.__name__ for k in cls.__mro__ if k.__module__ == "builtins" and k is not object
            ],
            "traits": traits(cls),
            "abstract_methods": sorted(getattr(cls, "__abstractmethods__", ()) or ()),
            "pydantic": hasattr(cls, "__pydantic_fields__") and hasattr(cls, "model_dump"),
            "constructor": signature(cls, drop_first=False),
            "enum_members": None,
            "keys": None,
            "members": {},
        }
        if isinstance(cls, enum.EnumMeta):
            data["enum_members"] = {
                name: member.value
                if isinstance(member.value, str | int | float | bool | type(None))
                else clean_repr(member.value)
                for name, member in cls.__members__.items()
            }
        if data["kind"] == "typeddict":
            required = getattr(cls, "__required_keys__", frozenset())
            data["keys"] = {
                key: {"required": key in required} for key in getattr(cls, "__annotations__", {})
            }
        data["members"] = self.members(cls, data)
        self.classes[ref] = data
        return ref

    @staticmethod
    def class_kind(cls: type) -> str:
        if isinstance(cls, enum.EnumMeta):
            return "enum"
        if getattr(cls, "_is_protocol", False):
            return "protocol"
        if issubclass(cls, dict) and hasattr(cls, "__required_keys__"):
            return "typeddict"
        return "class"

    def members(self, cls: type, data: dict[str, Any]) -> dict[str, dict[str, Any]]:
        enum_names = set(data["enum_members"] or ())
        hooks = pydantic_hooks(cls)
        init_only = init_vars(cls)  # parameters of the constructor, not attributes
        found: dict[str, dict[str, Any]] = {}
        for name in field_names(cls):
            if is_public(name):
                klass = annotated_in(cls, name)
                found[name] = {"kind": "field", "origin": klass.__module__, "in": ref_of(klass)}
        for name in sorted(dir(cls)):
            if name in found or name in enum_names or name in init_only or not is_public(name):
                continue
            klass, raw = defining_class(cls, name)
            if klass is None:
                continue  # from the metaclass: not an attribute of instances
            kind = "validator" if name in hooks else member_kind(raw)
            if kind == "value" and name.startswith("__"):
                continue  # __doc__, __module__, __slots__, __hash__ = None ...: not an API
            entry: dict[str, Any] = {"kind": kind, "origin": klass.__module__, "in": ref_of(klass)}
            # the other classes of the MRO that define the name (a hook of pydantic or of the
            # object protocol that this class overrides)
            entry["shadows"] = [
                ref_of(k) for k in cls.__mro__ if k is not klass and name in vars(k)
            ]
            if kind in ("method", "classmethod", "staticmethod"):
                function = raw.__func__ if kind in ("classmethod", "staticmethod") else raw
                entry["signature"] = signature(function, drop_first=kind != "staticmethod")
                entry["impl"] = implementation(function)
            elif kind in ("property", "cached_property"):
                entry["impl"] = implementation(getattr(raw, "fget", None) or raw.func)
            elif kind == "class":
                entry["ref"] = self.dump_class(raw) if self.own(raw) else ref_of(raw)
            found[name] = entry
        # instance attributes that only an annotation or __init__ declares
        pseudo_fields = set(getattr(cls, "__dataclass_fields__", {}))  # InitVar, ClassVar
        for klass in cls.__mro__:
            if not self.own(klass):
                continue
            annotated = [] if data["kind"] == "typeddict" else inspect.get_annotations(klass)
            for name in [*annotated, *init_assigned(klass)]:
                if name.startswith("_") or name in pseudo_fields or name in found:
                    continue
                found[name] = {"kind": "attribute", "origin": klass.__module__, "in": ref_of(klass)}
        return found

    def describe(self, obj: Any) -> dict[str, Any]:
        if isinstance(obj, type):
            return {"kind": "class", "ref": self.dump_class(obj)}
        if isinstance(obj, types.ModuleType):
            return {"kind": "module", "ref": obj.__name__}
        if inspect.isfunction(obj) or inspect.isbuiltin(obj):
            return {"kind": "function", "ref": ref_of(obj), "signature": signature(obj, False)}
        return {"kind": "value", "ref": f"{type(obj).__module__}.{type(obj).__qualname__}"}


def documented_names(module: types.ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is not None:
        return list(names)
    # no __all__: the classes and functions the module defines (not what it imports, nor
    # TypeVars and other module-level values)
    return sorted(
        name
        for name, obj in vars(module).items()
        if not name.startswith("_")
        and (inspect.isclass(obj) or inspect.isfunction(obj))
        and obj.__module__ == module.__name__
    )


def dump(request: dict[str, Any]) -> dict[str, Any]:
    wanted: dict[str, list[str] | None] = dict(request["modules"])
    package = next(iter(wanted)).split(".")[0]
    dumper = Dumper(package)
    modules: dict[str, dict[str, Any]] = {}
    queue = list(wanted)
    while queue:
        path = queue.pop(0)
        if path in modules:
            continue
        try:
            module = importlib.import_module(path)
        except Exception as error:  # a module that fails to import is a finding, not a crash
            modules[path] = {"error": f"{type(error).__name__}: {error}", "names": {}}
            continue
        asked = wanted.get(path)
        names = documented_names(module) if asked is None else asked
        entries: dict[str, Any] = {}
        for name in names:
            try:
                obj = getattr(module, name)
            except Exception as error:
                entries[name] = {"kind": "missing", "error": f"{type(error).__name__}: {error}"}
                continue
            entries[name] = dumper.describe(obj)
            if request.get("follow") and hasattr(obj, "__module__") and dumper.own(obj):
                # the defining module, and every package between it and the requested one
                parts = obj.__module__.split(".")
                for end in range(len(parts), 1, -1):
                    parent = ".".join(parts[:end])
                    if parent not in wanted:
                        wanted[parent] = None
                        queue.append(parent)
        modules[path] = {"error": None, "names": entries}
    return {"python": sys.version.split()[0], "modules": modules, "classes": dumper.classes}


def main() -> None:
    request = json.load(sys.stdin)
    json.dump(dump(request), sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
