"""A file database survives restarts; SIGTERM under load loses no acknowledged write."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx2

from .dsutil import API, Agent, Api, assert_401, new_nonce, ok


def _agents_key(creds: dict[str, Any]) -> list[tuple[str, ...]]:
    return sorted((a["id"], a["agent_id"], a["secret"], a["role"]) for a in creds["agents"])


def _start(db: Path) -> Any:
    from openspawn._devserver.process import DevServer

    return DevServer(db=str(db))


def test_file_db_survives_restart(tmp_path: Path) -> None:
    db = tmp_path / "dev.sqlite3"
    with _start(db) as srv1:
        api = Api(srv1.base_url, srv1.api_key)
        creds1 = srv1.credentials
        agent = api.register()
        api.fund(agent, 50)
        ok(api.post(f"{API}/credits/spend", as_=agent, json={"amount": 8, "reason": "before"}), 201)
        task = api.task(as_=agent, title="persisted")
        nonce = new_nonce()
        ok(api.get(f"{API}/agents", as_=agent, nonce=nonce), 200)
        api.close()
        srv1.stop()
    assert db.exists()

    with _start(db) as srv2:
        api = Api(srv2.base_url, srv2.api_key)
        creds2 = srv2.credentials
        assert creds2["api_key"] == creds1["api_key"]
        assert _agents_key(creds2) == _agents_key(creds1)
        got = ok(api.get(f"{API}/tasks/{task['id']}"), 200)["data"]
        assert got["title"] == "persisted" and got["creatorId"] == agent.id
        assert api.balance(agent) == 42
        assert [r["amount"] for r in api.history(agent)] == [8, 50]
        # the agent's secret still works, and a nonce used before the restart stays used
        ok(api.get(f"{API}/agents/{agent.id}", as_=agent), 200)
        assert_401(api.get(f"{API}/agents", as_=agent, nonce=nonce))
        # seeded agents are not seeded twice (funding by adjust does not touch the HR balance)
        hr = next(a for a in creds2["agents"] if a["role"] == "hr")
        hr_agent = Agent(hr["id"], hr["agent_id"], hr["secret"])
        assert api.balance(hr_agent) == 10_000
        assert [r["amount"] for r in api.history(hr_agent)] == [10_000]
        slugs = [a["agentId"] for a in ok(api.get(f"{API}/agents"), 200)["data"]]
        assert slugs.count("talent") == 1 and slugs.count("founder") == 1
        api.close()


def test_sigterm_under_load_loses_no_acknowledged_write(tmp_path: Path) -> None:
    db = tmp_path / "load.sqlite3"
    acked: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    with _start(db) as srv:
        base_url, key = srv.base_url, srv.api_key

        def writer(n: int) -> None:
            with httpx2.Client(base_url=base_url, timeout=10) as client:
                i = 0
                while not stop.is_set():
                    i += 1
                    try:
                        r = client.post(
                            f"{API}/tasks",
                            json={"title": f"load {n}-{i}"},
                            headers={"Authorization": f"Bearer {key}"},
                        )
                    except httpx2.HTTPError:
                        return  # the server went away
                    if r.status_code == 201:
                        with lock:
                            acked.append(r.json()["data"]["id"])

        threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 10
        while len(acked) < 200 and time.monotonic() < deadline:
            time.sleep(0.05)
        returncode = srv.stop(sig=signal.SIGTERM, timeout=10)
        stop.set()
        for t in threads:
            t.join(timeout=15)
        assert srv.process.poll() is not None
    assert returncode == 0, f"SIGTERM should shut down gracefully, exit code {returncode}"
    assert len(acked) >= 200, f"only {len(acked)} writes acknowledged before SIGTERM"

    with _start(db) as srv2:
        api = Api(srv2.base_url, srv2.api_key)
        stored = {t["id"] for t in ok(api.get(f"{API}/tasks"), 200)["data"]}
        missing = [tid for tid in acked if tid not in stored]
        assert not missing, f"{len(missing)} of {len(acked)} acknowledged tasks lost"
        for tid in acked[-5:]:
            ok(api.get(f"{API}/tasks/{tid}"), 200)
        api.close()
