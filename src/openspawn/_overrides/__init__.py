"""Hand-written behaviour the spec cannot express, hooked into the generated resource methods.

Every override in the SDK is in this folder. Each is a pure function (no I/O) marked with the
operation it belongs to; `make generate` finds them here and the generated method calls them:

* ``@before_send("operationId")``: ``fn(body) -> body``, gets the request model (or None when
  the caller gave no body) and returns the one to send;
* ``@after_parse("operationId")``: ``fn(result, arguments) -> result``, gets the shaped result
  and the call's path and query arguments (Python names) and returns what the method returns.
  Its return annotation becomes the method's return type.

Being plain functions, they serve the sync and the async client alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["after_parse", "before_send"]

F = TypeVar("F", bound=Callable[..., object])


def before_send(operation_id: str) -> Callable[[F], F]:
    """Mark ``fn`` as the body hook of ``operation_id`` (read by the generator, not at runtime)."""
    return _mark("before_send", operation_id)


def after_parse(operation_id: str) -> Callable[[F], F]:
    """Mark ``fn`` as the result hook of ``operation_id`` (read by the generator)."""
    return _mark("after_parse", operation_id)


def _mark(kind: str, operation_id: str) -> Callable[[F], F]:
    def mark(fn: F) -> F:
        setattr(fn, f"__openspawn_{kind}__", operation_id)
        return fn

    return mark
