"""`updateAgent`: PATCH /api/v1/agents/{id}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_response import AgentResponse
from ...models.update_agent_request import UpdateAgentRequest
from ...types import Operation, path_value


def build(
    id: UUID | str,
    *,
    body: UpdateAgentRequest,
) -> Operation[AgentResponse]:
    """Update an agent

    Updates the given fields of an agent; fields left out are kept. `metadata` replaces the
    whole object and `budgetPeriodLimit: null` removes the budget limit. Role, status, slug and
    parent cannot be changed here. Only an HMAC-authenticated agent with the `hr` role may
    update agents. The answer is the full agent.

    Builds ``PATCH /api/v1/agents/{id}``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body. The fields of an agent to change; omitted fields are kept.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "updateAgent",  # operation_id
        "PATCH",  # method
        f"/api/v1/agents/{path_value(id)}",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentResponse = AgentResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"updateAgent: status {status} is not a documented 2xx answer of this operation"
    )
