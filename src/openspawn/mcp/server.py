"""Serve the tools over stdio with the official ``mcp`` package.

Configuration (the client's own environment variables, plus two for the tool selection):

* ``OPENSPAWN_API_URL``, ``OPENSPAWN_API_KEY`` or ``OPENSPAWN_AGENT_ID`` + ``OPENSPAWN_SECRET``;
* ``OPENSPAWN_MCP_ALLOW_WRITES=1`` (or ``--allow-writes``) serves the operations that change
  state; without it only reads are served;
* ``OPENSPAWN_MCP_TOOLS=list_tasks,get_task`` (or ``--tools``) serves only those tools.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .._async.client import AsyncBikiniBottomClient
from .._core.errors import BikiniBottomError
from .._version import __version__
from .adapter import ToolArgumentError, call_operation
from .tools import ToolSpec, load_tools

if TYPE_CHECKING:  # the mcp package is imported only when serving (it is slow to import)
    import mcp_types as types
    from mcp.server.lowlevel import Server

__all__ = ["ALLOW_WRITES_ENV", "TOOLS_ENV", "build_server", "run", "select_tools"]

ALLOW_WRITES_ENV = "OPENSPAWN_MCP_ALLOW_WRITES"
TOOLS_ENV = "OPENSPAWN_MCP_TOOLS"
_TRUE = {"1", "true", "yes", "on"}


def select_tools(
    tools: Sequence[ToolSpec], *, allow_writes: bool, names: Sequence[str] | None
) -> list[ToolSpec]:
    """The tools to serve: reads (and writes when allowed), restricted to ``names`` if given."""
    chosen = [tool for tool in tools if allow_writes or tool.read_only]
    if names:
        known = {tool.name: tool for tool in tools}
        missing = [name for name in names if name not in known]
        if missing:
            raise ValueError(
                f"unknown tool(s): {', '.join(missing)}; known: {', '.join(sorted(known))}"
            )
        blocked = [name for name in names if not allow_writes and not known[name].read_only]
        if blocked:
            raise ValueError(
                f"{', '.join(blocked)} change state: allow writes with --allow-writes "
                f"or {ALLOW_WRITES_ENV}=1"
            )
        wanted = set(names)
        chosen = [tool for tool in chosen if tool.name in wanted]
    return chosen


def _annotations(tool: ToolSpec) -> types.ToolAnnotations:
    import mcp_types as types

    return types.ToolAnnotations(
        read_only_hint=tool.read_only,
        destructive_hint=tool.method == "DELETE",
        idempotent_hint=tool.method in ("GET", "HEAD", "PUT", "DELETE"),
        open_world_hint=False,
    )


def _error(message: str) -> types.CallToolResult:
    import mcp_types as types

    return types.CallToolResult(
        content=[types.TextContent(type="text", text=message)], is_error=True
    )


def build_server(client: AsyncBikiniBottomClient, tools: Sequence[ToolSpec]) -> Server[Any]:
    """An MCP server whose tools call ``client``."""
    import mcp_types as types
    from mcp.server.lowlevel import Server

    by_name = {tool.name: tool for tool in tools}
    listed = [
        types.Tool(
            name=tool.name,
            description=tool.description,
            input_schema=tool.input_schema,
            annotations=_annotations(tool),
        )
        for tool in tools
    ]

    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        del ctx, params
        return types.ListToolsResult(tools=listed)

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        del ctx
        tool = by_name.get(params.name)
        if tool is None:
            return _error(f"unknown tool {params.name!r} (not served: see --allow-writes, --tools)")
        try:
            result = await call_operation(client, tool, dict(params.arguments or {}))
        except ToolArgumentError as exc:
            return _error(str(exc))
        except BikiniBottomError as exc:  # the SDK's message (status, request id), no secrets
            return _error(f"{type(exc).__name__}: {exc}")
        text = json.dumps(result, ensure_ascii=False)
        structured = result if isinstance(result, dict) else {"result": result}
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)], structured_content=structured
        )

    return Server(
        "openspawn",
        version=__version__,
        instructions="Tools for the BikiniBottom API (agents, tasks, credits, messages, events). "
        "Ids are UUIDs unless a parameter says otherwise.",
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def _serve(client: AsyncBikiniBottomClient, tools: Sequence[ToolSpec]) -> None:
    from mcp.server.stdio import stdio_server

    server = build_server(client, tools)
    async with client, stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


def run(*, allow_writes: bool | None, tools: str | None, list_only: bool) -> int:
    """The ``openspawn mcp`` command; its exit status."""
    if allow_writes is None:
        allow_writes = os.environ.get(ALLOW_WRITES_ENV, "").strip().lower() in _TRUE
    names_text = tools if tools is not None else os.environ.get(TOOLS_ENV, "")
    names = [name.strip() for name in names_text.split(",") if name.strip()] or None
    try:
        chosen = select_tools(load_tools(), allow_writes=allow_writes, names=names)
    except ValueError as exc:
        print(f"openspawn mcp: {exc}", file=sys.stderr)
        return 2
    if list_only:
        for tool in chosen:
            kind = "read " if tool.read_only else "write"
            print(f"{tool.name:32} {kind} {tool.method} {tool.path}")
        return 0
    try:
        client = AsyncBikiniBottomClient()
    except BikiniBottomError as exc:
        print(f"openspawn mcp: {exc}", file=sys.stderr)
        return 2
    import anyio

    anyio.run(_serve, client, chosen)
    return 0
