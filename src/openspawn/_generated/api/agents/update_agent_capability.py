"""`updateAgentCapability`: PATCH /api/v1/agents/capabilities/{capabilityId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_capability_response import AgentCapabilityResponse
from ...models.update_capability_request import UpdateCapabilityRequest
from ...types import Operation, path_value


def build(
    capability_id: UUID | str,
    *,
    body: UpdateCapabilityRequest,
) -> Operation[AgentCapabilityResponse]:
    """Change a capability's proficiency

    Changes the proficiency of one capability row. The agent itself, its parent or a level-10
    agent may do this.

    Builds ``PATCH /api/v1/agents/capabilities/{capabilityId}``; no I/O.

    Args:
        capability_id: path parameter ``capabilityId``.
        body: the request body. A new proficiency for a capability.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentCapabilityResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "updateAgentCapability",  # operation_id
        "PATCH",  # method
        f"/api/v1/agents/capabilities/{path_value(capability_id)}",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentCapabilityResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentCapabilityResponse = (
            AgentCapabilityResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"updateAgentCapability: status {status} is not a documented 2xx answer of this operation"
    )
