"""`listDirectMessages`: GET /api/v1/dm/{agentId}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.direct_message_list_response import DirectMessageListResponse
from ...types import UNSET, Operation, path_value, query_value


def build(
    agent_id: UUID | str,
    *,
    limit: int | None = None,
    before: UUID | str | None = None,
) -> Operation[DirectMessageListResponse]:
    """List the direct messages with an agent

    Returns the `limit` newest direct messages between the calling agent and the given agent,
    oldest first. With `before`, it returns the `limit` newest messages older than that
    message; to page further back, pass the id of the first (oldest) message of the previous
    page.

    Builds ``GET /api/v1/dm/{agentId}``; no I/O.

    Args:
        agent_id: path parameter ``agentId``.
        limit: query parameter ``limit`` (left out when None).
        before: query parameter ``before`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``DirectMessageListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if limit is not None:
        query["limit"] = query_value(limit)
    if before is not None:
        query["before"] = query_value(before)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listDirectMessages",  # operation_id
        "GET",  # method
        f"/api/v1/dm/{path_value(agent_id)}",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> DirectMessageListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: DirectMessageListResponse = (
            DirectMessageListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listDirectMessages: status {status} is not a documented 2xx answer of this operation"
    )
