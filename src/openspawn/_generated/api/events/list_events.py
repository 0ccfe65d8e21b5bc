"""`listEvents`: GET /api/v1/events

Generated from openapi.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

import datetime
from uuid import UUID

from ...models.event_list_response import EventListResponse
from ...models.event_severity import EventSeverity
from ...types import UNSET, Operation, query_value


def build(
    *,
    type_: str | None = None,
    actor_id: UUID | str | None = None,
    entity_type: str | None = None,
    entity_id: UUID | str | None = None,
    severity: EventSeverity | None = None,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    page: int | None = None,
    limit: int | None = None,
) -> Operation[EventListResponse]:
    """List events

    Lists the organisation's audit events, newest first, a page at a time, optionally
    filtered. `startDate` and `endDate` are inclusive bounds on `createdAt`. Unknown query
    parameters answer 400. In `meta`, `page` and `limit` echo the query values as sent
    (strings such as `"2"`) and are numbers when they were left to their defaults.

    Builds ``GET /api/v1/events``; no I/O.

    Args:
        type_: query parameter ``type`` (left out when None).
        actor_id: query parameter ``actorId`` (left out when None).
        entity_type: query parameter ``entityType`` (left out when None).
        entity_id: query parameter ``entityId`` (left out when None).
        severity: query parameter ``severity`` (left out when None). How important an event is.
        start_date: query parameter ``startDate`` (left out when None).
        end_date: query parameter ``endDate`` (left out when None).
        page: query parameter ``page`` (left out when None).
        limit: query parameter ``limit`` (left out when None).

    Returns:
        The `Operation`; its ``parse`` gives ``EventListResponse`` for a documented 2xx answer.
    """
    query: dict[str, str] = {}
    if type_ is not None:
        query["type"] = query_value(type_)
    if actor_id is not None:
        query["actorId"] = query_value(actor_id)
    if entity_type is not None:
        query["entityType"] = query_value(entity_type)
    if entity_id is not None:
        query["entityId"] = query_value(entity_id)
    if severity is not None:
        query["severity"] = query_value(severity)
    if start_date is not None:
        query["startDate"] = query_value(start_date)
    if end_date is not None:
        query["endDate"] = query_value(end_date)
    if page is not None:
        query["page"] = query_value(page)
    if limit is not None:
        query["limit"] = query_value(limit)
    # Positional: a named tuple built by keyword costs twice as much, once per call.
    return Operation(
        "listEvents",  # operation_id
        "GET",  # method
        "/api/v1/events",  # path
        query,  # query
        UNSET,  # body
        _parse,
    )


def _parse(status: int, content: bytes) -> EventListResponse:
    if status == 200:
        # What `model_validate_json` does, without its Python wrapper (once per call).
        answer: EventListResponse = EventListResponse.__pydantic_validator__.validate_json(content)
        return answer
    raise ValueError(
        f"listEvents: status {status} is not a documented 2xx answer of this operation"
    )
