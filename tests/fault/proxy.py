"""A fault-injecting HTTP proxy on 127.0.0.1, between the SDK and a dev server.

One request per client connection (the proxy answers with ``Connection: close``). For each
request it draws a fault, records it with the request's nonce and idempotency key, and:

* ``pass``         forwards the request and returns the answer;
* ``drop_before``  closes the connection without forwarding (the server never sees it);
* ``drop_after``   forwards, then closes without answering (the server acted);
* ``half``         forwards, then sends half of the answer and closes;
* ``502``          forwards, then answers 502 instead of the server's answer (a gateway's loss);
* ``503`` ``429``  answers at once, with ``Retry-After: 0``, without forwarding;
* ``hold``         forwards, then holds the answer past the client's timeout and closes;
* ``500_after``    forwards, then answers 500 instead (a server that failed after acting).
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

FAULTS = ("pass", "drop_before", "drop_after", "half", "502", "503", "429", "hold")


@dataclass
class Seen:
    fault: str
    method: str
    path: str
    nonce: str | None
    key: str | None


@dataclass
class FaultProxy:
    """``with FaultProxy(upstream_port, choose) as proxy:`` then send to ``proxy.base_url``."""

    upstream_port: int
    choose: Callable[[str, str], str]
    hold_seconds: float = 0.6
    seen: list[Seen] = field(default_factory=list)
    port: int = 0
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _server: asyncio.base_events.Server | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def faults(self) -> Counter[str]:
        return Counter(s.fault for s in self.seen)

    def __enter__(self) -> FaultProxy:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            server = loop.run_until_complete(
                asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=512)
            )
            self._server = server
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            loop.run_forever()
            server.close()
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(server.wait_closed())
            loop.close()

        self._thread = threading.Thread(target=run, name="fault-proxy", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fault proxy did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._loop is not None and self._thread is not None
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._serve(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {}
        kept = [lines[0]]
        for line in lines[1:]:
            if not line:
                continue
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
            if name.strip().lower() not in ("connection", "keep-alive"):
                kept.append(line)
        body = await reader.readexactly(int(headers.get("content-length", "0")))
        fault = self.choose(method, path)
        self.seen.append(
            Seen(fault, method, path, headers.get("x-nonce"), headers.get("x-idempotency-key"))
        )
        if fault == "drop_before":
            return
        if fault in ("503", "429"):
            await self._answer(writer, int(fault), b'{"error":"try later","code":"X"}')
            return
        request = ("\r\n".join([*kept, "Connection: close"]) + "\r\n\r\n").encode("latin-1")
        answer = await self._forward(request + body)
        if fault == "pass":
            writer.write(answer)
            await writer.drain()
        elif fault == "half":
            writer.write(answer[: len(answer) // 2])
            await writer.drain()
        elif fault == "502":
            await self._answer(writer, 502, b"<html><body>Bad Gateway</body></html>")
        elif fault == "500_after":
            await self._answer(writer, 500, b'{"error":"Internal server error","code":"X"}')
        elif fault == "hold":
            await asyncio.sleep(self.hold_seconds)
        # drop_after: nothing is sent back.

    async def _forward(self, raw: bytes) -> bytes:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream_port)
        try:
            up_writer.write(raw)
            await up_writer.drain()
            return await up_reader.read(-1)
        finally:
            up_writer.close()

    @staticmethod
    async def _answer(writer: asyncio.StreamWriter, status: int, body: bytes) -> None:
        reason = {429: "Too Many Requests", 500: "Internal Server Error"}.get(status, "Error")
        head = (
            f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
            f"Retry-After: 0\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode() + body)
        await writer.drain()


def random_faults(seed: int, rate: float) -> Callable[[str, str], str]:
    """Each request: ``pass`` with probability 1 - rate, else one of the faults at random."""
    rng = random.Random(seed)
    kinds = FAULTS[1:]

    def choose(method: str, path: str) -> str:
        return rng.choice(kinds) if rng.random() < rate else "pass"

    return choose
