"""`getAgentHierarchy`: GET /api/v1/agents/{id}/hierarchy

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.agent_node_response import AgentNodeResponse
from ...types import UNSET, Operation, path_value, query_value


def build(
    id: UUID | str,
    *,
    depth: int | None = None,
) -> Operation[AgentNodeResponse]:
    """Get an agent's hierarchy

    Returns the agent as the root of a tree of its descendants, down to `depth` levels.
    Each node is a full agent with a `children` list (every non-deleted child, of any status,
    ordered by level descending then name). A node at the depth limit has no `children` key;
    a node within the limit that has no children has `children: []`. `depth=0` returns the
    root alone.

    Builds ``GET /api/v1/agents/{id}/hierarchy``; no I/O.

    Args:
        id: path parameter ``id``.
        depth: query parameter ``depth`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``AgentNodeResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if depth is not None:
        query["depth"] = query_value(depth)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getAgentHierarchy",  # operation_id
        "GET",  # method
        f"/api/v1/agents/{path_value(id)}/hierarchy",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> AgentNodeResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: AgentNodeResponse = AgentNodeResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"getAgentHierarchy: status {status} is not a documented 2xx answer of this operation"
    )
