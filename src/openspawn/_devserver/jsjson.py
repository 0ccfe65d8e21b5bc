"""JSON the way Node.js sees it: ``JSON.parse`` semantics for numbers and
``JSON.stringify`` output, used for the HMAC body the upstream server signs.

The upstream server signs ``JSON.stringify(req.body)`` where ``req.body`` came
from ``JSON.parse``.  So the signed text is *not* the bytes that were sent but a
re-serialisation of what was parsed:

* every number is an IEEE-754 double (big integers lose precision) and is printed
  with ECMAScript's ``Number::toString`` (``1.0`` -> ``1``, ``1e21`` -> ``1e+21``);
* integer-like object keys come first in ascending numeric order, then the other
  keys in insertion order (a duplicate key keeps its first position, last value);
* strings are printed raw (UTF-8) except for ``"``, ``\\``, control characters and
  lone surrogates, which are escaped as ``JSON.stringify`` does.

Hostile bodies are refused before anything is built from them: nesting deeper than
``MAX_DEPTH`` is found by a scan of the raw text (so the parser, the validator and the
signer never recurse that deep), and a number literal longer than ``MAX_NUMBER_CHARS``
is refused before it is converted (a 5,000-digit integer would otherwise cost quadratic
time and exceed Python's int-conversion limit). A number beyond a double's range
(``1e400``) is null, as ``JSON.stringify(JSON.parse(...))`` makes it.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Any

__all__ = [
    "MAX_DEPTH",
    "MAX_NUMBER_CHARS",
    "JSONParseError",
    "js_loads",
    "js_number_to_string",
    "js_stringify",
]

MAX_DEPTH = 32  # objects/arrays inside one another; real bodies need fewer than 10
MAX_NUMBER_CHARS = 40  # a double needs at most 17 significant digits and a 3-digit exponent

_MAX_SAFE = 2**53
_ARRAY_INDEX_MAX = 2**32 - 2  # ECMAScript array index: 0 .. 2^32 - 2
_INDEX_RE = re.compile(r"(?:0|[1-9][0-9]*)\Z")
# A string token (skipped whole, so brackets inside strings do not count) or a bracket.
_NESTING_RE = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')
_ESCAPE_RE = re.compile(r'["\\\x00-\x1f\ud800-\udfff]')
_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}


class JSONParseError(ValueError):
    """The body is not JSON that Express' body parser would accept."""


def _check_number(text: str) -> None:
    if len(text) > MAX_NUMBER_CHARS:
        raise JSONParseError(
            f"a number in the body has {len(text)} characters; at most {MAX_NUMBER_CHARS} "
            "are accepted (a JavaScript number carries at most 17 significant digits)"
        )


def _parse_int(text: str) -> int | float:
    _check_number(text)  # at most 40 digits: never beyond a double's range
    value = int(text)
    if -_MAX_SAFE <= value <= _MAX_SAFE:
        return value
    return float(text)  # a JS double, as JSON.parse gives


def _parse_float(text: str) -> int | float | None:
    _check_number(text)
    value = float(text)
    if math.isinf(value):
        # JSON.parse gives +-Infinity, which JSON.stringify (the signature, upstream's jsonb
        # column) prints as null: null is what the server sees, and never "Infinity".
        return None
    if value.is_integer() and -_MAX_SAFE <= value <= _MAX_SAFE:
        return int(value)  # 1.0 and -0.0 are the integers 1 and 0 in JS
    return value


def _reject_constant(name: str) -> Any:
    raise JSONParseError(f"Unexpected token {name[0]} in JSON")


def _check_depth(text: str) -> None:
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return  # cannot nest deeper (the common case: no scan)
    depth = 0
    for match in _NESTING_RE.finditer(text):
        token = match.group(0)
        if token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise JSONParseError(
                    f"the body nests objects/arrays more than {MAX_DEPTH} levels deep "
                    f"(at position {match.start()})"
                )
        elif token in "]}":
            depth -= 1


def js_loads(text: str) -> Any:
    """Parse JSON like Express' ``express.json()`` (strict mode) and Node's
    ``JSON.parse``: the top level must be an object or an array, numbers become
    JS doubles (integral values inside the safe range stay Python ints)."""
    stripped = text.lstrip(" \t\n\r")
    if not stripped:
        raise JSONParseError("Unexpected end of JSON input")
    if stripped[0] not in "{[":
        raise JSONParseError(
            f'Unexpected token {stripped[0]!r} in JSON at position 0, "{{" or "[" expected'
        )
    _check_depth(text)
    try:
        return json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        raise JSONParseError(f"{exc.msg} in JSON at position {exc.pos}") from None


def js_number_to_string(value: float | int) -> str:
    """ECMAScript ``Number::toString(10)`` of the double nearest to ``value``."""
    if isinstance(value, bool):
        raise TypeError("bool is not a number")
    number = float(value)
    if math.isnan(number) or math.isinf(number):
        return "null"  # what JSON.stringify prints for NaN and +-Infinity
    if number == 0:
        return "0"  # also -0
    sign = "-" if number < 0 else ""
    # repr() gives the shortest digit string that round-trips, like ECMAScript.
    digits_tuple, exponent = Decimal(repr(abs(number))).as_tuple()[1:]
    digits = "".join(str(d) for d in digits_tuple).rstrip("0") or "0"
    trailing = len("".join(str(d) for d in digits_tuple)) - len(digits)
    assert isinstance(exponent, int)
    k = len(digits)
    n = exponent + trailing + k  # value = 0.digits * 10^n
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        exp = n - 1
        exp_text = ("+" if exp >= 0 else "-") + str(abs(exp))
        mantissa = digits if k == 1 else digits[0] + "." + digits[1:]
        text = mantissa + "e" + exp_text
    return sign + text


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    return f"\\u{ord(char):04x}"


def _string(value: str) -> str:
    return '"' + _ESCAPE_RE.sub(_escape, value) + '"'


def _is_index_key(key: str) -> bool:
    return bool(_INDEX_RE.match(key)) and int(key) <= _ARRAY_INDEX_MAX


def _ordered_keys(obj: dict[str, Any]) -> list[str]:
    index_keys = [k for k in obj if _is_index_key(k)]
    if not index_keys:
        return list(obj)
    index_keys.sort(key=int)
    return index_keys + [k for k in obj if not _is_index_key(k)]


def js_stringify(value: Any) -> str:
    """What ``JSON.stringify(value)`` prints for a value produced by :func:`js_loads`."""
    parts: list[str] = []
    _write(value, parts)
    return "".join(parts)


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(_string(value))
    elif isinstance(value, int):
        out.append(str(value) if -_MAX_SAFE <= value <= _MAX_SAFE else js_number_to_string(value))
    elif isinstance(value, float):
        out.append(js_number_to_string(value))
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key in _ordered_keys(value):
            if not first:
                out.append(",")
            first = False
            out.append(_string(str(key)))
            out.append(":")
            _write(value[key], out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot serialise {type(value).__name__} as JSON")
