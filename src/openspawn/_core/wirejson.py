"""JSON bytes exactly as the server will re-serialise them.

The server verifies an HMAC over Node's ``JSON.stringify`` of the body it parsed, so the SDK
sends, and signs, bytes that are a fixed point of ``JSON.stringify(JSON.parse(bytes))``:
compact separators, raw UTF-8, object keys in JavaScript's order (array-index keys first in
ascending order, then the others as inserted) and numbers as ECMAScript prints them.

What JavaScript cannot carry exactly is refused before anything is sent, with the JSON path of
the offending value in the message:

* integers beyond ``Number.MAX_SAFE_INTEGER`` (±(2**53 − 1)) — ``ValueError``. ``JSON.parse``
  would round them to the nearest double, so the server would store another number than the
  caller passed; sending the rounded value would keep the signature valid but silently change the
  data, so we refuse and say to send such values as strings;
* ``NaN`` and infinities — ``ValueError`` (JSON has no spelling for them);
* strings holding surrogate code points (U+D800–U+DFFF) — ``ValueError``. A lone surrogate is not
  Unicode text, and a pair written as two code points (``"\\ud83d\\ude00"`` in Python) would reach
  the server as *one* character: either way the server would not store what the caller holds;
* object keys that are not ``str`` — ``TypeError``. JavaScript object keys are strings, so ``1``
  and ``"1"`` would collide and ``True`` would become ``"true"``;
* nesting deeper than ``MAX_DEPTH`` (100) arrays/objects, or a container holding itself —
  ``ValueError`` instead of a ``RecursionError``;
* anything that is not ``None``/``bool``/``int``/``float``/``str``/``list``/``tuple``/``dict`` —
  ``TypeError``.

Fast path
---------
Most bodies need none of the exact encoder's care, and ``json.dumps`` (C) is about four times
faster than it. :func:`dumps` therefore first checks, in one walk, that the body lies in a domain
where ``json.dumps(value, ensure_ascii=False, separators=(",", ":"))`` provably prints the same
bytes as the exact encoder, and only then uses it. The domain (``fits_fast_path``) is: values
whose type is *exactly* ``None``, ``bool``, ``str``, ``list``, ``tuple``, ``dict`` or ``int`` with
``|n| <= 2**53 - 1``; dict keys of type exactly ``str`` whose first character is not a digit;
at most ``MAX_DEPTH`` levels. The argument, case by case:

* strings (values and keys): both paths call the same function, ``json.encoder.encode_basestring``
  (what ``json.dumps`` uses when ``ensure_ascii=False``); it escapes ``"``, ``\\`` and the C0
  controls exactly as ``JSON.stringify`` does (``\\b \\t \\n \\f \\r``, else ``\\u00xx`` lower
  case) and leaves everything else raw. Surrogates, the one case where they differ, cannot be
  encoded to UTF-8: the ``.encode("utf-8")`` of the fast path raises and the body goes to the
  exact encoder, which refuses it;
* ``None``/``True``/``False``: ``null``/``true``/``false`` in both;
* integers: ``json.dumps`` prints ``int.__repr__`` (exact type ``int`` only, so no subclass can
  change it), the decimal digits; every integer with ``|n| <= 2**53 - 1`` is an exact double and
  ECMAScript's Number::toString prints such an integer (below 10**21) as its decimal digits too;
* floats never take the fast path (``repr`` and Number::toString disagree, e.g. ``1.0``/``1``,
  ``1e-07``/``1e-7``, ``1e+16``/``10000000000000000``);
* objects: ``json.dumps`` keeps insertion order (``sort_keys=False``); JavaScript does too except
  that array-index keys (canonical decimal integers) move to the front. A key whose first character
  is not a digit is never an array index, so the orders agree; any digit-led key (index or not)
  goes to the exact encoder, which orders them as JavaScript does;
* arrays and tuples: ``[a,b]`` in both; separators are ``,`` and ``:`` with no spaces in both;
* ``allow_nan`` and ``check_circular`` are irrelevant in the domain (no floats, depth
  bounded by the walk, which also stops a self-containing body).

``tests/sdk/test_wire_json.py`` checks the argument: on random bodies the fast path, when it
applies, equals the exact encoder byte for byte, and both are fixed points of a live Node's
``JSON.stringify(JSON.parse(...))`` with a matching HMAC (10,000 bodies in one batched run).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from typing import Any

__all__ = ["MAX_DEPTH", "MAX_SAFE_INTEGER", "dumps", "fits_fast_path", "js_number"]

MAX_SAFE_INTEGER = 2**53 - 1
MAX_DEPTH = 100
_MAX_INDEX = 2**32 - 2
_DIGITS = frozenset("0123456789")
_LEAVES = frozenset({str, bool, type(None)})


def _make_fast_encoder() -> Callable[[Any], Iterable[str]]:
    """``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``, minus its per-call set-up.

    ``json.dumps`` builds a C encoder on every call; we build the same one once. Where the C
    accelerator is missing (or its signature changed) we use the documented pure-Python API.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        try:
            encoder = make(None, None, encode_basestring, None, ":", ",", False, False, False)
            if "".join(encoder({"a": [1, None]}, 0)) == '{"a":[1,null]}':
                return lambda value: encoder(value, 0)
        except TypeError:
            pass
    slow = json.JSONEncoder(
        ensure_ascii=False, separators=(",", ":"), allow_nan=False, check_circular=False
    )
    return lambda value: (slow.encode(value),)


_fast_encode = _make_fast_encoder()


class _Refused(Exception):
    """A value JavaScript cannot carry exactly; ``path`` grows as it climbs out of containers."""

    def __init__(self, kind: type[Exception], message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.path: list[str] = []


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
    if not text.isascii():
        try:
            text.encode()  # strict UTF-8 refuses exactly the surrogate code points
        except UnicodeEncodeError as exc:
            raise _Refused(
                ValueError,
                f"string holds the surrogate code point U+{ord(text[exc.start]):04X}, "
                "which is not Unicode text (a pair written as two code points reaches the "
                "server as one character); combine pairs first, e.g. "
                "s.encode('utf-16', 'surrogatepass').decode('utf-16')",
            ) from None
    return text


def _is_index(key: str) -> bool:
    return (
        key.isdigit() and key.isascii() and (key == "0" or key[0] != "0") and int(key) <= _MAX_INDEX
    )


def _integer(value: int) -> str:
    if -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        return int.__repr__(value)
    raise _Refused(
        ValueError,
        f"integer {value if value.bit_length() < 128 else f'of {value.bit_length()} bits'} "
        f"is beyond JavaScript's exact range ±(2**53 - 1) = ±{MAX_SAFE_INTEGER}; the server "
        "would read another number. Send it as a string",
    )


def _encode(value: Any, out: list[str], depth: int) -> None:
    if isinstance(value, str):
        out.append(_string(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(_integer(value))
    elif isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise _Refused(ValueError, f"{value!r} cannot be sent as JSON")
        out.append(js_number(value))
    elif isinstance(value, dict | list | tuple):
        if depth >= MAX_DEPTH:
            raise _Refused(
                ValueError,
                f"nested deeper than {MAX_DEPTH} arrays/objects (or contains itself); "
                "flatten it or send it as a string",
            )
        if isinstance(value, dict):
            _encode_object(value, out, depth + 1)
        else:
            _encode_array(value, out, depth + 1)
    else:
        raise _Refused(
            TypeError,
            f"{type(value).__name__} is not JSON serialisable (use None, bool, int, float, "
            "str, list, tuple or dict with str keys)",
        )


def _encode_object(value: dict[Any, Any], out: list[str], depth: int) -> None:
    for key in value:
        if not isinstance(key, str):
            raise _Refused(
                TypeError,
                f"object key {key!r} is a {type(key).__name__}; JSON object keys must be str "
                f"(JavaScript turns every key into a string, so {key!r} and {str(key)!r} would "
                "collide): convert the keys with str() first",
            )
    items = list(value.items())
    if any(_is_index(k) for k, _ in items):
        index = sorted((kv for kv in items if _is_index(kv[0])), key=lambda kv: int(kv[0]))
        items = index + [kv for kv in items if not _is_index(kv[0])]
    out.append("{")
    first = True
    for key, item in items:
        if not first:
            out.append(",")
        first = False
        try:
            out.append(_string(key))
            out.append(":")
            _encode(item, out, depth)
        except _Refused as refused:
            refused.path.append(f"[{key!r}]")
            raise
    out.append("}")


def _encode_array(value: list[Any] | tuple[Any, ...], out: list[str], depth: int) -> None:
    out.append("[")
    for i, item in enumerate(value):
        if i:
            out.append(",")
        try:
            _encode(item, out, depth)
        except _Refused as refused:
            refused.path.append(f"[{i}]")
            raise
    out.append("]")


def exact_dumps(value: Any) -> bytes:
    """The exact encoder: what Node's ``JSON.stringify`` prints, for any body (no fast path)."""
    out: list[str] = []
    try:
        _encode(value, out, 0)
    except _Refused as refused:
        segments = refused.path[::-1]
        if len(segments) > 12:  # a deep body: the start and the end of the path say enough
            segments[6:-6] = [f"[…{len(segments) - 12} levels…]"]
        where = "body" + "".join(segments)
        raise refused.kind(f"cannot send {where}: {refused.message}") from None
    return "".join(out).encode("utf-8")


def fits_fast_path(value: Any, depth: int = 0) -> bool:
    """True when ``json.dumps`` provably prints the exact encoder's bytes (module docstring);
    ``depth`` is how deep inside a body ``value`` sits. Request models use the same domain for
    their field values (``WireModel.wire_json``)."""
    kind = type(value)
    if kind is dict:
        if depth >= MAX_DEPTH:
            return False
        for key, item in value.items():
            if type(key) is not str or key[:1] in _DIGITS:
                return False
            kind = type(item)
            if kind in _LEAVES:
                continue
            if kind is int:
                if -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:
                    continue
                return False
            if not fits_fast_path(item, depth + 1):
                return False
        return True
    if kind is list or kind is tuple:
        if depth >= MAX_DEPTH:
            return False
        for item in value:
            kind = type(item)
            if kind in _LEAVES:
                continue
            if kind is int:
                if -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:
                    continue
                return False
            if not fits_fast_path(item, depth + 1):
                return False
        return True
    if kind in _LEAVES:
        return True
    if kind is int:
        safe: bool = -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER
        return safe
    return False


def fast_dumps(value: Any) -> bytes | None:
    """``json.dumps`` bytes when they provably equal the exact encoder's, else None."""
    if not fits_fast_path(value, 0):
        return None
    try:
        return "".join(_fast_encode(value)).encode("utf-8")
    except UnicodeEncodeError:  # a surrogate: the exact encoder refuses it with a clear message
        return None


def dumps(value: Any) -> bytes:
    """Serialise ``value`` to the UTF-8 bytes Node's ``JSON.stringify`` would print for it.

    Raises ``ValueError`` or ``TypeError`` naming the offending value's path for anything
    JavaScript cannot carry exactly (see the module docstring).
    """
    fast = fast_dumps(value)
    return fast if fast is not None else exact_dumps(value)
