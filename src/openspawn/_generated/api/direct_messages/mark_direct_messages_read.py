"""`markDirectMessagesRead`: PATCH /api/v1/dm/{agentId}/read

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.empty_request import EmptyRequest
from ...models.mark_read_response import MarkReadResponse
from ...types import UNSET, Operation, path_value


def build(
    agent_id: UUID | str,
    *,
    body: EmptyRequest | None = None,
) -> Operation[MarkReadResponse]:
    """Mark the direct messages from an agent as read

    Marks every unread direct message that the given agent sent to the calling agent as read
    and returns how many were marked. The request has no fields: its body is `{}`.

    Builds ``PATCH /api/v1/dm/{agentId}/read``; no I/O.

    Args:
        agent_id: path parameter ``agentId``.
        body: the request body (optional: none is sent when None). The empty body `{}` of an operation without fields (what the SDK sends and
            signs).

    Returns:
        The `Operation`; its ``parse`` gives ``MarkReadResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "markDirectMessagesRead",  # operation_id
        "PATCH",  # method
        f"/api/v1/dm/{path_value(agent_id)}/read",  # path
        {},  # query
        UNSET if body is None else body,  # body: serialised by the transport
        _parse,
    )


def _parse(status: int, content: bytes) -> MarkReadResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: MarkReadResponse = MarkReadResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"markDirectMessagesRead: status {status} is not a documented 2xx answer of this operation"
    )
