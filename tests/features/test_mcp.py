"""``openspawn mcp``: driven by the ``mcp`` package's own stdio client against a dev server."""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pytest

pytest.importorskip("mcp")

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from openspawn.mcp.adapter import builder_for
from openspawn.mcp.server import select_tools
from openspawn.mcp.tools import load_tools
from openspawn.testing import DevServerCredentials


@asynccontextmanager
async def mcp_session(
    credentials: DevServerCredentials, *args: str, **env: str
) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "openspawn.cli", "mcp", *args],
        env={
            "OPENSPAWN_API_URL": credentials.base_url,
            "OPENSPAWN_AGENT_ID": credentials.hr_agent_id,
            "OPENSPAWN_SECRET": credentials.hr_secret,
            **env,
        },
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


def _json(result: Any) -> Any:
    assert not result.is_error, result.content[0].text
    return json.loads(result.content[0].text)


def test_every_operation_of_the_spec_is_a_tool_with_a_generated_builder() -> None:
    tools = load_tools()
    assert len(tools) == len({t.operation_id for t in tools}) >= 50
    for tool in tools:
        assert callable(builder_for(tool)), tool.name
        assert "$ref" not in json.dumps(tool.input_schema), tool.name
    create = next(t for t in tools if t.name == "create_task")
    assert create.input_schema["required"] == ["title"]
    assert "title" in create.input_schema["properties"]
    assert create.description.startswith("Create a task")
    transition = next(t for t in tools if t.name == "transition_task")
    assert set(transition.input_schema["required"]) == {"id", "status"}


def test_writes_must_be_allowed_to_be_selected() -> None:
    tools = load_tools()
    assert all(t.read_only for t in select_tools(tools, allow_writes=False, names=None))
    with pytest.raises(ValueError, match="change state"):
        select_tools(tools, allow_writes=False, names=["create_task"])
    with pytest.raises(ValueError, match="unknown tool"):
        select_tools(tools, allow_writes=True, names=["nope"])


async def test_read_only_by_default(openspawn_credentials: DevServerCredentials) -> None:
    async with mcp_session(openspawn_credentials) as session:
        names = {tool.name for tool in (await session.list_tools()).tools}
        assert {"list_tasks", "get_task", "list_events"} <= names
        assert "create_task" not in names and "transition_task" not in names
        refused = await session.call_tool("create_task", {"title": "no"})
        assert refused.is_error
        assert "allow-writes" in refused.content[0].text


async def test_a_task_lifecycle_through_the_tools(
    openspawn_credentials: DevServerCredentials,
) -> None:
    async with mcp_session(openspawn_credentials, "--allow-writes") as session:
        listed = (await session.list_tools()).tools
        create = next(tool for tool in listed if tool.name == "create_task")
        assert create.annotations is not None and create.annotations.read_only_hint is False
        assert create.input_schema["properties"]["title"]["type"] == "string"

        agents = _json(await session.call_tool("list_agents", {}))["data"]
        assert "talent" in {agent["agentId"] for agent in agents}
        task = _json(
            await session.call_tool("create_task", {"title": "Via MCP", "priority": "high"})
        )["data"]
        assert (task["title"], task["status"], task["priority"]) == ("Via MCP", "backlog", "high")
        claimed = _json(await session.call_tool("claim_task", {"id": task["id"]}))["data"]
        assert claimed["status"] == "in_progress"
        moved = _json(
            await session.call_tool(
                "transition_task", {"id": task["id"], "status": "review", "reason": "done by MCP"}
            )
        )["data"]
        assert moved["status"] == "review"
        approved = _json(await session.call_tool("approve_task", {"id": task["id"]}))["data"]
        assert approved["status"] == "done"
        fetched = _json(await session.call_tool("get_task", {"id": task["id"]}))["data"]
        assert fetched["status"] == "done"
        events = _json(
            await session.call_tool("list_events", {"entityId": task["id"], "limit": 50})
        )["data"]
        assert {"task.created", "task.claimed", "task.approved"} <= {e["type"] for e in events}

        # Errors come back as MCP tool errors with the SDK's message.
        missing = await session.call_tool(
            "get_task", {"id": "00000000-0000-4000-8000-000000000000"}
        )
        assert missing.is_error
        assert missing.content[0].text.startswith("NotFoundError: ")
        assert "HTTP 404" in missing.content[0].text
        task = _json(await session.call_tool("create_task", {"title": "Bad move"}))["data"]
        bad = await session.call_tool("transition_task", {"id": task["id"], "status": "done"})
        assert bad.is_error and "HTTP 4" in bad.content[0].text
        wrong = await session.call_tool("transition_task", {"id": task["id"], "status": "nope"})
        assert wrong.is_error
        assert openspawn_credentials.hr_secret not in json.dumps(
            [c.text for c in (missing.content + bad.content + wrong.content)]
        )


async def test_the_tools_env_var_limits_the_tools(
    openspawn_credentials: DevServerCredentials,
) -> None:
    async with mcp_session(openspawn_credentials, OPENSPAWN_MCP_TOOLS="get_health,list_tasks") as s:
        assert sorted(t.name for t in (await s.list_tools()).tools) == ["get_health", "list_tasks"]
        health = _json(await s.call_tool("get_health", {}))
        assert health["status"] == "ok"


def test_the_command_needs_credentials(run_cli: Callable[..., Any]) -> None:
    result = run_cli("mcp", env={"OPENSPAWN_API_KEY": "", "OPENSPAWN_AGENT_ID": ""})
    assert result.returncode == 2
    assert "credentials" in result.stderr.lower()


@pytest.fixture
def run_cli() -> Callable[..., Any]:
    import os
    import subprocess

    def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        full = {k: v for k, v in os.environ.items() if not k.startswith("OPENSPAWN_")}
        full.update({k: v for k, v in env.items() if v})
        return subprocess.run(
            [sys.executable, "-m", "openspawn.cli", *args],
            capture_output=True,
            text=True,
            timeout=60,
            env=full,
            stdin=subprocess.DEVNULL,
        )

    return run
