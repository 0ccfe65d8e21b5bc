"""`getSpawnCapacity`: GET /api/v1/agents/capacity

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.spawn_capacity_response import SpawnCapacityResponse
from ...types import UNSET, Operation


def build() -> Operation[SpawnCapacityResponse]:
    """Get the caller's spawn capacity

    Tells whether the calling agent may spawn another child: `current` counts its active
    children and `max` is its limit (its `maxChildren`, or the default for its level).
    Upstream this route is shadowed by `GET /api/v1/agents/{id}` and answers 500; the dev server
    implements it.

    Builds ``GET /api/v1/agents/capacity``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``SpawnCapacityResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getSpawnCapacity",  # operation_id
        "GET",  # method
        "/api/v1/agents/capacity",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> SpawnCapacityResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: SpawnCapacityResponse = SpawnCapacityResponse.__pydantic_validator__.validate_json(
            content
        )
        return answer
    raise ValueError(
        f"getSpawnCapacity: status {status} is not a documented 2xx answer of this operation"
    )
