"""Per-call options accepted by every resource method, and the checks of their values.

The checks run when a call starts, before anything is built or sent, for every method alike;
the client constructor runs the same checks on its own settings (``config.py``).

No ``from __future__ import annotations`` here: ``RequestOptions`` is a TypedDict, which turns
each string annotation into a ``ForwardRef`` by compiling it (~1 M instructions at import).
"""

import math
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx2

from .errors import short_repr
from .retry import RetryPolicy

__all__ = [
    "RequestOptions",
    "check_headers",
    "check_idempotency_key",
    "check_max_retries",
    "check_options",
    "check_query_params",
    "check_seconds",
    "check_timeout",
]

MAX_RETRIES_LIMIT = 100
"""More retries than this is a mistake (at the 32 s cap it is almost an hour of waiting)."""
# Character tests by string methods: the regexes they replace cost a fresh process more to
# compile (~2 M instructions) than a client's construction costs otherwise.
_TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_HEX_DIGITS = "0123456789abcdefABCDEF"


def _is_header_name(name: str) -> bool:
    """An HTTP token (RFC 9110): one or more of ``_TOKEN_CHARS``."""
    return bool(name) and not name.strip(_TOKEN_CHARS)


def _is_header_value(value: str) -> bool:
    """Printable ASCII and tabs, no line break or other control character."""
    return value.isascii() and value.replace("\t", "").isprintable()


def _is_uuid(value: str) -> bool:
    """The 8-4-4-4-12 hex form, or 32 hex digits (how the server stores idempotency keys)."""
    if len(value) == 36 and value[8] == value[13] == value[18] == value[23] == "-":
        value = value.replace("-", "")  # a dash anywhere else leaves fewer than 32 characters
    return len(value) == 32 and not value.strip(_HEX_DIGITS)


class RequestOptions(TypedDict, total=False):
    """Keyword options every resource method accepts.

    timeout: seconds (or an ``httpx2.Timeout``, or None for none) for this call's requests.
    max_retries: retries after the first attempt for this call (0 turns retrying off).
    retry_policy: an ``openspawn.RetryPolicy`` for this call (statuses, delays).
    idempotency_key: the key (a UUID) sent with a non-GET call, instead of a generated UUID4.
    extra_headers: headers added to this call's requests.
    extra_query: query parameters added to (or replacing) the operation's own.
    extra_body: JSON members added to (or replacing) the top level of the request body.
    """

    timeout: float | httpx2.Timeout | None
    max_retries: int
    retry_policy: RetryPolicy
    idempotency_key: str
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    extra_body: Mapping[str, Any]


_KNOWN = frozenset(RequestOptions.__annotations__)


def check_timeout(value: object, name: str = "timeout") -> float | httpx2.Timeout | None:
    if value is None or isinstance(value, httpx2.Timeout):
        if isinstance(value, httpx2.Timeout):
            for part in (value.connect, value.read, value.write, value.pool):
                if part is not None:
                    check_timeout(part, name)
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"{name} must be a number of seconds, an httpx2.Timeout or None, "
            f"got {type(value).__name__}"
        )
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not math.isfinite(seconds) or seconds <= 0:
        raise ValueError(
            f"{name} must be a positive, finite number of seconds, got {short_repr(value)}"
        )
    return seconds


def check_seconds(value: object, name: str, *, allow_zero: bool = False) -> float:
    """A finite number of seconds (> 0, or >= 0 with ``allow_zero``): no bool, no huge int."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
    if allow_zero and value == 0:
        return 0.0
    seconds = check_timeout(value, name)
    assert isinstance(seconds, float)
    return seconds


def check_max_retries(value: object, name: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__} {short_repr(value)}")
    if not 0 <= value <= MAX_RETRIES_LIMIT:
        raise ValueError(f"{name} must be between 0 and {MAX_RETRIES_LIMIT}, got {value}")
    return value


def check_headers(value: object, name: str) -> dict[str, str]:
    """Header names must be tokens and values printable ASCII: nothing httpx2 would refuse."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values")
    headers: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(f"{name}: header names and values must be str, got {short_repr(key)}")
        if not _is_header_name(key):
            raise ValueError(f"{name}: {short_repr(key)} is not a valid HTTP header name")
        if not _is_header_value(item):
            raise ValueError(
                f"{name}: the value of {short_repr(key)} must be printable ASCII "
                "without line breaks"
            )
        headers[key] = item
    return headers


def check_idempotency_key(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"idempotency_key must be a str (a UUID), got {type(value).__name__}")
    if not _is_uuid(value):
        raise ValueError(
            "idempotency_key must be a UUID such as '2f1c…-…' (the server stores keys as UUIDs); "
            f"got {short_repr(value)}"
        )
    return value


def check_query_params(value: object, name: str) -> dict[str, str]:
    """Query parameters as a dict of non-empty str names to str values."""
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a mapping of query parameter names to str values")
    params: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not isinstance(item, str):
            raise TypeError(
                f"{name}: query parameter names and values must be str, got "
                f"{short_repr(key)}: {type(item).__name__}"
            )
        if not key:
            raise ValueError(f"{name}: a query parameter name must not be empty")
        params[key] = item
    return params


def _str_mapping(value: object, *, values: bool) -> bool:
    if not isinstance(value, Mapping):
        return False
    return all(isinstance(k, str) and (not values or isinstance(v, str)) for k, v in value.items())


def check_options(options: Mapping[str, Any]) -> None:
    """TypeError/ValueError for an unknown option or a bad value, before anything is sent."""
    unknown = set(options) - _KNOWN
    if unknown:
        raise TypeError(
            f"unknown option{'s' if len(unknown) > 1 else ''} {sorted(unknown)}; "
            f"the per-call options are {sorted(_KNOWN)}"
        )
    if "timeout" in options:
        check_timeout(options["timeout"])
    if "max_retries" in options:
        check_max_retries(options["max_retries"])
    policy = options.get("retry_policy")
    if policy is not None and not isinstance(policy, RetryPolicy):
        raise TypeError(
            f"retry_policy must be an openspawn.RetryPolicy, got {type(policy).__name__}"
        )
    key = options.get("idempotency_key")
    if key is not None:
        check_idempotency_key(key)
    extra = options.get("extra_headers")
    if extra is not None:
        check_headers(extra, "extra_headers")
    query = options.get("extra_query")
    if query is not None and not _str_mapping(query, values=True):
        raise TypeError("extra_query must be a mapping of str names to str values")
    body = options.get("extra_body")
    if body is not None and (
        not isinstance(body, Mapping) or not all(isinstance(k, str) for k in body)
    ):
        raise TypeError("extra_body must be a mapping with str keys (top-level JSON members)")
