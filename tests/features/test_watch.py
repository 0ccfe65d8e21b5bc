"""``client.events.watch`` and the waits, against the dev server (through the public fixtures)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable

import pytest

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient, WaitTimeoutError
from openspawn.models import CreateTaskRequest, TransitionTaskRequest
from openspawn.testing import TestAgent

WORKERS = 4
TASKS_PER_WORKER = 5  # each: created + 2 transitions = 3 events


def _workload(agent: TestAgent, worker: int) -> None:
    with agent.client() as client:
        for n in range(TASKS_PER_WORKER):
            task = client.tasks.create(CreateTaskRequest(title=f"w{worker} t{n}"))
            client.tasks.transition(str(task.id), TransitionTaskRequest(status="todo"))
            client.tasks.transition(str(task.id), TransitionTaskRequest(status="in_progress"))


def _all_ids(client: BikiniBottomClient, actor: str) -> list[str]:
    return [str(e.id) for e in client.events.iter_events(actor_id=actor, page_size=7)]


def test_watch_sees_every_event_of_a_concurrent_workload_exactly_once(
    openspawn_create_agent: Callable[..., TestAgent],
) -> None:
    agent = openspawn_create_agent("Busy")
    with agent.client() as client:
        # A small page size makes every poll span several pages while new events shift them.
        watch = client.events.watch(actor_id=agent.id, page_size=3, poll_interval=0.05, timeout=60)
        watch.start()
        threads = [threading.Thread(target=_workload, args=(agent, w)) for w in range(WORKERS)]
        for thread in threads:
            thread.start()
        seen: list[str] = []
        sentinel_id: str | None = None
        sentinel_event = ""
        for event in watch:
            if sentinel_id is not None and str(event.entity_id) == sentinel_id:
                sentinel_event = str(event.id)
                break
            seen.append(str(event.id))
            if sentinel_id is None and not any(t.is_alive() for t in threads):
                # Everything the workload wrote is committed: mark the end with one more event.
                sentinel_id = str(client.tasks.create(CreateTaskRequest(title="end")).id)
        for thread in threads:
            thread.join()
        listed = _all_ids(client, agent.id)
    assert not watch.timed_out
    assert len(seen) == len(set(seen)), "an event came twice"
    # events.list has the workload's events plus the sentinel's task.created.
    assert len(listed) == WORKERS * TASKS_PER_WORKER * 3 + 1
    assert sentinel_event in listed
    assert set(seen) == set(listed) - {sentinel_event}


async def test_async_watch_sees_every_event_exactly_once(
    openspawn_create_agent: Callable[..., TestAgent],
) -> None:
    agent = openspawn_create_agent("Async busy")
    async with agent.async_client() as client:
        watch = client.events.watch(actor_id=agent.id, page_size=4, poll_interval=0.05, timeout=60)
        await watch.start()

        async def work(worker: int) -> None:
            for n in range(TASKS_PER_WORKER):
                task = await client.tasks.create(CreateTaskRequest(title=f"a{worker} {n}"))
                await client.tasks.transition(str(task.id), TransitionTaskRequest(status="todo"))
                await client.tasks.transition(
                    str(task.id), TransitionTaskRequest(status="in_progress")
                )

        async def watch_until(count: int) -> list[str]:
            ids: list[str] = []
            async for event in watch:
                ids.append(str(event.id))
                if len(ids) == count:
                    break
            return ids

        total = WORKERS * TASKS_PER_WORKER * 3
        seen, *_ = await asyncio.gather(watch_until(total), *(work(w) for w in range(WORKERS)))
        # Nothing more may come: a duplicate would show up here.
        extra = client.events.watch(actor_id=agent.id, since=None, timeout=0.3)
        late = [e async for e in extra]
        listed = [str(e.id) async for e in client.events.iter_events(actor_id=agent.id)]
    assert late == []
    assert len(seen) == len(set(seen)) == total
    assert set(seen) == set(listed)


def test_watch_from_a_point_in_time_replays_history_oldest_first(
    openspawn_agent: TestAgent,
) -> None:
    with openspawn_agent.client() as client:
        first = client.tasks.create(CreateTaskRequest(title="history"))
        client.tasks.transition(str(first.id), TransitionTaskRequest(status="todo"))
        since = client.events.list(actor_id=openspawn_agent.id, limit=50)[0][-1].created_at
        events = list(
            client.events.watch(actor_id=openspawn_agent.id, since=since, max_events=2, timeout=30)
        )
    assert [e.type for e in events] == ["task.created", "task.transitioned"]


def test_watch_from_now_skips_the_past_and_stops_at_its_timeout(
    openspawn_agent: TestAgent,
) -> None:
    with openspawn_agent.client() as client:
        client.tasks.create(CreateTaskRequest(title="before the watch"))
        watch = client.events.watch(actor_id=openspawn_agent.id, timeout=0.4, poll_interval=0.1)
        assert list(watch) == []
        assert watch.timed_out


def test_watch_filters_like_list_and_close_stops_it(openspawn_agent: TestAgent) -> None:
    with openspawn_agent.client() as client:
        watch = client.events.watch(
            actor_id=openspawn_agent.id, type="task.transitioned", poll_interval=0.05, timeout=30
        )
        watch.start()
        task = client.tasks.create(CreateTaskRequest(title="filtered"))
        client.tasks.transition(str(task.id), TransitionTaskRequest(status="todo"))
        with watch:
            event = next(watch)
        assert event.type == "task.transitioned"
        assert str(event.entity_id) == str(task.id)
        assert event.message  # decorated like events.list
        assert list(watch) == []  # closed: iteration ends at once
        assert not watch.timed_out


def test_watch_rejects_bad_arguments(openspawn_client: BikiniBottomClient) -> None:
    with pytest.raises(ValueError, match="max_events"):
        openspawn_client.events.watch(max_events=0)
    with pytest.raises(ValueError, match="poll_interval"):
        openspawn_client.events.watch(poll_interval=2, max_poll_interval=1)


def test_wait_for_task_status_returns_once_the_task_gets_there(
    openspawn_agent: TestAgent,
) -> None:
    with openspawn_agent.client() as client:
        task = client.tasks.create(CreateTaskRequest(title="to be reviewed"))
        task_id = str(task.id)

        def worker() -> None:
            with openspawn_agent.client() as other:
                for status in ("todo", "in_progress", "review"):
                    other.tasks.transition(task_id, TransitionTaskRequest(status=status))

        thread = threading.Thread(target=worker)
        thread.start()
        reviewed = client.events.wait_for_task_status(task_id, "review", timeout=30)
        thread.join()
        assert reviewed.status == "review"
        # Already there: answers at once.
        assert client.events.wait_for_task_status(task_id, ["review", "done"], timeout=5).id


def test_wait_for_task_status_times_out_with_a_clear_error(openspawn_agent: TestAgent) -> None:
    with openspawn_agent.client() as client:
        task = client.tasks.create(CreateTaskRequest(title="stuck"))
        with pytest.raises(WaitTimeoutError) as caught:
            client.events.wait_for_task_status(str(task.id), "done", timeout=0.3)
    message = str(caught.value)
    assert str(task.id) in message and "done" in message and "'backlog'" in message
    assert isinstance(caught.value, TimeoutError)


async def test_wait_for_assigned_task_sees_a_new_assignment(
    openspawn_agent: TestAgent, openspawn_async_client: AsyncBikiniBottomClient
) -> None:
    async with openspawn_agent.async_client() as worker:
        waiting = asyncio.ensure_future(worker.events.wait_for_assigned_task(timeout=30))
        await asyncio.sleep(0.1)
        created = await openspawn_async_client.tasks.create(
            CreateTaskRequest(title="for the worker", assignee_id=openspawn_agent.id)
        )
        found = await waiting
        assert found.id == created.id
        with pytest.raises(WaitTimeoutError, match="no task assigned"):
            await worker.events.wait_for_assigned_task(exclude=[str(created.id)], timeout=0.3)


async def test_wait_for_predicate(openspawn_agent: TestAgent) -> None:
    async with openspawn_agent.async_client() as client:
        waiting = asyncio.ensure_future(
            client.events.wait_for(
                lambda e: e.data.get("title") == "needle", entity_type="task", timeout=30
            )
        )
        await asyncio.sleep(0.1)
        await client.tasks.create(CreateTaskRequest(title="hay"))
        needle = await client.tasks.create(CreateTaskRequest(title="needle"))
        event = await waiting
    assert str(event.entity_id) == str(needle.id)
