"""Webhooks: verify, parse and answer deliveries; a receiver the dev server delivers to.

docs/webhooks.md shows its sections.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Mapping
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from openspawn import AsyncBikiniBottomClient, webhooks
from openspawn.devserver import DevServer
from openspawn.models import CreateTaskRequest

# --8<-- [start:handler]
WEBHOOK_SECRET = "my-secret"  # yours comes from where you keep secrets, not the code
REVIEWED: set[str] = set()  # the tasks a reviewer has signed off
SEEN: set[str] = set()  # the events already handled
HANDLED: queue.Queue[webhooks.WebhookEvent] = queue.Queue()  # what the receiver took in


def handle(raw: bytes, headers: Mapping[str, str]) -> tuple[int, bytes]:
    """One delivery -> (status, answer). ``raw`` is the body as received, NOT parsed JSON."""
    try:
        event = webhooks.construct_event(raw, headers, secret=WEBHOOK_SECRET)
    except webhooks.WebhookVerificationError as exc:
        return 400, str(exc).encode()
    if isinstance(event, webhooks.TaskTransitionPreHook):  # asked before a status change
        allow = event.data.to_status != "done" or event.data.task_id in REVIEWED
        return 200, webhooks.answer_pre_hook(allow, "needs a review")
    if isinstance(event, webhooks.TaskCompletePreHook):
        return 200, webhooks.answer_pre_hook(True)
    if event.data.id not in SEEN:  # de-duplicate on the signed event id
        SEEN.add(event.data.id)
        HANDLED.put(event)  # your work here: event.event is a WebhookEventType
    return 200, b""
    # --8<-- [end:handler]


# --8<-- [start:receiver]
class Receiver(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        status, answer = handle(raw, dict(self.headers.items()))
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)
        # --8<-- [end:receiver]


# --8<-- [start:delivery]
def delivery(event: str, data: dict[str, Any]) -> bytes:
    """A body as BikiniBottom sends one: compact JSON, stamped with the send time."""
    body = {"event": event, "timestamp": datetime.now(UTC).isoformat(), "data": data}
    return json.dumps(body, separators=(",", ":")).encode()
    # --8<-- [end:delivery]


async def run(client: AsyncBikiniBottomClient) -> None:
    # --8<-- [start:sign]
    raw = delivery(
        "task.transition",
        {"taskId": "t-1", "fromStatus": "review", "toStatus": "done", "hookType": "pre"},
    )
    headers = {"X-BikiniBottom-Signature": webhooks.sign(raw, WEBHOOK_SECRET)}
    webhooks.verify(raw, headers, WEBHOOK_SECRET)  # raises WebhookVerificationError if not
    assert isinstance(webhooks.parse(raw, headers), webhooks.TaskTransitionPreHook)
    assert handle(raw, headers) == (200, b'{"allow":false,"reason":"needs a review"}')
    assert handle(raw.replace(b"review", b"todo"), headers)[0] == 400  # changed after signing
    # --8<-- [end:sign]
    print("a pre-hook to move t-1 to done without a review is refused")

    # --8<-- [start:devserver]
    receiver = HTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_port}/hooks"
    with DevServer(webhooks=[(url, WEBHOOK_SECRET)]) as server:  # posts every event, signed
        hr = next(agent for agent in server.agents if agent["role"] == "hr")
        async with AsyncBikiniBottomClient(
            server.base_url, agent_id=hr["agent_id"], secret=hr["secret"]
        ) as local:
            task = await local.tasks.create(CreateTaskRequest(title="Hooked"))
        event = HANDLED.get(timeout=10)
        while event.data.entity_id != task.id:  # the server's own events come first
            event = HANDLED.get(timeout=10)
    receiver.shutdown()
    receiver.server_close()
    # --8<-- [end:devserver]
    assert event.data.data is not None and event.data.data["title"] == "Hooked"
    print(f"{event.event} delivered for {task.identifier}")
