"""Prism's validating proxy (``prism proxy --errors``) between the SDK and a dev server: every
docs example (sync and async) and every SDK resource method with valid input go through it, and
Prism must report 0 request and 0 response violations against openapi.yaml.

Prism (`make .tools/prism/node_modules/.bin/prism`, run by `make test-contract`) is skipped when
it is not installed, so `pytest` alone still works on a machine without Node.
"""

from __future__ import annotations

import asyncio
import re
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

# tests/ is on sys.path (tests/examples is a package): the examples' own list and loader
from examples.test_guide_examples import EXAMPLES, NAMES, load

from openspawn import AsyncBikiniBottomClient, BikiniBottomClient
from openspawn._devserver.process import DevServer
from openspawn.enums import ChannelType, CreditType, Proficiency, TaskStatus
from openspawn.models import (
    CreateAgentRequest,
    CreateTaskRequest,
    SendMessageRequest,
    TransferCreditsRequest,
    TransitionTaskRequest,
    UpdateAgentRequest,
)

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / ".tools" / "prism" / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi.yaml"
# Every line Prism logs above "info" is a finding: with --errors a request violation is
#   [HTTP SERVER] post /api/v1/tasks ✖  error  Request terminated with error:
#       https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY: Invalid request
# (answered 422, never forwarded), a response violation is logged by the validator and
# terminates the request with #VIOLATIONS (answered 500), and warnings are "⚠  warning".
_VIOLATION = re.compile(r"^.*?(?:✖|⚠)\s+(error|warning|fatal)\s+(.*)$", re.M)
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Prism:
    """``prism proxy --errors`` on a free loopback port, logging to a file."""

    def __init__(self, upstream: str, log: Path) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self._sink = log.open("wb")
        command = ["proxy", "--errors", "-h", "127.0.0.1", "-p", str(self.port), str(SPEC)]
        self.process = subprocess.Popen(
            [str(PRISM), *command, upstream],
            stdout=self._sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120  # Prism reads and compiles the whole spec first
        while "Prism is listening" not in self.text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"prism did not start:\n{self.text()[-3000:]}")
            time.sleep(0.1)

    def text(self) -> str:
        return _ANSI.sub("", self.log.read_text(errors="replace"))

    def settled_text(self) -> str:
        """The log once Prism has written what it is still writing (it logs asynchronously):
        the text when it has not changed for half a second (at most 15 s)."""
        text, deadline = self.text(), time.monotonic() + 15
        while time.monotonic() < deadline:
            time.sleep(0.5)
            newer = self.text()
            if newer == text:
                break
            text = newer
        return text

    def violations(self) -> list[str]:
        return [" ".join(m.groups()) for m in _VIOLATION.finditer(self.settled_text())]

    def requests(self) -> int:
        return self.text().count("Request received")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._sink.close()


@pytest.fixture(scope="module", params=["sync", "async"])
def proxied(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, DevServer, Prism]]:
    """One dev server behind one Prism per variant (the examples create fixed agent slugs)."""
    if not PRISM.exists():
        pytest.skip(f"Prism is not installed ({PRISM}): run `make test-contract`")
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    # self-check: the dev server also validates its own answers against openapi.yaml
    with DevServer(env={"OPENSPAWN_DEVSERVER_SELF_CHECK": "1"}) as server:
        prism = Prism(server.base_url, log)
        try:
            yield request.param, server, prism
        finally:
            prism.stop()


def _hr(server: DevServer) -> dict[str, Any]:
    return next(a for a in server.agents if a["role"] == "hr")


def _every_resource_method(client: BikiniBottomClient, server: DevServer) -> int:
    """Each public resource method once with valid input (the sync client; the async one is
    generated from the same source and sends the same requests). Returns the number of calls."""
    calls = 0

    def call(result: Any = None) -> Any:
        nonlocal calls
        calls += 1
        return result

    me = _hr(server)["id"]
    founder = next(a for a in server.agents if a["role"] == "founder")["id"]
    slug = f"contract-{uuid.uuid4().hex[:8]}"
    agents = client.agents
    call(agents.list())
    call(agents.get(me))
    created = call(agents.create(CreateAgentRequest(name=f"C {slug}", agent_id=slug, level=3)))
    child = call(agents.spawn(f"Child {slug}", 2, agent_id=f"{slug}-k"))
    call(agents.activate(child.data.id))
    pending = call(agents.spawn(f"Pending {slug}", 1, agent_id=f"{slug}-p"))
    call(agents.list_pending())
    agents.reject(pending.data.id, reason="not needed")
    call()
    call(agents.update(created.data.id, UpdateAgentRequest(name=f"Renamed {slug}")))
    call(agents.get_hierarchy(me, depth=2))
    call(agents.get_balance(me))
    call(agents.get_budget(child.data.id))
    call(agents.set_budget(child.data.id, 500, reset_current_period=True))
    call(agents.can_spend(me, 5))
    call(agents.capacity())
    cap = call(agents.add_capability(me, f"cap-{slug}", Proficiency.EXPERT))
    call(agents.list_capabilities(me))
    call(agents.update_capability(cap.id, Proficiency.STANDARD))
    agents.remove_capability(cap.id)
    call()
    call(agents.revoke(created.data.id))

    tasks = client.tasks
    task = call(tasks.create(CreateTaskRequest(title=f"Task {slug}")))
    other = call(tasks.create(CreateTaskRequest(title=f"Other {slug}")))
    call(tasks.list(status=TaskStatus.BACKLOG))
    call(tasks.get(task.id))
    call(tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.TODO)))
    call(tasks.assign(task.id, me))
    call(tasks.claim(other.id))
    call(tasks.add_dependency(task.id, other.id, blocking=False))
    tasks.remove_dependency(task.id, other.id)
    call()
    call(tasks.add_comment(task.id, "a comment"))
    call(tasks.list_comments(task.id))
    call(tasks.transition(other.id, TransitionTaskRequest(status=TaskStatus.REVIEW)))
    call(tasks.approve(other.id))

    credits = client.credits
    call(credits.balance())
    call(credits.balance_details())
    call(credits.spend(3, "contract run"))
    call(credits.transfer(TransferCreditsRequest(to_agent_id=founder, amount=4, reason="t")))
    call(credits.adjust(founder, 2, CreditType.CREDIT, "bonus"))
    call(credits.history(limit=5))
    call(list(credits.iter_history(page_size=2)))

    channel = call(client.channels.create(f"chan-{slug}", ChannelType.GENERAL))
    call(client.channels.list())
    call(client.channels.get(channel.id))
    message = call(client.messages.send(SendMessageRequest(channel_id=channel.id, body="hi")))
    call(client.messages.list(channel.id, limit=5))
    call(list(client.messages.iter_messages(channel.id)))
    call(client.messages.get(message.id))
    call(client.messages.get_thread(message.id))

    dms = client.direct_messages
    call(dms.send(founder, "hello"))
    call(dms.conversations())
    call(dms.unread_count())
    call(dms.list(founder, limit=5))
    call(dms.mark_read(founder))

    events, _meta = call(client.events.list(limit=3))
    call(list(client.events.iter_events(page_size=50)))
    call(client.events.get(events[0].id))
    call(client.system.health())
    return calls


def _run_examples(
    variant: str, server_url: str, hr: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> int:
    monkeypatch.setenv("OPENSPAWN_API_URL", server_url)
    monkeypatch.setenv("OPENSPAWN_AGENT_ID", hr["agent_id"])
    monkeypatch.setenv("OPENSPAWN_SECRET", hr["secret"])
    monkeypatch.delenv("OPENSPAWN_API_KEY", raising=False)
    for name in NAMES:
        if variant == "sync":
            with BikiniBottomClient() as client:
                load(EXAMPLES / "sync" / f"{name}.py").run(client)
        else:

            async def main(name: str = name) -> None:
                async with AsyncBikiniBottomClient() as client:
                    await load(EXAMPLES / "async_" / f"{name}.py").run(client)

            asyncio.run(main())
    return len(NAMES)


def test_sdk_traffic_through_prism_has_no_violations(
    proxied: tuple[str, DevServer, Prism],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    variant, server, prism = proxied
    hr = _hr(server)
    examples = _run_examples(variant, prism.url, hr, monkeypatch)
    methods = 0
    if variant == "sync":  # the async resources are the same source (unasync makes the sync)
        with BikiniBottomClient(prism.url, agent_id=hr["agent_id"], secret=hr["secret"]) as c:
            methods += _every_resource_method(c, server)
        with BikiniBottomClient(prism.url, api_key=server.api_key) as c:
            methods += _every_resource_method(c, server)
    capsys.readouterr()
    requests, violations = prism.requests(), prism.violations()
    print(
        f"prism ({variant}): {examples} examples, {methods} resource calls, {requests} requests, "
        f"{len(violations)} violations"
    )
    assert requests > methods + examples
    assert violations == [], "\n".join(violations)

    # the check can fail: a request that breaks the contract is reported (and refused: --errors)
    bad = httpx2.post(
        f"{prism.url}/api/v1/tasks",
        json={"title": 5, "nope": True},
        headers={"Authorization": f"Bearer {server.api_key}"},
    )
    assert bad.status_code == 422
    found = prism.violations()
    assert found and all("error" in line or "warning" in line for line in found), prism.text()[
        -3000:
    ]
