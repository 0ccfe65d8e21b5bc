"""`markDirectMessagesRead`: PATCH /api/v1/dm/{agentId}/read

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.mark_read_response import MarkReadResponse
from ...types import UNSET, Operation, path_value


def build(
    agent_id: UUID | str,
) -> Operation[MarkReadResponse]:
    """Mark the direct messages from an agent as read

    Marks every unread direct message that the given agent sent to the calling agent as read
    and returns how many were marked. The request has no body.

    Builds ``PATCH /api/v1/dm/{agentId}/read``; no I/O.

    Args:
        agent_id: path parameter ``agentId``.

    Returns:
        The `Operation`; its ``parse`` gives ``MarkReadResponse`` for a documented 2xx answer.
    """
    return Operation(
        operation_id="markDirectMessagesRead",
        method="PATCH",
        path=f"/api/v1/dm/{path_value(agent_id)}/read",
        query={},
        body=UNSET,
        parse=_parse,
    )


def _parse(status: int, content: bytes) -> MarkReadResponse:
    if status == 200:
        return MarkReadResponse.model_validate_json(content)
    raise ValueError(
        f"markDirectMessagesRead: status {status} is not a documented 2xx answer of this operation"
    )
