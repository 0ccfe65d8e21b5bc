"""Outbound webhooks: post every audit event to local receivers, signed as upstream signs them.

``--webhook URL[,SECRET]`` (repeatable). Upstream refuses to deliver to loopback addresses, so a
receiver cannot be developed against it locally; the dev server delivers *only* there. Each
target has one background thread that sends its deliveries in order, after the transaction that
wrote the events has committed; a slow, failing or absent receiver never delays or fails the
request that caused the event (as upstream: one attempt, 10 s timeout, no retries). Pre-hooks
(blocking ``task.transition`` / ``task.complete``) are not sent.

Wire format (upstream's ``webhooks.service.ts``): ``POST`` with ``Content-Type:
application/json``, body ``{"event", "timestamp", "data": {id, actorId, entityType, entityId,
severity, data, createdAt}}`` as compact JSON, headers ``X-BikiniBottom-Event``,
``X-BikiniBottom-Delivery`` (a new UUID per send) and, with a secret,
``X-BikiniBottom-Signature: sha256=<hex HMAC-SHA256 of the body, keyed with the UTF-8 secret>``.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import queue
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .jsjson import js_stringify
from .timeutil import now_iso

__all__ = ["WebhookDispatcher", "WebhookTarget", "delivery_body", "parse_target"]

log = logging.getLogger("openspawn.devserver")

DELIVERY_TIMEOUT = 10.0
_STOP = object()


@dataclass(frozen=True)
class WebhookTarget:
    url: str
    secret: str | None = None

    def __repr__(self) -> str:  # never print the secret
        return f"WebhookTarget(url={self.url!r}, signed={self.secret is not None})"


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_target(spec: str) -> WebhookTarget:
    """``URL[,SECRET]`` → a target; the URL must be http(s) on a loopback address."""
    url, _, secret = spec.partition(",")
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"--webhook needs an http(s) URL, got {url!r}")
    if not _is_loopback(parts.hostname):
        raise ValueError(
            f"--webhook {url!r}: the dev server delivers only to loopback receivers "
            "(127.0.0.1, ::1 or localhost)"
        )
    return WebhookTarget(url.strip(), secret or None)


def delivery_body(event: dict[str, Any]) -> bytes:
    """The bytes upstream sends (and signs) for one audit event."""
    payload = {
        "event": event["type"],
        "timestamp": now_iso(),
        "data": {
            "id": event["id"],
            "actorId": event["actorId"],
            "entityType": event["entityType"],
            "entityId": event["entityId"],
            "severity": event["severity"],
            "data": event["data"],
            "createdAt": event["createdAt"],
        },
    }
    return js_stringify(payload).encode("utf-8")


def _headers(target: WebhookTarget, event_type: str, body: bytes) -> dict[str, str]:
    headers = {
        "Content-Type": "application/json",
        "X-BikiniBottom-Event": event_type,
        "X-BikiniBottom-Delivery": str(uuid.uuid4()),
        "User-Agent": "openspawn-devserver",
    }
    if target.secret:
        digest = hmac.new(target.secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
        headers["X-BikiniBottom-Signature"] = "sha256=" + digest
    return headers


class _Worker(threading.Thread):
    def __init__(self, target: WebhookTarget) -> None:
        super().__init__(name=f"webhook {target.url}", daemon=True)
        self.target = target
        self.inbox: queue.Queue[Any] = queue.Queue()

    def run(self) -> None:
        while True:
            item = self.inbox.get()
            if item is _STOP:
                return
            try:
                self._send(item)
            except Exception:  # one bad delivery must not stop the ones after it
                log.exception("webhook %s: could not deliver %s", self.target.url, item["type"])

    def _send(self, event: dict[str, Any]) -> None:
        body = delivery_body(event)
        request = urllib.request.Request(
            self.target.url,
            data=body,
            headers=_headers(self.target, str(event["type"]), body),
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=DELIVERY_TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            log.warning("webhook %s answered %d to %s", self.target.url, exc.code, event["type"])
        except (urllib.error.URLError, OSError) as exc:
            log.warning("webhook %s failed for %s: %s", self.target.url, event["type"], exc)


class WebhookDispatcher:
    """Queues committed events for each target; never blocks the caller."""

    def __init__(self, targets: Sequence[WebhookTarget]) -> None:
        self._workers = [_Worker(target) for target in targets]
        for worker in self._workers:
            worker.start()

    @property
    def targets(self) -> list[WebhookTarget]:
        return [worker.target for worker in self._workers]

    def publish(self, events: Iterable[dict[str, Any]]) -> None:
        batch = list(events)
        for worker in self._workers:
            for event in batch:
                worker.inbox.put_nowait(event)

    def close(self, timeout: float = 5.0) -> None:
        """Send what is queued (up to ``timeout`` seconds per target), then stop."""
        for worker in self._workers:
            worker.inbox.put_nowait(_STOP)
        for worker in self._workers:
            worker.join(timeout)
