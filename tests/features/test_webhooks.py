"""openspawn.webhooks (verify, parse, pre-hook answers) and the dev server's deliveries."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable

import pytest

from openspawn import webhooks
from openspawn.devserver import DevServer
from openspawn.models import CreateTaskRequest, TransitionTaskRequest
from openspawn.testing import DevServerCredentials, WebhookReceiver

SECRET = "whsec-test-secret"


def _delivery(body: dict[str, object], secret: str | None = SECRET) -> tuple[bytes, dict[str, str]]:
    raw = json.dumps(body, separators=(",", ":")).encode()
    headers = {"X-BikiniBottom-Event": str(body["event"]), "X-BikiniBottom-Delivery": "d-1"}
    if secret is not None:
        digest = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
        headers["X-BikiniBottom-Signature"] = f"sha256={digest}"
    return raw, headers


def _now_iso(offset: float = 0) -> str:
    moment = time.gmtime(time.time() + offset)
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", moment)


EVENT = {
    "event": "task.created",
    "timestamp": "",
    "data": {
        "id": "7f6e5d4c-3b2a-4918-a7b6-c5d4e3f2a1b0",
        "actorId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        "entityType": "task",
        "entityId": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
        "severity": "info",
        "data": {"identifier": "TASK-1", "title": "Write docs"},
        "createdAt": "2026-02-17T10:00:00.000Z",
    },
}


def _event(offset: float = 0) -> dict[str, object]:
    return {**EVENT, "timestamp": _now_iso(offset)}


def test_a_genuine_delivery_verifies_and_parses() -> None:
    raw, headers = _delivery(_event())
    event = webhooks.construct_event(raw, headers, SECRET)
    assert isinstance(event, webhooks.WebhookEvent)
    assert event.event == webhooks.WebhookEventType.TASK_CREATED
    assert event.data.entity_type == "task"
    assert event.data.data["title"] == "Write docs"
    # Header names are case-insensitive; str bodies are taken as UTF-8.
    lower = {k.lower(): v for k, v in headers.items()}
    webhooks.verify(raw.decode(), lower, SECRET)
    assert webhooks.sign(raw, SECRET) == headers["X-BikiniBottom-Signature"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw, h, s: (raw.replace(b"Write", b"Wrote"), h, s), "does not match"),
        (lambda raw, h, s: (raw, h, "another-secret"), "does not match"),
        (lambda raw, h, s: (raw, {"X-BikiniBottom-Event": "x"}, s), "unsigned"),
        (lambda raw, h, s: (raw, {**h, "X-BikiniBottom-Signature": "md5=00"}, s), "sha256="),
        (lambda raw, h, s: (raw, h, None), "no secret"),
    ],
    ids=["tampered-body", "wrong-secret", "unsigned", "bad-header", "no-secret"],
)
def test_forged_deliveries_are_refused(change: Callable[..., tuple], message: str) -> None:  # type: ignore[type-arg]
    raw, headers = _delivery(_event())
    raw, headers, secret = change(raw, headers, SECRET)
    with pytest.raises(webhooks.WebhookVerificationError, match=message) as caught:
        webhooks.verify(raw, headers, secret)
    assert SECRET not in str(caught.value)


def test_an_old_delivery_replayed_is_refused_unless_tolerance_is_off() -> None:
    raw, headers = _delivery(_event(offset=-3600))
    with pytest.raises(
        webhooks.WebhookVerificationError, match=r"\d+s old, beyond the 300s tolerance"
    ):
        webhooks.verify(raw, headers, SECRET)
    webhooks.verify(raw, headers, SECRET, tolerance=None)
    webhooks.verify(raw, headers, SECRET, tolerance=7200)


def test_unsigned_deliveries_only_when_asked() -> None:
    raw, headers = _delivery(_event(), secret=None)
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.verify(raw, headers, None)
    webhooks.verify(raw, headers, None, require_signature=False)
    # A signature that is there is still checked.
    _, signed = _delivery(_event())
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.verify(raw + b" ", signed, SECRET, require_signature=False)


def test_the_payload_must_be_the_raw_body() -> None:
    with pytest.raises(TypeError, match="raw request body"):
        webhooks.verify(EVENT, {}, SECRET)  # type: ignore[arg-type]


def test_pre_hooks_parse_into_their_models_and_get_answered() -> None:
    # As upstream's executePreHook sends them (webhooks.service.ts).
    transition = {
        "event": "task.transition",
        "timestamp": _now_iso(),
        "data": {
            "taskId": "t-1",
            "taskIdentifier": "TASK-7",
            "taskTitle": "Ship",
            "fromStatus": "review",
            "toStatus": "done",
            "actorId": "a-1",
            "assigneeId": None,
            "reason": "looks good",
            "hookType": "pre",
            "requiresResponse": True,
        },
    }
    raw, headers = _delivery(transition)
    headers["X-BikiniBottom-Hook-Type"] = "pre"
    hook = webhooks.construct_event(raw, headers, SECRET)
    assert isinstance(hook, webhooks.TaskTransitionPreHook)
    assert (hook.data.from_status, hook.data.to_status) == ("review", "done")
    complete = {
        "event": "task.complete",
        "timestamp": _now_iso(),
        "data": {
            "taskId": "t-1",
            "taskIdentifier": "TASK-7",
            "taskTitle": "Ship",
            "task": {
                "id": "t-1",
                "identifier": "TASK-7",
                "title": "Ship",
                "status": "review",
                "priority": "high",
                "assigneeId": None,
                "creatorId": "a-1",
                "metadata": {},
            },
            "actorId": "a-1",
            "assigneeId": None,
            "hookType": "pre",
            "requiresResponse": True,
        },
    }
    parsed = webhooks.parse(json.dumps(complete))
    assert isinstance(parsed, webhooks.TaskCompletePreHook)
    assert parsed.data.task.priority == "high"
    assert webhooks.answer_pre_hook(False, "needs a reviewer") == (
        b'{"allow":false,"reason":"needs a reviewer"}'
    )
    assert webhooks.answer_pre_hook() == b'{"allow":true}'


def test_parse_refuses_what_is_not_a_delivery() -> None:
    with pytest.raises(webhooks.WebhookVerificationError, match="not JSON"):
        webhooks.parse(b"nope")
    with pytest.raises(webhooks.WebhookVerificationError, match="schema"):
        webhooks.parse(b'{"event": "task.created"}')


def test_the_dev_server_delivers_real_events_signed_and_a_receiver_verifies_them(
    openspawn_webhook_receiver: WebhookReceiver,
    openspawn_start_server: Callable[..., DevServer],
) -> None:
    receiver = openspawn_webhook_receiver
    server = openspawn_start_server(webhooks=[receiver.target])
    with DevServerCredentials.of(server).client() as client:
        task = client.tasks.create(CreateTaskRequest(title="Deliver me"))
        client.tasks.transition(str(task.id), TransitionTaskRequest(status="todo"))
        created = receiver.wait_for_event("task.created", str(task.id))
        moved = receiver.wait_for_event("task.transitioned", str(task.id))
        listed, _ = client.events.list(entity_id=str(task.id))
    assert created.error is None and isinstance(created.event, webhooks.WebhookEvent)
    assert created.headers["x-bikinibottom-event"] == "task.created"
    assert created.event.data.data["title"] == "Deliver me"
    by_type = {e.type: str(e.id) for e in listed}
    assert created.event.data.id == by_type["task.created"]
    assert isinstance(moved.event, webhooks.WebhookEvent)
    assert moved.event.data.id == by_type["task.transitioned"]
    # The receiver's side of the must-show: each forgery of a real delivery is refused.
    raw, headers = created.body, created.headers
    webhooks.verify(raw, headers, receiver.secret)
    with pytest.raises(webhooks.WebhookVerificationError, match="does not match"):
        webhooks.verify(raw.replace(b"Deliver me", b"Deliver us"), headers, receiver.secret)
    with pytest.raises(webhooks.WebhookVerificationError, match="does not match"):
        webhooks.verify(raw, headers, "not-the-secret")
    with pytest.raises(webhooks.WebhookVerificationError, match="old"):
        webhooks.verify(raw, headers, receiver.secret, now=time.time() + 3600)
    # Every delivery the dev server sent verified.
    assert all(d.error is None for d in receiver.deliveries)


def test_a_dead_receiver_never_fails_the_request(
    openspawn_start_server: Callable[..., DevServer],
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = openspawn_start_server(webhooks=[f"http://127.0.0.1:{port}/gone"])
    with DevServerCredentials.of(server).client() as client:
        task = client.tasks.create(CreateTaskRequest(title="nobody listens"))
        assert client.tasks.get(str(task.id)).title == "nobody listens"


def test_the_dev_server_refuses_non_loopback_webhooks() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openspawn.devserver",
            "--port",
            "0",
            "--db",
            ":memory:",
            "--webhook",
            "https://example.com/hook,secret",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "only to loopback receivers" in result.stderr
    assert "secret" not in result.stderr.replace("--webhook", "")
