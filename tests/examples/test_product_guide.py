"""The product guide's own code blocks, run as written against a dev server, with real ids in
place of its placeholder strings ("agent_id", "...").

The guide is read from tests/fixtures/python-sdk-guide.md, a copy of
../shared/product/python-sdk-guide.md, so that the suite runs from a clone without ../shared;
test_fixture_matches_the_shared_guide keeps the copy honest wherever ../shared exists.

Each replacement swaps one placeholder literal (first remaining occurrence) for a real value or
for the expression that names it; nothing else in a block is changed.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient, InsufficientCreditsError
from openspawn._devserver.process import DevServer
from openspawn.enums import TaskPriority, TaskStatus
from openspawn.models import (
    CreateTaskRequest,
    TransferCreditsRequest,
    TransitionTaskRequest,
    UpdateAgentRequest,
)

GUIDE = Path(__file__).resolve().parents[1] / "fixtures" / "python-sdk-guide.md"
SHARED_GUIDE = Path(__file__).resolve().parents[3] / "shared" / "product" / "python-sdk-guide.md"
BLOCKS = re.findall(r"```python\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


EARLIER_IMPORTS: dict[str, Any] = {
    "BikiniBottomClient": BikiniBottomClient,
    "AsyncBikiniBottomClient": AsyncBikiniBottomClient,
    "CreateTaskRequest": CreateTaskRequest,
    "TransitionTaskRequest": TransitionTaskRequest,
    "TransferCreditsRequest": TransferCreditsRequest,
    "UpdateAgentRequest": UpdateAgentRequest,
    "TaskStatus": TaskStatus,
    "TaskPriority": TaskPriority,
    "InsufficientCreditsError": InsufficientCreditsError,
}


class Guide:
    def __init__(self, server: DevServer) -> None:
        self.server = server
        hr = next(a for a in server.agents if a["role"] == "hr")
        self.slug, self.secret, self.me = hr["agent_id"], hr["secret"], hr["id"]
        self.client = BikiniBottomClient(server.base_url, agent_id=self.slug, secret=self.secret)
        self.connect = (
            f"base_url={server.base_url!r}, agent_id={self.slug!r}, secret={self.secret!r}"
        )

    def agent(self, name: str, level: int = 1) -> str:
        spawned = self.client.agents.spawn(name=name, level=level)
        self.client.agents.activate(spawned.data.id)
        return spawned.data.id

    def pending(self, name: str) -> str:
        return self.client.agents.spawn(name=name, level=1).data.id

    def task(self, title: str, *steps: TaskStatus) -> str:
        task = self.client.tasks.create(CreateTaskRequest(title=title))
        for step in steps:
            self.client.tasks.transition(task.id, TransitionTaskRequest(status=step))
        return task.id

    def run(self, index: int, replacements: list[tuple[str, str]], **names: Any) -> dict[str, Any]:
        code = BLOCKS[index]
        for old, new in replacements:
            assert old in code, f"block {index} no longer contains {old!r}"
            code = code.replace(old, new, 1)
        # Names the guide imported in earlier blocks, as a reader following along has them.
        namespace: dict[str, Any] = {**EARLIER_IMPORTS, "client": self.client, **names}
        exec(compile(code, f"python-sdk-guide.md block {index}", "exec"), namespace)
        return namespace


@pytest.fixture(scope="module")
def guide() -> Iterator[Guide]:
    assert len(BLOCKS) == 23, f"the guide at {GUIDE} changed: re-check these tests"
    with DevServer() as server:
        yield Guide(server)


def test_clients_and_context_managers(guide: Guide, monkeypatch: pytest.MonkeyPatch) -> None:
    key = guide.server.api_key
    url = guide.server.base_url
    guide.run(0, [('"https://api.openspawn.dev"', repr(url)), ('"your-api-key"', repr(key))])
    guide.run(
        1,
        [
            ('"https://api.openspawn.dev"', repr(url)),
            ('"your-agent-id"', repr(guide.slug)),
            ('"your-64-char-hex-secret"', repr(guide.secret)),
        ],
    )
    url_key = [('"..."', repr(url)), ('"..."', repr(key))]
    guide.run(2, url_key * 2)
    guide.run(3, url_key)
    guide.run(13, [("(...)", f"({guide.connect})")] * 2)
    monkeypatch.setenv("OPENSPAWN_API_URL", url)
    monkeypatch.setenv("OPENSPAWN_AGENT_ID", guide.slug)
    monkeypatch.setenv("OPENSPAWN_SECRET", guide.secret)
    namespace = guide.run(16, [], BikiniBottomClient=BikiniBottomClient)
    assert namespace["client"].agents.list()
    namespace = guide.run(22, [("(...)", f"({guide.connect})"), ("await main()", "pass")])
    assert "main" in namespace


def test_agents(guide: Guide) -> None:
    worker = guide.agent("Guide Worker")
    first, second = guide.pending("Guide Pending One"), guide.pending("Guide Pending Two")
    ns = guide.run(
        4,
        [
            ('"agent_id"', repr(worker)),
            ('"pending_agent_id"', repr(first)),
            ('"pending_agent_id"', repr(second)),
            ('"agent_id"', repr(guide.me)),
            ('"agent_id"', repr(worker)),
            ('"agent_id"', repr(worker)),
            ('"agent_id"', repr(worker)),
        ],
    )
    assert len(ns["response"]["secret"]) == 64
    assert ns["updated_agent"].name == "Updated Name"
    assert guide.client.agents.get(first).status == "active"
    assert "children" in ns["hierarchy"].model_fields_set
    assert isinstance(ns["balance"], int)


def test_tasks(guide: Guide) -> None:
    worker = guide.agent("Guide Assignee")
    todo = guide.task("Guide todo task", TaskStatus.TODO)
    unassigned = guide.task("Guide unassigned task")
    in_review = guide.task(
        "Guide review task", TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.REVIEW
    )
    ns = guide.run(
        5,
        [
            ('"agent_id"', repr(worker)),
            ('"my_agent_id"', repr(guide.me)),
            ('"task_id"', "task.id"),
            ('"task_id"', repr(todo)),
            ('"task_id"', repr(todo)),
            ('"assignee_agent_id"', repr(worker)),
            ('"task_id"', repr(unassigned)),
            ('"task_id"', repr(in_review)),
        ]
        + [('"task_id"', "task.id")] * 4,
    )
    assert ns["task"].status == TaskStatus.DONE  # "# status: done"
    assert guide.client.tasks.get(unassigned).assignee_id == guide.me
    assert guide.client.tasks.get(in_review).status == TaskStatus.DONE
    assert all(t.priority == "high" for t in ns["high_priority"])


def test_credits(guide: Guide, capsys: pytest.CaptureFixture[str]) -> None:
    recipient = guide.agent("Guide Recipient")
    task = guide.task("Guide spend task")
    ns = guide.run(6, [('"recipient_agent_id"', repr(recipient)), ('"task_id"', repr(task))])
    assert ns["transaction"].balance_after == ns["balance"] - 100
    assert "Transfer complete. New balance:" in capsys.readouterr().out
    assert guide.client.agents.get_balance(recipient) == 100


def test_messages(guide: Guide, capsys: pytest.CaptureFixture[str]) -> None:
    channel = guide.client.channels.create("guide-channel").id
    ns = guide.run(
        7,
        [('"channel_id"', repr(channel))] * 2
        + [('"parent_msg_id"', "message.id")]
        + [('"channel_id"', repr(channel))] * 2
        + [('"message_id"', "message.id"), ('"parent_message_id"', "message.id")],
    )
    assert ns["reply"].parent_message_id == ns["message"].id
    assert "Thread has 1 replies" in capsys.readouterr().out


def test_events(guide: Guide) -> None:
    task = guide.task("Guide audited task")
    ns = guide.run(
        8,
        [('"task_id"', repr(task)), ('"agent_id"', repr(guide.me)), ('"event_id"', "events[0].id")],
    )
    assert ns["task_events"] and ns["event"].message


def test_error_handling(guide: Guide, capsys: pytest.CaptureFixture[str]) -> None:
    # "invalid_id" is meant literally. It is not a UUID, so agents.get() refuses it before
    # sending (InvalidArgumentError, a BikiniBottomError): the guide's last except clause.
    guide.run(9, [])
    out = capsys.readouterr().out
    assert "SDK error: agents.get(): agent_id must be a UUID" in out
    logger = types.SimpleNamespace(error=print)
    guide.run(
        14,
        [("CreateTaskRequest(...)", 'CreateTaskRequest(title="Guide error task")')],
        CreateTaskRequest=CreateTaskRequest,
        logger=logger,
    )


def test_retries_and_idempotency(guide: Guide) -> None:
    url, key = guide.server.base_url, guide.server.api_key
    guide.run(
        10,
        [('"https://api.openspawn.dev"', repr(url)), ('"your-api-key"', repr(key))],
        BikiniBottomClient=BikiniBottomClient,
    )
    recipient = guide.agent("Guide Payee")
    ns = guide.run(11, [('"recipient"', repr(recipient))])
    assert ns["response"].data.status == "pending"


def test_type_safety_and_best_practices(guide: Guide) -> None:
    task = guide.task("Guide typed task")
    # The block ends on `agent.invalid_field  # ❌ Type error in IDE`: mypy rejects it (see
    # docs/examples/sync/typed.py), and at run time it is an AttributeError, not a silent None.
    with pytest.raises(AttributeError, match="invalid_field"):
        guide.run(12, [("(...)", f"({guide.connect})"), ('"task_id"', repr(task))])
    before = guide.client.credits.balance()
    guide.run(
        17,
        [],
        InsufficientCreditsError=InsufficientCreditsError,
        perform_llm_call=lambda: types.SimpleNamespace(tokens_used=42),
        task_id=task,
    )
    assert guide.client.credits.balance() == before - 42
    ns = guide.run(
        15,
        [
            ("(...)", f"({guide.connect})"),
            ("agent.id, ...", "agent.id, UpdateAgentRequest(name=agent.name)"),
        ],
        UpdateAgentRequest=UpdateAgentRequest,
    )
    import asyncio

    asyncio.run(ns["process_agents"]())


def test_complete_workflow_and_hierarchy(guide: Guide, capsys: pytest.CaptureFixture[str]) -> None:
    ns = guide.run(18, [("(...)", f"({guide.connect})")])
    assert ns["task"].status == TaskStatus.REVIEW
    guide.run(19, [])
    assert "Manager has 0 direct reports" in capsys.readouterr().out  # see README


def test_troubleshooting_wrong_field_names_fail_before_sending(guide: Guide) -> None:
    with pytest.raises(pydantic.ValidationError) as info:
        guide.run(21, [])
    assert "Title" in str(info.value)


def test_fixture_matches_the_shared_guide() -> None:
    if not SHARED_GUIDE.is_file():
        pytest.skip(f"{SHARED_GUIDE} is not there (a clone without ../shared)")
    assert GUIDE.read_bytes() == SHARED_GUIDE.read_bytes(), (
        f"{GUIDE} is out of date: copy {SHARED_GUIDE} over it and re-check these tests"
    )
