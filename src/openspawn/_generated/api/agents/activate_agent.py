"""`activateAgent`: POST /api/v1/agents/{id}/activate

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_status_response import AgentStatusResponse
from ...models.empty_request import EmptyRequest
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
    *,
    body: EmptyRequest | None = None,
) -> Operation[AgentStatusResponse]:
    """Activate a pending agent

    Activates a spawned agent that is still `pending`, so that it can authenticate. Only the
    agent's parent or a level-10 agent may activate it (403 otherwise); an agent that is not
    pending answers 400. The request has no fields: its body is `{}`.

    Builds ``POST /api/v1/agents/{id}/activate``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body (optional: none is sent when None). The empty body `{}` of an operation without fields (what the SDK sends and
            signs).

    Returns:
        The `Operation`; its ``parse`` gives ``AgentStatusResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "activateAgent",  # operation_id
        "POST",  # method
        f"/api/v1/agents/{path_value(id)}/activate",  # path
        {},  # query
        UNSET if body is None else body,  # body: serialised by the transport
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentStatusResponse:
    if status == 201:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentStatusResponse = AgentStatusResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"activateAgent: status {status} is not a documented 2xx answer of this operation"
    )
