"""`ping`: GET /api/v1

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from ...models.ping_response import PingResponse
from ...types import UNSET, Operation


def build() -> Operation[PingResponse]:
    """Check the credentials

    The cheapest authenticated call: answers `{"message": "Hello API"}` when the credentials are
    accepted and 401 otherwise. Use it to check a configuration before doing real work.

    Builds ``GET /api/v1``; no I/O.

    Returns:
        The `Operation`; its ``parse`` gives ``PingResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "ping",  # operation_id
        "GET",  # method
        "/api/v1",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> PingResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: PingResponse = PingResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"ping: status {status} is not a documented 2xx answer of this operation")
