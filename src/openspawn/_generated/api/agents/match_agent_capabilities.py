"""`matchAgentCapabilities`: GET /api/v1/agents/capabilities/match

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.capability_match_list_response import CapabilityMatchListResponse
from ...models.proficiency import Proficiency
from ...types import UNSET, Operation, query_value


def build(
    *,
    capabilities: str,
    min_proficiency: Proficiency | None = None,
    only_active: bool | None = None,
) -> Operation[CapabilityMatchListResponse]:
    """Find agents that have some of the given capabilities

    Lists one entry per (agent, capability) pair for every agent of the organisation that has
    at least one of the named capabilities, scored by proficiency (`basic` 1, `standard` 2,
    `expert` 3) and sorted by score, then level, both descending. Capability names are matched
    lower-cased and trimmed. `minProficiency` drops pairs below that proficiency; `onlyActive`
    keeps active agents only.

    Builds ``GET /api/v1/agents/capabilities/match``; no I/O.

    Args:
        capabilities: query parameter ``capabilities``.
        min_proficiency: query parameter ``minProficiency`` (left out when None). How good an agent is at a capability.
        only_active: query parameter ``onlyActive`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``CapabilityMatchListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    query["capabilities"] = query_value(capabilities)
    if min_proficiency is not None:
        query["minProficiency"] = query_value(min_proficiency)
    if only_active is not None:
        query["onlyActive"] = query_value(only_active)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "matchAgentCapabilities",  # operation_id
        "GET",  # method
        "/api/v1/agents/capabilities/match",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> CapabilityMatchListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: CapabilityMatchListResponse = (
            CapabilityMatchListResponse.__pydantic_validator__.validate_json(content)
        )
        return answer
    raise ValueError(
        f"matchAgentCapabilities: status {status} is not a documented 2xx answer of this operation"
    )
