"""`listReputationHistory`: GET /api/v1/agents/{id}/reputation/history

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.reputation_history_response import ReputationHistoryResponse
from ...types import UNSET, Operation, path_value, query_value


def build(
    id: UUID | str,
    *,
    limit: int | None = None,
    offset: int | None = None,
) -> Operation[ReputationHistoryResponse]:
    """List an agent's reputation events

    Lists the events that changed the agent's trust score, newest first, with `limit` (default
    50)
    and `offset` (default 0); `total` counts all of them. Each event names its type, its impact
    on
    the score and the score before and after it.

    Builds ``GET /api/v1/agents/{id}/reputation/history``; no I/O.

    Args:
        id: path parameter ``id``.
        limit: query parameter ``limit`` (left out when None).
        offset: query parameter ``offset`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``ReputationHistoryResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if limit is not None:
        query["limit"] = query_value(limit)
    if offset is not None:
        query["offset"] = query_value(offset)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listReputationHistory",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/reputation/history",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> ReputationHistoryResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: ReputationHistoryResponse = (
            ReputationHistoryResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"listReputationHistory: status {status} is not a documented 2xx answer of this operation"
    )
