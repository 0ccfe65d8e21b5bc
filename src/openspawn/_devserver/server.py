"""Running the app under uvicorn: bind, announce (banner + credentials file once
the socket is listening), serve until SIGTERM/SIGINT, then close the database."""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys
from dataclasses import dataclass
from types import FrameType
from typing import Any

import uvicorn

from .app import DevServerApp
from .bootstrap import Credentials, bootstrap, write_credentials_file
from .crypto import SecretBox, load_or_create_key, make_private
from .ratelimit import RateLimiter
from .store import Store
from .webhooks import WebhookDispatcher, parse_target

__all__ = ["ServerOptions", "run"]

log = logging.getLogger("openspawn.devserver")


@dataclass(frozen=True)
class ServerOptions:
    host: str = "127.0.0.1"
    port: int = 8787
    db: str = "./.openspawn/_devserver.sqlite3"
    credentials_file: str | None = None
    quiet: bool = False
    throttle_limit: int | None = None
    throttle_ttl: float = 60.0
    self_check: bool = False
    webhooks: tuple[str, ...] = ()  # "URL[,SECRET]" each (webhooks.py)


class _Server(uvicorn.Server):
    """A uvicorn server that announces itself once it is really listening."""

    def __init__(self, config: uvicorn.Config, on_listening: Any) -> None:
        super().__init__(config)
        self._on_listening = on_listening

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if not self.should_exit:
            self._on_listening()


def _ignore(signum: int, frame: FrameType | None) -> None:
    del signum, frame


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP matters: asyncio only sets TCP_NODELAY on such sockets, and without
    # it every keep-alive response stalls ~40 ms (Nagle + delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    return sock


def _base_url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def _banner(
    base_url: str, credentials: Credentials, db: str, *, quiet: bool, credentials_file: str | None
) -> str:
    """What the server prints once listening; with ``quiet`` no secret, only where they are."""
    lines = [f"BikiniBottom dev server listening on {base_url}  (db: {db})"]
    if quiet:
        lines.append(
            f"  credentials (API key, agent secrets) written to {credentials_file}"
            if credentials_file
            else "  credentials not shown (--quiet): use --credentials-file PATH to get them"
        )
        return "\n".join(lines)
    lines.append(f"  API key : {credentials.api_key}")
    for agent in credentials.agents:
        lines.append(
            f"  agent   : {agent['agent_id']} (role {agent['role']}, level {agent['level']}) "
            f"id {agent['id']} secret {agent['secret']}"
        )
    return "\n".join(lines)


def run(options: ServerOptions) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr, force=True)
    targets = [parse_target(spec) for spec in options.webhooks]  # bad URLs fail before start
    make_private(options.db)
    store = Store(options.db)
    dispatcher: WebhookDispatcher | None = None
    try:
        box = SecretBox(load_or_create_key(options.db))
        credentials = bootstrap(store, box)
        limiter = (
            RateLimiter(options.throttle_limit, options.throttle_ttl)
            if options.throttle_limit
            else None
        )
        dispatcher = WebhookDispatcher(targets) if targets else None
        app = DevServerApp(
            store,
            box,
            quiet=options.quiet,
            self_check=options.self_check,
            rate_limiter=limiter,
            webhooks=dispatcher,
        )
        sock = _bind(options.host, options.port)
        port = int(sock.getsockname()[1])
        base_url = _base_url(options.host, port)

        def announce() -> None:
            if options.credentials_file:
                write_credentials_file(options.credentials_file, credentials.as_file(base_url))
            banner = _banner(
                base_url,
                credentials,
                options.db,
                quiet=options.quiet,
                credentials_file=options.credentials_file,
            )
            print(banner, flush=True)
            for target in targets:
                signed = "signed" if target.secret else "UNSIGNED"
                print(f"  webhook : {target.url} ({signed})", flush=True)

        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=30,
            server_header=False,
            proxy_headers=False,  # the client IP is the socket peer (no X-Forwarded-For trust)
            date_header=True,
        )
        server = _Server(config, announce)
        # uvicorn re-raises the signal that stopped it once it has shut down gracefully;
        # with these handlers in place that re-raise is harmless, so we get to close the
        # database and exit 0.
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, _ignore)
        asyncio.run(server.serve(sockets=[sock]))
    finally:
        if dispatcher is not None:
            dispatcher.close()
        store.close()
