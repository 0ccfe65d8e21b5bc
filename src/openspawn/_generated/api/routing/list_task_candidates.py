"""`listTaskCandidates`: GET /api/v1/tasks/{id}/candidates

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.routing_result_response import RoutingResultResponse
from ...types import UNSET, Operation, path_value, query_value


def build(
    id: UUID | str,
    *,
    min_coverage: int | None = None,
    max_results: int | None = None,
) -> Operation[RoutingResultResponse]:
    """Rank the agents that could take a task

    Ranks the active agents that have at least one of the task's required capabilities (its
    `metadata.requiredCapabilities`, which `CreateTaskRequest.capabilities` fills). `score` is
    `round(coverage × 0.4 + (avgProficiency − 1) / 2 × 30 + (level − 1) / 9 × 15 + max(0, 15 −
    1.5 × currentTaskCount))`, where `currentTaskCount` counts the agent's tasks that are not
    `done` or `cancelled`. A task without required capabilities has no candidates.

    Builds ``GET /api/v1/tasks/{id}/candidates``; no I/O.

    Args:
        id: path parameter ``id``.
        min_coverage: query parameter ``minCoverage`` (left out when None).
        max_results: query parameter ``maxResults`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``RoutingResultResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if min_coverage is not None:
        query["minCoverage"] = query_value(min_coverage)
    if max_results is not None:
        query["maxResults"] = query_value(max_results)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listTaskCandidates",  # operation_id
        "GET",  # method
        f"/api/v1/tasks/{path_value(id)}/candidates",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> RoutingResultResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: RoutingResultResponse = RoutingResultResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"listTaskCandidates: status {status} is not a documented 2xx answer of this operation"
    )
