"""Receive BikiniBottom's outbound webhooks: verify, parse, and answer pre-hooks.

    from openspawn import webhooks

    def handle(raw_body: bytes, headers: Mapping[str, str]) -> None:
        event = webhooks.construct_event(raw_body, headers, secret=WEBHOOK_SECRET)
        if isinstance(event, webhooks.WebhookEvent):
            print(event.event, event.data.entity_id)

The scheme is upstream's: ``X-BikiniBottom-Signature: sha256=<hex>``, the lowercase hex
HMAC-SHA256 of the raw body keyed with the webhook's secret as UTF-8 text. Always verify the
bytes exactly as received, before any JSON parsing. Upstream signs no timestamp header, but the
body's ``timestamp`` (the send time) is inside the signed bytes, so ``tolerance`` refuses old
deliveries replayed later; within the tolerance, de-duplicate on ``event.data.id``.

The payload models are generated from ``openapi.yaml`` (its top-level ``webhooks:``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from ._core.errors import BikiniBottomError
from ._generated.models import (
    PreHookDecision,
    PreHookTask,
    TaskCompletePreHook,
    TaskCompletePreHookData,
    TaskTransitionPreHook,
    TaskTransitionPreHookData,
    WebhookEvent,
    WebhookEventData,
    WebhookEventType,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "DELIVERY_HEADER",
    "EVENT_HEADER",
    "HOOK_TYPE_HEADER",
    "SIGNATURE_HEADER",
    "PreHookDecision",
    "PreHookTask",
    "TaskCompletePreHook",
    "TaskCompletePreHookData",
    "TaskTransitionPreHook",
    "TaskTransitionPreHookData",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventType",
    "WebhookPayload",
    "WebhookVerificationError",
    "answer_pre_hook",
    "construct_event",
    "parse",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-BikiniBottom-Signature"
EVENT_HEADER = "X-BikiniBottom-Event"
DELIVERY_HEADER = "X-BikiniBottom-Delivery"
HOOK_TYPE_HEADER = "X-BikiniBottom-Hook-Type"
DEFAULT_TOLERANCE = 300.0
"""Seconds a delivery's ``timestamp`` may differ from now (5 minutes, as Stripe's default)."""

_PREFIX = "sha256="

WebhookPayload = WebhookEvent | TaskTransitionPreHook | TaskCompletePreHook


class WebhookVerificationError(BikiniBottomError, ValueError):
    """A delivery failed verification: unsigned, badly signed, stale or malformed.

    Answer such a request with 400 and do not act on it.
    """


def _header(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    for key, value in headers.items():
        if key.lower() == wanted:
            return value
    return None


def _raw(payload: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    raise TypeError(
        f"payload must be the raw request body (bytes or str), not {type(payload).__name__}; "
        "a re-serialised dict would not match the signature"
    )


def sign(payload: bytes | str, secret: str) -> str:
    """The ``X-BikiniBottom-Signature`` value for ``payload`` (``sha256=<hex>``)."""
    digest = hmac.new(secret.encode("utf-8"), _raw(payload), hashlib.sha256).hexdigest()
    return _PREFIX + digest


def verify(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str | None,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_signature: bool = True,
    now: float | None = None,
) -> None:
    """Check that ``payload`` (the raw body) was signed with ``secret``; raise if not.

    Args:
        payload: the request body exactly as received.
        headers: the request headers (any case).
        secret: the webhook's secret. ``None`` (or empty) only with ``require_signature=False``.
        tolerance: the most seconds the body's ``timestamp`` may be away from now; ``None``
            turns the replay check off.
        require_signature: ``False`` accepts an unsigned delivery (a webhook created without a
            secret); a signature that is present is still checked when a secret is given.
        now: the current Unix time (for tests); default ``time.time()``.

    Raises:
        WebhookVerificationError: with what was wrong (never the expected signature).
    """
    raw = _raw(payload)
    given = _header(headers, SIGNATURE_HEADER)
    if given is None or not given.strip():
        if require_signature:
            raise WebhookVerificationError(
                f"the delivery has no {SIGNATURE_HEADER} header; refusing an unsigned delivery "
                "(give the webhook a secret, or pass require_signature=False)"
            )
    elif not secret:
        if require_signature:
            raise WebhookVerificationError("no secret was given to verify the signature with")
    else:
        given = given.strip()
        if not given.lower().startswith(_PREFIX):
            raise WebhookVerificationError(
                f"{SIGNATURE_HEADER} must look like 'sha256=<64 hex characters>'"
            )
        expected = sign(raw, secret)
        if not hmac.compare_digest(expected.encode(), (_PREFIX + given[7:].lower()).encode()):
            raise WebhookVerificationError(
                "the signature does not match the body: wrong secret, or the body was changed "
                "(verify the raw bytes as received, not re-serialised JSON)"
            )
    if tolerance is not None:
        sent = _timestamp(raw)
        current = time.time() if now is None else now
        age = current - sent
        if abs(age) > tolerance:
            raise WebhookVerificationError(
                f"the delivery's timestamp is {abs(age):.0f}s "
                f"{'old' if age > 0 else 'in the future'}, beyond the {tolerance:g}s tolerance "
                "(a replayed delivery, or a clock off by that much)"
            )


def _timestamp(raw: bytes) -> float:
    try:
        body = json.loads(raw)
        stamp = body["timestamp"]
        moment = datetime.fromisoformat(str(stamp).replace("Z", "+00:00"))
    except (ValueError, KeyError, TypeError) as exc:
        raise WebhookVerificationError(
            "the delivery has no valid 'timestamp' to check its age against"
        ) from exc
    if moment.tzinfo is None:
        raise WebhookVerificationError("the delivery's 'timestamp' has no time zone")
    return moment.timestamp()


def parse(payload: bytes | str, headers: Mapping[str, str] | None = None) -> WebhookPayload:
    """Parse a delivery (already verified) into its typed model.

    ``TaskTransitionPreHook`` / ``TaskCompletePreHook`` for blocking pre-hooks
    (``X-BikiniBottom-Hook-Type: pre`` or ``data.hookType == "pre"``), else ``WebhookEvent``.
    """
    raw = _raw(payload)
    try:
        body: Any = json.loads(raw)
    except ValueError as exc:
        raise WebhookVerificationError(f"the delivery is not JSON: {exc}") from None
    if not isinstance(body, dict):
        raise WebhookVerificationError("the delivery is not a JSON object")
    hook_type = _header(headers or {}, HOOK_TYPE_HEADER)
    data = body.get("data")
    is_pre = hook_type == "pre" or (isinstance(data, dict) and data.get("hookType") == "pre")
    from pydantic import ValidationError

    try:
        if is_pre and body.get("event") == "task.transition":
            return TaskTransitionPreHook.model_validate(body)
        if is_pre and body.get("event") == "task.complete":
            return TaskCompletePreHook.model_validate(body)
        return WebhookEvent.model_validate(body)
    except ValidationError as exc:
        raise WebhookVerificationError(f"the delivery does not match its schema: {exc}") from None


def construct_event(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str | None,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    require_signature: bool = True,
) -> WebhookPayload:
    """:func:`verify` then :func:`parse`: the typed payload of a genuine delivery."""
    verify(payload, headers, secret, tolerance=tolerance, require_signature=require_signature)
    return parse(payload, headers)


def answer_pre_hook(allow: bool = True, reason: str | None = None) -> bytes:
    """The JSON body to answer a pre-hook with (send it with status 200).

    ``answer_pre_hook(False, "needs review")`` refuses the action, when the hook was created
    with ``canBlock: true``; anything else (including errors and timeouts) allows it.
    """
    decision = (
        PreHookDecision(allow=allow)
        if reason is None
        else PreHookDecision(allow=allow, reason=reason)
    )
    return json.dumps(decision.to_wire(), separators=(",", ":")).encode()
