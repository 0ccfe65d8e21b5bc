"""`rejectAgent`: DELETE /api/v1/agents/{id}/reject

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.message_response import MessageResponse
from ...models.reject_agent_request import RejectAgentRequest
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
    *,
    body: RejectAgentRequest | None = None,
) -> Operation[MessageResponse]:
    """Reject a pending agent

    Rejects a spawned agent that is still `pending`; the agent is soft-deleted and disappears
    from every read. Only the agent's parent or a level-10 agent may reject it. The optional
    body carries a reason. Like every DELETE, the body is not covered by the signature (the
    signed BODY is the empty string); upstream answers 500 when no body is sent at all, so
    clients should send `{}` when there is no reason.

    Builds ``DELETE /api/v1/agents/{id}/reject``; no I/O.

    Args:
        id: path parameter ``id``.
        body: the request body (optional: none is sent when None). The optional body of a rejection.

    Returns:
        The `Operation`; its ``parse`` gives ``MessageResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "rejectAgent",  # operation_id
        "DELETE",  # method
        f"/api/v1/agents/{path_value(id)}/reject",  # path
        {},  # query
        UNSET if body is None else body,  # body: serialised by the transport
        _parse,
    )


def _parse(status: int, content: bytes) -> MessageResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MessageResponse = MessageResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"rejectAgent: status {status} is not a documented 2xx answer of this operation"
    )
