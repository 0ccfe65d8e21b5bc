"""`listAgentCapabilities`: GET /api/v1/agents/{id}/capabilities

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_capability_list_response import AgentCapabilityListResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[AgentCapabilityListResponse]:
    """List an agent's capabilities

    Lists the capabilities of an agent, sorted by capability name.

    Builds ``GET /api/v1/agents/{id}/capabilities``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentCapabilityListResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listAgentCapabilities",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/capabilities",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentCapabilityListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentCapabilityListResponse = (
            AgentCapabilityListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listAgentCapabilities: status {status} is not a documented 2xx answer of this operation"
    )
