"""Mutating calls through the fault proxy, judged against the dev server's own database.

Every call carries a unique marker (a task title, a transfer reason, a message body), so the
number of rows holding it in the SQLite file is the number of times the server applied it.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from openspawn import (
    AsyncBikiniBottomClient,
    BikiniBottomClient,
    BikiniBottomError,
    RetryPolicy,
)
from openspawn.devserver import DevServer
from openspawn.models import CreateTaskRequest, SendMessageRequest, TransferCreditsRequest

from .proxy import FaultProxy, random_faults

KINDS = ("task", "transfer", "message")
FAST = RetryPolicy(base_delay=0.001, max_delay=0.004)
TIMEOUT = 0.3
_COUNT = {
    "task": "SELECT COUNT(*) FROM tasks WHERE title = ?",
    "transfer": "SELECT COUNT(*) FROM credit_transactions WHERE reason = ? AND type = 'debit'",
    "message": "SELECT COUNT(*) FROM messages WHERE body = ?",
}


@dataclass
class Outcome:
    kind: str
    marker: str
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Report:
    calls: int = 0
    acknowledged: int = 0
    failed: int = 0
    duplicates: int = 0
    lost: int = 0
    foreign: list[str] = field(default_factory=list)
    failed_applied: int = 0
    failed_flagged: int = 0
    completed_with_key: int = 0
    nonce_reuse: int = 0
    misreported: int = 0
    attempts: int = 0
    faults: Counter[str] = field(default_factory=Counter)

    def add(self, other: Report) -> None:
        for name in (
            "calls",
            "acknowledged",
            "failed",
            "duplicates",
            "lost",
            "failed_applied",
            "failed_flagged",
            "completed_with_key",
            "nonce_reuse",
            "misreported",
            "attempts",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.foreign += other.foreign
        self.faults += other.faults


@dataclass
class World:
    server: DevServer
    db: Path
    agent_id: str
    secret: str
    recipient: str
    channel_id: str

    @property
    def port(self) -> int:
        port = urlsplit(self.server.base_url).port
        assert port is not None
        return port

    def count(self, kind: str, marker: str) -> int:
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)
        try:
            (n,) = con.execute(_COUNT[kind], (marker,)).fetchone()
        finally:
            con.close()
        return int(n)

    def client(self, base_url: str | None = None, **kwargs: Any) -> BikiniBottomClient:
        return BikiniBottomClient(
            base_url or self.server.base_url,
            agent_id=self.agent_id,
            secret=self.secret,
            **kwargs,
        )

    def async_client(self, base_url: str, **kwargs: Any) -> AsyncBikiniBottomClient:
        return AsyncBikiniBottomClient(
            base_url, agent_id=self.agent_id, secret=self.secret, **kwargs
        )

    def request(self, kind: str, marker: str) -> Any:
        if kind == "task":
            return CreateTaskRequest(title=marker)
        if kind == "transfer":
            return TransferCreditsRequest(to_agent_id=self.recipient, amount=1, reason=marker)
        return SendMessageRequest(channel_id=self.channel_id, body=marker)


@contextmanager
def world(tmp: Path) -> Iterator[World]:
    db = tmp / "soak.db"
    with DevServer(db=str(db)) as server:
        hr = next(a for a in server.agents if a["role"] == "hr")
        founder = next(a for a in server.agents if a["role"] != "hr")
        w = World(server, db, hr["agent_id"], hr["secret"], founder["id"], "")
        with w.client() as direct:
            w.channel_id = direct.channels.create("soak").id
        yield w


def _send(client: BikiniBottomClient, w: World, kind: str, marker: str, **options: Any) -> None:
    request = w.request(kind, marker)
    if kind == "task":
        client.tasks.create(request, **options)
    elif kind == "transfer":
        client.credits.transfer(request, **options)
    else:
        client.messages.send(request, **options)


async def _send_async(
    client: AsyncBikiniBottomClient, w: World, kind: str, marker: str, **options: Any
) -> None:
    request = w.request(kind, marker)
    if kind == "task":
        await client.tasks.create(request, **options)
    elif kind == "transfer":
        await client.credits.transfer(request, **options)
    else:
        await client.messages.send(request, **options)


def _call(outcomes: list[Outcome], kind: str, marker: str, send: Any) -> None:
    outcome = Outcome(kind, marker)
    try:
        send()
    except Exception as exc:  # judged in judge(): SDK errors are expected, others are foreign
        outcome.error = exc
    outcomes.append(outcome)


def run_sync(w: World, calls: int, seed: int, rate: float = 0.4) -> Report:
    with FaultProxy(w.port, random_faults(seed, rate)) as proxy:
        outcomes: list[Outcome] = []
        with w.client(proxy.base_url, timeout=TIMEOUT, retry_policy=FAST) as client:
            for i in range(calls):
                kind, marker = KINDS[i % 3], f"sync-{seed}-{i}"
                _call(outcomes, kind, marker, lambda k=kind, m=marker: _send(client, w, k, m))
    return judge(w, outcomes, proxy)


def run_async(w: World, calls: int, seed: int, rate: float = 0.4, concurrency: int = 8) -> Report:
    with FaultProxy(w.port, random_faults(seed, rate)) as proxy:
        outcomes: list[Outcome] = []

        async def main() -> None:
            async with w.async_client(proxy.base_url, timeout=TIMEOUT, retry_policy=FAST) as c:
                gate = asyncio.Semaphore(concurrency)

                async def one(i: int) -> None:
                    kind, marker = KINDS[i % 3], f"async-{seed}-{i}"
                    outcome = Outcome(kind, marker)
                    async with gate:
                        try:
                            await _send_async(c, w, kind, marker)
                        except Exception as exc:
                            outcome.error = exc
                    outcomes.append(outcome)

                await asyncio.gather(*(one(i) for i in range(calls)))

        asyncio.run(main())
    return judge(w, outcomes, proxy)


def judge(w: World, outcomes: list[Outcome], proxy: FaultProxy) -> Report:
    report = Report(calls=len(outcomes), faults=proxy.faults, attempts=len(proxy.seen))
    nonces = [s.nonce for s in proxy.seen if s.nonce]
    report.nonce_reuse = len(nonces) - len(set(nonces))
    with w.client() as direct:
        for outcome in outcomes:
            applied = w.count(outcome.kind, outcome.marker)
            if outcome.ok:
                report.acknowledged += 1
                report.duplicates += applied > 1
                report.lost += applied == 0
                continue
            report.failed += 1
            error = outcome.error
            if not isinstance(error, BikiniBottomError):
                report.foreign.append(f"{type(error).__name__}: {error}")
                continue
            report.duplicates += applied > 1
            report.failed_applied += applied == 1
            report.failed_flagged += bool(getattr(error, "may_have_been_applied", False))
            if applied == 1 and not getattr(error, "may_have_been_applied", False):
                # The error said the server had not acted, but it had.
                report.misreported += 1
            key = getattr(error, "idempotency_key", None)
            if key is None:
                continue
            # What a user does with the error: repeat the same call with the key it carries.
            try:
                _send(direct, w, outcome.kind, outcome.marker, idempotency_key=key)
            except BikiniBottomError:
                continue
            report.completed_with_key += w.count(outcome.kind, outcome.marker) == 1
    return report
