"""The ``openspawn`` command. Subcommands: ``mcp`` (serve the API as MCP tools over stdio)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="openspawn", description="The BikiniBottom SDK's tools.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    mcp = commands.add_parser(
        "mcp",
        help="serve the API's operations as MCP tools over stdio",
        description="Serve the BikiniBottom API as MCP tools over stdio (needs openspawn[mcp]). "
        "Credentials come from OPENSPAWN_API_URL and OPENSPAWN_API_KEY, or OPENSPAWN_AGENT_ID "
        "and OPENSPAWN_SECRET. Only read-only tools are served unless writes are allowed.",
    )
    mcp.add_argument(
        "--allow-writes",
        action="store_true",
        default=None,
        help="also serve the operations that change state (default: env "
        "OPENSPAWN_MCP_ALLOW_WRITES=1, else read-only)",
    )
    mcp.add_argument(
        "--tools",
        metavar="NAME[,NAME...]",
        help="serve only these tools (operation names such as listTasks); writes among them "
        "still need --allow-writes (default: env OPENSPAWN_MCP_TOOLS)",
    )
    mcp.add_argument("--list-tools", action="store_true", help="print the tools and exit")
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.command == "mcp":
        import importlib.util

        for module in ("mcp", "yaml"):
            if importlib.util.find_spec(module) is None:
                sys.exit("openspawn mcp needs the 'mcp' extra: pip install 'openspawn[mcp]'")
        from .mcp.server import run

        sys.exit(run(allow_writes=args.allow_writes, tools=args.tools, list_only=args.list_tools))


if __name__ == "__main__":
    main()
