"""`revokeAgent`: POST /api/v1/agents/{id}/revoke

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
    """Revoke an agent

    Revokes an agent (pending, active or suspended); a revoked agent can no longer
    authenticate. Only an HMAC-authenticated agent with the `hr` role may revoke, and never
    itself (403). Revoking an already revoked agent answers 409. The request has no fields: its
    body is `{}`.

    Builds ``POST /api/v1/agents/{id}/revoke``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body (optional: none is sent when None). The empty body `{}` of an operation without fields (what the SDK sends and
            signs).

    Returns:
        The `Operation`; its ``parse`` gives ``AgentStatusResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "revokeAgent",  # operation_id
        "POST",  # method
        f"/api/v1/agents/{path_value(id)}/revoke",  # path
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
        f"revokeAgent: status {status} is not a documented 2xx answer of this operation"
    )
