"""`getHealth`: GET /health

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.health_status import HealthStatus
from ...types import UNSET, Operation


def build() -> Operation[HealthStatus]:
    """Check the service health

    Tells whether the service is up. This is the only endpoint outside `/api/v1` and the only
    one that needs no authentication; it is still rate limited.

    Builds ``GET /health``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``HealthStatus`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getHealth",  # operation_id
        "GET",  # method
        "/health",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> HealthStatus:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: HealthStatus = HealthStatus.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"getHealth: status {status} is not a documented 2xx answer of this operation")
