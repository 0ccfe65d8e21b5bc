"""`getTrustLeaderboard`: GET /api/v1/agents/leaderboard/trust

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.trust_leaderboard_response import TrustLeaderboardResponse
from ...types import UNSET, Operation, query_value


def build(
    *,
    limit: int | None = None,
) -> Operation[TrustLeaderboardResponse]:
    """Rank the agents by trust

    Lists the organisation's agents (any status) by trust score, highest first, then by
    completed
    tasks; `limit` defaults to 10.

    Builds ``GET /api/v1/agents/leaderboard/trust``; no I/O.

    Args:
        limit: query parameter ``limit`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``TrustLeaderboardResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if limit is not None:
        query["limit"] = query_value(limit)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getTrustLeaderboard",  # operation_id
        "GET",  # method
        "/api/v1/agents/leaderboard/trust",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> TrustLeaderboardResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: TrustLeaderboardResponse = (
            TrustLeaderboardResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"getTrustLeaderboard: status {status} is not a documented 2xx answer of this operation"
    )
