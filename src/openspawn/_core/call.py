"""One logical API call: builds, signs, judges and parses its attempts — everything but I/O.

The sync and async transports drive a ``Call`` the same way::

    call = Call(config, operation, options)
    while True:
        method, url, params, headers, content, timeout = call.next_attempt()
        try:
            response = <send it>
        except httpx2.HTTPError as exc:
            delay = call.after_error(exc)          # raises when retries are used up
        else:
            delay = call.after_response(...)       # None when the call is finished
            if delay is None:
                return call.result()
        <sleep delay>
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import httpx2
from pydantic import ValidationError

from .._generated.types import UNSET, Operation
from . import capture
from .config import ClientConfig
from .errors import (
    APIResponseValidationError,
    BikiniBottomError,
    RetryableError,
    decode_body,
    error_for_status,
)
from .logs import logger, redact_headers
from .options import RequestOptions
from .retry import MAX_RETRY_AFTER, RETRYABLE_EXCEPTIONS, RETRYABLE_STATUSES, backoff_delay
from .wirejson import dumps

__all__ = ["Call"]

T = TypeVar("T")
_NO_BODY_METHODS = frozenset({"GET", "HEAD", "DELETE"})
_JSON = "application/json"


class Call(Generic[T]):
    """The state of one logical call across its attempts."""

    __slots__ = (
        "_attempt",
        "_config",
        "_content",
        "_headers",
        "_max_retries",
        "_operation",
        "_query",
        "_result",
        "_started",
        "_timeout",
        "_url",
    )

    def __init__(
        self, config: ClientConfig, operation: Operation[T], options: RequestOptions
    ) -> None:
        self._config = config
        self._operation = operation
        self._url = config.base_url + operation.path
        self._max_retries = options.get("max_retries", config.max_retries)
        self._timeout: Any = options.get("timeout", httpx2.USE_CLIENT_DEFAULT)
        self._attempt = 0
        self._started = 0.0
        method = operation.method
        headers = {"User-Agent": config.user_agent, "Accept": _JSON}
        extra_query, extra_body = options.get("extra_query"), options.get("extra_body")
        if extra_query:
            self._query: Mapping[str, str] = {**operation.query, **extra_query}
        else:
            self._query = operation.query
        body = operation.body
        if extra_body:
            body = {**(body if isinstance(body, dict) else {}), **extra_body}
        # `type(...).__name__`: a package regenerated elsewhere (tests) has its own UNSET.
        if body is not UNSET and type(body).__name__ != "Unset":
            self._content: bytes | None = dumps(body)
        elif method in _NO_BODY_METHODS:
            self._content = None
        else:
            # The server signs "{}" for a body-less POST/PATCH: send exactly that.
            self._content = b"{}"
        if self._content is not None:
            headers["Content-Type"] = _JSON
        if method != "GET" and method != "HEAD":
            key = options.get("idempotency_key") or str(uuid.uuid4())
            headers["Idempotency-Key"] = key
            headers["X-Idempotency-Key"] = key
        if config.default_headers:
            headers.update(config.default_headers)
        extra = options.get("extra_headers")
        if extra:
            headers.update(extra)
        self._headers = headers

    @property
    def attempts(self) -> int:
        return self._attempt

    def next_attempt(
        self,
    ) -> tuple[str, str, Mapping[str, str], dict[str, str], bytes | None, Any]:
        """Method, URL, query, freshly signed headers, body bytes and timeout of the next try."""
        self._attempt += 1
        op = self._operation
        headers = self._headers.copy()
        self._config.credentials.apply(headers, op.method, op.path, self._content or b"")
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "request %s %s attempt %d/%d query=%s headers=%s",
                op.method,
                self._url,
                self._attempt,
                self._max_retries + 1,
                dict(self._query),
                redact_headers(headers),
            )
        self._started = time.perf_counter()
        return op.method, self._url, self._query, headers, self._content, self._timeout

    def after_response(
        self, status_code: int, headers: httpx2.Headers, content: bytes, reason: str
    ) -> float | None:
        """Judge an answer: None when the call is done, else the delay before the next try."""
        op = self._operation
        if capture.capturing() or logger.isEnabledFor(logging.DEBUG):
            elapsed = time.perf_counter() - self._started
            capture.record(
                capture.CapturedResponse(
                    op.operation_id,
                    op.method,
                    self._url,
                    status_code,
                    headers,
                    content,
                    self._attempt,
                    elapsed,
                )
            )
            logger.debug(
                "response %s %s -> %d in %.1f ms (request id %s)",
                op.method,
                self._url,
                status_code,
                elapsed * 1000,
                headers.get("x-request-id"),
            )
        if 200 <= status_code < 300:
            self._result = self._parse(status_code, content)
            return None
        request_id = headers.get("x-request-id")
        error = error_for_status(status_code, content, headers, reason, request_id)
        if status_code not in RETRYABLE_STATUSES:
            raise error
        delay = backoff_delay(self._attempt, headers.get("retry-after"))
        if self._attempt > self._max_retries or delay > MAX_RETRY_AFTER:
            why = (
                f"the server asked to wait {delay:.0f} s"
                if delay > MAX_RETRY_AFTER
                else f"{self._attempt} attempt{'s' if self._attempt != 1 else ''}"
            )
            raise RetryableError(
                f"{op.method} {op.path} failed after {why}: {error.message} (HTTP {status_code})",
                status_code=status_code,
                response_data=error.response_data,
                attempts=self._attempt,
                request_id=request_id,
            ) from error
        self._log_retry(f"HTTP {status_code}", delay)
        return delay

    def after_error(self, exc: Exception) -> float:
        """Judge a transport error: the delay before the next try, or raise the SDK error."""
        op = self._operation
        if not isinstance(exc, RETRYABLE_EXCEPTIONS):
            raise BikiniBottomError(
                f"{op.method} {op.path} could not be sent: {type(exc).__name__}: {exc}"
            ) from exc
        if self._attempt > self._max_retries:
            kind = "timed out" if isinstance(exc, httpx2.TimeoutException) else "network error"
            raise RetryableError(
                f"{op.method} {op.path} failed after {self._attempt} attempt"
                f"{'s' if self._attempt != 1 else ''} ({kind}: {type(exc).__name__}: {exc})",
                attempts=self._attempt,
            ) from exc
        delay = backoff_delay(self._attempt)
        self._log_retry(type(exc).__name__, delay)
        return delay

    def result(self) -> T:
        return self._result

    def _parse(self, status_code: int, content: bytes) -> T:
        try:
            return self._operation.parse(status_code, content)
        except (ValidationError, ValueError) as exc:
            op = self._operation
            raise APIResponseValidationError(
                f"{op.method} {op.path} answered {status_code} with a body that does not match "
                f"the API contract ({op.operation_id}): {exc}",
                status_code=status_code,
                response_data=decode_body(content),
            ) from exc

    def _log_retry(self, cause: str, delay: float) -> None:
        if logger.isEnabledFor(logging.INFO):
            op = self._operation
            logger.info(
                "retrying %s %s in %.1f s after %s (attempt %d of %d)",
                op.method,
                op.path,
                delay,
                cause,
                self._attempt + 1,
                self._max_retries + 1,
            )
