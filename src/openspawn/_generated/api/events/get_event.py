"""`getEvent`: GET /api/v1/events/{id}

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from uuid import UUID

from ...models.event_response import EventResponse
from ...types import UNSET, Operation, path_value


def build(
    id: UUID | str,
) -> Operation[EventResponse]:
    """Get an event

    Returns one audit event by its UUID. For an unknown id the upstream server answers 200
    with `{"data": null}`, while the dev server answers 404; clients should treat both as
    "not found".

    Builds ``GET /api/v1/events/{id}``; no I/O.

    Args:
        id: path parameter ``id``.

    Returns:
        The `Operation`; its ``parse`` gives ``EventResponse`` for a documented 2xx answer.
    """
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "getEvent",  # operation_id
        "GET",  # method
        f"/api/v1/events/{path_value(id)}",  # path
        {},  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> EventResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: EventResponse = EventResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(f"getEvent: status {status} is not a documented 2xx answer of this operation")
