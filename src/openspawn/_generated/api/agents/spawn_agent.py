"""`spawnAgent`: POST /api/v1/agents/spawn

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.agent_spawned_response import AgentSpawnedResponse
from ...models.spawn_agent_request import SpawnAgentRequest
from ...types import Operation


def build(
    *,
    body: SpawnAgentRequest,
) -> Operation[AgentSpawnedResponse]:
    """Spawn a child agent

    Creates a child of the calling agent in `pending` status and returns its signing secret
    once. The child cannot authenticate until its parent or a level-10 agent activates it.
    The child's level defaults to the parent's level minus one and must be lower than the
    parent's; the parent needs spare capacity (levels 1 and 2 cannot spawn). When `agentId` is
    omitted the server derives the slug from `name` (an extension: upstream requires it).

    Builds ``POST /api/v1/agents/spawn``; no I/O.

    Args:
        body: the request body. The body of a spawn request.

    Returns:
        The `Operation`; its ``parse`` gives ``AgentSpawnedResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "spawnAgent",  # operation_id
        "POST",  # method
        "/api/v1/agents/spawn",  # path
        {},  # query
        body,  # body: the model, serialised by the transport (`WireModel.wire_json`)
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentSpawnedResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentSpawnedResponse = AgentSpawnedResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"spawnAgent: status {status} is not a documented 2xx answer of this operation"
    )
