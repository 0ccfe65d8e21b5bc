"""``client.events``: the audit log."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Collection
from datetime import datetime
from typing import Unpack

from ..._core.errors import NotFoundError
from ..._core.options import RequestOptions
from ..._core.shaping import describe_event
from ..._generated.api import events as api
from ..._generated.models import Event, EventPageMeta, EventSeverity, Task, TaskStatus
from ..pagination import AsyncPaginator
from ..watch import AsyncEventWatch, wait_for_assigned_task, wait_for_event, wait_for_task_status
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
        page_size: int = 50,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Event]:
        """Every matching event, newest first, fetching ``page_size`` at a time as needed."""
        page = 0
        seen = 0
        done = False

        async def next_page() -> builtins.list[Event] | None:
            nonlocal page, seen, done
            if done:
                return None
            page += 1
            items, meta = await self.list(
                type=type,
                actor_id=actor_id,
                entity_type=entity_type,
                entity_id=entity_id,
                severity=severity,
                start_date=start_date,
                end_date=end_date,
                page=page,
                limit=page_size,
                **options,
            )
            seen += len(items)
            done = not items or seen >= meta.total
            return items

        return AsyncPaginator(next_page)

    async def get(self, event_id: str, **options: Unpack[RequestOptions]) -> Event:
        """One event by id; ``NotFoundError`` when there is none."""
        result = await self._transport.request(api.get_event(event_id), options)
        if result.data is None:
            # Upstream answers 200 {"data": null} for an unknown id.
            raise NotFoundError("Event not found", 404, {"data": None})
        return _with_message(result.data)

    # -- live feed (the logic lives in openspawn/_async/watch.py) ------------------------------
    def watch(
        self,
        *,
        type: str | None = None,
        actor_id: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
        severity: EventSeverity | None = None,
        since: datetime | None = None,
        timeout: float | None = None,
        max_events: int | None = None,
        poll_interval: float = 0.2,
        max_poll_interval: float = 5.0,
        overlap: float = 2.0,
        page_size: int = 100,
    ) -> AsyncEventWatch:
        """Follow the audit log: every new matching event, oldest first, each exactly once.

        From now (default) or from ``since`` (inclusive, history first). Polls ``GET /events``
        every ``poll_interval`` seconds while events flow, backing off to ``max_poll_interval``
        when idle. Ends after ``timeout`` seconds or ``max_events`` events, on ``break`` or
        ``close()``. ``overlap`` is how far back each poll looks again for events committed late.
        """
        filters = {
            "type": type,
            "actor_id": actor_id,
            "entity_type": entity_type,
            "entity_id": entity_id,
            "severity": severity,
        }

        return AsyncEventWatch(
            self.list,
            filters=filters,
            since=since,
            timeout=timeout,
            max_events=max_events,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
            overlap=overlap,
            page_size=page_size,
        )

    async def wait_for(
        self,
        predicate: Callable[[Event], bool],
        *,
        timeout: float,
        type: str | None = None,
        entity_type: str | None = None,
        entity_id: str | None = None,
    ) -> Event:
        """The first new event (matching the filters) for which ``predicate`` is true.

        Raises ``WaitTimeoutError`` after ``timeout`` seconds.
        """
        watch = self.watch(type=type, entity_type=entity_type, entity_id=entity_id, timeout=timeout)

        return await wait_for_event(watch, predicate, f"a matching event within {timeout}s")

    async def wait_for_task_status(
        self,
        task_id: str,
        status: TaskStatus | str | Collection[TaskStatus | str],
        *,
        timeout: float,
    ) -> Task:
        """The task once its status is ``status`` (or one of several); now or later.

        Raises ``WaitTimeoutError`` after ``timeout`` seconds.
        """
        statuses = [status] if isinstance(status, str) else list(status)
        watch = self.watch(entity_type="task", entity_id=task_id, timeout=timeout)
        return await wait_for_task_status(self._transport, watch, task_id, statuses, timeout)

    async def wait_for_assigned_task(
        self,
        *,
        timeout: float,
        assignee_id: str | None = None,
        statuses: Collection[TaskStatus | str] = (TaskStatus.BACKLOG, TaskStatus.TODO),
        exclude: Collection[str] = (),
    ) -> Task:
        """The oldest task assigned to ``assignee_id`` (default: the signing agent) whose
        status is in ``statuses`` and whose id is not in ``exclude``; waits for one to appear.

        Raises ``WaitTimeoutError`` after ``timeout`` seconds.
        """
        watch = self.watch(entity_type="task", timeout=timeout)
        return await wait_for_assigned_task(
            self._transport, watch, assignee_id, statuses, exclude, timeout
        )
