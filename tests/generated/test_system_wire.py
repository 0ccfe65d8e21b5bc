"""`client.system` on the wire: every method called with the spec's example.

Generated from openapi.yaml by `make generate` (templates/resources/); do not edit.
"""

from __future__ import annotations

import pytest

from .wire_harness import Case, run_case

CASES = [
    Case(
        resource="system",
        method="health",
        operation_id="getHealth",
        http_method="GET",
        path="/health",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={"status": "ok", "timestamp": "2026-02-17T10:00:00.000Z"},
        body_model=None,
        body=None,
        sent_body=None,
        returns=".",
        hooked=False,
        extra={"builder": ("system", "get_health")},
    ),
    Case(
        resource="system",
        method="ping",
        operation_id="ping",
        http_method="GET",
        path="/api/v1",
        args=[],
        kwargs={},
        query={},
        status=200,
        answer={"message": "Hello API"},
        body_model=None,
        body=None,
        sent_body=None,
        returns=".",
        hooked=False,
        extra={"builder": ("system", "ping")},
    ),
]


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.method)
def test_request_and_answer(case: Case, mode: str) -> None:
    run_case(case, mode)
