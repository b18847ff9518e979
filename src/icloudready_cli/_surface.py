"""What the CLI offers, read from the SDK itself: resources, methods, parameters, types, docs.

Nothing here names an operation or a field. ``client.<tag>`` properties give the resources,
their public methods give the commands, ``inspect.signature`` + ``typing.get_type_hints``
give arguments, options and how to convert text into each value, docstrings give help. So
an operation added to openapi.yaml reaches the CLI through ``make generate`` alone, and
changes to the SDK's signatures flow through without an edit here.
"""

from __future__ import annotations

import collections.abc
import datetime
import enum
import importlib
import inspect
import json
import math
import re
import sys
import types
import typing
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import attrs

import icloudready
from icloudready.types import Unset
from icloudready_runtime._resource import SyncResource

# Per-call options of the SDK (timeout, retries, extra headers...): the CLI sets them once
# for the client from its global options instead of offering them on every command.
PER_CALL_OPTIONS = frozenset(
    {"timeout", "max_retries", "extra_headers", "extra_query", "extra_body", "idempotency_key"}
)
# Resource attributes that are not operations.
_NOT_OPERATIONS = frozenset({"with_raw_response", "with_streaming_response", "with_options"})


class ConversionError(ValueError):
    """A value that cannot become what a parameter expects; the message says what is."""


@dataclass(frozen=True)
class Kind:
    """How one parameter's value is read from text or JSON, from its type hint."""

    name: str  # str, int, float, bool, date, datetime, choice, list, model, mapping, json
    choices: tuple[str, ...] = ()
    item: Kind | None = None
    model: type | None = None  # an attrs model to build with from_dict (pre-dict SDKs)
    accepts_mapping: bool = False  # the SDK takes a plain dict here

    def describe(self) -> str:
        if self.name == "choice":
            return "|".join(self.choices)
        if self.name == "list":
            inner = self.item.describe() if self.item else "value"
            return f"{inner},... or JSON array"
        if self.name in {"model", "mapping"}:
            return "JSON object or @file.json"
        return {"date": "YYYY-MM-DD", "datetime": "ISO 8601", "json": "JSON"}.get(
            self.name, self.name
        )

    def convert(self, value: object, where: str = "") -> Any:
        """Text (command line, CSV) or a JSON value (JSONL) into what the SDK takes."""
        try:
            return self._convert(value)
        except (ValueError, TypeError, KeyError) as exc:
            raise ConversionError(f"expected {self.describe()}, got {value!r}: {exc}") from None

    def _convert(self, value: object) -> Any:  # noqa: PLR0911, PLR0912 - one branch per kind
        name = self.name
        if name == "str":
            if isinstance(value, str):
                return value
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError("not text")
            return str(value)
        if name in {"int", "float"}:
            if isinstance(value, bool):
                raise TypeError("a boolean is not a number")
            number = _number(value) if isinstance(value, str) else value
            if not isinstance(number, int | float) or math.isnan(number):
                raise TypeError("not a number")
            if name == "int":
                if isinstance(number, float) and not number.is_integer():
                    raise ValueError("not a whole number")
                return int(number)
            return number
        if name == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"true", "1", "yes", "y"}:
                return True
            if text in {"false", "0", "no", "n"}:
                return False
            raise ValueError("not a boolean")
        if name == "date":
            if not isinstance(value, str):
                raise TypeError("not a date string")
            return datetime.date.fromisoformat(value.strip()[:10])
        if name == "datetime":
            if not isinstance(value, str):
                raise TypeError("not a date-time string")
            return datetime.datetime.fromisoformat(value.strip())
        if name == "choice":
            if value not in self.choices:
                raise ValueError(f"not one of {', '.join(self.choices)}")
            return value
        if name == "list":
            items = _as_list(value)
            return [self.item.convert(i) if self.item else i for i in items]
        if name in {"model", "mapping"}:
            data = _as_json(value) if isinstance(value, str) else value
            if not isinstance(data, dict):
                raise TypeError("not a JSON object")
            if self.model is not None and not self.accepts_mapping:
                return _from_dict(self.model, data)
            return data
        return _as_json(value) if isinstance(value, str) else value


def _number(text: str) -> int | float:
    """ "20" stays the integer 20 on the wire (a float hint accepts ints), "0.5" a float."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def _from_dict(model: type, data: dict[str, Any]) -> Any:
    built = model.from_dict(data)  # type: ignore[attr-defined]
    return built


def read_at_file(text: str) -> str:
    """``@file.json`` stands for the file's content, like curl's ``-d @file``."""
    if text.startswith("@") and len(text) > 1:
        return Path(text[1:]).read_text(encoding="utf-8")
    return text


def _as_json(text: str) -> Any:
    return json.loads(read_at_file(text))


def _as_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    if not isinstance(value, str):
        raise TypeError("not a list")
    text = read_at_file(value).strip()
    if text.startswith("["):
        loaded = json.loads(text)
        if not isinstance(loaded, list):
            raise TypeError("not a JSON array")
        return loaded
    return [part.strip() for part in text.split(",") if part.strip()]


def _members(tp: Any) -> list[Any]:
    """The types a hint allows, less ``Unset`` and ``None`` (both mean "not given")."""
    if typing.get_origin(tp) in {typing.Union, types.UnionType}:
        found: list[Any] = []
        for arg in typing.get_args(tp):
            found.extend(_members(arg))
        return found
    if tp in {Unset, type(None)}:
        return []
    return [tp]


def _is_mapping(tp: Any) -> bool:
    origin = typing.get_origin(tp) or tp
    if typing.is_typeddict(tp):
        return True
    return isinstance(origin, type) and issubclass(origin, collections.abc.Mapping)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and attrs.has(tp) and hasattr(tp, "from_dict")


def _is_sequence(hint: Any) -> bool:
    return typing.get_origin(hint) in {list, tuple, set, frozenset, collections.abc.Sequence}


def kind_of(hint: Any) -> Kind:  # noqa: PLR0911 - one return per kind of hint
    members = _members(hint)
    if not members:
        return Kind("json")
    literals = [m for m in members if typing.get_origin(m) is typing.Literal]
    if literals:
        return Kind(
            "choice", choices=tuple(str(v) for lit in literals for v in typing.get_args(lit))
        )
    # Text the SDK also accepts in another form (``fields``: str or a list, ``p``: str or a
    # mapping) is taken as text: that is what a command line holds.
    others = [m for m in members if m is not str]
    if str in members and others and all(_is_mapping(m) or _is_sequence(m) for m in others):
        return Kind("str")
    mapping = any(_is_mapping(m) for m in members)
    models = [m for m in members if _is_model(m)]
    if models or mapping:
        return Kind(
            "model" if models else "mapping",
            model=models[0] if models else None,
            accepts_mapping=mapping,
        )
    first = members[0]
    origin = typing.get_origin(first)
    if origin in {list, tuple, set, frozenset, collections.abc.Sequence}:
        args = typing.get_args(first)
        return Kind("list", item=kind_of(args[0]) if args else None)
    if isinstance(first, type) and issubclass(first, enum.Enum):
        return Kind("choice", choices=tuple(str(e.value) for e in first))
    if first is datetime.datetime:
        return Kind("datetime")
    if first is datetime.date:
        return Kind("date")
    for simple in (bool, int, float, str):
        if first is simple:
            # float hints accept ints too (PEP 484); a float | int union reads as float.
            if simple is int and float in members:
                return Kind("float")
            return Kind(simple.__name__)
    return Kind("json")


@dataclass(frozen=True)
class Param:
    name: str  # the SDK's keyword
    kind: Kind
    required: bool
    positional: bool
    help: str = ""
    default: Any = None
    # A required body parameter whose model is offered field by field (--stage won ...).
    fields: tuple[Param, ...] = ()

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass
class Operation:
    tag: str
    name: str  # the SDK method
    method: Any  # the unbound function
    summary: str
    description: str
    params: list[Param]
    returns: Any
    has_all: bool = False  # a lazy ``<name>_all`` walk exists (list --all)

    @property
    def command(self) -> str:
        return self.name.replace("_", "-")

    def item_model(self) -> type | None:
        """The record type of a Page[...] or of a single-record result."""
        target = self.returns
        args = typing.get_args(target)
        if args:
            target = args[0]
        return target if _is_model(target) else None

    def takes(self, *names: str) -> bool:
        return all(any(p.name == n for p in self.params) for n in names)


@dataclass
class Resource:
    tag: str
    cls: type
    operations: dict[str, Operation] = field(default_factory=dict)

    @property
    def command(self) -> str:
        return self.tag.replace("_", "-")


def _doc_sections(doc: str) -> tuple[str, str, dict[str, str]]:
    """Summary, description and per-parameter help from a Google- or reST-style docstring."""
    text = inspect.cleandoc(doc or "")
    lines = text.splitlines()
    summary = lines[0].strip() if lines else ""
    params: dict[str, str] = {}
    body: list[str] = []
    current: str | None = None
    in_args = False
    args_indent = 4
    sections = False
    for line in lines[1:]:
        stripped = line.strip()
        if re.fullmatch(r"(Args|Arguments|Parameters|Keyword Args|Keyword Arguments):", stripped):
            in_args, current, args_indent, sections = True, None, _indent(line) + 4, True
            continue
        if re.fullmatch(r"(Returns|Raises|Yields|Note|Notes|Example|Examples):", stripped):
            in_args, current, sections = False, None, True  # the description has ended
            continue
        if in_args:
            match = re.match(r"^(\w+)\s*(\([^)]*\))?\s*:\s*(.*)$", stripped)
            if match and _indent(line) <= args_indent:
                current = match.group(1)
                params[current] = match.group(3).strip()
            elif current and stripped:
                params[current] = (params[current] + " " + stripped).strip()
            continue
        rest = re.match(r"^:param\s+(\w+):\s*(.*)$", stripped)
        if rest:
            params[rest.group(1)] = rest.group(2)
            continue
        if not sections:
            body.append(line)
    return summary, "\n".join(body).strip(), params


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


@cache
def attribute_docs(model: type) -> dict[str, str]:
    """The string literal under each attribute of a generated model (its spec description).

    Read with a pattern over the module's text, not ``inspect.getsource`` + ``ast``: this
    runs on every command, and tokenizing a dozen model modules took a fifth of a second.
    """
    try:
        text = Path(inspect.getfile(model)).read_text(encoding="utf-8")
    except (OSError, TypeError):
        return {}
    start = text.find(f"\nclass {model.__name__}")
    if start < 0:
        return {}
    end = text.find("\n    def ", start)
    body = text[start : end if end > 0 else len(text)]
    return {
        name: doc.strip()
        for name, doc in re.findall(r'\n    (\w+): [^\n]*\n    """(.*?)"""', body, re.DOTALL)
    }


def _module_models(func: Any, returns: Any) -> list[type]:
    """Models the method's module uses, output models last: an input model's field docs
    (with the spec's ranges) describe a parameter better than the record's."""
    module = sys.modules.get(func.__module__)
    models = [v for v in vars(module).values() if _is_model(v)] if module else []
    outputs = {returns, *typing.get_args(returns)}
    return sorted(models, key=lambda model: model in outputs)


def _param_help(name: str, docs: dict[str, str], fallback: dict[str, str]) -> str:
    # The expected form (YYYY-MM-DD, JSON object...) is the option's metavar, not repeated here.
    return docs.get(name) or fallback.get(name) or ""


def _hints(obj: Any) -> dict[str, Any]:
    """Resolved hints of a method, a model or an input TypedDict.

    The generated code imports the models' input TypedDicts only for type checkers, so the
    models package joins the namespace. A TypedDict keeps its annotations as ForwardRefs
    bound to its own module, where those names are missing at run time: they are evaluated
    here, in the same namespace, instead.
    """
    target = inspect.unwrap(obj)
    module = sys.modules.get(target.__module__)
    package = (target.__module__ or "").split(".")[0]
    try:
        namespace: dict[str, Any] = dict(vars(importlib.import_module(f"{package}.models")))
    except ImportError:  # not a generated package (the CLI's own tests use look-alikes)
        namespace = {}
    if module is not None:
        namespace.update(vars(module))
    if typing.is_typeddict(target):
        hints: dict[str, Any] = {}
        for name, written in target.__annotations__.items():
            hint = written.__forward_arg__ if isinstance(written, typing.ForwardRef) else written
            if isinstance(hint, str):
                # Annotations of the generated package, not user input.
                hint = eval(hint, namespace)  # noqa: S307
            if typing.get_origin(hint) in (typing.NotRequired, typing.Required):
                hint = typing.get_args(hint)[0]
            hints[name] = hint
        return hints
    return typing.get_type_hints(target, globalns=namespace)


def _params_of(func: Any, docs: dict[str, str], models: list[type]) -> list[Param]:
    hints = _hints(func)
    fallback: dict[str, str] = {}
    for model in models:
        for key, value in attribute_docs(model).items():
            fallback.setdefault(key, value)
    params: list[Param] = []
    for p in list(inspect.signature(func).parameters.values())[1:]:  # self
        if p.name in PER_CALL_OPTIONS or p.kind in {p.VAR_KEYWORD, p.VAR_POSITIONAL}:
            continue
        hint = hints.get(p.name, Any)
        kind = kind_of(hint)
        required = p.default is inspect.Parameter.empty
        positional = required and p.kind in {p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD}
        fields: tuple[Param, ...] = ()
        if required and kind.name in {"model", "mapping"}:
            fields = _model_fields(kind, hint)
        default = None if required or isinstance(p.default, Unset) else p.default
        params.append(
            Param(
                name=p.name,
                kind=kind,
                required=required,
                positional=positional,
                help=_param_help(p.name, docs, fallback),
                default=default,
                fields=fields,
            )
        )
    return params


def _model_fields(kind: Kind, hint: Any) -> tuple[Param, ...]:
    """The fields of a required body model, so `--ids A,B --stage won` can fill it."""
    typed = [m for m in _members(hint) if typing.is_typeddict(m)]
    if kind.model is not None:
        model = kind.model
        hints = _hints(model)
        docs = attribute_docs(model)
        names = [a.name for a in attrs.fields(model) if a.init]
    elif typed:
        hints = _hints(typed[0])
        docs = {}
        names = list(hints)
    else:
        return ()
    out = []
    for name in names:
        sub = kind_of(hints[name])
        out.append(
            Param(
                name=name,
                kind=sub,
                required=False,
                positional=False,
                help=_param_help(name, docs, {}),
            )
        )
    return tuple(out)


def _resource_classes() -> dict[str, type]:
    client_cls = icloudready.Client
    found: dict[str, type] = {}
    for klass in reversed(client_cls.__mro__):
        for name, attr in vars(klass).items():
            getter = getattr(attr, "func", None) or getattr(attr, "fget", None)
            if name.startswith("_") or not isinstance(attr, cached_property | property):
                continue
            try:
                # A resource property only imports its module and wraps the client given;
                # the class is all that is needed here, so no client is built.
                made = getter(None) if getter else None
            except Exception:  # noqa: BLE001, S112 - a property that needs a real client is no resource
                continue
            if made is not None and _is_resource(type(made)):
                found[name] = type(made)
    return found


def _is_resource(cls: type) -> bool:
    return issubclass(cls, SyncResource)


def _returns_iterator(hint: Any) -> bool:
    origin = typing.get_origin(hint) or hint
    return isinstance(origin, type) and issubclass(origin, collections.abc.Iterator)


def build_operations(tag: str, cls: type) -> dict[str, Operation]:
    operations: dict[str, Operation] = {}
    walks: set[str] = set()
    for name, func in vars(cls).items():
        if name.startswith("_") or name in _NOT_OPERATIONS or not inspect.isfunction(func):
            continue
        returns = _hints(func).get("return")
        if _returns_iterator(returns):
            walks.add(name)
            continue
        summary, description, docs = _doc_sections(func.__doc__ or "")
        operations[name] = Operation(
            tag=tag,
            name=name,
            method=func,
            summary=summary,
            description=description,
            params=_params_of(func, docs, _module_models(inspect.unwrap(func), returns)),
            returns=returns,
        )
    for walk in walks:
        base = walk.removesuffix("_all")
        if base in operations:
            operations[base].has_all = True
    return operations


@cache
def resources() -> dict[str, Resource]:
    return {tag: Resource(tag, cls) for tag, cls in _resource_classes().items()}


def resource(tag: str) -> Resource:
    found = resources()[tag]
    if not found.operations:
        found.operations = build_operations(tag, found.cls)
    return found


class _Probe:
    """Stands in for every field of a model so ``to_dict`` reveals each field's wire key."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.value = self

    def isoformat(self) -> _Probe:
        return self

    def to_dict(self) -> _Probe:
        return self

    def __iter__(self) -> typing.Iterator[_Probe]:
        return iter([self])


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@cache
def wire_names(model: type) -> dict[str, str]:
    """Attribute -> wire key of every field of a generated model, in declaration order.

    Read by running the model's own ``to_dict`` on probes, so whatever naming the generator
    applied (``_id`` -> ``id``, camelCase -> snake_case) is followed, not re-implemented.
    """
    names = [a.name for a in attrs.fields(model) if a.init]
    try:
        produced = model(**{n: _Probe(n) for n in names}).to_dict()
    except Exception:  # noqa: BLE001 - any template change: fall back to the naming rule
        produced = {}
    found: dict[str, str] = {}
    for key, value in produced.items():
        probe = value[0] if isinstance(value, list) and value else value
        if isinstance(probe, _Probe):
            found[probe.name] = key
    return {n: found.get(n, _camel(n)) for n in names}
