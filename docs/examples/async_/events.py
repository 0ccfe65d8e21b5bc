"""Events: the audit log, filtered by severity, time, entity and actor."""

from __future__ import annotations

from datetime import datetime, timedelta

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import EventSeverity
from openspawn.models import CreateTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    task = await client.tasks.create(CreateTaskRequest(title="Audit me"))

    events, meta = await client.events.list(limit=100, page=1)
    print(f"{len(events)} of {meta['total']} events")

    errors, _ = await client.events.list(severity=EventSeverity.ERROR, limit=50)
    assert all(e.severity == EventSeverity.ERROR for e in errors)

    week_ago = datetime.now() - timedelta(days=7)  # naive datetimes are local time
    recent, _ = await client.events.list(start_date=week_ago, limit=100)
    assert recent

    task_events, _ = await client.events.list(entity_type="task", entity_id=task.id, limit=50)
    assert task_events[0].entity_id == task.id

    actor_id = task.creator_id
    actions, _ = await client.events.list(actor_id=actor_id, limit=100)
    assert all(e.actor_id == actor_id for e in actions)

    event = await client.events.get(task_events[0].id)
    print(f"{event.severity}: {event.message}")
