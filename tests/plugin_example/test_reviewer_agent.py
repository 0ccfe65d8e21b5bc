"""The example suite: tests of ``reviewer_agent`` written only against openspawn's pytest fixtures.

There is no conftest.py: installing ``openspawn[devserver]`` registers the fixtures.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient, WaitTimeoutError, webhooks
from openspawn.devserver import DevServer
from openspawn.models import CreateTaskRequest
from openspawn.testing import DevServerCredentials, TestAgent, WebhookReceiver

from . import reviewer_agent


# --8<-- [start:agent-test]
def test_the_agent_hands_its_task_in_for_review(
    openspawn_client: BikiniBottomClient, openspawn_agent: TestAgent
) -> None:
    task = openspawn_client.tasks.create(
        CreateTaskRequest(title="Release notes", assignee_id=openspawn_agent.id)
    )
    with openspawn_agent.client() as client:
        reviewed = reviewer_agent.work_on_next_task(client, timeout=10)
    assert reviewed.id == task.id
    assert reviewed.status == "review"
    comments = openspawn_client.tasks.list_comments(str(task.id))
    assert [c.body for c in comments] == ["Draft for 'Release notes': done."]
    # --8<-- [end:agent-test]


def test_the_manager_approves_once_the_agent_is_done(
    openspawn_client: BikiniBottomClient,
    openspawn_agent_client: BikiniBottomClient,
    openspawn_agent: TestAgent,
) -> None:
    task = openspawn_client.tasks.create(
        CreateTaskRequest(title="Blog post", assignee_id=openspawn_agent.id)
    )
    worker = threading.Thread(
        target=reviewer_agent.work_on_next_task, args=(openspawn_agent_client,)
    )
    worker.start()
    done = reviewer_agent.approve_reviewed(openspawn_client, str(task.id), timeout=30)
    worker.join()
    assert done.status == "done"


async def test_the_async_agent(
    openspawn_async_client: AsyncBikiniBottomClient,
    openspawn_agent_async_client: AsyncBikiniBottomClient,
    openspawn_agent: TestAgent,
) -> None:
    task = await openspawn_async_client.tasks.create(
        CreateTaskRequest(title="Async notes", assignee_id=openspawn_agent.id)
    )
    reviewed = await reviewer_agent.work_on_next_task_async(
        openspawn_agent_async_client, timeout=10
    )
    assert (reviewed.id, reviewed.status) == (task.id, "review")


def test_an_agent_with_nothing_to_do_gives_up_after_its_timeout(
    openspawn_agent_client: BikiniBottomClient,
) -> None:
    with pytest.raises(WaitTimeoutError, match="no task assigned"):
        reviewer_agent.work_on_next_task(openspawn_agent_client, timeout=0.3)


def test_two_agents_of_their_own(openspawn_create_agent: Callable[..., TestAgent]) -> None:
    writer = openspawn_create_agent("Writer")
    editor = openspawn_create_agent("Editor", level=7)
    assert writer.id != editor.id
    with editor.client() as client:
        assert client.agents.get(writer.id).name == writer.agent.name
        assert client.agents.get(editor.id).level == 7


def test_a_fresh_server_starts_empty(openspawn_fresh_server: DevServer) -> None:
    with DevServerCredentials.of(openspawn_fresh_server).client() as client:
        assert sorted(agent.agent_id for agent in client.agents.list()) == ["founder", "talent"]
        assert client.tasks.list() == []


# --8<-- [start:webhook-test]
def test_the_agents_work_reaches_a_webhook_receiver(
    openspawn_webhook_receiver: WebhookReceiver,
    openspawn_start_server: Callable[..., DevServer],
) -> None:
    server = openspawn_start_server(webhooks=[openspawn_webhook_receiver.target])
    with DevServerCredentials.of(server).client() as client:
        task = client.tasks.create(CreateTaskRequest(title="Hooked"))
    delivery = openspawn_webhook_receiver.wait_for_event("task.created", str(task.id))
    assert isinstance(delivery.event, webhooks.WebhookEvent)
    assert delivery.event.data.data["title"] == "Hooked"
    # --8<-- [end:webhook-test]
