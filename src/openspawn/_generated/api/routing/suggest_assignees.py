"""`suggestAssignees`: GET /api/v1/tasks/routing/suggest

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.routing_candidate_list_response import RoutingCandidateListResponse
from ...types import UNSET, Operation, query_value


def build(
    *,
    capabilities: str,
    limit: int | None = None,
) -> Operation[RoutingCandidateListResponse]:
    """Suggest assignees for a set of capabilities

    Ranks the active agents that have at least one of the named capabilities, without a task:
    `score` is `round(coveragePercent × 0.6 + avgProficiency × 10 + level)`, with proficiency
    weights `basic` 1, `standard` 2, `expert` 3. At most `limit` suggestions (default 5), best
    first.

    Builds ``GET /api/v1/tasks/routing/suggest``; no I/O.

    Args:
        capabilities: query parameter ``capabilities``.
        limit: query parameter ``limit`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``RoutingCandidateListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    query["capabilities"] = query_value(capabilities)
    if limit is not None:
        query["limit"] = query_value(limit)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "suggestAssignees",  # operation_id
        "GET",  # method
        "/api/v1/tasks/routing/suggest",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> RoutingCandidateListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: RoutingCandidateListResponse = (
            RoutingCandidateListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"suggestAssignees: status {status} is not a documented 2xx answer of this operation"
    )
