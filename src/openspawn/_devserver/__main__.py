"""``openspawn-devserver`` / ``python -m openspawn.devserver``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openspawn-devserver",
        description="Run a local BikiniBottom server (SQLite) that implements openapi.yaml.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8787, help="port (default 8787; 0 = any free port)"
    )
    parser.add_argument(
        "--db",
        default="./.openspawn/_devserver.sqlite3",
        help="SQLite database file, or :memory: (default ./.openspawn/_devserver.sqlite3)",
    )
    parser.add_argument(
        "--credentials-file",
        metavar="PATH",
        help="write base_url, api_key and the bootstrap agents' secrets here as JSON, "
        "readable by you only (mode 0600; rewritten on every start, once the server is "
        "listening)",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="no per-request log lines, and no secrets on stdout (they go only to "
        "--credentials-file)",
    )
    parser.add_argument(
        "--throttle-limit",
        type=int,
        metavar="N",
        help="rate limit: at most N requests per client IP per window (off by default)",
    )
    parser.add_argument(
        "--throttle-ttl",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="rate limit window in seconds (default 60)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        default=os.environ.get("OPENSPAWN_DEVSERVER_SELF_CHECK") == "1",
        help="validate every response against openapi.yaml (a mismatch answers 500)",
    )
    parser.add_argument(
        "--webhook",
        action="append",
        default=[],
        metavar="URL[,SECRET]",
        help="post every audit event to this loopback receiver, signed with SECRET as upstream "
        "signs webhooks (repeatable; unsigned without a secret)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    if args.throttle_limit is not None and args.throttle_limit < 1:
        sys.exit("openspawn-devserver: --throttle-limit must be at least 1")
    if args.throttle_ttl <= 0:
        sys.exit("openspawn-devserver: --throttle-ttl must be positive")
    try:
        from .crypto import SecretKeyError
        from .server import ServerOptions, run
    except ImportError as exc:  # the optional dependencies are missing
        sys.exit(
            f"openspawn-devserver needs the 'devserver' extra ({exc}): "
            "pip install 'openspawn[devserver]'"
        )
    try:
        run(
            ServerOptions(
                host=args.host,
                port=args.port,
                db=args.db,
                credentials_file=args.credentials_file,
                quiet=args.quiet,
                throttle_limit=args.throttle_limit,
                throttle_ttl=args.throttle_ttl,
                self_check=args.self_check,
                webhooks=tuple(args.webhook),
            )
        )
    except KeyboardInterrupt:
        pass
    except (OSError, SecretKeyError, ValueError) as exc:
        sys.exit(f"openspawn-devserver: {exc}")


if __name__ == "__main__":
    main()
