"""`demoteAgent`: POST /api/v1/agents/{id}/demote

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.demote_agent_request import DemoteAgentRequest
from ...models.message_response import MessageResponse
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: DemoteAgentRequest,
) -> Operation[MessageResponse]:
    """Demote an agent one level

    Lowers the agent's level by one, records a `LEVEL_DOWN` reputation event (trust score −5)
    and an
    `agent.demoted` audit event. Only an HMAC-authenticated agent with the `founder` or `admin`
    role
    and level 9 or above may demote; an agent at level 1 cannot be demoted (400).

    Builds ``POST /api/v1/agents/{id}/demote``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. Why an agent is demoted.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "demoteAgent",  # operation_id
        "POST",  # method
        f"/api/v1/agents/{path_value(id)}/demote",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponse = MessageResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"demoteAgent: status {status} is not a documented 2xx answer of this operation"
    )
