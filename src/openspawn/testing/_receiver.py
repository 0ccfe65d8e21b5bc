"""A webhook receiver on 127.0.0.1 for tests: records every delivery and verifies it."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

from .. import webhooks

__all__ = ["Delivery", "WebhookReceiver"]


@dataclass(frozen=True)
class Delivery:
    """One request the receiver got: the raw body and headers, and the verification verdict."""

    body: bytes
    headers: dict[str, str]
    event: webhooks.WebhookPayload | None  # the parsed payload, when it verified
    error: str | None  # why verification failed, else None

    @property
    def event_type(self) -> str:
        return self.headers.get(webhooks.EVENT_HEADER.lower(), "")


@dataclass
class WebhookReceiver:
    """``with WebhookReceiver() as receiver:`` then ``DevServer(webhooks=[receiver.target])``.

    Answers 200 to a delivery that verifies with ``secret`` (random unless given) and 400 to one
    that does not; both are recorded in :attr:`deliveries`.
    """

    secret: str = field(default_factory=lambda: secrets.token_hex(16), repr=False)
    tolerance: float | None = webhooks.DEFAULT_TOLERANCE
    deliveries: list[Delivery] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self._lock = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("the receiver is not running (use start() or a with block)")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/webhook"

    @property
    def target(self) -> tuple[str, str]:
        """``(url, secret)``, as ``DevServer(webhooks=[...])`` takes it."""
        return (self.url, self.secret)

    def start(self) -> WebhookReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                headers = {key.lower(): value for key, value in self.headers.items()}
                status = receiver._record(body, headers)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                del format, args  # quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _record(self, body: bytes, headers: dict[str, str]) -> int:
        event: webhooks.WebhookPayload | None = None
        error: str | None = None
        try:
            event = webhooks.construct_event(body, headers, self.secret, tolerance=self.tolerance)
        except webhooks.WebhookVerificationError as exc:
            error = str(exc)
        with self._lock:
            self.deliveries.append(Delivery(body, headers, event, error))
            self._lock.notify_all()
        return 200 if error is None else 400

    def wait_for(self, predicate: Callable[[Delivery], bool], *, timeout: float = 10.0) -> Delivery:
        """The first delivery (received so far or later) for which ``predicate`` is true."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                for delivery in self.deliveries:
                    if predicate(delivery):
                        return delivery
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"no matching webhook delivery within {timeout}s "
                        f"({len(self.deliveries)} received)"
                    )
                self._lock.wait(remaining)

    def wait_for_event(
        self, event_type: str, entity_id: str | None = None, *, timeout: float = 10.0
    ) -> Delivery:
        """The first verified delivery of ``event_type`` (about ``entity_id`` when given)."""

        def matches(delivery: Delivery) -> bool:
            event = delivery.event
            if not isinstance(event, webhooks.WebhookEvent) or event.event != event_type:
                return False
            return entity_id is None or event.data.entity_id == entity_id

        return self.wait_for(matches, timeout=timeout)
