"""`registerAgent`: POST /api/v1/agents/register

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.agent_created_response import AgentCreatedResponse
from ...models.create_agent_request import CreateAgentRequest
from ...types import Operation


def build(
    *,
    body: CreateAgentRequest,
) -> Operation[AgentCreatedResponse]:
    """Register an agent

    Registers a new, immediately active agent in the caller's organisation and returns its
    signing secret once; the secret cannot be retrieved again. Only an HMAC-authenticated agent
    with the `hr` role may register agents (upstream API-key callers get 403; the dev server's
    API key acts as its HR agent). When `agentId` is omitted
    the server derives the slug from `name` (an extension: upstream requires `agentId`).
    A slug that already exists in the organisation answers 409.

    Builds ``POST /api/v1/agents/register``; no I/O.

    Args:
        body: the request body. The body of an agent registration.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentCreatedResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "registerAgent",  # operation_id
        "POST",  # method
        "/api/v1/agents/register",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentCreatedResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentCreatedResponse = AgentCreatedResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"registerAgent: status {status} is not a documented 2xx answer of this operation"
    )
