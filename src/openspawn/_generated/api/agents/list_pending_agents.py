"""`listPendingAgents`: GET /api/v1/agents/pending

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.pending_agent_list_response import PendingAgentListResponse
from ...types import UNSET, Operation


def build() -> Operation[PendingAgentListResponse]:
    """List pending agents

    Lists agents waiting for activation. A level-10 agent sees every pending agent of the
    organisation; any other agent sees only its own pending children. Upstream this route is
    shadowed by `GET /api/v1/agents/{id}` and answers 500; the dev server implements it.

    Builds ``GET /api/v1/agents/pending``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``PendingAgentListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listPendingAgents",  # operation_id
        "GET",  # method
        "/api/v1/agents/pending",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> PendingAgentListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: PendingAgentListResponse = (
            PendingAgentListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listPendingAgents: status {status} is not a documented 2xx answer of this operation"
    )
