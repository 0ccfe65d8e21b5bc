"""`make bench`: what the SDK costs on top of httpx, measured side by side in one run.

The network is out of the picture: both sides talk to the same in-process
``httpx2.MockTransport``, which answers a realistic ``GET /api/v1/agents/{id}`` body.
Raw httpx sends precomputed headers and calls ``response.json()``; the SDK signs every
request afresh, builds it from the generated operation and validates the answer into a model.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parents[1]
SECRET = "0123456789abcdef" * 4
AGENT_ID = "3f0c9a52-6a1e-4d8e-9b51-0c7de1a0f001"
BODY = json.dumps(
    {
        "data": {
            "id": AGENT_ID,
            "agentId": "research-lead",
            "name": "Research Lead",
            "role": "worker",
            "level": 5,
            "model": "gpt-4",
            "status": "active",
            "currentBalance": 1250,
            "managementFeePct": 10,
            "budgetPeriodLimit": 5000,
            "budgetPeriodSpent": 320,
            "capabilities": [
                {
                    "id": "6a1e3f0c-9a52-4d8e-9b51-0c7de1a0f002",
                    "orgId": "00000000-0000-4000-8000-000000000001",
                    "agentId": AGENT_ID,
                    "capability": "research",
                    "proficiency": "expert",
                    "createdAt": "2026-11-20T10:00:00.000Z",
                }
            ],
            "metadata": {"team": "research"},
            "createdAt": "2026-11-20T10:00:00.000Z",
            "updatedAt": "2026-11-24T08:30:00.000Z",
        }
    }
).encode()
HEADERS = {"content-type": "application/json"}
# The raw side sends the same headers the SDK sends, precomputed once.
RAW_HEADERS = {
    "User-Agent": "openspawn-python/bench",
    "Accept": "application/json",
    "X-Agent-Id": "research-lead",
    "X-Timestamp": "1700000000",
    "X-Nonce": "ab" * 32,
    "X-Signature": "cd" * 32,
}


def handler(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, content=BODY, headers=HEADERS)


def per_call(fn: Callable[[], object], calls: int, rounds: int) -> float:
    """Best-of-rounds seconds per call (the least disturbed round)."""
    fn()
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        best = min(best, (time.perf_counter() - start) / calls)
    return best


def bench_sync(calls: int = 3000, rounds: int = 7) -> tuple[float, float]:
    from openspawn import BikiniBottomClient

    raw = httpx2.Client(transport=httpx2.MockTransport(handler))
    url = f"http://bench.local/api/v1/agents/{AGENT_ID}"
    fixed = RAW_HEADERS
    sdk = BikiniBottomClient(
        "http://bench.local",
        agent_id="research-lead",
        secret=SECRET,
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    raw_t = per_call(lambda: raw.get(url, headers=fixed).json(), calls, rounds)
    sdk_t = per_call(lambda: sdk.agents.get(AGENT_ID), calls, rounds)
    return raw_t, sdk_t


def bench_async(in_flight: int = 500, rounds: int = 7) -> tuple[float, float]:
    from openspawn import AsyncBikiniBottomClient

    async def run() -> tuple[float, float]:
        raw = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
        url = f"http://bench.local/api/v1/agents/{AGENT_ID}"
        fixed = RAW_HEADERS
        sdk = AsyncBikiniBottomClient(
            "http://bench.local",
            agent_id="research-lead",
            secret=SECRET,
            http_client=httpx2.AsyncClient(transport=httpx2.MockTransport(handler)),
        )

        async def raw_one() -> object:
            return (await raw.get(url, headers=fixed)).json()

        async def best(make: Callable[[], Awaitable[object]]) -> float:
            result = float("inf")
            for _ in range(rounds + 1):
                start = time.perf_counter()
                await asyncio.gather(*(make() for _ in range(in_flight)))
                result = min(result, (time.perf_counter() - start) / in_flight)
            return result

        raw_t = await best(raw_one)
        sdk_t = await best(lambda: sdk.agents.get(AGENT_ID))
        return raw_t, sdk_t

    return asyncio.run(run())


def import_time(statement: str, runs: int = 15) -> float:
    """Median wall time of a fresh interpreter running ``statement`` (start-up included)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", statement], check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print("openspawn benchmarks (in-process MockTransport; lower ratio is better)\n")
    raw_t, sdk_t = bench_sync()
    rows = [("signed agents.get, sync", raw_t * 1e6, sdk_t * 1e6, "µs/call", 1.3)]
    raw_a, sdk_a = bench_async()
    rows.append(
        ("signed agents.get, async, 500 in flight", raw_a * 1e6, sdk_a * 1e6, "µs/call", 1.5)
    )
    base = import_time("import httpx2, pydantic")
    ours = import_time("import openspawn")
    bare = import_time("pass")
    client = import_time("from openspawn import BikiniBottomClient")
    models = import_time("import httpx2; from pydantic import BaseModel")
    rows.append(("import openspawn [1]", (base - bare) * 1e3, (ours - bare) * 1e3, "ms", 1.2))
    rows.append(
        ("import BikiniBottomClient [2]", (models - bare) * 1e3, (client - bare) * 1e3, "ms", 0.0)
    )
    print(f"{'measurement':<42}{'baseline':>12}{'openspawn':>12}  unit     ratio  target")
    for name, baseline, sdk, unit, target in rows:
        ratio = sdk / baseline
        goal = f"≤{target} {'ok' if ratio <= target else 'OVER'}" if target else "(no target)"
        print(f"{name:<42}{baseline:>12.1f}{sdk:>12.1f}  {unit:<8}{ratio:>5.2f}  {goal}")
    print(
        "\nbaseline: raw httpx with precomputed headers + response.json().\n"
        "[1] vs `import httpx2, pydantic`; [2] `from openspawn import BikiniBottomClient` vs\n"
        "`import httpx2; from pydantic import BaseModel`. Import rows leave out a bare\n"
        "interpreter's start-up; each is the median of 15 fresh processes."
    )
    devserver = ROOT / "bench" / "devserver_bench.py"
    if devserver.exists():
        print("\nDev server throughput (50 concurrent clients, loopback):")
        subprocess.run([sys.executable, str(devserver)], check=True)


if __name__ == "__main__":
    main()
