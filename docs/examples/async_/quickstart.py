"""Quickstart: a first call, an error, pagination and a raw answer, on one client.

The lines between `--8<--` markers are the snippets the documentation site shows.
"""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient, NotFoundError
from openspawn.models import CreateTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    # --8<-- [start:first-call]
    task = await client.tasks.create(CreateTaskRequest(title="Write the release notes"))
    print(task.identifier, task.status)  # e.g. TASK-1 backlog
    # --8<-- [end:first-call]

    # --8<-- [start:errors]
    try:
        await client.agents.get("00000000-0000-4000-8000-000000000000")
    except NotFoundError as e:
        print(f"HTTP {e.status_code}: {e.message} (request id {e.request_id})")
    # --8<-- [end:errors]

    # --8<-- [start:pagination]
    async for event in client.events.iter_events(page_size=50):
        print(event.type, event.message)  # newest first; the next page is fetched when needed
    # --8<-- [end:pagination]

    # --8<-- [start:raw]
    with client.capture_responses() as seen:
        await client.agents.list()
    print(seen.last.status_code, seen.last.headers["content-type"], seen.last.request_id)
    # --8<-- [end:raw]
