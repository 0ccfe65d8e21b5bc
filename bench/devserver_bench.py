"""Throughput benchmark of the local dev server (loopback only, bounded in count and time).

Starts the dev server on a file database in a temporary directory (``--quiet``), warms it up,
then drives it with N concurrent clients (default 50), each on its own connection:

* signed ``GET /api/v1/agents/{id}`` (HR agent reading itself);
* signed ``POST /api/v1/credits/spend`` (the founder spending 1 credit per request).

For each it prints requests/s, p50 and p99 latency and the number of non-2xx answers. The load
generator runs in this process (asyncio + httpx), so on a small machine it competes with the
server for CPU: the numbers are a floor, useful to compare revisions on the same machine.

    python bench/devserver_bench.py [--requests 2000] [--concurrency 50] [--max-seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import secrets
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2


def _sign(secret: str, method: str, path: str, body: str) -> dict[str, str]:
    ts, nonce = str(int(time.time())), secrets.token_hex(32)
    message = f"{method}{path}{ts}{nonce}{body}".encode()
    sig = hmac.new(bytes.fromhex(secret), message, hashlib.sha256).hexdigest()
    return {"X-Agent-Id": "", "X-Timestamp": ts, "X-Nonce": nonce, "X-Signature": sig}


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    elapsed: float = 0.0

    def row(self) -> list[str]:
        n = len(self.latencies)
        lat = sorted(self.latencies)
        p50 = statistics.median(lat) * 1000 if lat else float("nan")
        p99 = lat[min(n - 1, int(n * 0.99))] * 1000 if lat else float("nan")
        rps = n / self.elapsed if self.elapsed else 0.0
        return [
            self.name,
            str(n),
            str(self.errors),
            f"{self.elapsed:.2f}",
            f"{rps:.0f}",
            f"{p50:.1f}",
            f"{p99:.1f}",
        ]


async def _drive(
    base_url: str,
    name: str,
    total: int,
    concurrency: int,
    make_request: Any,
    deadline: float,
) -> Result:
    result = Result(name)
    tickets = iter(range(total))

    connected = 0
    go = asyncio.Event()

    async def worker() -> None:
        async with httpx2.AsyncClient(base_url=base_url, timeout=30) as client:
            # open the connection before the clock starts: measure requests, not TCP handshakes
            nonlocal connected
            await client.get("/health")
            connected += 1
            await go.wait()
            for _ in tickets:
                if time.monotonic() > deadline:
                    return
                method, path, headers, content = make_request()
                t0 = time.perf_counter()
                try:
                    resp = await client.request(method, path, headers=headers, content=content)
                    status = resp.status_code
                except httpx2.HTTPError:
                    status = 0
                result.latencies.append(time.perf_counter() - t0)
                result.statuses[status] = result.statuses.get(status, 0) + 1
                if not 200 <= status < 300:
                    result.errors += 1

    tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
    while connected < concurrency and not all(t.done() for t in tasks):
        await asyncio.sleep(0.001)
    start = time.perf_counter()
    go.set()
    await asyncio.gather(*tasks)
    result.elapsed = time.perf_counter() - start
    return result


def _requests(creds: dict[str, Any]) -> tuple[Any, Any]:
    hr = next(a for a in creds["agents"] if a["role"] == "hr")
    founder = next(a for a in creds["agents"] if a["role"] == "founder")
    get_path = f"/api/v1/agents/{hr['id']}"
    post_path = "/api/v1/credits/spend"
    body = json.dumps({"amount": 1, "reason": "bench"}, separators=(",", ":"))

    def get() -> tuple[str, str, dict[str, str], bytes | None]:
        headers = _sign(hr["secret"], "GET", get_path, "")
        headers["X-Agent-Id"] = hr["agent_id"]
        return "GET", get_path, headers, None

    def post() -> tuple[str, str, dict[str, str], bytes | None]:
        headers = _sign(founder["secret"], "POST", post_path, body)
        headers["X-Agent-Id"] = founder["agent_id"]
        headers["Content-Type"] = "application/json"
        return "POST", post_path, headers, body.encode()

    return get, post


def _founder(creds: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in creds["agents"] if a["role"] == "founder")


def _fund_founder(base_url: str, creds: dict[str, Any], amount: int) -> None:
    body = {"agentId": _founder(creds)["id"], "amount": amount, "type": "credit", "reason": "bench"}
    resp = httpx2.post(
        f"{base_url}/api/v1/credits/adjust",
        json=body,
        headers={"Authorization": f"Bearer {creds['api_key']}"},
        timeout=30,
    )
    resp.raise_for_status()


def _founder_balance(base_url: str, creds: dict[str, Any]) -> int:
    resp = httpx2.get(
        f"{base_url}/api/v1/agents/{_founder(creds)['id']}/credits/balance",
        headers={"Authorization": f"Bearer {creds['api_key']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return int(resp.json()["data"]["balance"])


def _print_table(results: list[Result], concurrency: int) -> None:
    header = ["operation", "requests", "non-2xx", "seconds", "req/s", "p50 ms", "p99 ms"]
    rows = [header] + [r.row() for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    print(f"dev server benchmark: {concurrency} concurrent clients, file DB, loopback")
    for i, row in enumerate(rows):
        cells = zip(row, widths, strict=True)
        print("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(cells)))
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per kind (max 20000)")
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--max-seconds", type=float, default=60.0, help="time cap per kind")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    total = max(1, min(args.requests, 20_000))
    concurrency = max(1, min(args.concurrency, 200))

    from openspawn._devserver.process import DevServer

    with tempfile.TemporaryDirectory(prefix="osp-bench-") as tmp:
        db = Path(tmp) / "bench.sqlite3"
        with DevServer(db=str(db), extra_args=("--quiet",)) as srv:
            assert srv.base_url.startswith("http://127.0.0.1:"), srv.base_url
            creds = srv.credentials
            grant = total + args.warmup
            funded = _founder_balance(srv.base_url, creds) + grant
            _fund_founder(srv.base_url, creds, grant)
            get, post = _requests(creds)
            warm_deadline = time.monotonic() + 30
            asyncio.run(_drive(srv.base_url, "warmup", args.warmup, 10, get, warm_deadline))
            warm = asyncio.run(_drive(srv.base_url, "warmup", args.warmup, 10, post, warm_deadline))
            results = []
            for name, make in (
                ("signed GET /agents/{id}", get),
                ("signed POST /credits/spend", post),
            ):
                deadline = time.monotonic() + args.max_seconds
                results.append(
                    asyncio.run(_drive(srv.base_url, name, total, concurrency, make, deadline))
                )
            spent = warm.statuses.get(201, 0) + results[1].statuses.get(201, 0)
            balance = _founder_balance(srv.base_url, creds)

    _print_table(results, concurrency)
    for r in results:
        if r.errors:
            print(f"{r.name}: statuses {dict(sorted(r.statuses.items()))}", file=sys.stderr)
    balance_ok = balance == funded - spent
    print(
        f"ledger check: founder balance {balance}, expected {funded - spent} "
        f"(funding minus acknowledged spends): {'ok' if balance_ok else 'LOST UPDATE'}"
    )
    if args.json:
        rows = [
            {
                "operation": r.name,
                "requests": len(r.latencies),
                "statuses": r.statuses,
                "row": r.row(),
            }
            for r in results
        ]
        args.json.write_text(json.dumps(rows, indent=2))
    return 1 if any(r.errors for r in results) or not balance_ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
