"""``client.events``: the audit log."""

from __future__ import annotations

import builtins
from datetime import datetime
from typing import Unpack

from ..._core.errors import NotFoundError
from ..._core.options import RequestOptions
from ..._core.pagination import DEFAULT_PAGE_SIZE
from ..._core.shaping import describe_event
from ..._generated.api import events as api
from ..._generated.models import Event, EventPageMeta, EventSeverity
from ..pagination import AsyncPaginator
from ._base import AsyncResource

__all__ = ["AsyncEvents"]


def _with_message(event: Event) -> Event:
    if event.message is None:
        event.message = describe_event(event.type, event.entity_type, event.entity_id, event.data)
    return event


class AsyncEvents(AsyncResource):
    """Audit events of the organisation, newest first. Naive datetimes are local time."""

    async def list(
        self,
        *,
        type: str | None = None,
        actor_id: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        severity: EventSeverity | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        page: int = 1,
        limit: int = 50,
        **options: Unpack[RequestOptions],
    ) -> tuple[builtins.list[Event], EventPageMeta]:
        """One page of events matching every filter, and its ``meta`` (``meta["total"]``)."""
        op = api.list_events(
            type_=type,
            actor_id=actor_id,
            entity_type=entity_type,
            entity_id=entity_id,
            severity=severity,
            start_date=start_date,
            end_date=end_date,
            page=page,
            limit=limit,
        )
        result = await self._transport.request(op, options)
        return [_with_message(event) for event in result.data], result.meta

    def iter_events(
        self,
        *,
        type: str | None = None,
        actor_id: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        severity: EventSeverity | None = None,
        start_date: datetime | None = None,
        end_date: datetime | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Event]:
        """Every matching event, newest first, fetching ``page_size`` at a time as needed.

        Events logged while the walk is under way do not make it repeat or skip an event.
        """

        async def fetch_page(page: int, limit: int) -> tuple[builtins.list[Event], int]:
            items, meta = await self.list(
                type=type,
                actor_id=actor_id,
                entity_type=entity_type,
                entity_id=entity_id,
                severity=severity,
                start_date=start_date,
                end_date=end_date,
                page=page,
                limit=limit,
                **options,
            )
            return items, meta.total

        return AsyncPaginator.by_offset(fetch_page, page_size=page_size, numbered=True)

    async def get(self, event_id: str, **options: Unpack[RequestOptions]) -> Event:
        """One event by id; ``NotFoundError`` when there is none."""
        result = await self._transport.request(api.get_event(event_id), options)
        if result.data is None:
            # Upstream answers 200 {"data": null} for an unknown id.
            raise NotFoundError("Event not found", 404, {"data": None})
        return _with_message(result.data)
