"""Checks and assembly of a generated resource method's arguments, before anything is sent.

Every generated method (``_generated/_async/<resource>.py``) calls these with what the spec says
about each argument, so a wrong value fails here with a message naming the parameter instead of
being stringified onto the wire (``agents.get(None)`` must never send ``/agents/None``).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, Final, Literal, TypeVar, overload

import httpx2

from .._generated.types import WireModel, is_unknown_enum_member, path_value
from .config import NotGiven
from .errors import InvalidArgumentError, short_repr
from .options import RequestOptions
from .retry import RetryPolicy

__all__ = [
    "NO_OPTIONS",
    "NO_QUERY",
    "OMIT",
    "InvalidArgumentError",
    "Omit",
    "body_of",
    "check_path",
    "check_query",
    "check_uuid",
    "path_segment",
    "request_options",
    "uuid_segment",
]

M = TypeVar("M", bound=WireModel)


class Omit:
    """Type of `OMIT`: the argument was not passed (``None`` may mean "send null")."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "OMIT"

    def __bool__(self) -> bool:
        return False


OMIT: Final = Omit()


NO_QUERY: Final[Mapping[str, str]] = {}
"""The query of a call that has none (never mutated: the transport merges into new dicts)."""

NO_OPTIONS: Final[RequestOptions] = {}
"""The options of a call that was given none (generated methods test for that inline, which
costs less than building the options; never mutated)."""

# The 8-4-4-4-12 hex form, which `uuid.UUID` accepts; its other spellings (braces, `urn:uuid:`,
# no dashes) go through `uuid.UUID` itself, so the same values are accepted and refused.
# (The three middle groups as one repeat: the same pattern, compiled in half the time.)
_CANONICAL_UUID: Final = re.compile(
    "[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
).fullmatch


def check_path(method: str, name: str, value: object) -> str:
    """A path parameter as a non-empty string that cannot change the route."""
    if not isinstance(value, str):
        raise TypeError(f"{method}(): {name} must be a str, not {type(value).__name__}")
    if value in ("", ".", ".."):
        raise InvalidArgumentError(
            f"{method}(): {name} must be a non-empty id, not {short_repr(value)}"
        )
    return value


def check_uuid(method: str, name: str, value: object) -> str:
    """A path parameter the spec declares a UUID: refused before sending when it is not one."""
    if type(value) is str and _CANONICAL_UUID(value):
        return value
    text = check_path(method, name, value)
    import uuid  # rare spellings only: most ids are canonical

    try:
        uuid.UUID(text)
    except ValueError:
        raise InvalidArgumentError(
            f"{method}(): {name} must be a UUID (the object's `id`), got {short_repr(text)}"
        ) from None
    return text


def uuid_segment(method: str, name: str, value: object) -> str:
    """A UUID path parameter (``check_uuid``) as its percent-encoded path segment."""
    if type(value) is str and _CANONICAL_UUID(value):
        return value  # hex digits and dashes: nothing to encode
    return path_value(check_uuid(method, name, value))


def path_segment(method: str, name: str, value: object) -> str:
    """A path parameter (``check_path``) as its percent-encoded path segment."""
    return path_value(check_path(method, name, value))


_KINDS: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "datetime": (_dt.datetime,),
    "date": (_dt.date,),
}


def check_query(method: str, name: str, value: Any, kind: str | type[Enum]) -> Any:
    """A query value of the spec's type (``None`` passes: the builder leaves it out)."""
    if value is None:
        return None
    if isinstance(kind, type):
        if isinstance(value, kind) and not is_unknown_enum_member(value):
            return value
        if isinstance(value, str) and value in {member.value for member in kind}:
            return kind(value)
        allowed = ", ".join(repr(member.value) for member in kind)
        raise InvalidArgumentError(
            f"{method}(): {name} must be one of {allowed}, got {short_repr(value)}"
        )
    expected = _KINDS[kind]
    if (isinstance(value, bool) and kind != "bool") or not isinstance(value, expected):
        raise TypeError(f"{method}(): {name} must be {kind}, not {type(value).__name__}")
    return value


@overload
def body_of(
    method: str,
    model: type[M],
    request: Any,
    positional: tuple[Any, ...],
    positional_names: tuple[str, ...],
    fields: dict[str, Any],
    *,
    required: Literal[True],
    defaults: Mapping[str, Any] | None = None,
) -> M: ...


@overload
def body_of(
    method: str,
    model: type[M],
    request: Any,
    positional: tuple[Any, ...],
    positional_names: tuple[str, ...],
    fields: dict[str, Any],
    *,
    required: bool,
    defaults: Mapping[str, Any] | None = None,
) -> M | None: ...


def body_of(
    method: str,
    model: type[M],
    request: Any,
    positional: tuple[Any, ...],
    positional_names: tuple[str, ...],
    fields: dict[str, Any],
    *,
    required: bool,
    defaults: Mapping[str, Any] | None = None,
) -> M | None:
    """The request body from either calling style: a model (or a dict), or its fields.

    ``request`` is the first positional argument after the path parameters: the model, a
    mapping validated into it, or (when the method takes body fields positionally) the first
    field. ``fields`` holds the keyword fields that were passed (OMIT ones removed).
    """
    given = {key: value for key, value in fields.items() if value is not OMIT}
    if isinstance(request, model | Mapping):
        if positional or given:
            raise TypeError(
                f"{method}(): pass either a {model.__name__} or its fields as keywords, not both"
            )
        if isinstance(request, model):
            return request
        return model.model_validate(dict(request))
    if isinstance(request, WireModel):
        raise TypeError(
            f"{method}(): expected a {model.__name__} (or a dict of its fields), "
            f"got a {type(request).__name__}"
        )
    values = positional if request is OMIT else (request, *positional)
    if len(values) > len(positional_names):
        raise TypeError(
            f"{method}() takes {len(positional_names)} positional body field"
            f"{'' if len(positional_names) == 1 else 's'} after the path parameters "
            f"({', '.join(positional_names) or 'none'}); pass a {model.__name__} or keywords"
        )
    for name, value in zip(positional_names, values, strict=False):
        if name in given:
            raise TypeError(f"{method}() got multiple values for argument {name!r}")
        given[name] = value
    if not given and request is OMIT and not required:
        return None
    for name, value in (defaults or {}).items():
        given.setdefault(name, value)
    try:
        return model(**given)
    except RecursionError:
        raise ValueError(f"{method}(): an argument is nested too deeply to be sent") from None


def request_options(
    timeout: float | httpx2.Timeout | NotGiven | None,
    max_retries: int | NotGiven,
    idempotency_key: str | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, str] | None,
    extra_body: Mapping[str, Any] | None,
    retry_policy: RetryPolicy | None = None,
) -> RequestOptions:
    """The per-call options that were given, as the transport takes them."""
    options: RequestOptions = {}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if not isinstance(max_retries, NotGiven):
        options["max_retries"] = max_retries
    if idempotency_key is not None:
        options["idempotency_key"] = idempotency_key
    if extra_headers is not None:
        options["extra_headers"] = extra_headers
    if extra_query is not None:
        options["extra_query"] = extra_query
    if extra_body is not None:
        options["extra_body"] = extra_body
    if retry_policy is not None:
        options["retry_policy"] = retry_policy
    return options
