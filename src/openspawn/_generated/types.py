"""Shared runtime pieces of the generated code: `Operation`, `Endpoint`, `WireModel`, `UNSET` and
the helpers the endpoint builders and resource methods use to turn Python values into a path and a query string.

Generated from templates/types.py.jinja by `make generate`; do not edit.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Callable, Mapping
from enum import Enum
from types import NoneType, UnionType
from typing import (
    Any,
    ClassVar,
    Final,
    Generic,
    Literal,
    NamedTuple,
    TypeVar,
    Union,
    get_args,
    get_origin,
)
from urllib.parse import quote as _quote

from pydantic import BaseModel, ConfigDict
from pydantic_core import (
    PydanticSerializationError,
    PydanticUndefined,
    to_jsonable_python,
)

from openspawn._core.wirejson import fits_fast_path

__all__ = [
    "UNSET",
    "Endpoint",
    "Operation",
    "Unset",
    "WireModel",
    "is_unknown_enum_member",
    "path_value",
    "query_value",
    "reject_unknown_enum_members",
    "stamp_received_headers",
    "unknown_enum_member",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
E = TypeVar("E", bound=Enum)


class Unset:
    """Type of `UNSET`: "no value was given", as opposed to an explicit `None`."""

    __slots__ = ()
    _instance: ClassVar[Unset | None] = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()


class Operation(NamedTuple, Generic[T_co]):
    """One HTTP call, fully described and not yet sent.

    Built by `openspawn._generated.api.<tag>.<operation>.build(...)`; the transport sends it and
    hands a documented 2xx answer to `parse`. Error statuses never reach `parse`. Immutable; a
    named tuple rather than a frozen dataclass because one is built per call and a frozen
    dataclass pays an ``object.__setattr__`` per field (docs/performance.md).
    """

    operation_id: str
    """The spec's operationId, e.g. ``"getAgent"``."""
    method: str
    """Upper-case HTTP method."""
    path: str
    """Full path as sent, already percent-encoded."""
    query: dict[str, str]
    """The query parameters that were given, as strings."""
    body: Any
    """The request body: a request model (sent as ``to_wire()`` gives it, see
    ``WireModel.wire_json``), another JSON-ready value, or `UNSET` when the request has none."""
    parse: Callable[[int, bytes], T_co]
    """Turns a documented 2xx status and the raw body into the result."""

    def stamp(self, result: Any, headers: Any) -> None:
        """Give the parsed answer's models the answer's headers (`stamp_received_headers`)."""
        stamp_received_headers(result, headers)


class Endpoint(Generic[T]):
    """The part of an operation that is the same for every call: its id, its HTTP method and
    the function that parses its documented 2xx answers.

    A generated resource method hands the transport one of these, made once when its module is
    imported, with the call's own path, query and body, instead of building an `Operation` per
    call (docs/performance.md). ``parse`` is the builder module's ``_parse``; that module (and
    with it the answer's models) is imported by the first answer to parse, not before.
    """

    __slots__ = ("_module", "_returned", "method", "operation_id", "parse", "stamp")

    def __init__(
        self,
        operation_id: str,
        method: str,
        module: str,
        package: str | None,
        returned: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        """The spec's operationId, e.g. ``"getAgent"``."""
        self.method = method
        """Upper-case HTTP method."""
        self._module = (module, package)
        self.parse: Callable[[int, bytes], T] = self._parse_first
        """Turns a documented 2xx status and the raw body into the result."""
        self._returned = returned
        self.stamp: Callable[[Any, Any], None] = (
            stamp_received_headers if returned is None else self._stamp_returned
        )
        """Gives the parsed answer's models the answer's headers (``_request_id``): only the
        model the method returns when that is one field of the answer (``returned``, a field
        the spec types as a model), else as `stamp_received_headers` does."""

    def _stamp_returned(self, result: Any, headers: Any) -> None:
        value = getattr(result, self._returned)  # type: ignore[arg-type]
        if value is not None:
            _set_received_headers(value, headers)

    def _parse_first(self, status: int, content: bytes) -> T:
        parse: Callable[[int, bytes], T] = importlib.import_module(*self._module)._parse
        self.parse = parse  # every later answer calls the builder module's function directly
        return parse(status, content)

    def __repr__(self) -> str:
        return f"<Endpoint {self.operation_id}: {self.method}>"


# ---------------------------------------------------------------------------------------------
# Path and query values


def path_value(value: object) -> str:
    """Percent-encode one path parameter (every reserved character, including ``/``)."""
    text = value if type(value) is str else str(value)
    try:
        if text.encode().replace(b"-", b"").isalnum():  # bytes: ASCII only, and cheap
            return text  # only letters, digits and dashes (ids, UUIDs): `quote` would keep them
    except UnicodeEncodeError:
        pass  # a lone surrogate: refused below
    try:
        return _quote(text, safe="")
    except UnicodeEncodeError as exc:  # a lone surrogate: no URL can carry it
        raise ValueError(
            f"a path parameter holds a character no URL can carry ({exc.reason}: "
            f"{exc.object[exc.start : exc.end]!r} at position {exc.start})"
        ) from None


def _utc_iso(value: _dt.datetime) -> str:
    # astimezone() on a naive datetime takes it as local time, which is what we want.
    text = value.astimezone(_dt.UTC).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def query_value(value: object) -> str:
    """Turn one query parameter into its string form.

    enum → its value, bool → ``"true"``/``"false"``, datetime → ISO 8601 in UTC with a ``Z``
    (naive datetimes are taken as local time), date → ISO 8601, anything else → ``str()``.
    """
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is int:
        return str(value)
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return _utc_iso(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


# ---------------------------------------------------------------------------------------------
# Enums that tolerate values a newer server may send

_UNKNOWN_MEMBERS: dict[tuple[type[Enum], object], Enum] = {}


def unknown_enum_member(enum_cls: type[E], value: str) -> E:
    """Return the pseudo-member of ``enum_cls`` that stands for an undocumented ``value``.

    Its name is the upper-cased value and its value the string itself; it is not one of the
    class's members (``list(enum_cls)`` does not include it). The same value always gives the
    same object.
    """
    key = (enum_cls, value)
    member = _UNKNOWN_MEMBERS.get(key)
    if member is None:
        base: Any = getattr(enum_cls, "_member_type_", object)  # str for a StrEnum
        new = base.__new__(enum_cls, value) if base is not object else object.__new__(enum_cls)
        new._name_ = value.upper()
        new._value_ = value
        member = _UNKNOWN_MEMBERS.setdefault(key, new)
    return member  # type: ignore[return-value]


def is_unknown_enum_member(value: object) -> bool:
    """True for a pseudo-member made by `unknown_enum_member` (a value the spec does not list)."""
    return isinstance(value, Enum) and type(value)._member_map_.get(value._name_) is not value


def reject_unknown_enum_members(value: Any) -> Any:
    """Validator used by request models: raise for an enum value the spec does not list.

    Looks inside lists, tuples, dicts and nested models.
    """
    if isinstance(value, Enum):
        if is_unknown_enum_member(value):
            cls = type(value)
            allowed = ", ".join(repr(m.value) for m in cls)
            raise ValueError(
                f"{value.value!r} is not a valid {cls.__name__} (expected one of: {allowed})"
            )
    elif isinstance(value, list | tuple):
        for item in value:
            reject_unknown_enum_members(item)
    elif isinstance(value, dict):
        for item in value.values():
            reject_unknown_enum_members(item)
    elif isinstance(value, WireModel):
        for name in value.__pydantic_fields_set__:
            reject_unknown_enum_members(getattr(value, name, None))
    return value


# ---------------------------------------------------------------------------------------------
# Models


def _include_for(value: Any) -> Any:
    """The `include` spec that limits nested models to the fields they were given, or None."""
    if isinstance(value, WireModel):
        return value._wire_include()
    if isinstance(value, list | tuple):
        nested = {i: _include_for(item) for i, item in enumerate(value)}
        if any(spec is not None for spec in nested.values()):
            return {i: True if spec is None else spec for i, spec in nested.items()}
        return None
    if isinstance(value, dict):
        nested = {key: _include_for(item) for key, item in value.items()}
        if any(spec is not None for spec in nested.values()):
            return {key: True if spec is None else spec for key, spec in nested.items()}
        return None
    return None


# Other scalars (UUID, Decimal, ...) take the general path: equally right, only slower.
_LEAVES = (str, int, float, Enum, _dt.date, _dt.time, _dt.timedelta, bytes)


_SCALAR_TYPES = frozenset(
    {str, int, float, bool, bytes, NoneType, _dt.date, _dt.datetime, _dt.time, _dt.timedelta}
)


def _type_holds_no_model(annotation: Any) -> bool:
    """True when every value of a field declared ``annotation`` is built of scalars, enums and
    lists or tuples of them: never a model, and never ``Any`` (which may hold one)."""
    if annotation in _SCALAR_TYPES:
        return True
    if isinstance(annotation, type):
        return issubclass(annotation, Enum)
    origin = get_origin(annotation)
    if origin is Literal:
        return True
    if origin in (Union, UnionType, list, tuple):
        return all(arg is Ellipsis or _type_holds_no_model(arg) for arg in get_args(annotation))
    return False  # Any, dict[str, Any], a model, an unresolved forward reference...


_PLAIN_TYPES = frozenset({str, int, float, bool, NoneType})


def _type_is_json_plain(annotation: Any) -> bool:
    """True when pydantic-core prints every value of a field declared ``annotation`` as the
    SDK's exact encoder prints its ``to_wire()`` form: strings (and string enums, dates and
    datetimes, which both print as the same ASCII-safe string), booleans, None, and lists or
    tuples of them. Numbers are not: their values are checked one by one."""
    if annotation in (str, bool, NoneType, _dt.date, _dt.datetime):
        return True
    if isinstance(annotation, type):
        return issubclass(annotation, Enum) and issubclass(annotation, str)
    origin = get_origin(annotation)
    if origin is Literal:
        return all(type(arg) is str for arg in get_args(annotation))
    if origin in (Union, UnionType, list, tuple):
        return all(arg is Ellipsis or _type_is_json_plain(arg) for arg in get_args(annotation))
    return False


def _holds_no_model(value: Any) -> bool:
    """True for a value built only of scalars, lists, tuples and dicts (no model anywhere)."""
    kind = type(value)
    if kind in _PLAIN_TYPES:  # exact types first: the common values, at a set lookup each
        return True
    if kind is dict or isinstance(value, dict):
        for key in value:
            if type(key) not in _PLAIN_TYPES and not _holds_no_model(key):
                return False
        for item in value.values():
            if type(item) not in _PLAIN_TYPES and not _holds_no_model(item):
                return False
        return True
    if kind is list or isinstance(value, list | tuple):
        for item in value:
            if type(item) not in _PLAIN_TYPES and not _holds_no_model(item):
                return False
        return True
    return isinstance(value, _LEAVES)


def _without_lifted_fields(schema: dict[str, Any], model: type[Any]) -> None:
    """JSON schema of a model: fields that live inside another object on the wire
    (`__wire_paths__`) are not keys of this one."""
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name in getattr(model, "__wire_paths__", {}):
            properties.pop(name, None)


class WireModel(BaseModel):
    """Base of every generated model.

    Attributes use Python (snake_case) names; JSON uses the wire names. Both are accepted when
    validating. ``model["name"]`` looks a field up by wire or Python name, then among the unknown
    fields the server sent. ``to_wire()`` gives the JSON-ready request body.
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        validate_by_name=True,
        validate_by_alias=True,
        defer_build=True,
        extra="allow",
        json_schema_extra=_without_lifted_fields,
    )

    __wire_lookup__: ClassVar[Mapping[str, str]] = {}
    """Wire name and Python name → Python name, for every declared field."""
    __wire_defaults__: ClassVar[frozenset[str]] = frozenset()
    """Fields whose default is not None: always sent by `to_wire()`."""
    __wire_omit_none__: ClassVar[frozenset[str]] = frozenset()
    """Optional fields the spec does not let be null: `to_wire()` leaves them out when None."""
    __wire_paths__: ClassVar[Mapping[str, tuple[str, str]]] = {}
    """Python fields that live inside an object field on the wire (`x-python-lift`):
    python name → (wire name of the object, key inside it)."""
    __wire_omit_none_keys__: ClassVar[tuple[str, ...]] = ()
    """The wire names of the `__wire_omit_none__` fields."""
    __wire_json_plain__: ClassVar[frozenset[str]] = frozenset()
    """Fields whose every value pydantic-core prints exactly as the exact encoder would
    (`wire_json()` need not look at their values)."""
    __wire_model_free__: ClassVar[frozenset[str]] = frozenset()
    """Fields whose declared type cannot hold a model (scalars, enums, lists of them): `to_wire()`
    need not look inside their values."""
    __wire_nested__: ClassVar[tuple[str, ...]] = ()
    """The other fields: those whose declared type could hold a model (`stamp_received_headers`
    looks only at these)."""

    # Set by the transport on the models a call returns (the answer's ``httpx2.Headers``); a
    # slot, so that it is neither a field nor pydantic state: equality, dumps, copies and
    # pickles ignore it.
    __slots__ = ("_received_headers",)

    @property
    def _request_id(self) -> str | None:
        """The server's ``x-request-id`` for the answer this model came from (None if absent).

        Set on the models a method returns (and on the ``meta`` of an ``(items, meta)`` pair);
        for a list, an int or None, use ``client.with_raw_response``.
        """
        headers = getattr(self, "_received_headers", None)
        if headers is None:
            return None
        value: str | None = headers.get("x-request-id")
        return value

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        lookup: dict[str, str] = {}
        defaults: set[str] = set()
        for name, info in cls.__pydantic_fields__.items():
            lookup[name] = name
            if isinstance(info.validation_alias, str):
                lookup.setdefault(info.validation_alias, name)
            if info.default_factory is not None or (
                info.default is not None and info.default is not PydanticUndefined
            ):
                defaults.add(name)
        cls.__wire_lookup__ = lookup
        cls.__wire_defaults__ = frozenset(defaults)
        cls.__wire_omit_none_keys__ = tuple(
            info.serialization_alias or info.alias or name
            for name, info in cls.__pydantic_fields__.items()
            if name in cls.__wire_omit_none__
        )
        cls.__wire_json_plain__ = frozenset(
            name
            for name, info in cls.__pydantic_fields__.items()
            if _type_is_json_plain(info.annotation)
        )
        cls.__wire_model_free__ = frozenset(
            name
            for name, info in cls.__pydantic_fields__.items()
            if _type_holds_no_model(info.annotation)
        )
        cls.__wire_nested__ = tuple(
            name for name in cls.__pydantic_fields__ if name not in cls.__wire_model_free__
        )

    def __getitem__(self, key: str) -> Any:
        name = self.__wire_lookup__.get(key)
        if name is not None:
            return getattr(self, name)
        extra = self.__pydantic_extra__
        if extra is not None and key in extra:
            return extra[key]
        fields = [
            info.serialization_alias or name
            for name, info in type(self).__pydantic_fields__.items()
        ]
        if extra:
            fields.extend(extra)
        raise KeyError(
            f"{type(self).__name__} has no field {key!r} (available: {', '.join(fields) or 'none'})"
        )

    def _wire_include(self) -> dict[str, Any]:
        spec: dict[str, Any] = {}
        extra = self.__pydantic_extra__
        for name in self.__pydantic_fields_set__ | self.__wire_defaults__:
            value = extra[name] if extra is not None and name in extra else getattr(self, name)
            if value is None and name in self.__wire_omit_none__:
                continue
            nested = _include_for(value)
            spec[name] = True if nested is None else nested
        return spec

    def _wire_is_flat(self, fields_set: set[str]) -> bool:
        """True when `exclude_unset` alone gives what `_wire_include` would, once the Nones of
        `__wire_omit_none__` fields are dropped: every default that is not None was given, and
        no value is or holds a model (whose own defaults and Nones would need the same care).
        Only the values of fields whose declared type could hold a model are looked into."""
        if not self.__wire_defaults__ <= fields_set:
            return False
        values = self.__dict__
        extra = self.__pydantic_extra__ or {}
        for name in fields_set - self.__wire_model_free__:
            if name in extra:
                value = extra[name]
            elif name in values:
                value = values[name]
            else:
                return False
            if value is not None and not _holds_no_model(value):
                return False
        return True

    def wire_json(self) -> bytes | None:
        """The request body's JSON bytes straight from pydantic-core, when they are provably
        what the SDK's exact encoder prints for ``to_wire()``; else None (then the transport
        encodes ``to_wire()``). Skipping ``to_wire()``'s dict saves most of a body's cost
        (docs/performance.md).

        It applies when ``exclude_unset`` alone gives ``to_wire()`` (every non-None default
        given, no disallowed None set, no field lifted into another, no extra keys) and every
        set value lies in the domain where ``json.dumps`` equals the exact encoder
        (``wirejson.fits_fast_path``: no float, no integer beyond 2**53 - 1, no digit-led or
        non-str key, no model, at most 100 levels). There pydantic-core's output equals
        ``json.dumps`` (compact, raw UTF-8, the same escapes); a surrogate, which it cannot
        print, sends the body to the exact encoder, which refuses it.
        """
        fields_set = self.__pydantic_fields_set__
        if (
            not self.__wire_defaults__ <= fields_set
            or not fields_set.isdisjoint(self.__wire_paths__)
            or self.__pydantic_extra__
        ):
            return None
        values = self.__dict__
        for name in fields_set & self.__wire_omit_none__:
            if values[name] is None:
                return None
        for name in fields_set - self.__wire_json_plain__:
            if not fits_fast_path(values[name], 1):
                return None
        try:
            return type(self).__pydantic_serializer__.to_json(
                self, by_alias=True, exclude_unset=True
            )
        except (PydanticSerializationError, ValueError):
            return None

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready body: wire names, only the fields that were set plus the fields whose
        default is not None; nested models alike. An explicit ``None`` is sent as ``null`` only
        where the spec allows null, and otherwise left out. Fields that live inside another
        object on the wire (`__wire_paths__`) are put there."""
        fields_set = self.__pydantic_fields_set__
        if self._wire_is_flat(fields_set):
            # The common request body: pydantic-core's own `exclude_unset` (~5x cheaper than
            # building the `include` spec in Python, docs/performance.md), same output.
            body: dict[str, Any] = type(self).__pydantic_serializer__.to_python(
                self, mode="json", by_alias=True, exclude_unset=True
            )
            if None in body.values():  # rare: a None given where the spec does not allow null
                for wire_name in self.__wire_omit_none_keys__:
                    if wire_name in body and body[wire_name] is None:
                        del body[wire_name]
        else:
            body = self.model_dump(mode="json", by_alias=True, include=self._wire_include())
        if fields_set.isdisjoint(self.__wire_paths__):
            return body
        for name, (parent, key) in self.__wire_paths__.items():
            value = getattr(self, name) if name in fields_set else None
            if value is not None:
                nested = body.get(parent)
                body[parent] = {
                    **(nested if isinstance(nested, dict) else {}),
                    key: to_jsonable_python(value),
                }
        return body


def stamp_received_headers(result: object, headers: Any) -> None:
    """Give a parsed answer (its envelope, and the models directly in it) the answer's headers,
    from which ``_request_id`` reads the request id when asked (a header lookup costs more than
    the rest of the stamping, and most callers never ask).

    Costs one attribute write per model; items of a list are not stamped.
    """
    if not isinstance(result, WireModel):
        return
    _set_received_headers(result, headers)
    values = result.__dict__
    for name in result.__wire_nested__:
        value = values.get(name)
        if isinstance(value, WireModel):
            _set_received_headers(value, headers)


# The slot's own setter: cheaper than object.__setattr__, which looks the name up first.
_set_received_headers = WireModel.__dict__["_received_headers"].__set__
