"""`listAgents`: GET /api/v1/agents

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.agent_list_response import AgentListResponse
from ...types import UNSET, Operation


def build() -> Operation[AgentListResponse]:
    """List agents

    Lists every agent of the caller's organisation, whatever its status, newest first. The list
    is not paginated. Items carry the summary fields only (no `mode`, `parentId` or
    `updatedAt` upstream).

    Builds ``GET /api/v1/agents``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listAgents",  # operation_id
        "GET",  # method
        "/api/v1/agents",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentListResponse = AgentListResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"listAgents: status {status} is not a documented 2xx answer of this operation"
    )
