"""Schemathesis hooks for the dev-server conformance run (loaded via SCHEMATHESIS_HOOKS).

Schemathesis draws the optional idempotency headers from the spec's `example` and from a small
pool of UUIDs, so most POSTs of a run would reuse a handful of keys; the server then answers
409 "key reused with a different request" (correct behaviour) and the operation itself is
never reached. Before each call, every *valid* idempotency key is replaced by one fresh UUID
(shared by both header names, as a real client sends them). Invalid keys are left alone, so
their rejection is still tested. Key replay and conflicts are covered by test_idempotency.py.
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis

_NAMES = frozenset({"x-idempotency-key", "idempotency-key"})


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    headers = case.headers
    if not headers:
        return
    fresh = str(uuid.uuid4())
    for name in list(headers):
        if name.lower() not in _NAMES:
            continue
        try:
            uuid.UUID(str(headers[name]))
        except ValueError:
            continue
        headers[name] = fresh
