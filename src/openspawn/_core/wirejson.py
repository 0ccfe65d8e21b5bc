"""JSON bytes exactly as the server will re-serialise them.

The server verifies an HMAC over Node's ``JSON.stringify`` of the body it parsed, so the SDK
sends, and signs, bytes that are a fixed point of ``JSON.stringify(JSON.parse(bytes))``:
compact separators, raw UTF-8, object keys in JavaScript's order (array-index keys first in
ascending order, then the others as inserted) and numbers as ECMAScript prints them.
"""

from __future__ import annotations

import math
import re
from json.encoder import encode_basestring
from typing import Any

__all__ = ["dumps", "js_number"]

_MAX_SAFE = 2**53
_MAX_INDEX = 2**32 - 2
_SURROGATE = re.compile("[\ud800-\udfff]")


def js_number(value: float) -> str:
    """Format a float the way ECMAScript's Number::toString does."""
    if math.isnan(value) or math.isinf(value):
        raise ValueError(f"{value!r} cannot be sent as JSON")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr() gives the shortest digits that round-trip, as ECMAScript requires.
    mantissa, _, exp_text = repr(abs(value)).partition("e")
    whole, _, frac = mantissa.partition(".")
    if frac == "0":
        frac = ""
    digits = (whole + frac).lstrip("0")
    # Position of the decimal point relative to the first significant digit.
    point = len(whole) + (int(exp_text) if exp_text else 0)
    if whole == "0":
        stripped = frac.lstrip("0")
        point = -(len(frac) - len(stripped)) + (int(exp_text) if exp_text else 0)
        digits = stripped
    digits = digits.rstrip("0") or "0"
    k, n = len(digits), point
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        exponent = n - 1
        exp_sign = "+" if exponent >= 0 else "-"
        head = digits[0] + ("." + digits[1:] if k > 1 else "")
        text = f"{head}e{exp_sign}{abs(exponent)}"
    return sign + text


def _string(value: str) -> str:
    text: str = encode_basestring(value)
    if _SURROGATE.search(text):
        # Lone surrogates: JavaScript escapes them; they cannot be encoded as UTF-8 anyway.
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    return text


def _is_index(key: str) -> bool:
    return (
        key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) <= _MAX_INDEX
    )


def _key(key: object) -> str:
    if isinstance(key, str):
        return key
    if isinstance(key, bool) or key is None:
        return "true" if key is True else "false" if key is False else "null"
    if isinstance(key, int):
        return str(key)
    if isinstance(key, float):
        return js_number(key)
    raise TypeError(f"JSON object keys must be strings, not {type(key).__name__}")


def _encode(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value) if -_MAX_SAFE <= value <= _MAX_SAFE else js_number(float(value)))
    elif isinstance(value, float):
        out.append(js_number(value))
    elif isinstance(value, dict):
        items = [(_key(k), v) for k, v in value.items()]
        if any(_is_index(k) for k, _ in items):
            index = sorted((kv for kv in items if _is_index(kv[0])), key=lambda kv: int(kv[0]))
            items = index + [kv for kv in items if not _is_index(kv[0])]
        out.append("{")
        first = True
        for key, item in items:
            if not first:
                out.append(",")
            first = False
            out.append(_string(key))
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value: Any) -> bytes:
    """Serialise ``value`` to the UTF-8 bytes Node's ``JSON.stringify`` would print for it."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")
