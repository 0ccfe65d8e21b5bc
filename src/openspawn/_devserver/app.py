"""The ASGI application: request pipeline and response writing.

Pipeline (upstream order): body parse -> route (unknown -> 404) -> rate limit ->
authentication -> idempotency -> validation -> handler -> response. Everything
after the body has been read runs synchronously on the event loop inside one
SQLite transaction, so requests never interleave inside the database.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from . import (
    agents,
    budget,
    budget_alerts,
    capabilities,
    consensus,
    credit_analytics,
    credits,
    direct_messages,
    escalations,
    events,
    matching,
    messaging,
    probe,
    reputation,
    routing,
    task_links,
    task_templates,
    tasks,
)
from .auth import Authenticator, Identity
from .context import Ctx, Handler, Result
from .crypto import SecretBox
from .errors import ApiError
from .idempotency import IdempotencyStore, fingerprint, idempotency_key
from .jsjson import JSONParseError, js_loads, js_stringify
from .ratelimit import RateLimiter
from .router import Route, Router
from .spec import Operation, load_spec, operations
from .store import Store
from .timeutil import now_iso
from .validation import OperationValidator, ResponseMismatch, SpecValidators
from .webhooks import WebhookDispatcher

__all__ = ["HANDLERS", "DevServerApp"]

log = logging.getLogger("openspawn.devserver")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY_BYTES = 100 * 1024  # Express' default JSON limit
_HOUSEKEEPING_SECONDS = 600.0


def _health(ctx: Ctx) -> Result:
    del ctx
    return Result({"status": "ok", "timestamp": now_iso()})


HANDLERS: dict[str, Handler] = {
    **agents.handlers,
    **budget.handlers,
    **capabilities.handlers,
    **tasks.handlers,
    **task_links.handlers,
    **credits.handlers,
    **messaging.handlers,
    **direct_messages.handlers,
    **events.handlers,
    **matching.handlers,
    **routing.handlers,
    **escalations.handlers,
    **consensus.handlers,
    # upstream domains B
    **reputation.handlers,
    **budget_alerts.handlers,
    **credit_analytics.handlers,
    **task_templates.handlers,
    **probe.handlers,
    "getHealth": _health,
}


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)  # emitted, for webhooks


def _encode(body: Any) -> bytes:
    try:
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    except UnicodeEncodeError:  # a lone surrogate: escape it instead
        return json.dumps(body, separators=(",", ":")).encode()


def _error(exc: ApiError) -> Response:
    return Response(exc.status, _encode(exc.body()), dict(exc.headers))


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= ch <= "\udfff" for ch in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


@dataclass
class _Request:
    method: str
    raw_path: str
    query_string: str
    headers: dict[str, str]
    body: bytes
    client: str


class DevServerApp:
    def __init__(
        self,
        store: Store,
        box: SecretBox,
        *,
        quiet: bool = False,
        self_check: bool = False,
        rate_limiter: RateLimiter | None = None,
        spec: dict[str, Any] | None = None,
        webhooks: WebhookDispatcher | None = None,
    ) -> None:
        self.store = store
        self.webhooks = webhooks
        self.box = box
        self.quiet = quiet
        self.self_check = self_check
        self.rate_limiter = rate_limiter
        spec = spec if spec is not None else load_spec()
        ops = operations(spec)
        missing = sorted(op.operation_id for op in ops if op.operation_id not in HANDLERS)
        if missing:
            raise RuntimeError(f"openapi.yaml operations without a handler: {', '.join(missing)}")
        self.operations: dict[str, Operation] = {op.operation_id: op for op in ops}
        self.router = Router(Route.build(op.method, op.path, op.operation_id) for op in ops)
        self.validators = SpecValidators(spec, ops)
        self.auth = Authenticator(store, box)
        self.idempotency = IdempotencyStore(store, box)
        self._last_housekeeping = 0.0

    # -- ASGI ----------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        started = time.perf_counter()
        raw_path_bytes: bytes = scope.get("raw_path") or scope["path"].encode()
        raw_path = raw_path_bytes.decode("latin-1").split("?", 1)[0]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        client = scope.get("client")
        request = _Request(
            method=scope["method"].upper(),
            raw_path=raw_path,
            query_string=scope.get("query_string", b"").decode("latin-1"),
            headers=headers,
            body=b"",
            client=str(client[0]) if client else "unknown",
        )
        too_large = False
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= MAX_BODY_BYTES:
                chunks.append(chunk)
            else:
                too_large = True
            more = bool(message.get("more_body", False))
        request.body = b"".join(chunks)
        if too_large:
            response = _error(ApiError(413, "request entity too large"))
        else:
            response = self.handle(request)
        await self._send(send, request, response)
        if not self.quiet:
            elapsed = (time.perf_counter() - started) * 1000
            log.info("%s %s %d %.1fms", request.method, raw_path, response.status, elapsed)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _send(self, send: Send, request: _Request, response: Response) -> None:
        headers = [
            (b"content-type", b"application/json; charset=utf-8"),
            (b"content-length", str(len(response.body)).encode()),
            (b"access-control-allow-origin", b"*"),
            (b"x-request-id", str(uuid.uuid4()).encode()),
        ]
        headers += [(k.lower().encode(), v.encode("latin-1")) for k, v in response.headers.items()]
        if response.status == 204:
            headers = [h for h in headers if h[0] not in (b"content-type", b"content-length")]
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        body = b"" if request.method == "HEAD" or response.status == 204 else response.body
        await send({"type": "http.response.body", "body": body})

    # -- pipeline ------------------------------------------------------------------------
    def handle(self, request: _Request) -> Response:
        try:
            response = self._handle(request)
            if response.events and self.webhooks is not None:
                self.webhooks.publish(response.events)  # committed by now; never blocks
            return response
        except ApiError as exc:
            return _error(exc)
        except Exception:
            log.exception("internal error on %s %s", request.method, request.raw_path)
            return _error(ApiError(500, "Internal server error"))

    def _handle(self, request: _Request) -> Response:
        if request.method == "OPTIONS":
            return self._preflight(request)
        parsed = self._parse_body(request)
        match = self.router.match(request.method, request.raw_path)
        if match is None:
            allowed = self.router.allowed_methods(request.raw_path)
            if allowed:
                raise ApiError(
                    405,
                    f"{request.method} is not supported on {request.raw_path}; "
                    f"use {', '.join(allowed)}",
                    {"Allow": ", ".join([*allowed, "OPTIONS"])},
                )
            url = request.raw_path + ("?" + request.query_string if request.query_string else "")
            raise ApiError(404, f"Cannot {request.method} {url}")
        extra_headers: dict[str, str] = {}
        if self.rate_limiter is not None and match.route.operation_id != "getHealth":
            # GET /health is not throttled (upstream throttles it too): readiness probes
            # such as DevServer's must not use up the budget of the requests under test.
            verdict = self.rate_limiter.hit(request.client)
            extra_headers.update(verdict.headers)
            if not verdict.allowed:
                raise ApiError(429, "ThrottlerException: Too Many Requests", verdict.headers)
        operation = self.operations[match.route.operation_id]
        response = self._run(request, operation, match.params, parsed)
        response.headers.update(extra_headers)
        return response

    def _preflight(self, request: _Request) -> Response:
        return Response(
            204,
            b"",
            {
                "Access-Control-Allow-Methods": "GET,HEAD,PUT,PATCH,POST,DELETE",
                "Access-Control-Allow-Headers": request.headers.get(
                    "access-control-request-headers", "*"
                ),
                "Vary": "Access-Control-Request-Headers",
            },
        )

    @staticmethod
    def _parse_body(request: _Request) -> Any:
        """The parsed JSON body, or None when there is none (Express' json parser)."""
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json" or request.method in ("GET", "HEAD"):
            return None
        if not request.body.strip():
            return {} if request.body or "content-length" in request.headers else None
        try:
            text = request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise ApiError(400, "Request body is not valid UTF-8") from None
        try:
            return js_loads(text)
        except JSONParseError as exc:
            raise ApiError(400, str(exc)) from None

    @staticmethod
    def _signed_body(method: str, parsed: Any) -> str:
        if method in ("GET", "DELETE"):
            return ""
        return "{}" if parsed is None else js_stringify(parsed)

    def _run(
        self, request: _Request, operation: Operation, raw_params: dict[str, str], parsed: Any
    ) -> Response:
        handler = HANDLERS[operation.operation_id]
        validator = self.validators.by_operation[operation.operation_id]
        status_default = 201 if operation.method == "POST" else 200
        store = self.store
        self._housekeeping()
        with store.transaction():
            signed_body = self._signed_body(request.method, parsed)
            identity: Identity | None = None
            if not operation.public:
                identity = self.auth.authenticate(
                    request.method, request.raw_path, request.headers, signed_body
                )
            key: str | None = None
            print_ = ""
            if identity is not None and request.method not in ("GET", "HEAD", "OPTIONS"):
                key = idempotency_key(request.headers)
                if key is not None:
                    print_ = fingerprint(request.method, request.raw_path, signed_body)
                    stored = self.idempotency.lookup(identity.scope, key, print_)
                    if stored is not None:
                        return Response(stored.status, stored.body, {"Idempotent-Replayed": "true"})
            store.conn.execute("SAVEPOINT handler")
            try:
                response = self._call(
                    handler, validator, request, raw_params, parsed, identity, status_default
                )
            except ApiError as exc:
                store.conn.execute("ROLLBACK TO handler")
                response = _error(exc)
            store.conn.execute("RELEASE handler")
            if self.self_check and response.status >= 400:
                validator.check_response(response.status, json.loads(response.body))
            if key is not None and identity is not None:
                self.idempotency.remember(
                    identity.scope, key, print_, response.status, response.body
                )
            return response

    def _call(
        self,
        handler: Handler,
        validator: OperationValidator,
        request: _Request,
        raw_params: dict[str, str],
        parsed: Any,
        identity: Identity | None,
        status_default: int,
    ) -> Response:
        params = validator.path_params(raw_params)
        query = validator.query(parse_qs(request.query_string, keep_blank_values=True))
        body: dict[str, Any] = {}
        if request.method not in ("GET", "HEAD") and not (
            request.method == "DELETE" and parsed is None
        ):
            body = validator.body(parsed)
        if _has_surrogate(body):
            raise ApiError(400, ["body must not contain unpaired surrogate characters"])
        actor: sqlite3.Row | None = identity.agent if identity is not None else None
        ctx = Ctx(
            store=self.store,
            org_id=identity.org_id if identity is not None else "",
            actor=actor,  # type: ignore[arg-type]  # public routes never read the actor
            box=self.box,
            params=params,
            query=query,
            body=body,
        )
        result = handler(ctx)
        status = result.status or status_default
        if self.self_check:
            try:
                validator.check_response(status, result.body)
            except ResponseMismatch as exc:
                log.error("response does not match openapi.yaml: %s", exc)
                raise
        return Response(status, _encode(result.body), events=ctx.emitted)

    def _housekeeping(self) -> None:
        now = time.monotonic()
        if now - self._last_housekeeping < _HOUSEKEEPING_SECONDS:
            return
        self._last_housekeeping = now
        with self.store.transaction():
            self.auth.purge_nonces()
            self.idempotency.purge()
