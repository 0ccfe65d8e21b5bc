"""A live feed of the audit log (``client.events.watch``) and the waits built on it.

Upstream has no working push channel (no SSE, no WebSocket; its GraphQL subscriptions publish
nothing), so the feed polls ``GET /events`` with backoff. ``_core/watching.py`` holds the part
that decides what is new; this module only fetches, sleeps and stops.
"""

from __future__ import annotations

import builtins
import time
from collections import deque
from collections.abc import Callable, Collection
from datetime import datetime
from types import TracebackType
from typing import Any, Protocol

from .._core import io
from .._core.errors import ConfigurationError, WaitTimeoutError
from .._core.options import check_seconds
from .._core.pagination import check_page_size
from .._core.signing import AgentCredentials
from .._core.watching import Backoff, EventCursor
from .._generated._async.events import AsyncEvents
from .._generated.api import agents as agents_api
from .._generated.api import tasks as tasks_api
from .._generated.models import Event, EventPageMeta, EventSeverity, Task, TaskStatus
from .transport import AsyncTransport

__all__ = [
    "AsyncEventWatch",
    "AsyncEventsWithFeed",
    "wait_for_assigned_task",
    "wait_for_event",
    "wait_for_task_status",
]


class ListPage(Protocol):
    """``events.list``: one page of events, newest first, and its meta."""

    async def __call__(
        self,
        *,
        type: str | None = ...,
        actor_id: str | None = ...,
        entity_type: str | None = ...,
        entity_id: str | None = ...,
        severity: EventSeverity | None = ...,
        start_date: datetime | None = ...,
        page: int = ...,
        limit: int = ...,
    ) -> tuple[builtins.list[Event], EventPageMeta]: ...


class AsyncEventWatch:
    """Every new audit event matching the filters, oldest first, each exactly once.

    Iterate with ``async for``; the iteration ends (without an error) when ``timeout`` seconds
    have passed or ``max_events`` events have been given, and stops at once on ``break``,
    :meth:`aclose` or the end of an ``async with`` block. Nothing is fetched before iteration
    (or :meth:`start`).
    """

    def __init__(
        self,
        list_page: ListPage,
        *,
        filters: dict[str, Any],
        since: datetime | None,
        timeout: float | None,
        max_events: int | None,
        poll_interval: float,
        max_poll_interval: float,
        overlap: float,
        page_size: int,
    ) -> None:
        # Checked like every other option: a wrong type is a TypeError, a negative, infinite or
        # absurd number (a 5,000-digit int) a ValueError, before anything is sent.
        if timeout is not None:
            timeout = check_seconds(timeout, "timeout", allow_zero=True)
        if max_events is not None:
            max_events = check_page_size(max_events, "max_events")
        page_size = check_page_size(page_size)
        poll_interval = check_seconds(poll_interval, "poll_interval")
        max_poll_interval = check_seconds(max_poll_interval, "max_poll_interval")
        overlap = check_seconds(overlap, "overlap", allow_zero=True)
        self._list_page = list_page
        self._filters = filters
        self._from_now = since is None
        self._cursor = EventCursor(since, overlap)
        self._backoff = Backoff(poll_interval, max_poll_interval)
        self._timeout = timeout
        self._max_events = max_events
        self._page_size = page_size
        self._pending: deque[Event] = deque()
        self._given = 0
        self._deadline: float | None = None
        self._started = False
        self._closed = False

    @property
    def timed_out(self) -> bool:
        """True once the watch stopped because its ``timeout`` passed."""
        return self._deadline is not None and self._remaining() == 0.0

    async def start(self) -> None:
        """Take the starting point now (iteration does it too); later events will be seen."""
        if self._started:
            return
        self._started = True
        if self._timeout is not None:
            self._deadline = time.monotonic() + self._timeout
        if self._from_now:
            newest, _ = await self._list_page(**self._filters, page=1, limit=1)
            if newest:
                moment = newest[0].created_at
                self._cursor.start_after(moment)
                self._cursor.accept(await self._poll(), silently_up_to=moment)

    def __aiter__(self) -> AsyncEventWatch:
        return self

    async def __anext__(self) -> Event:
        await self.start()
        if self._closed or self._exhausted():
            raise StopAsyncIteration
        while not self._pending:
            fresh = self._cursor.accept(await self._poll())
            self._pending.extend(fresh)
            if fresh:
                self._backoff.next_delay(True)
                break
            delay = self._backoff.next_delay(False)
            remaining = self._remaining()
            if remaining is not None:
                if remaining == 0.0:
                    raise StopAsyncIteration
                delay = min(delay, remaining)
            await io.async_sleep(delay)
            if self._closed:  # closed by another task while we slept
                raise StopAsyncIteration
        self._given += 1
        return self._pending.popleft()

    async def aclose(self) -> None:
        """Stop: the iteration ends; nothing more is fetched."""
        self._closed = True
        self._pending.clear()

    async def __aenter__(self) -> AsyncEventWatch:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # -- internals -------------------------------------------------------------------------
    def _remaining(self) -> float | None:
        if self._deadline is None:
            return None
        return max(0.0, self._deadline - time.monotonic())

    def _exhausted(self) -> bool:
        if self._max_events is not None and self._given >= self._max_events:
            return True
        return self._remaining() == 0.0

    async def _poll(self) -> builtins.list[Event]:
        """Every matching event since the cursor's start, newest first (pages joined)."""
        start = self._cursor.query_start()
        events: builtins.list[Event] = []
        page = 1
        while True:
            items, _ = await self._list_page(
                **self._filters, start_date=start, page=page, limit=self._page_size
            )
            events.extend(items)
            # A short page is the end. (``meta.total`` is not used: it grows while we page.)
            if len(items) < self._page_size:
                return events
            page += 1


async def wait_for_event(
    watch: AsyncEventWatch, predicate: Callable[[Event], bool], what: str
) -> Event:
    """The first event of ``watch`` for which ``predicate`` is true."""
    async with watch:
        async for event in watch:
            if predicate(event):
                return event
    raise WaitTimeoutError(f"timed out waiting for {what}")


async def _get_task(transport: AsyncTransport, task_id: str) -> Task:
    return (await transport.request(tasks_api.get_task(task_id), {})).data


async def wait_for_task_status(
    transport: AsyncTransport,
    watch: AsyncEventWatch,
    task_id: str,
    statuses: Collection[TaskStatus | str],
    timeout: float | None,
) -> Task:
    """The task, once its status is one of ``statuses`` (checked now, then on its events)."""
    wanted = {TaskStatus(s).value for s in statuses}
    async with watch:
        await watch.start()  # before reading the task, so no change can slip between the two
        task = await _get_task(transport, task_id)
        if task.status.value in wanted:
            return task
        async for _ in watch:
            task = await _get_task(transport, task_id)
            if task.status.value in wanted:
                return task
    names = " or ".join(sorted(wanted))
    raise WaitTimeoutError(
        f"task {task_id} did not reach status {names} within {timeout}s "
        f"(its status is {task.status.value!r})"
    )


async def _my_agent_uuid(transport: AsyncTransport) -> str:
    credentials = transport.config.credentials
    slug = credentials.agent_id if isinstance(credentials, AgentCredentials) else None
    if not slug:
        raise ConfigurationError(
            "wait_for_assigned_task() needs assignee_id=<agent UUID> when the client signs "
            "with an API key (it only knows who 'me' is with agent credentials)"
        )
    agents = (await transport.request(agents_api.list_agents(), {})).data
    for agent in agents:
        if agent.agent_id == slug:
            return str(agent.id)
    raise ConfigurationError(f"no agent with agentId {slug!r} in this organisation")


async def wait_for_assigned_task(
    transport: AsyncTransport,
    watch: AsyncEventWatch,
    assignee_id: str | None,
    statuses: Collection[TaskStatus | str],
    exclude: Collection[str],
    timeout: float | None,
) -> Task:
    """The oldest task assigned to ``assignee_id`` (default: the caller) in one of ``statuses``.

    Tasks already assigned count; otherwise the task events are followed until one appears.
    """
    wanted = {TaskStatus(s).value for s in statuses}
    skip = {str(task_id) for task_id in exclude}
    async with watch:
        await watch.start()
        who = assignee_id or await _my_agent_uuid(transport)

        async def find() -> Task | None:
            op = tasks_api.list_tasks(assignee_id=who)
            tasks = (await transport.request(op, {})).data
            for task in reversed(tasks):  # the list is newest first
                if task.status.value in wanted and str(task.id) not in skip:
                    return task
            return None

        found = await find()
        if found is not None:
            return found
        async for _ in watch:
            found = await find()
            if found is not None:
                return found
    raise WaitTimeoutError(
        f"no task assigned to agent {who} with status {' or '.join(sorted(wanted))} "
        f"appeared within {timeout}s"
    )


class AsyncEventsWithFeed(AsyncEvents):
    """``client.events``: the generated audit-log methods, plus the live feed and the waits.

    The only hand-written part of ``client.events``; attached by ``_async/client.py``.
    """

    __slots__ = ()

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
