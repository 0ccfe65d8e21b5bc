"""Per-call options accepted by every resource method (``**options``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx2

__all__ = ["RequestOptions"]


class RequestOptions(TypedDict, total=False):
    """Keyword options every resource method accepts.

    timeout: seconds (or an ``httpx2.Timeout``, or None for none) for this call's requests.
    max_retries: retries after the first attempt for this call (0 turns retrying off).
    idempotency_key: the key sent with a non-GET call, instead of a generated UUID4.
    extra_headers: headers added to this call's requests.
    extra_query: query parameters added to (or replacing) the operation's own.
    extra_body: JSON members added to (or replacing) the top level of the request body.
    """

    timeout: float | httpx2.Timeout | None
    max_retries: int
    idempotency_key: str
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, str]
    extra_body: Mapping[str, Any]
