"""`findBestCapabilityMatch`: GET /api/v1/agents/capabilities/best-match

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.best_capability_match_response import BestCapabilityMatchResponse
from ...models.proficiency import Proficiency
from ...types import UNSET, Operation, query_value


def build(
    *,
    capabilities: str,
    min_proficiency: Proficiency | None = None,
) -> Operation[BestCapabilityMatchResponse]:
    """Find the single best agent for a set of capabilities

    Of the active agents that have at least one of the named capabilities, answers the one
    that covers the most of them (`coveragePercent`), ties broken by the summed proficiency
    score (`totalScore`), or `null` when no active agent has any of them.

    Builds ``GET /api/v1/agents/capabilities/best-match``; no I/O.

    Args:
        capabilities: query parameter ``capabilities``.
        min_proficiency: query parameter ``minProficiency`` (left out when None). How good an agent is at a capability.

    Returns:
        The `Operation`; its ``parse`` gives ``BestCapabilityMatchResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    query["capabilities"] = query_value(capabilities)
    if min_proficiency is not None:
        query["minProficiency"] = query_value(min_proficiency)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "findBestCapabilityMatch",  # operation_id
        "GET",  # method
        "/api/v1/agents/capabilities/best-match",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> BestCapabilityMatchResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: BestCapabilityMatchResponse = (
            BestCapabilityMatchResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"findBestCapabilityMatch: status {status} is not a documented 2xx answer of this operation"
    )
