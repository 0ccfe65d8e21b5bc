"""`getAgent`: GET /api/v1/agents/{id}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_response import AgentResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[AgentResponse]:
    """Get an agent

    Returns one agent of the caller's organisation by its UUID (not its slug), with its
    capabilities, budget fields and metadata.

    Builds ``GET /api/v1/agents/{id}``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getAgent",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentResponse = AgentResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"getAgent: status {status} is not a documented 2xx answer of this operation")
