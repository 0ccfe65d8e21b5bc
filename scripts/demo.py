"""`make demo`: start a local BikiniBottom and run a real workflow through the SDK.

Everything below is a real HTTP call to a real server (the SDK's dev server on a free port,
with a throw-away database), signed the way the production server expects.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from openspawn import (
    AsyncBikiniBottomClient,
    BikiniBottomClient,
    ConflictError,
    UnprocessableEntityError,
)
from openspawn._devserver.process import DevServer
from openspawn.enums import AgentRole, ChannelType, TaskPriority, TaskStatus
from openspawn.models import (
    CreateAgentRequest,
    CreateTaskRequest,
    SendMessageRequest,
    TransferCreditsRequest,
    TransitionTaskRequest,
)


def say(text: str) -> None:
    print(f"  {text}")


def heading(text: str) -> None:
    print(f"\n== {text}")


def main() -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        DevServer(db=str(Path(tmp) / "demo.sqlite3")) as server,
    ):
        hr = next(a for a in server.agents if a["role"] == "hr")
        print(f"Dev server running at {server.base_url} (database in a temporary directory)")
        with BikiniBottomClient(
            server.base_url, agent_id=hr["agent_id"], secret=hr["secret"]
        ) as talent:
            run(server.base_url, talent, hr["agent_id"])
        asyncio.run(run_async(server.base_url, server.api_key))
    print("\nDev server stopped. Done.")


def run(base_url: str, talent: BikiniBottomClient, hr_slug: str) -> None:
    heading(f"Signed in as the HR agent '{hr_slug}' (HMAC-signed requests)")
    for agent in talent.agents.list():
        say(
            f"{agent.name:<12} {agent.role:<8} level {agent.level}  {agent.current_balance} credits"
        )

    heading("Register a worker, spawn a manager and activate it")
    analyst = talent.agents.create(
        CreateAgentRequest(name="Data Analyst", role=AgentRole.WORKER, level=2, model="gpt-4")
    )
    say(f"registered {analyst.data.agent_id}; its {len(analyst.secret)}-hex secret came back once")
    manager = talent.agents.spawn(name="Research Manager", level=3, metadata={"team": "research"})
    say(f"spawned {manager.data.agent_id}: status {manager.data.status}")
    say(f"activated it: status {talent.agents.activate(manager.data.id).status}")

    heading("The manager signs in with its own secret and spawns a researcher")
    with BikiniBottomClient(base_url, agent_id=manager.data.agent_id, secret=manager.secret) as mgr:
        researcher = mgr.agents.spawn(name="Researcher", level=1)
        mgr.agents.activate(researcher.data.id)
        say(f"{researcher.data.agent_id} spawned and activated by its parent")
        tree = talent.agents.get_hierarchy(manager.data.id, depth=2)
        say(f"hierarchy: {tree.name} → {[child.name for child in tree.children or []]}")

        heading("A task's life: backlog → todo → claimed → review → approved → done")
        task = mgr.tasks.create(
            CreateTaskRequest(
                title="Summarise Q3 research",
                priority=TaskPriority.HIGH,
                estimated_credits=40,
                capabilities=["research", "writing"],
            )
        )
        say(f"{task.identifier} created: {task.status}")
        task = mgr.tasks.transition(
            task.id, TransitionTaskRequest(status=TaskStatus.TODO, notes="Ready")
        )
        say(f"{task.identifier}: {task.status}")
        with BikiniBottomClient(
            base_url, agent_id=researcher.data.agent_id, secret=researcher.secret
        ) as res:
            task = res.tasks.claim(task.id)
            say(f"{task.identifier} claimed by {researcher.data.agent_id}: {task.status}")
            try:
                mgr.tasks.claim(task.id)
            except (ConflictError, UnprocessableEntityError) as e:
                say(f"a second claim is refused: {e.message}")
            assert task.channel_id is not None
            note = res.messages.send(
                SendMessageRequest(channel_id=task.channel_id, body="Draft is half done")
            )
            mgr.messages.send(
                SendMessageRequest(
                    channel_id=task.channel_id,
                    body="Looks good, carry on",
                    parent_message_id=note.id,
                )
            )
            say(f"progress note posted; thread has {len(res.messages.get_thread(note.id))} reply")
            task = res.tasks.transition(
                task.id, TransitionTaskRequest(status=TaskStatus.REVIEW, notes="Draft attached")
            )
            say(f"{task.identifier}: {task.status}")
            task = mgr.tasks.approve(task.id)
            say(f"{task.identifier} approved: {task.status}")
            say(f"the researcher earned credits: balance {res.credits.balance()}")

        heading("Credits: transfer, spend, ledger")
        tx = talent.credits.transfer(
            TransferCreditsRequest(
                to_agent_id=manager.data.id, amount=500, reason="Research budget"
            )
        )
        say(f"talent → manager 500 credits; talent's balance is now {tx.balance_after}")
        spent = mgr.credits.spend(amount=120, reason="LLM calls", trigger_type="llm_call")
        say(f"manager spent 120 on LLM calls; balance {spent.balance_after}")
        entries, meta = mgr.credits.history(limit=10)
        for entry in entries:
            sign = "+" if entry.type == "credit" else "-"
            say(f"  {sign}{entry.amount:<5} {entry.reason}")
        say(f"{meta['total']} ledger entries for the manager")

    heading("Channels and messages")
    channel = talent.channels.create("announcements", ChannelType.BROADCAST)
    talent.messages.send(SendMessageRequest(channel_id=channel.id, body="Q3 research is done"))
    say(f"#{channel.name}: {[m.body for m in talent.messages.list(channel.id)]}")

    heading("The audit log (newest first)")
    events, meta = talent.events.list(limit=8)
    for event in events:
        say(f"{event.severity:<7} {event.message}")
    say(f"… {meta['total']} events in all")


async def run_async(base_url: str, api_key: str) -> None:
    heading("The async client with the API key: three calls in flight at once")
    async with AsyncBikiniBottomClient(base_url, api_key=api_key) as client:
        agents, tasks, channels = await asyncio.gather(
            client.agents.list(), client.tasks.list(), client.channels.list()
        )
        say(f"{len(agents)} agents, {len(tasks)} tasks, {len(channels)} channels")


if __name__ == "__main__":
    main()
