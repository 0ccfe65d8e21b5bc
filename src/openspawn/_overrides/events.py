"""Events: a readable ``message`` on every event, and a 404 for an unknown id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._core.errors import NotFoundError
from .._core.shaping import describe_event
from .._generated.models import Event, EventPageMeta
from . import after_parse


def _with_message(event: Event) -> Event:
    if event.message is None:
        event.message = describe_event(event.type, event.entity_type, event.entity_id, event.data)
    return event


@after_parse("listEvents")
def describe_events(
    page: tuple[list[Event], EventPageMeta], arguments: Mapping[str, Any]
) -> tuple[list[Event], EventPageMeta]:
    """Upstream events carry no ``message``: derive one from the event's fields."""
    events, meta = page
    return [_with_message(event) for event in events], meta


@after_parse("getEvent")
def event_or_not_found(event: Event | None, arguments: Mapping[str, Any]) -> Event:
    """Upstream answers 200 ``{"data": null}`` for an unknown id: raise ``NotFoundError``."""
    if event is None:
        raise NotFoundError("Event not found", 404, {"data": None})
    return _with_message(event)
