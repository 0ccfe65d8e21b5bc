"""The real upstream BikiniBottom server for `make test-upstream`.

It is built and started from ``../shared/upstream`` (or ``$OPENSPAWN_UPSTREAM_DIR``) with its own
``start.sh PORT`` on a free pair of ports (the API on PORT, its PostgreSQL on PORT + 1), once per
session, and stopped with ``stop.sh PORT`` at the end. Without that directory every test here is
skipped. The outcome of every SDK method and guide example is collected in ``OUTCOMES`` and
printed at the end of the run (and written to ``$OPENSPAWN_UPSTREAM_REPORT`` when set).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
UPSTREAM_ENV = "OPENSPAWN_UPSTREAM_DIR"
ENABLE_ENV = "OPENSPAWN_TEST_UPSTREAM"  # set by `make test-upstream`; plain `make test` skips
REPORT_ENV = "OPENSPAWN_UPSTREAM_REPORT"
START_TIMEOUT = 600  # a cold build takes one to two minutes, more on a busy machine

# "sync agents.list" -> "ok" | "declared: ..." | "FAILED: ..."
OUTCOMES: dict[str, str] = {}


def upstream_dir() -> Path:
    configured = os.environ.get(UPSTREAM_ENV)
    return Path(configured) if configured else ROOT.parent / "shared" / "upstream"


def _free_port_pair() -> int:
    for _ in range(50):
        with socket.socket() as first:
            first.bind(("127.0.0.1", 0))
            port = int(first.getsockname()[1])
        if port >= 65535:
            continue
        with socket.socket() as second:
            try:
                second.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no two consecutive free ports on 127.0.0.1")


@dataclass(frozen=True)
class Upstream:
    base_url: str
    api_key: str
    agents: dict[str, dict[str, Any]]  # by slug: id, agent_id, secret, role, level

    @property
    def hr(self) -> dict[str, Any]:
        return self.agents["talent"]

    @property
    def worker(self) -> dict[str, Any]:
        return self.agents["worker-1"]


@contextmanager
def running_upstream(workdir: Path) -> Iterator[Upstream]:
    """Start a fresh upstream server (new database, seeded) and stop it afterwards."""
    if os.environ.get(ENABLE_ENV) != "1":
        pytest.skip(f"the real-upstream suite runs with `make test-upstream` ({ENABLE_ENV}=1)")
    here = upstream_dir()
    start = here / "start.sh"
    if not start.is_file():
        pytest.skip(f"no upstream server at {here} (set {UPSTREAM_ENV} to its directory)")
    port = _free_port_pair()
    creds_file = workdir / "creds.json"
    env = {**os.environ, "CREDS_FILE": str(creds_file)}
    try:
        started = subprocess.run(
            [str(start), str(port)],
            cwd=here,
            env=env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
        )
        if started.returncode != 0:
            pytest.fail(
                f"{start} {port} failed ({started.returncode}):\n"
                f"{started.stdout[-3000:]}\n{started.stderr[-3000:]}"
            )
        creds = json.loads(creds_file.read_text(encoding="utf-8"))
        yield Upstream(
            base_url=str(creds["base_url"]),
            api_key=str(creds["api_key"]),
            agents={a["agent_id"]: a for a in creds["agents"]},
        )
    finally:
        subprocess.run(
            [str(here / "stop.sh"), str(port)], cwd=here, env=env, capture_output=True, timeout=120
        )


@pytest.fixture(scope="session")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Upstream]:
    with running_upstream(tmp_path_factory.mktemp("upstream")) as server:
        yield server


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not OUTCOMES:
        return
    write = terminalreporter.write_line
    calls = {key for key in OUTCOMES if " | " not in key}
    ok = {key for key in calls if OUTCOMES[key] == "ok"}
    declared = {key.split(" | ")[0] for key in OUTCOMES if " | " in key}
    never_ok = sorted(declared - ok)
    write("")
    write(
        f"against the real upstream server: {len(ok)} calls succeed (methods and guide examples, "
        f"per flavour); {len(never_ok)} never succeed there; "
        f"{len(OUTCOMES) - len(calls)} declared error cases checked"
    )
    for key in sorted(calls - ok):
        write(f"  {key}: {OUTCOMES[key]}")
    for key in sorted(k for k in OUTCOMES if " | " in k):
        marker = "" if key.split(" | ")[0] in ok else " [never succeeds]"
        write(f"  {key}{marker} -> {OUTCOMES[key]}")
    target = os.environ.get(REPORT_ENV)
    if target:
        Path(target).write_text(json.dumps(OUTCOMES, indent=1, sort_keys=True), encoding="utf-8")
