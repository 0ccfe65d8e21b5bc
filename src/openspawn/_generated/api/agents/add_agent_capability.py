"""`addAgentCapability`: POST /api/v1/agents/{id}/capabilities

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.add_capability_request import AddCapabilityRequest
from ...models.agent_capability_response import AgentCapabilityResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: AddCapabilityRequest,
) -> Operation[AgentCapabilityResponse]:
    """Add a capability to an agent

    Adds a capability to an agent; the name is stored lower-cased and trimmed and the
    proficiency defaults to `standard`. The agent itself, its parent or a level-10 agent may
    do this. A capability the agent already has answers 400.

    Builds ``POST /api/v1/agents/{id}/capabilities``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. A capability to add to an agent.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentCapabilityResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "addAgentCapability",  # operation_id
        "POST",  # method
        f"/api/v1/agents/{path_value(id)}/capabilities",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentCapabilityResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentCapabilityResponse = (
            AgentCapabilityResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"addAgentCapability: status {status} is not a documented 2xx answer of this operation"
    )
