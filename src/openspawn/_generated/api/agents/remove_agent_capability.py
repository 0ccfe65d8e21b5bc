"""`removeAgentCapability`: DELETE /api/v1/agents/capabilities/{capabilityId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.message_response import MessageResponse
from ...types import UNSET, Operation, path_value


def build(
    capability_id: UUID | str,
) -> Operation[MessageResponse]:
    """Remove a capability

    Removes one capability row from its agent. Only the agent's parent or a level-10 agent may
    do this (not the agent itself).

    Builds ``DELETE /api/v1/agents/capabilities/{capabilityId}``; no I/O.

    Args:
        capability_id: path parameter ``capabilityId``.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "removeAgentCapability",  # operation_id
        "DELETE",  # method
        f"/api/v1/agents/capabilities/{path_value(capability_id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponse = MessageResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"removeAgentCapability: status {status} is not a documented 2xx answer of this operation"
    )
